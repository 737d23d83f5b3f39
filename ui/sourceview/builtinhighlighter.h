#pragma once

#include "highlighter.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace galley {

/// The built-in highlighter (used on Debian 12, where KF6 is not packaged): a small
/// line-by-line tokenizer for HTML (tags, attributes, strings, entities, comments, with
/// comments and tags that span lines), {{mustache}} tags and CSS. It colours text only;
/// it never interprets the markup.
class BuiltInHighlighter final : public QSyntaxHighlighter, public SourceHighlighter
{
    Q_OBJECT
public:
    /// The kinds of token it colours; format() gives the format used for each.
    enum class Token { Tag, Attribute, String, Entity, Comment, Mustache, Property, Number };

    BuiltInHighlighter(QTextDocument *document, Language language, QObject *parent);

    void setPalette(const QPalette &palette) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightMarkup(const QString &text);
    void highlightCss(const QString &text);
    int highlightEntityAt(const QString &text, int position);
    int highlightMustacheAt(const QString &text, int position);

    Language m_language = Language::Html;
    QTextCharFormat m_formats[8];
};

} // namespace galley
