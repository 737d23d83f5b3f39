#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTextCursor>

class QTextDocument;

namespace galley {

/// Find and replace in a QTextDocument: plain text or regular expression, with or without
/// case, whole words. Text is searched block by block (a match never spans paragraphs).
///
/// "Whole words" follows what a reader means in mixed Chinese and Latin copy: Chinese has no
/// spaces between words, so only a Latin letter or digit on both sides of a match edge makes
/// it part of a longer word ("cat" is not found in "concat", "中国" is found in "中国人").
class TextFinder final
{
public:
    struct Options {
        bool caseSensitive = false;
        bool wholeWords = false;
        bool regularExpression = false;
    };

    TextFinder(QString query, Options options);

    /// False for an empty query or an invalid regular expression (see errorString()).
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const;

    /// The next match after \a from (or before it, \a backward), wrapping around the document
    /// when \a wrap; a null cursor when there is none. The match is the cursor's selection.
    [[nodiscard]] QTextCursor find(const QTextDocument &document, const QTextCursor &from,
                                   bool backward = false, bool wrap = true) const;
    /// Every match in document order (at most \a limit).
    [[nodiscard]] QList<QTextCursor> findAll(const QTextDocument &document, int limit = 10000) const;
    /// True when \a cursor's selection is exactly one match.
    [[nodiscard]] bool matches(const QTextCursor &cursor) const;
    /// What a match selected by \a cursor is replaced with: \a replacement, with \1 … \9
    /// standing for the expression's groups when searching by regular expression.
    [[nodiscard]] QString replacementFor(const QTextCursor &cursor, const QString &replacement) const;
    /// Replaces the match at \a cursor (one undo step); false when it is not a match.
    bool replace(QTextCursor &cursor, const QString &replacement) const;
    /// Replaces every match in \a document as one undo step; returns how many.
    int replaceAll(QTextDocument &document, const QString &replacement) const;

private:
    [[nodiscard]] bool isWholeWord(const QTextDocument &document, int start, int end) const;

    QString m_query;
    Options m_options;
    QRegularExpression m_expression;
    QRegularExpression m_anchored;
};

} // namespace galley
