#pragma once

#include <QString>

class QObject;
class QPalette;
class QTextDocument;

namespace galley {

/// Syntax highlighting for the source view (and the template editor), behind one small
/// interface with two implementations: KF6::SyntaxHighlighting when the build found it
/// (GALLEY_HAVE_KSYNTAXHIGHLIGHTING), otherwise a built-in QSyntaxHighlighter.
///
/// A highlighter is a QObject owned by the \a parent given to create(); it stops
/// highlighting when destroyed. Colours follow the palette passed to setPalette()
/// (light or dark theme).
class SourceHighlighter
{
public:
    enum class Language {
        Html,     ///< HTML: tags, attributes, strings, entities, comments
        Mustache, ///< HTML with {{mustache}} tags (export templates)
        Css,
    };

    SourceHighlighter() = default;
    virtual ~SourceHighlighter() = default;
    SourceHighlighter(const SourceHighlighter &) = delete;
    SourceHighlighter &operator=(const SourceHighlighter &) = delete;

    /// Picks colours for \a palette (dark text on light background or the reverse) and rehighlights.
    virtual void setPalette(const QPalette &palette) = 0;
    /// "KSyntaxHighlighting" or "built-in" (shown in About, used by tests).
    [[nodiscard]] virtual QString backendName() const = 0;

    /// The best highlighter this build has for \a language on \a document, owned by \a parent.
    [[nodiscard]] static SourceHighlighter *create(QTextDocument *document, Language language,
                                                   QObject *parent);
    /// Always the built-in implementation (tests compare it on every build).
    [[nodiscard]] static SourceHighlighter *createBuiltIn(QTextDocument *document,
                                                          Language language, QObject *parent);
};

} // namespace galley
