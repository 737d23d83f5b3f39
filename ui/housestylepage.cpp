#include "housestylepage.h"

#include "settings.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace galley {

namespace {

constexpr LintSeverity Severities[] = { LintSeverity::Error, LintSeverity::Warning, LintSeverity::Info };

QString severityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return HouseStylePage::tr("Error");
    case LintSeverity::Warning:
        return HouseStylePage::tr("Warning");
    case LintSeverity::Info:
        break;
    }
    return HouseStylePage::tr("Note");
}

} // namespace

HouseStylePage::HouseStylePage(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("houseStylePage"));
    QString why;
    if (!database || !database->isOpen()) {
        why = tr("No newsroom is open: the standards’ rules apply.");
    } else {
        const std::optional<QByteArray> json = CopyDeskRepository(*database).houseStyleJson();
        QString error;
        if (!json) {
            why = tr("The newsroom’s house style cannot be read.");
        } else if (!json->isEmpty()) {
            if (const std::optional<HouseStyle> style = HouseStyle::fromJson(*json, tr("the newsroom’s house style"), &error))
                m_stored = *style;
            else
                why = error + QLatin1Char(' ') + tr("Saving here replaces it.");
        }
        const std::optional<Role> role = database->serverRole();
        m_editable = json && !database->isReadOnly() && (!role || *role == Role::Chief);
        if (database->isReadOnly())
            why = tr("The newsroom is open read-only: its house style is shown, not changed.");
        else if (role && *role != Role::Chief)
            why = tr("The team newsroom’s house style is set by a chief (galley_chief); it is shown here.");
    }

    auto *intro = new QLabel(tr("The copy desk’s rules for this newsroom, shared by everyone who opens it. "
                                "A rule that is off is not checked; the severity sets the underline’s colour and "
                                "whether an export with “refuse errors” stops."),
        this);
    intro->setWordWrap(true);

    auto *rules = new QWidget;
    auto *grid = new QGridLayout(rules);
    grid->setColumnStretch(0, 1);
    for (const LintRule rule : LintRules::all()) {
        const std::size_t i = std::size_t(rule);
        auto *enabled = new QCheckBox(LintRules::description(rule), rules);
        enabled->setObjectName(QStringLiteral("houseStyleRule-") + LintRules::id(rule));
        enabled->setToolTip(LintRules::id(rule));
        auto *severity = new QComboBox(rules);
        severity->setObjectName(QStringLiteral("houseStyleSeverity-") + LintRules::id(rule));
        severity->setAccessibleName(tr("Severity of “%1”").arg(LintRules::description(rule)));
        for (const LintSeverity choice : Severities)
            severity->addItem(severityName(choice), int(choice));
        connect(enabled, &QCheckBox::toggled, severity, &QWidget::setEnabled);
        grid->addWidget(enabled, int(i), 0);
        grid->addWidget(severity, int(i), 1);
        m_enabled.at(i) = enabled;
        m_severity.at(i) = severity;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rules);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_note = new QLabel(why, this);
    m_note->setObjectName(QStringLiteral("houseStyleNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(!why.isEmpty());

    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("houseStyleImport"));
    importButton->setToolTip(tr("Reads a house-style file (JSON) into this page"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("houseStyleExport"));
    exportButton->setToolTip(tr("Writes this house style to a file (JSON) for another newsroom or galley lint"));
    auto *defaults = new QPushButton(tr("Restore &Defaults"), this);
    defaults->setObjectName(QStringLiteral("houseStyleDefaults"));
    connect(importButton, &QPushButton::clicked, this, &HouseStylePage::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &HouseStylePage::chooseExport);
    connect(defaults, &QPushButton::clicked, this, [this] { setStyle(HouseStyle()); });
    importButton->setEnabled(m_editable);
    defaults->setEnabled(m_editable);
    rules->setEnabled(m_editable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    buttons->addWidget(defaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setStyle(m_stored);
}

HouseStyle HouseStylePage::style() const
{
    HouseStyle style;
    for (const LintRule rule : LintRules::all()) {
        const std::size_t i = std::size_t(rule);
        style.setEnabled(rule, m_enabled.at(i)->isChecked());
        style.setSeverity(rule, LintSeverity(m_severity.at(i)->currentData().toInt()));
    }
    return style;
}

void HouseStylePage::setStyle(const HouseStyle &style)
{
    for (const LintRule rule : LintRules::all()) {
        const std::size_t i = std::size_t(rule);
        m_enabled.at(i)->setChecked(style.isEnabled(rule));
        m_severity.at(i)->setEnabled(style.isEnabled(rule));
        m_severity.at(i)->setCurrentIndex(m_severity.at(i)->findData(int(style.severity(rule))));
    }
}

bool HouseStylePage::apply(QString *error)
{
    const HouseStyle shown = style();
    if (!m_editable || shown == m_stored)
        return true;
    CopyDeskRepository desk(*m_database);
    // The standards' own style is stored as none: the newsroom then follows the defaults.
    const QByteArray json = shown == HouseStyle() ? QByteArray() : shown.toJson();
    if (!desk.setHouseStyleJson(json, Settings::userName())) {
        if (error)
            *error = desk.errorString() + QLatin1Char('.');
        return false;
    }
    m_stored = shown;
    return true;
}

bool HouseStylePage::importFile(const QString &path, QString *error)
{
    const std::optional<HouseStyle> style = HouseStyle::load(path, error);
    if (!style)
        return false;
    setStyle(*style);
    return true;
}

bool HouseStylePage::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(style().toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void HouseStylePage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import House Style"), QString(), tr("House style (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !importFile(path, &error))
        QMessageBox::warning(this, tr("Import House Style"), tr("The house style was not imported: %1").arg(error));
}

void HouseStylePage::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export House Style"), tr("house-style.json"), tr("House style (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!exportFile(path, &error))
        QMessageBox::warning(this, tr("Export House Style"), tr("The house style was not exported: %1").arg(error));
}

} // namespace galley
