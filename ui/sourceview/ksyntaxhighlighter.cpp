#ifdef GALLEY_HAVE_KSYNTAXHIGHLIGHTING

#include "ksyntaxhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace galley {

namespace {

// One repository for the GUI thread: loading the definitions is the expensive part.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

QString definitionName(SourceHighlighter::Language language)
{
    switch (language) {
    case SourceHighlighter::Language::Css:
        return QStringLiteral("CSS");
    case SourceHighlighter::Language::Mustache:
        return QStringLiteral("Mustache/Handlebars (HTML)");
    case SourceHighlighter::Language::Html:
        break;
    }
    return QStringLiteral("HTML");
}

} // namespace

KSyntaxSourceHighlighter::KSyntaxSourceHighlighter(QTextDocument *document, Language language,
                                                   QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
{
    auto definition = repository().definitionForName(definitionName(language));
    if (!definition.isValid())
        definition = repository().definitionForName(QStringLiteral("HTML"));
    setDefinition(definition);
    setTheme(repository().themeForPalette(QPalette()));
    setDocument(document);
}

void KSyntaxSourceHighlighter::setPalette(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
    rehighlight();
}

QString KSyntaxSourceHighlighter::backendName() const
{
    return QStringLiteral("KSyntaxHighlighting");
}

bool KSyntaxSourceHighlighter::isValid() const
{
    return definition().isValid();
}

} // namespace galley

#endif
