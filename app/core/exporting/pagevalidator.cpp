#include "pagevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::PageValidator", text);
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, qsizetype(original.length)).toLower();
}

// What a browser's URL parser sees: leading/trailing C0 controls and spaces dropped, tabs and
// newlines inside removed ("java\tscript:" is javascript:).
QString urlForScheme(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c.unicode() <= 0x20)
            continue;
        out.append(c.toLower());
    }
    return out;
}

bool hasScheme(const QString &reference)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(reference).hasMatch();
}

bool isUrlAttribute(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("href"),     QStringLiteral("src"),        QStringLiteral("xlink:href"), QStringLiteral("action"),
        QStringLiteral("formaction"), QStringLiteral("poster"),   QStringLiteral("data"),       QStringLiteral("background"),
        QStringLiteral("srcset"),   QStringLiteral("cite"),       QStringLiteral("codebase"),   QStringLiteral("lowsrc"),
        QStringLiteral("dynsrc"),   QStringLiteral("ping"),       QStringLiteral("manifest"),   QStringLiteral("to"),
        QStringLiteral("values"),   QStringLiteral("from"),       QStringLiteral("by"),
    };
    return names.contains(name);
}

bool isReferenceAttribute(const QString &name)
{
    return name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("poster")
        || name == QLatin1String("xlink:href");
}

struct Scan {
    QStringList executable;
    QStringList references;
    QSet<QString> seenReferences;
};

void addReference(Scan &scan, QString reference)
{
    reference = reference.trimmed();
    if (reference.isEmpty() || reference.startsWith(QLatin1Char('#')) || reference.startsWith(QLatin1String("//"))
        || hasScheme(reference))
        return;
    const qsizetype cut = reference.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        reference.truncate(cut);
    if (reference.isEmpty())
        return;
    if (!scan.seenReferences.contains(reference)) {
        scan.seenReferences.insert(reference);
        scan.references.append(reference);
    }
}

void checkElement(const GumboNode *node, Scan &scan)
{
    const GumboElement &element = node->v.element;
    const QString name = tagName(element);
    const auto attribute = [&element](const char *attributeName) -> QString {
        const GumboAttribute *found = gumbo_get_attribute(&element.attributes, attributeName);
        return found ? QString::fromUtf8(found->value) : QString();
    };

    if (name == QLatin1String("script")) {
        const QString type = attribute("type").trimmed().toLower();
        QString content;
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
                content += QString::fromUtf8(child->v.text.text);
        }
        QJsonParseError parseError{};
        const bool isData = type == QLatin1String("application/ld+json")
            && gumbo_get_attribute(&element.attributes, "src") == nullptr
            && !QJsonDocument::fromJson(content.toUtf8(), &parseError).isNull();
        if (!isData)
            scan.executable.append(tr("line %1: a <script> element that is not a JSON-LD data block").arg(element.start_pos.line));
    } else if (name == QLatin1String("iframe") || name == QLatin1String("frame") || name == QLatin1String("frameset")
               || name == QLatin1String("object") || name == QLatin1String("embed") || name == QLatin1String("applet")
               || name == QLatin1String("base") || name == QLatin1String("portal")) {
        scan.executable.append(tr("line %1: a <%2> element").arg(element.start_pos.line).arg(name));
    } else if (name == QLatin1String("meta") && attribute("http-equiv").trimmed().compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0) {
        scan.executable.append(tr("line %1: a <meta http-equiv=\"refresh\"> redirect").arg(element.start_pos.line));
    } else if (name == QLatin1String("style")) {
        QString css;
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                css += QString::fromUtf8(child->v.text.text);
        }
        const QString squeezed = urlForScheme(css);
        if (squeezed.contains(QLatin1String("expression(")) || squeezed.contains(QLatin1String("javascript:"))
            || squeezed.contains(QLatin1String("-moz-binding")) || squeezed.contains(QLatin1String("behavior:")))
            scan.executable.append(tr("line %1: script in a <style> element").arg(element.start_pos.line));
    }

    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString attrName = QString::fromUtf8(attr->name).toLower();
        const QString value = QString::fromUtf8(attr->value);
        const QString squeezed = urlForScheme(value);
        if (attrName.startsWith(QLatin1String("on"))) {
            scan.executable.append(tr("line %1: an event handler attribute %2 on <%3>").arg(element.start_pos.line).arg(attrName, name));
            continue;
        }
        const bool scriptUrl = squeezed.contains(QLatin1String("javascript:")) || squeezed.contains(QLatin1String("vbscript:"))
            || squeezed.contains(QLatin1String("livescript:"));
        // Only attributes a browser follows or evaluates matter; alt="javascript: 入门" is text.
        if (scriptUrl && (isUrlAttribute(attrName) || attrName == QLatin1String("style"))) {
            scan.executable.append(tr("line %1: a script URL in %2 of <%3>").arg(element.start_pos.line).arg(attrName, name));
            continue;
        }
        if (attrName == QLatin1String("style")
            && (squeezed.contains(QLatin1String("expression(")) || squeezed.contains(QLatin1String("-moz-binding"))
                || squeezed.contains(QLatin1String("behavior:")))) {
            scan.executable.append(tr("line %1: script in the style of <%2>").arg(element.start_pos.line).arg(name));
            continue;
        }
        if (isUrlAttribute(attrName) && squeezed.startsWith(QLatin1String("data:"))) {
            static const QRegularExpression image(QStringLiteral("^data:image/(png|gif|jpeg|webp|avif)[;,]"));
            if (!(name == QLatin1String("img") && attrName == QLatin1String("src") && image.match(squeezed).hasMatch())) {
                scan.executable.append(tr("line %1: a data: URL in %2 of <%3>").arg(element.start_pos.line).arg(attrName, name));
                continue;
            }
        }
        if (isReferenceAttribute(attrName)) {
            addReference(scan, value);
        } else if (attrName == QLatin1String("srcset")) {
            const QStringList candidates = value.split(QLatin1Char(','));
            for (const QString &candidate : candidates)
                addReference(scan, candidate.trimmed().section(QLatin1Char(' '), 0, 0));
        }
    }
}

Scan scanPage(const QString &html)
{
    Scan scan;
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
            checkElement(node, scan);
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
        errors.append(tr("HTML Tidy could not read the page"));
    tidyRelease(doc);
#else
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    for (unsigned i = 0; i < output->errors.length; ++i) {
        const auto *error = static_cast<const GumboError *>(output->errors.data[i]);
        errors.append(tr("line %1: HTML parse error %2").arg(error->position.line).arg(int(error->type)));
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

PageValidator::Result PageValidator::validate(const QString &html, const ReferenceCheck &exists, bool checkWellFormed)
{
    Result result;
    if (checkWellFormed) {
        const QStringList errors = wellFormednessErrors(html);
        for (const QString &error : errors)
            result.errors.append(tr("not well-formed HTML: %1").arg(error));
    }
    const Scan scan = scanPage(html);
    for (const QString &problem : scan.executable)
        result.errors.append(tr("executable content: %1").arg(problem));
    if (exists) {
        for (const QString &reference : scan.references) {
            const QString decoded = QUrl::fromPercentEncoding(reference.toUtf8());
            const QString clean = QDir::cleanPath(decoded);
            if (clean.startsWith(QLatin1String("../")) || clean == QLatin1String("..") || clean.startsWith(QLatin1Char('/'))
                || QDir::isAbsolutePath(clean)) {
                result.errors.append(tr("the reference %1 leaves the output folder").arg(reference));
            } else if (!exists(clean)) {
                result.errors.append(tr("the reference %1 names a file the export does not write").arg(reference));
            }
        }
    }
    return result;
}

} // namespace galley
