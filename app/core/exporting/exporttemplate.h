#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace galley {

/// A template folder for exports, checked when loaded (the template stage's input).
///
/// Files (all UTF-8):
/// - article.mustache       the page of one article (required)
/// - index.mustache         the site's index page
/// - article.txt.mustache   the plain-text (wire) format; rendered without HTML escaping
/// - <name>.mustache        partials, used as {{> name}}
/// - style.css and other static files (css, images, fonts) with names of [a-z0-9.-]: copied
///   beside the pages.
/// A user folder may leave out index.mustache and article.txt.mustache (the built-in ones are
/// used). Loading checks every template and every partial reference: a syntax error or unknown
/// partial is reported with the file, the line and the tag, before anything is exported.
/// The variables a template sees are listed at the top of the built-in article.mustache.
class ExportTemplate final
{
public:
    static constexpr const char *ArticleTemplate = "article.mustache";
    static constexpr const char *IndexTemplate = "index.mustache";
    static constexpr const char *TextTemplate = "article.txt.mustache";

    /// ":/galley/template" (compiled into Galley::Resources).
    [[nodiscard]] static QString builtInDirectory();
    /// Loads and checks \a directory (empty = built-in). On failure returns nullopt and sets
    /// \a error to one sentence naming the file, line and tag.
    [[nodiscard]] static std::optional<ExportTemplate> load(const QString &directory, QString *error);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] bool hasTemplate(const QString &name) const { return m_templates.contains(name); }
    /// Every *.mustache file name (templates and partials), sorted.
    [[nodiscard]] QStringList templateNames() const { return m_templates.keys(); }
    [[nodiscard]] QString templateSource(const QString &name) const { return m_templates.value(name); }
    /// Where a template came from (for messages): a file path or a resource path.
    [[nodiscard]] QString templatePath(const QString &name) const { return m_paths.value(name); }
    /// Static files to copy beside the pages: relative name -> bytes (sorted by name).
    [[nodiscard]] const QMap<QString, QByteArray> &staticFiles() const { return m_staticFiles; }

private:
    QString m_directory;
    QMap<QString, QString> m_templates; ///< file name -> source (templates and partials)
    QMap<QString, QString> m_paths;
    QMap<QString, QByteArray> m_staticFiles;
};

/// What a template sees, held in the template library's own data tree: the export builds it
/// there directly (PageData::articleTree(), PageData::indexTree()), each string converted to
/// UTF-8 once, rather than as a QVariantMap that is converted (copied) again for every page.
/// Opaque outside the exporting layer (templatetree.h); made from a QVariantMap otherwise.
class TemplateData final
{
public:
    struct Tree;
    explicit TemplateData(std::unique_ptr<Tree> tree);
    /// The same data as the map (see TemplateRenderer for what a map may hold).
    explicit TemplateData(const QVariantMap &data);
    TemplateData(TemplateData &&other) noexcept;
    TemplateData &operator=(TemplateData &&other) noexcept;
    ~TemplateData();
    [[nodiscard]] const Tree &tree() const { return *m_tree; }

private:
    std::unique_ptr<Tree> m_tree;
};

/// Renders the templates of an ExportTemplate with Mustache (kainjow). Compiles once; one
/// renderer per thread (not thread-safe). Data is a QVariantMap of strings, bools, lists and
/// maps, or a TemplateData; strings are HTML-escaped by {{name}} and inserted raw by
/// {{{name}}}, except in *.txt.mustache templates where nothing is escaped.
class TemplateRenderer final
{
public:
    explicit TemplateRenderer(const ExportTemplate &exportTemplate);
    ~TemplateRenderer();
    TemplateRenderer(const TemplateRenderer &) = delete;
    TemplateRenderer &operator=(const TemplateRenderer &) = delete;

    /// Renders template \a name; on failure returns an empty string and sets \a error.
    [[nodiscard]] QString render(const QString &name, const QVariantMap &data, QString *error) const;
    /// \a utf8, when given, gets the page's UTF-8 (what toUtf8() of the result gives).
    [[nodiscard]] QString render(const QString &name, const TemplateData &data, QString *error,
                                 QByteArray *utf8 = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace galley
