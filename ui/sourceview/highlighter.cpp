#include "highlighter.h"

#include "builtinhighlighter.h"
#ifdef GALLEY_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxhighlighter.h"
#endif

namespace galley {

SourceHighlighter *SourceHighlighter::create(QTextDocument *document, Language language,
                                             QObject *parent)
{
#ifdef GALLEY_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxSourceHighlighter(document, language, parent);
    if (highlighter->isValid())
        return highlighter;
    delete highlighter;
#endif
    return createBuiltIn(document, language, parent);
}

SourceHighlighter *SourceHighlighter::createBuiltIn(QTextDocument *document, Language language,
                                                    QObject *parent)
{
    return new BuiltInHighlighter(document, language, parent);
}

} // namespace galley
