#include "preferencesdialog.h"

#include "appearance.h"
#include "housestylepage.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace galley {

PreferencesDialog::PreferencesDialog(QWidget *parent, Database *database)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_userName = new QLineEdit(Settings::userName(), this);
    m_userName->setAccessibleName(tr("User name"));

    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Editor — writes and revises articles"), QStringLiteral("editor"));
    m_role->addItem(tr("Reviewer — reads and annotates"), QStringLiteral("reviewer"));
    m_role->setCurrentIndex(Settings::role() == Settings::Role::Reviewer ? 1 : 0);

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings::language())));

    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->addItem(tr("As the system"), Appearance::themeKey(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), Appearance::themeKey(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), Appearance::themeKey(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Appearance::themeKey(Appearance::theme()))));

    m_databasePath = new QLineEdit(Settings::databasePath(), this);
    m_databasePath->setAccessibleName(tr("Newsroom database"));
    m_databasePath->setPlaceholderText(tr("The demo newsroom in the data folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseDatabase);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(browse);

    m_previewOnGraphicsCard = new QCheckBox(tr("Draw the preview with the &graphics card"), this);
    m_previewOnGraphicsCard->setChecked(Settings::previewOnGraphicsCard());
    m_previewOnGraphicsCard->setToolTip(
        tr("With the graphics card (OpenGL) the whole window is composed by it on every keystroke; without one "
           "(a virtual machine, a remote desktop) that slows typing. Off: the preview is drawn in software."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_userName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_theme);
    // A row holding a layout gets no buddy from QFormLayout: the label is given one, so that
    // its mnemonic works (and is not shown as "&Newsroom:").
    auto *newsroomLabel = new QLabel(tr("&Newsroom:"), this);
    newsroomLabel->setBuddy(m_databasePath);
    form->addRow(newsroomLabel, pathRow);
    form->addRow(tr("Preview:"), m_previewOnGraphicsCard);

    auto *note = new QLabel(tr("Language, newsroom and preview drawing changes take effect the next time Galley starts."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);
    m_houseStyle = new HouseStylePage(database, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_houseStyle, tr("&House Style"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void PreferencesDialog::showHouseStyle()
{
    m_tabs->setCurrentWidget(m_houseStyle);
}

void PreferencesDialog::browseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Newsroom Database"), m_databasePath->text(),
                                                      tr("Galley newsrooms (*.galley *.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(path);
}

void PreferencesDialog::accept()
{
    if (m_userName->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Please enter your name: it is recorded with every revision and comment."));
        m_tabs->setCurrentIndex(0);
        m_userName->setFocus();
        return;
    }
    QString error;
    if (!m_houseStyle->apply(&error)) {
        m_tabs->setCurrentWidget(m_houseStyle);
        QMessageBox::warning(this, windowTitle(), tr("The house style was not saved: %1").arg(error));
        return;
    }
    Settings::setUserName(m_userName->text());
    Settings::setRole(m_role->currentData().toString() == QLatin1String("reviewer") ? Settings::Role::Reviewer
                                                                                  : Settings::Role::Editor);
    Settings::setLanguage(m_language->currentData().toString());
    Settings::setDatabasePath(m_databasePath->text().trimmed());
    Settings::setPreviewOnGraphicsCard(m_previewOnGraphicsCard->isChecked());
    // The appearance changes at once, the preview with it.
    Appearance::Theme theme = Appearance::Theme::System;
    for (Appearance::Theme choice : { Appearance::Theme::Light, Appearance::Theme::Dark }) {
        if (m_theme->currentData().toString() == Appearance::themeKey(choice))
            theme = choice;
    }
    if (theme != Appearance::theme()) {
        Appearance::setTheme(theme);
        Appearance::apply(theme);
    }
    QDialog::accept();
}

} // namespace galley
