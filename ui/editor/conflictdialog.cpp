#include "conflictdialog.h"

#include "document/textdiff.h"
#include "review/diffrenderer.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

QString joinedText(const QList<MergeBlock> &blocks)
{
    QStringList texts;
    for (const MergeBlock &block : blocks)
        texts.append(block.text);
    return texts.join(QLatin1Char('\n'));
}

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QLabel *textLabel(const QString &html, const QString &accessibleName, const QString &plainText, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAccessibleName(accessibleName);
    label->setAccessibleDescription(plainText);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const DocumentController::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("“%1” was changed elsewhere").arg(conflict.mine.title));
    const ArticleMerge &merge = conflict.merge;
    const int overlaps = int(merge.fieldConflicts().size()) + merge.body().conflictCount();
    const QString when = QLocale().toString(conflict.theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString who = conflict.theirsAuthor.toHtmlEscaped();
    const QString saved = conflict.theirsAuthor.isEmpty()
        ? tr("Someone saved version %1 of this article at %2 while you were editing it.")
              .arg(conflict.theirs.version)
              .arg(when.toHtmlEscaped())
        : tr("%1 saved version %2 of this article at %3 while you were editing it.")
              .arg(who)
              .arg(conflict.theirs.version)
              .arg(when.toHtmlEscaped());
    auto *message = new QLabel(QStringLiteral("<p>%1</p><p>%2</p>")
                                   .arg(saved,
                                       tr("Changes to different paragraphs are merged. %n place(s) were changed "
                                          "on both sides: choose what to keep in each. Their text stays in the "
                                          "article's history either way.",
                                           nullptr, overlaps)),
        this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *list = new QVBoxLayout(content);
    for (const ArticleMerge::FieldConflict &field : merge.fieldConflicts()) {
        const QList<DiffRun> runs = TextDiff::diff(field.mine, field.theirs);
        list->addWidget(addChoice(content, fieldName(field.field), QString(),
            { DiffRenderer::oneSideHtml(runs, DiffRun::Op::Delete), field.mine },
            { DiffRenderer::oneSideHtml(runs, DiffRun::Op::Insert), field.theirs }, false));
    }
    int mineParagraph = 0; // paragraphs of mine before the hunk
    for (const MergeHunk &hunk : merge.body().hunks()) {
        const int mineCount = int(hunk.mine.size());
        if (hunk.isConflict()) {
            QString title;
            if (mineCount == 0) {
                title = mineParagraph == 0 ? tr("At the beginning") : tr("After paragraph %1").arg(mineParagraph);
            } else if (mineCount == 1) {
                title = tr("Paragraph %1").arg(mineParagraph + 1);
            } else {
                title = tr("Paragraphs %1–%2").arg(mineParagraph + 1).arg(mineParagraph + mineCount);
            }
            const QString mineText = joinedText(hunk.mine);
            const QString theirsText = joinedText(hunk.theirs);
            const QList<DiffRun> runs = TextDiff::diff(mineText, theirsText);
            const auto side = [&](const QString &text, DiffRun::Op op) {
                return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(deleted)"))
                                      : DiffRenderer::oneSideHtml(runs, op);
            };
            list->addWidget(addChoice(content, title, joinedText(hunk.base),
                { side(mineText, DiffRun::Op::Delete), mineText }, { side(theirsText, DiffRun::Op::Insert), theirsText },
                true));
        }
        mineParagraph += mineCount;
    }
    list->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("conflictChoices"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveMerged = buttons->addButton(tr("&Save Merged Text"), QDialogButtonBox::AcceptRole);
    saveMerged->setObjectName(QStringLiteral("saveMerged"));
    saveMerged->setAccessibleDescription(tr("Saves the merged text with your choices on top of their version"));
    QPushButton *takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::DestructiveRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    takeTheirs->setAccessibleDescription(tr("Drops your unsaved changes and loads their version"));
    buttons->addButton(QDialogButtonBox::Cancel);
    saveMerged->setDefault(true);
    connect(saveMerged, &QPushButton::clicked, this, [this] {
        QList<MergeChoice> fields;
        QList<MergeChoice> body;
        for (int i = 0; i < choiceCount(); ++i)
            (i < m_conflict.merge.fieldConflicts().size() ? fields : body).append(choice(i));
        const std::optional<Article> resolved = m_conflict.merge.resolved(body, fields);
        if (!resolved)
            return;
        m_resolution = DocumentController::ConflictChoice::Merge;
        m_resolution.resolved = *resolved;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_resolution = DocumentController::ConflictChoice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    if (!m_groups.isEmpty())
        m_groups.first()->checkedButton()->setFocus(); // the first choice, then Tab from choice to choice
}

QWidget *ConflictDialog::addChoice(QWidget *parent, const QString &title, const QString &original,
    const Side &mine, const Side &theirs, bool offerBoth)
{
    const int index = int(m_groups.size());
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QStringLiteral("conflict%1").arg(index));
    box->setAccessibleName(title);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // room left over goes below the last
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int row = 0;
    //: %1 is the name of the person who saved the other version
    const QString theirsName = m_conflict.theirsAuthor.isEmpty() ? tr("Theirs:") : tr("%1:").arg(m_conflict.theirsAuthor);
    if (offerBoth) {
        auto *label = new QLabel(tr("Before:"), box);
        label->setForegroundRole(QPalette::PlaceholderText);
        QLabel *text = textLabel(original.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(nothing here)"))
                                                    : escapedLines(original),
            tr("%1 before both edits").arg(title), original, box);
        text->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(text, row++, 1, Qt::AlignTop);
    }
    QLabel *mineText = textLabel(mine.html, tr("%1, yours").arg(title), mine.text, box);
    mineText->setObjectName(QStringLiteral("conflict%1MineText").arg(index));
    QLabel *theirsText = textLabel(theirs.html, tr("%1, theirs").arg(title), theirs.text, box);
    theirsText->setObjectName(QStringLiteral("conflict%1TheirsText").arg(index));
    grid->addWidget(new QLabel(tr("Yours:"), box), row, 0, Qt::AlignTop);
    grid->addWidget(mineText, row++, 1, Qt::AlignTop);
    grid->addWidget(new QLabel(theirsName.toHtmlEscaped(), box), row, 0, Qt::AlignTop);
    grid->addWidget(theirsText, row++, 1, Qt::AlignTop);

    auto *group = new QButtonGroup(box);
    auto *choices = new QHBoxLayout;
    const auto addButton = [&](const QString &text, const QString &accessible, MergeChoice choice, const char *name) {
        auto *button = new QRadioButton(text, box);
        button->setObjectName(QStringLiteral("conflict%1%2").arg(index).arg(QLatin1String(name)));
        button->setAccessibleName(accessible);
        group->addButton(button, int(choice));
        choices->addWidget(button);
    };
    addButton(tr("Keep mine"), tr("Keep yours: %1").arg(title), MergeChoice::Mine, "Mine");
    addButton(tr("Keep theirs"), tr("Keep theirs: %1").arg(title), MergeChoice::Theirs, "Theirs");
    if (offerBoth)
        addButton(tr("Keep both (mine first)"), tr("Keep both: %1").arg(title), MergeChoice::Both, "Both");
    choices->addStretch(1);
    group->button(int(MergeChoice::Mine))->setChecked(true);
    grid->addLayout(choices, row, 0, 1, 2);
    m_groups.append(group);
    return box;
}

QString ConflictDialog::fieldName(ArticleMerge::Field field) const
{
    switch (field) {
    case ArticleMerge::Field::Title: return tr("Title");
    case ArticleMerge::Field::Subtitle: return tr("Subtitle");
    case ArticleMerge::Field::Summary: return tr("Summary");
    case ArticleMerge::Field::Byline: return tr("Byline");
    case ArticleMerge::Field::Source: return tr("Source");
    case ArticleMerge::Field::Editor: return tr("Editor");
    case ArticleMerge::Field::Desk: return tr("Desk");
    case ArticleMerge::Field::Tags: return tr("Tags");
    case ArticleMerge::Field::PublishAt: return tr("Publish time");
    }
    return {};
}

void ConflictDialog::setChoice(int index, MergeChoice choice)
{
    if (index < 0 || index >= m_groups.size())
        return;
    if (QAbstractButton *button = m_groups.at(index)->button(int(choice)))
        button->setChecked(true);
}

MergeChoice ConflictDialog::choice(int index) const
{
    if (index < 0 || index >= m_groups.size())
        return MergeChoice::Mine;
    return MergeChoice(m_groups.at(index)->checkedId());
}

DocumentController::ConflictResolution ConflictDialog::ask(const DocumentController::Conflict &conflict,
    QWidget *parent)
{
    ConflictDialog dialog(conflict, parent);
    if (dialog.exec() != QDialog::Accepted)
        return DocumentController::ConflictChoice::Cancel;
    return dialog.resolution();
}

} // namespace galley
