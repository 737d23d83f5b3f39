#include "pagevalidator.h"

#include "pagescan.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <gumbo.h>

#ifdef GALLEY_HAVE_TIDY
#if __has_include(<tidy/tidy.h>)
#include <tidy/tidy.h>
#else
#include <tidy.h>
#endif
#endif

#include <vector>

namespace galley {

namespace {

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, qsizetype(original.length)).toLower();
}

PageScan::Element elementOf(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    PageScan::Element out;
    out.name = tagName(element);
    out.line = int(element.start_pos.line);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        out.attributes.append({QString::fromUtf8(attr->name).toLower(), QString::fromUtf8(attr->value)});
    }
    if (out.name == QLatin1String("script") || out.name == QLatin1String("style")) {
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
                || (child->type == GUMBO_NODE_CDATA && out.name == QLatin1String("script")))
                out.content += QString::fromUtf8(child->v.text.text);
        }
    }
    return out;
}

// The full reading: gumbo's HTML5 parse, the way a browser reads the page.
PageScan::Result scanPage(const QString &html)
{
    PageScan::Result scan;
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    // Iterative walk: a hostile body may nest deeply.
    std::vector<const GumboNode *> stack{output->document};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            PageScan::checkElement(elementOf(node), scan);
            children = &node->v.element.children;
        } else if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        }
        if (children) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    gumbo_destroy_output(&options, output);
    return scan;
}

void checkReferences(const QStringList &references, const PageValidator::ReferenceCheck &exists, PageValidator::Result &result)
{
    if (!exists)
        return;
    for (const QString &reference : references) {
        const QString decoded = reference.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(reference.toUtf8()) : reference;
        const QString clean = QDir::cleanPath(decoded);
        if (clean.startsWith(QLatin1String("../")) || clean == QLatin1String("..") || clean.startsWith(QLatin1Char('/'))
            || QDir::isAbsolutePath(clean)) {
            result.errors.append(QCoreApplication::translate("galley::PageValidator", "the reference %1 leaves the output folder").arg(reference));
        } else if (!exists(clean)) {
            result.errors.append(QCoreApplication::translate("galley::PageValidator", "the reference %1 names a file the export does not write").arg(reference));
        }
    }
}

#ifdef GALLEY_HAVE_TIDY
// Tidy files most structural damage under "warning"; these mean the markup does not nest or
// close as written (or text was not escaped), which is what well-formed is about. Stylistic
// warnings (empty elements, proprietary attributes, missing alt) stay warnings.
bool isStructuralWarning(const char *key)
{
    static const char *const keys[] = {
        "DISCARDING_UNEXPECTED", "MISSING_ENDTAG_BEFORE", "MISSING_ENDTAG_FOR", "MISSING_ENDTAG_OPTIONAL",
        "TAG_NOT_ALLOWED_IN",    "INSERTING_TAG",         "NON_MATCHING_ENDTAG", "UNEXPECTED_ENDTAG",
        "UNEXPECTED_END_OF_FILE", "MISSING_STARTTAG",     "REPEATED_ATTRIBUTE",  "UNKNOWN_ENTITY",
        "UNESCAPED_AMPERSAND",   "ELEMENT_NOT_EMPTY",     "NESTED_EMPHASIS",     "UNEXPECTED_ENDTAG_IN",
        "TOO_MANY_ELEMENTS",     "TOO_MANY_ELEMENTS_IN",  "DUPLICATE_FRAMESET",  "MISSING_DOCTYPE",
    };
    if (!key)
        return false;
    for (const char *structural : keys) {
        if (qstrcmp(key, structural) == 0)
            return true;
    }
    return false;
}

Bool TIDY_CALL collectTidyErrors(TidyMessage message)
{
    const TidyReportLevel level = tidyGetMessageLevel(message);
    if (level == TidyError || level == TidyBadDocument || level == TidyFatal
        || (level == TidyWarning && isStructuralWarning(tidyGetMessageKey(message)))) {
        auto *errors = static_cast<QStringList *>(tidyGetAppData(tidyGetMessageDoc(message)));
        errors->append(QString::fromUtf8(tidyGetMessageOutput(message)).trimmed());
    }
    return no; // nothing goes to Tidy's own error output
}
#endif

} // namespace

bool PageValidator::hasTidy()
{
#ifdef GALLEY_HAVE_TIDY
    return true;
#else
    return false;
#endif
}

QStringList PageValidator::wellFormednessErrors(const QString &html)
{
    QStringList errors;
    const QByteArray utf8 = html.toUtf8();
#ifdef GALLEY_HAVE_TIDY
    TidyDoc doc = tidyCreate();
    tidySetAppData(doc, &errors);
    tidySetMessageCallback(doc, collectTidyErrors);
    tidySetCharEncoding(doc, "utf8");
    tidyOptSetBool(doc, TidyShowWarnings, no);
    tidyOptSetBool(doc, TidyShowInfo, no);
    tidyOptSetBool(doc, TidyQuiet, yes);
    const int status = tidyParseString(doc, utf8.constData());
    if (status < 0 && errors.isEmpty())
        errors.append(QCoreApplication::translate("galley::PageValidator", "HTML Tidy could not read the page"));
    tidyRelease(doc);
#else
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    for (unsigned i = 0; i < output->errors.length; ++i) {
        const auto *error = static_cast<const GumboError *>(output->errors.data[i]);
        errors.append(QCoreApplication::translate("galley::PageValidator", "line %1: HTML parse error %2").arg(error->position.line).arg(int(error->type)));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
#endif
    return errors;
}

QStringList PageValidator::executableContent(const QString &html)
{
    return scanPage(html).executable;
}

QStringList PageValidator::localReferences(const QString &html)
{
    return scanPage(html).references;
}

bool PageValidator::isPlainlyValid(const QString &html, const ReferenceCheck &exists)
{
    PageScan::Result scan;
    if (!PageScan::strictScan(html, scan) || !scan.executable.isEmpty())
        return false;
    Result result;
    checkReferences(scan.references, exists, result);
    return result.isValid();
}

PageValidator::Result PageValidator::validate(const QString &html, const ReferenceCheck &exists, bool checkWellFormed)
{
    Result result;
    {
        // The common case, decided in one pass: a page inside the strict subset is well-formed
        // and its elements are exactly those the full parse would find.
        PageScan::Result scan;
        if (PageScan::strictScan(html, scan) && scan.executable.isEmpty()) {
            checkReferences(scan.references, exists, result);
            return result;
        }
    }
    if (checkWellFormed) {
        const QStringList errors = wellFormednessErrors(html);
        for (const QString &error : errors)
            result.errors.append(QCoreApplication::translate("galley::PageValidator", "not well-formed HTML: %1").arg(error));
    }
    const PageScan::Result scan = scanPage(html);
    for (const QString &problem : scan.executable)
        result.errors.append(QCoreApplication::translate("galley::PageValidator", "executable content: %1").arg(problem));
    checkReferences(scan.references, exists, result);
    return result;
}

} // namespace galley
