#include "articlefieldsform.h"

#include "model/plaintext.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

QDateTime parsePublishTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return time;
}

/// What a line edit adds around its text: frame, margins and Qt's inner margin. QLineEdit's
/// sizeHint() is the width of 17 'x' plus exactly that.
int lineEditChrome(const QLineEdit *edit)
{
    return edit->sizeHint().width() - edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 17;
}

/// The width \a edit needs to show \a text whole.
int widthForText(const QLineEdit *edit, const QString &text)
{
    return edit->fontMetrics().horizontalAdvance(text) + lineEditChrome(edit) + 1;
}

/// Keeps a field to one line of text without control characters, whatever is typed or pasted
/// (an ESC or BEL in a pasted headline would reach the page's <title> and a terminal): tabs and
/// line breaks become spaces, other controls go, and the cursor stays where the user put it.
class PlainLineValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &position) const override
    {
        const QString cleaned = PlainText::singleLine(input);
        if (cleaned != input) {
            position = int(PlainText::singleLine(input.left(position)).size());
            input = cleaned;
        }
        return Acceptable;
    }
};

} // namespace

ArticleFieldsForm::ArticleFieldsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("articleFields"));
    const auto lineEdit = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setValidator(new PlainLineValidator(edit));
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { fitToText(edit); });
        return edit;
    };
    m_title = lineEdit("titleField", tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_titleFont = titleFont;
    m_title->setFrame(false);
    m_title->installEventFilter(this); // its font follows its width (fitTitle)
    m_title->setAccessibleName(tr("Title"));
    connect(m_title, &QLineEdit::returnPressed, this, &ArticleFieldsForm::titleCommitted);

    m_subtitle = lineEdit("subtitleField", tr("Subtitle"));
    m_byline = lineEdit("bylineField", tr("Reporter"));
    m_source = lineEdit("sourceField", tr("Source (稿件来源)"));
    m_editor = lineEdit("editorField", tr("Editor (编辑)"));
    m_desk = lineEdit("deskField", tr("Desk"));
    m_tags = lineEdit("tagsField", tr("Tags, separated by commas"));

    m_scheduled = new QCheckBox(tr("Publish at"), this);
    m_scheduled->setObjectName(QStringLiteral("scheduledField"));
    m_publishAt = new QDateTimeEdit(this);
    m_publishAt->setObjectName(QStringLiteral("publishAtField"));
    m_publishAt->setAccessibleName(tr("Publish time"));
    m_publishAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_publishAt->setCalendarPopup(true);
    m_publishAt->setEnabled(false);
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_publishAt->setEnabled(on && !m_title->isReadOnly());
        if (!m_filling) {
            m_originalPublishAt.clear();
            Q_EMIT edited();
        }
    });
    connect(m_publishAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_filling) {
            m_originalPublishAt.clear();
            Q_EMIT edited();
        }
    });

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("Show or hide subtitle, credits, desk, tags and publish time"));
    connect(m_detailsButton, &QToolButton::toggled, this, &ArticleFieldsForm::setDetailsVisible);

    m_details = new QWidget(this);
    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_details);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("S&ubtitle:"), m_subtitle), 0, 0);
    grid->addWidget(m_subtitle, 0, 1, 1, 3);
    grid->addWidget(label(tr("&Reporter:"), m_byline), 1, 0);
    grid->addWidget(m_byline, 1, 1);
    grid->addWidget(label(tr("S&ource:"), m_source), 1, 2);
    grid->addWidget(m_source, 1, 3);
    grid->addWidget(label(tr("E&ditor:"), m_editor), 2, 0);
    grid->addWidget(m_editor, 2, 1);
    grid->addWidget(label(tr("D&esk:"), m_desk), 2, 2);
    grid->addWidget(m_desk, 2, 3);
    grid->addWidget(label(tr("&Tags:"), m_tags), 3, 0);
    grid->addWidget(m_tags, 3, 1);
    grid->addWidget(m_scheduled, 3, 2);
    grid->addWidget(m_publishAt, 3, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    for (QLineEdit *edit : { m_subtitle, m_byline, m_source, m_editor, m_desk, m_tags })
        fitToText(edit);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_detailsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(titleRow);
    layout->addWidget(m_details);
    m_detailsButton->setChecked(true);
    setDetailsVisible(true);
}

void ArticleFieldsForm::fitToText(QLineEdit *edit)
{
    if (edit == m_title) {
        fitTitle();
        return;
    }
    // A field is never narrower than its value (or, empty, its placeholder): a box a few
    // characters wide cut 陈思远 to 思远. Up to a limit, so that one long value cannot push the
    // window off the screen; the grid gives the rest of the width to the fields alike.
    const QString &shown = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    const int limit = edit->fontMetrics().averageCharWidth() * MaximumFieldChars;
    edit->setMinimumWidth(std::min(widthForText(edit, shown), limit));
}

void ArticleFieldsForm::fitTitle()
{
    // The headline in the large title font when it fits, else smaller, down to the body's size:
    // the whole headline stays in view in a narrow editor.
    const QString text = m_title->text().isEmpty() ? m_title->placeholderText() : m_title->text();
    const int available = m_title->width() - lineEditChrome(m_title);
    const qreal largest = m_titleFont.pointSizeF();
    const qreal smallest = font().pointSizeF();
    QFont fitted = m_titleFont;
    for (qreal size = largest; size - 0.5 >= smallest && QFontMetrics(fitted).horizontalAdvance(text) > available;) {
        size -= 0.5;
        fitted.setPointSizeF(size);
    }
    if (m_title->font() != fitted)
        m_title->setFont(fitted);
}

bool ArticleFieldsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        fitTitle();
    return QWidget::eventFilter(watched, event);
}

void ArticleFieldsForm::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setArrowType(visible ? Qt::UpArrow : Qt::DownArrow);
}

QLineEdit *ArticleFieldsForm::field(const QString &objectName) const
{
    return findChild<QLineEdit *>(objectName);
}

QStringList ArticleFieldsForm::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

void ArticleFieldsForm::setArticle(const Article &article)
{
    m_filling = true;
    m_article = article;
    m_title->setText(article.title);
    m_title->setCursorPosition(0);
    m_subtitle->setText(article.subtitle);
    m_byline->setText(article.byline);
    m_source->setText(article.source);
    m_editor->setText(article.editor);
    m_desk->setText(article.desk);
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    m_originalPublishAt = article.publishAt;
    const QDateTime time = parsePublishTime(article.publishAt);
    m_scheduled->setChecked(!article.publishAt.isEmpty());
    m_publishAt->setDateTime(time.isValid() ? time : QDateTime::currentDateTime());
    m_publishAt->setEnabled(!article.publishAt.isEmpty() && !m_title->isReadOnly());
    m_filling = false;
}

Article ArticleFieldsForm::fields() const
{
    Article a = m_article;
    a.title = m_title->text().trimmed();
    a.subtitle = m_subtitle->text().trimmed();
    a.byline = m_byline->text().trimmed();
    a.source = m_source->text().trimmed();
    a.editor = m_editor->text().trimmed();
    a.desk = m_desk->text().trimmed();
    a.tags = parseTags(m_tags->text());
    if (!m_scheduled->isChecked())
        a.publishAt.clear();
    else if (!m_originalPublishAt.isEmpty())
        a.publishAt = m_originalPublishAt; // untouched: keep it exactly as given
    else
        a.publishAt = m_publishAt->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return a;
}

void ArticleFieldsForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_title, m_subtitle, m_byline, m_source, m_editor, m_desk, m_tags})
        edit->setReadOnly(readOnly);
    m_scheduled->setEnabled(!readOnly);
    m_publishAt->setEnabled(!readOnly && m_scheduled->isChecked());
}

void ArticleFieldsForm::setDeskSuggestions(const QStringList &desks)
{
    auto *completer = new QCompleter(desks, m_desk);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    QCompleter *previous = m_desk->completer();
    m_desk->setCompleter(completer);
    if (previous)
        previous->deleteLater();
}

} // namespace galley
