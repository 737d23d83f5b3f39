#include "lineeditunderline.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>

namespace galley {

LineEditUnderline::LineEditUnderline(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_text(edit->text())
{
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textChanged, this, &LineEditUnderline::onTextChanged);
}

bool LineEditUnderline::setFindings(const QString &checkedText, const QList<CopyDeskFinding> &findings)
{
    if (!m_edit || m_edit->text() != checkedText)
        return false;
    m_text = checkedText;
    if (findings == m_findings)
        return true;
    m_findings = findings;
    apply();
    return true;
}

void LineEditUnderline::clear()
{
    m_findings.clear();
    apply();
}

void LineEditUnderline::onTextChanged(const QString &text)
{
    // The edit is what lies between the common start and the common end of the two texts.
    const qsizetype shorter = std::min(text.size(), m_text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && text.at(prefix) == m_text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && text.at(text.size() - 1 - suffix) == m_text.at(m_text.size() - 1 - suffix))
        ++suffix;
    const int removedEnd = int(m_text.size() - suffix);
    const int delta = int(text.size() - m_text.size());
    QList<CopyDeskFinding> kept;
    for (CopyDeskFinding finding : std::as_const(m_findings)) {
        if (finding.end <= prefix) {
            kept.append(finding);
        } else if (finding.start >= removedEnd) {
            finding.start += delta;
            finding.end += delta;
            kept.append(finding);
        }
    }
    m_text = text;
    const bool moved = kept != m_findings;
    m_findings = kept;
    apply();
    if (moved)
        Q_EMIT findingsMoved();
}

void LineEditUnderline::apply()
{
    if (!m_edit || m_composing)
        return;
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = m_edit->cursorPosition();
    for (const CopyDeskFinding &finding : std::as_const(m_findings)) {
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, finding.start - cursor,
            finding.end - finding.start, CopyDeskStyle::underlineFormat(finding)));
    }
    QInputMethodEvent event(QString(), attributes);
    // QLineEdit takes input-method events only while editable; a reviewer's read-only title
    // is made editable for the moment of the event (no text can arrive through it).
    const bool readOnly = m_edit->isReadOnly();
    m_applying = true;
    if (readOnly)
        m_edit->setReadOnly(false);
    QCoreApplication::sendEvent(m_edit, &event);
    if (readOnly)
        m_edit->setReadOnly(true);
    m_applying = false;
}

bool LineEditUnderline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::InputMethod && !m_applying) {
        // A composition (preedit) replaces the layout's formats with its own; ours come back
        // once it is committed.
        const auto *input = static_cast<QInputMethodEvent *>(event);
        m_composing = !input->preeditString().isEmpty();
        if (!m_composing)
            QMetaObject::invokeMethod(this, &LineEditUnderline::apply, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace galley
