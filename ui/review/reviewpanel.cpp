#include "review/reviewpanel.h"

#include "review/annotationpanel.h"
#include "review/suggestionpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace galley {

namespace {

const QString ShowKey = QStringLiteral("ui/reviewPanel/show");
const QString SplitterKey = QStringLiteral("ui/reviewPanel/splitter");

QString showKey(ReviewPanel::Show show)
{
    switch (show) {
    case ReviewPanel::Show::Comments:
        return QStringLiteral("comments");
    case ReviewPanel::Show::Suggestions:
        return QStringLiteral("suggestions");
    case ReviewPanel::Show::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

ReviewPanel::ReviewPanel(Database &database, EditorArea *editorArea, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(4, 0, 4, 0);
    m_show = new QComboBox(content);
    m_show->setObjectName(QStringLiteral("reviewFilter"));
    m_show->setAccessibleName(tr("Show in the review panel"));
    m_show->addItem(QString(), int(Show::Comments));
    m_show->addItem(QString(), int(Show::Suggestions));
    m_show->addItem(QString(), int(Show::All));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("Show:"), content);
    label->setObjectName(QStringLiteral("reviewFilterLabel"));
    label->setBuddy(m_show);
    filterRow->addWidget(label);
    filterRow->addWidget(m_show, 1);
    layout->addLayout(filterRow);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_comments = new AnnotationPanel(database, editorArea, m_splitter);
    m_suggestions = new SuggestionPanel(database, editorArea, m_splitter);
    m_splitter->addWidget(m_comments);
    m_splitter->addWidget(m_suggestions);
    // Both lists share the height evenly until the user moves the handle; that is kept.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    updateLabels();
    const QString key = QSettings().value(ShowKey).toString();
    Show initial = Show::All;
    for (Show candidate : { Show::Comments, Show::Suggestions, Show::All }) {
        if (showKey(candidate) == key)
            initial = candidate;
    }
    m_show->setCurrentIndex(m_show->findData(int(initial)));
    apply();

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(ShowKey, showKey(shown()));
        apply();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });
    connect(m_comments, &QWidget::windowTitleChanged, this, &ReviewPanel::updateLabels);
    connect(m_suggestions, &QWidget::windowTitleChanged, this, &ReviewPanel::updateLabels);
    connect(m_comments, &AnnotationPanel::revealRequested, this, [this] { reveal(Show::Comments); });
}

ReviewPanel::~ReviewPanel() = default;

ReviewPanel::Show ReviewPanel::shown() const
{
    return Show(m_show->currentData().toInt());
}

void ReviewPanel::setShown(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void ReviewPanel::reveal(Show show)
{
    if (shown() != Show::All && shown() != show)
        setShown(show);
    this->show();
    raise();
}

void ReviewPanel::apply()
{
    m_comments->setVisible(shown() != Show::Suggestions);
    m_suggestions->setVisible(shown() != Show::Comments);
}

void ReviewPanel::updateLabels()
{
    // The lists' titles carry their open counts: "Comments (2)", "Suggestions (1)".
    m_show->setItemText(m_show->findData(int(Show::Comments)), m_comments->windowTitle());
    m_show->setItemText(m_show->findData(int(Show::Suggestions)), m_suggestions->windowTitle());
    m_show->setItemText(m_show->findData(int(Show::All)), tr("Comments and Suggestions"));
}

} // namespace galley
