#include "textfinder.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>

namespace galley {

namespace {

bool isLatinWordChar(QChar c)
{
    // Letters and digits of alphabetic scripts; Han, kana and hangul have no word spaces.
    if (!c.isLetterOrNumber())
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return false;
    default:
        return true;
    }
}

} // namespace

TextFinder::TextFinder(QString query, Options options)
    : m_query(std::move(query))
    , m_options(options)
{
    const QString pattern = m_options.regularExpression ? m_query : QRegularExpression::escape(m_query);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(pattern, flags);
    m_anchored = QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern), flags);
}

bool TextFinder::isValid() const
{
    return !m_query.isEmpty() && m_expression.isValid();
}

QString TextFinder::errorString() const
{
    if (m_expression.isValid())
        return {};
    return QCoreApplication::translate("galley::FindReplaceBar", "Invalid expression: %1")
        .arg(m_expression.errorString());
}

bool TextFinder::isWholeWord(const QTextDocument &document, int start, int end) const
{
    if (!m_options.wholeWords || end <= start)
        return true;
    const QChar first = document.characterAt(start);
    const QChar last = document.characterAt(end - 1);
    const QChar before = start > 0 ? document.characterAt(start - 1) : QChar();
    const QChar after = document.characterAt(end);
    return !(isLatinWordChar(first) && isLatinWordChar(before))
        && !(isLatinWordChar(last) && isLatinWordChar(after));
}

QTextCursor TextFinder::find(const QTextDocument &document, const QTextCursor &from, bool backward,
                             bool wrap) const
{
    if (!isValid())
        return {};
    auto *doc = const_cast<QTextDocument *>(&document);
    const auto select = [doc](int start, int end) {
        QTextCursor cursor(doc);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        return cursor;
    };
    if (!backward) {
        const int position = from.isNull() ? 0 : from.selectionEnd();
        for (QTextBlock block = document.findBlock(position); block.isValid(); block = block.next()) {
            const QString text = block.text();
            const int offset = std::max(0, position - block.position());
            for (auto it = m_expression.globalMatch(text, offset); it.hasNext();) {
                const auto match = it.next();
                const int start = block.position() + int(match.capturedStart());
                const int end = start + int(match.capturedLength());
                if (end > start && isWholeWord(document, start, end))
                    return select(start, end);
            }
        }
        return wrap && position > 0 ? find(document, QTextCursor(doc), false, false) : QTextCursor();
    }
    const int position = from.isNull() ? document.characterCount() - 1 : from.selectionStart();
    for (QTextBlock block = document.findBlock(position); block.isValid(); block = block.previous()) {
        const QString text = block.text();
        const int limit = std::min(int(text.size()), position - block.position());
        int bestStart = -1;
        int bestEnd = -1;
        for (auto it = m_expression.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (match.capturedEnd() > limit)
                break;
            const int start = block.position() + int(match.capturedStart());
            const int end = start + int(match.capturedLength());
            if (end > start && isWholeWord(document, start, end)) {
                bestStart = start;
                bestEnd = end;
            }
        }
        if (bestStart >= 0)
            return select(bestStart, bestEnd);
    }
    if (wrap && position < document.characterCount() - 1) {
        QTextCursor end(doc);
        end.movePosition(QTextCursor::End);
        return find(document, end, true, false);
    }
    return {};
}

QList<QTextCursor> TextFinder::findAll(const QTextDocument &document, int limit) const
{
    QList<QTextCursor> result;
    if (!isValid())
        return result;
    QTextCursor position(const_cast<QTextDocument *>(&document));
    while (result.size() < limit) {
        const QTextCursor match = find(document, position, false, false);
        if (match.isNull())
            break;
        result.append(match);
        position = match;
    }
    return result;
}

bool TextFinder::matches(const QTextCursor &cursor) const
{
    if (!isValid() || !cursor.hasSelection())
        return false;
    const QString selected = cursor.selectedText();
    return m_anchored.match(selected).hasMatch()
        && isWholeWord(*cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
}

QString TextFinder::replacementFor(const QTextCursor &cursor, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    QString selected = cursor.selectedText();
    return selected.replace(m_anchored, replacement);
}

bool TextFinder::replace(QTextCursor &cursor, const QString &replacement) const
{
    if (!matches(cursor))
        return false;
    cursor.insertText(replacementFor(cursor, replacement));
    return true;
}

int TextFinder::replaceAll(QTextDocument &document, const QString &replacement) const
{
    const QList<QTextCursor> all = findAll(document);
    if (all.isEmpty())
        return 0;
    QTextCursor edit(&document);
    edit.beginEditBlock();
    // From the end, so earlier positions stay valid.
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        QTextCursor match = all.at(i);
        const QString text = replacementFor(match, replacement);
        edit.setPosition(match.selectionStart());
        edit.setPosition(match.selectionEnd(), QTextCursor::KeepAnchor);
        edit.insertText(text);
    }
    edit.endEditBlock();
    return int(all.size());
}

} // namespace galley
