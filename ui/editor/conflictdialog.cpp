#include "conflictdialog.h"

#include "document/canonicalhtml.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace galley {

namespace {

/// The article as a reader sees it, paragraphs that the other side does not have in bold
/// colour (a paragraph-level comparison is enough to find what changed in news copy).
QString comparisonHtml(const Article &article, const QSet<QString> &otherParagraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(article.title.toHtmlEscaped());
    const QStringList paragraphs = CanonicalHtml::toPlainText(article.bodyHtml).split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        const bool changed = !otherParagraphs.contains(paragraph);
        html += (changed ? QStringLiteral("<p style=\"background:#fff3c4;color:#000\">%1</p>")
                         : QStringLiteral("<p>%1</p>"))
                    .arg(paragraph.toHtmlEscaped());
    }
    return html;
}

QSet<QString> paragraphsOf(const Article &article)
{
    const QStringList list = CanonicalHtml::toPlainText(article.bodyHtml).split(QLatin1Char('\n'));
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("“%1” was changed elsewhere").arg(mine.title));
    const QString when = QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    auto *message = new QLabel(
        tr("<p>Someone saved this article at %1 (version %2) while you were editing it.</p>"
           "<p>Choose which text to keep. Keeping yours saves it as a new version on top of "
           "theirs, so their text stays in the article's history.</p>")
            .arg(when.toHtmlEscaped())
            .arg(theirs.version),
        this);
    message->setWordWrap(true);

    m_comparison = new QWidget(this);
    auto *grid = new QGridLayout(m_comparison);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b> (not saved)"), m_comparison), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Theirs</b> (saved %1)").arg(when.toHtmlEscaped()), m_comparison), 0, 1);
    m_mine = new QTextBrowser(m_comparison);
    m_mine->setObjectName(QStringLiteral("mineText"));
    m_theirs = new QTextBrowser(m_comparison);
    m_theirs->setObjectName(QStringLiteral("theirsText"));
    m_mine->setHtml(comparisonHtml(mine, paragraphsOf(theirs)));
    m_theirs->setHtml(comparisonHtml(theirs, paragraphsOf(mine)));
    grid->addWidget(m_mine, 1, 0);
    grid->addWidget(m_theirs, 1, 1);
    // Scroll the two texts together.
    connect(m_mine->verticalScrollBar(), &QScrollBar::valueChanged, m_theirs->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_theirs->verticalScrollBar(), &QScrollBar::valueChanged, m_mine->verticalScrollBar(), &QScrollBar::setValue);
    m_comparison->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    QPushButton *takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::DestructiveRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    QPushButton *compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    compare->setObjectName(QStringLiteral("compare"));
    buttons->addButton(QDialogButtonBox::Cancel);
    keepMine->setDefault(true);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = DocumentController::ConflictChoice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = DocumentController::ConflictChoice::TakeTheirs;
        accept();
    });
    connect(compare, &QPushButton::clicked, this, [this, compare] {
        showComparison();
        compare->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(buttons);
}

void ConflictDialog::showComparison()
{
    m_comparison->show();
    resize(std::max(width(), 900), std::max(height(), 600));
}

DocumentController::ConflictChoice ConflictDialog::ask(const Article &mine, const Article &theirs,
                                                       QWidget *parent)
{
    ConflictDialog dialog(mine, theirs, parent);
    if (dialog.exec() != QDialog::Accepted)
        return DocumentController::ConflictChoice::Cancel;
    return dialog.choice();
}

} // namespace galley
