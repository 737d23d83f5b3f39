#pragma once

#ifdef GALLEY_HAVE_KSYNTAXHIGHLIGHTING

#include "highlighter.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace galley {

/// SourceHighlighter on KF6::SyntaxHighlighting (Kate's definitions), its theme following the
/// palette. Compiled only when CMake found KF6SyntaxHighlighting.
class KSyntaxSourceHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter,
                                       public SourceHighlighter
{
    Q_OBJECT
public:
    KSyntaxSourceHighlighter(QTextDocument *document, Language language, QObject *parent);

    void setPalette(const QPalette &palette) override;
    [[nodiscard]] QString backendName() const override;
    /// False when the repository has no definition for the language (caller falls back).
    [[nodiscard]] bool isValid() const;
};

} // namespace galley

#endif
