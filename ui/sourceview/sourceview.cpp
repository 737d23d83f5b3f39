#include "sourceview.h"

#include "document/sanitizer.h"
#include "highlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace galley {

SourceApplyResult sanitizeSource(const QString &source)
{
    SourceApplyResult result;
    result.canonicalHtml = Sanitizer::sanitize(source, &result.dropped);
    return result;
}

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(false);
    m_highlighter = SourceHighlighter::create(m_editor->document(), SourceHighlighter::Language::Html,
                                              this);
    m_highlighter->setPalette(palette());

    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applySource"));
    m_apply->setToolTip(tr("Clean the HTML and load it into the editor (also happens when you "
                           "leave this tab)"));
    m_apply->setEnabled(false);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("sourceReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_report, 1);
    bar->addWidget(m_apply, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bar);

    connect(m_apply, &QPushButton::clicked, this, &SourceView::applyRequested);
    connect(m_editor->document(), &QTextDocument::modificationChanged, m_apply,
            &QPushButton::setEnabled);
}

void SourceView::setHtml(const QString &canonicalHtml)
{
    m_editor->setPlainText(canonicalHtml); // also resets the source's undo history
    m_editor->document()->setModified(false);
}

QString SourceView::html() const
{
    return m_editor->toPlainText();
}

bool SourceView::isModified() const
{
    return m_editor->document()->isModified();
}

void SourceView::setModified(bool modified)
{
    m_editor->document()->setModified(modified);
}

void SourceView::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_apply->setVisible(!readOnly);
}

void SourceView::setReport(const QString &report)
{
    m_report->setText(report);
    m_report->setVisible(!report.isEmpty());
}

QString SourceView::report() const
{
    return m_report->text();
}

void SourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace galley
