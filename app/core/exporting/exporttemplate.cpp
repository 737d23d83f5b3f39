#include "exporttemplate.h"

#include "exportpaths.h"
#include "templatetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>

namespace galley {

namespace km = kainjow::mustache;

namespace {

bool isTextTemplate(const QString &name)
{
    return name.endsWith(QLatin1String(".txt.mustache"));
}

QString partialName(const QString &fileName)
{
    return fileName.chopped(int(qstrlen(".mustache")));
}

bool isStaticFileName(const QString &name)
{
    static const QRegularExpression allowed(
        QStringLiteral("^[a-z0-9][a-z0-9.-]*\\.(css|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|otf)$"));
    return allowed.match(name).hasMatch() && ExportPaths::isSafeRelativePath(name);
}

struct Position {
    int line = 1;
    QString tag;
};

// kainjow reports byte offsets into the UTF-8 source; people need a line and the tag itself.
Position positionOf(const std::string &source, std::size_t offset)
{
    Position position;
    offset = std::min(offset, source.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (source[i] == '\n')
            ++position.line;
    }
    std::size_t end = source.find("}}", offset);
    end = end == std::string::npos ? source.size() : end + 2;
    if (end < source.size() && source[end] == '}')
        ++end;
    const std::size_t newline = source.find('\n', offset);
    if (newline != std::string::npos && newline < end)
        end = newline;
    end = std::min(end, offset + 80);
    position.tag = QString::fromUtf8(source.data() + offset, qsizetype(end - offset)).trimmed();
    return position;
}

QString describeError(const QString &path, const std::string &source, const std::string &message)
{
    static const QRegularExpression at(QStringLiteral("^(.*) at (\\d+)$"));
    const QString text = QString::fromStdString(message);
    const QRegularExpressionMatch match = at.match(text);
    if (!match.hasMatch())
        return QCoreApplication::translate("galley::ExportTemplate", "Template error in %1: %2.").arg(path, text);
    const Position position = positionOf(source, match.captured(2).toULongLong());
    return QCoreApplication::translate("galley::ExportTemplate", "Template error in %1, line %2, at %3: %4.")
        .arg(path)
        .arg(position.line)
        .arg(position.tag, match.captured(1).toLower());
}

QString checkTemplate(
    const QString &name, const QString &path, const QString &source, const QMap<QString, QString> &all)
{
    const std::string utf8 = source.toStdString();
    const km::mustache compiled(utf8);
    if (!compiled.is_valid())
        return describeError(path, utf8, compiled.error_message());
    // kainjow renders an unknown partial as nothing; a misspelt name should not go unnoticed.
    static const QRegularExpression partialTag(QStringLiteral("\\{\\{\\s*>\\s*([^}\\s]+)\\s*\\}\\}"));
    auto it = partialTag.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString partial = match.captured(1) + QLatin1String(".mustache");
        if (!all.contains(partial) || partial == name) {
            const int line = int(QStringView(source).left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
            return QCoreApplication::translate("galley::ExportTemplate", "Template error in %1, line %2, at %3: %4.")
                .arg(path)
                .arg(line)
                .arg(match.captured(0),
                    partial == name
                        ? QCoreApplication::translate("galley::ExportTemplate", "a template cannot include itself")
                        : QCoreApplication::translate(
                            "galley::ExportTemplate", "there is no partial %1 in the template folder")
                              .arg(partial));
        }
    }
    return QString();
}

bool readTemplateFolder(const QString &directory, QMap<QString, QString> &templates, QMap<QString, QString> &paths,
    QMap<QString, QByteArray> &staticFiles, QString *error)
{
    const QDir dir(directory);
    const QString folder = dir.canonicalPath();
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const bool isTemplate = name.endsWith(QLatin1String(".mustache"));
        if (!isTemplate && !isStaticFileName(name))
            continue;
        // A link out of the folder would put any file the exporting user can read (a key, a
        // password file) into every published page.
        const QString target = entry.canonicalFilePath();
        if (entry.isSymLink() && !folder.isEmpty() && !target.startsWith(folder + QLatin1Char('/'))) {
            if (error)
                *error = QCoreApplication::translate("galley::ExportTemplate",
                    "%1 is a link to %2, outside the template folder; Galley reads templates and their files from the "
                    "folder itself.")
                             .arg(QDir::toNativeSeparators(entry.filePath()), QDir::toNativeSeparators(target));
            return false;
        }
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("galley::ExportTemplate", "Cannot read %1: %2.")
                             .arg(entry.filePath(), file.errorString());
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (isTemplate) {
            templates.insert(name, QString::fromUtf8(bytes));
            paths.insert(name, QDir::toNativeSeparators(entry.filePath()));
        } else {
            staticFiles.insert(name, bytes);
        }
    }
    return true;
}

// Partials come from the template folder only, never from article data.
class TemplateContext final : public km::context<std::string>
{
public:
    TemplateContext(const km::data *data, const std::map<std::string, km::data> &partials)
        : km::context<std::string>(data)
        , m_partials(partials)
    { }
    const km::data *get_partial(const std::string &name) const override
    {
        const auto it = m_partials.find(name);
        return it == m_partials.end() ? nullptr : &it->second;
    }

private:
    const std::map<std::string, km::data> &m_partials;
};

// Mustache removes a line that holds only a section, inverted-section, end or comment tag
// ("standalone" tags). kainjow removes such lines for sections it renders, but leaves empty lines
// for skipped sections and comments, and also drops blank lines of the template that follow a
// rendered section tag. So Galley marks standalone lines itself: the tag keeps its line, followed
// by a marker, and every line left holding only markers is removed after rendering.
constexpr std::string_view StandaloneMarker = "\x1Fgalley-standalone\x1F";

std::string markStandaloneLines(const QString &source)
{
    static const QRegularExpression standalone(QStringLiteral("(?m)^[ \\t]*(\\{\\{[#^/!][^}]*\\}\\})[ \\t]*(\\r?\\n)"));
    QString marked = source;
    marked.replace(standalone,
        QStringLiteral("\\1") + QLatin1String(StandaloneMarker.data(), qsizetype(StandaloneMarker.size())) + QStringLiteral("\\2"));
    return marked.toStdString();
}

// A line of nothing but markers (and blanks), as the regular expression
// (?m)^[ \t]*(?:marker[ \t]*)+\r?\n would match it; one pass, no regex over the whole page.
bool isMarkerLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::size_t position = 0;
    const auto skipBlanks = [&] {
        while (position < line.size() && (line[position] == ' ' || line[position] == '\t'))
            ++position;
    };
    skipBlanks();
    int markers = 0;
    while (line.substr(position).substr(0, StandaloneMarker.size()) == StandaloneMarker) {
        position += StandaloneMarker.size();
        skipBlanks();
        ++markers;
    }
    return markers > 0 && position == line.size();
}

// On the UTF-8 kainjow wrote: the marker, blanks and line ends are ASCII, which no other
// character's UTF-8 bytes contain, so this is what it was on the decoded page, one conversion less.
std::string removeStandaloneLines(std::string rendered)
{
    if (rendered.find(StandaloneMarker) == std::string::npos)
        return rendered;
    const std::string_view page(rendered);
    std::string out;
    out.reserve(page.size());
    std::size_t start = 0;
    while (start < page.size()) {
        std::size_t end = page.find('\n', start);
        const bool hasNewline = end != std::string_view::npos;
        if (!hasNewline)
            end = page.size();
        const std::string_view line = page.substr(start, end - start);
        start = end + 1;
        if (hasNewline && isMarkerLine(line))
            continue;
        // A marker that shares its line with output (a tag at the end of the file) just goes.
        std::size_t copied = 0;
        for (std::size_t at = line.find(StandaloneMarker); at != std::string_view::npos;
             at = line.find(StandaloneMarker, copied)) {
            out += line.substr(copied, at - copied);
            copied = at + StandaloneMarker.size();
        }
        out += line.substr(copied);
        if (hasNewline)
            out += '\n';
    }
    return out;
}

km::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return km::data(value.toBool());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        km::data list = TemplateTree::list();
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            TemplateTree::append(list, toData(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        km::data object = TemplateTree::object();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            TemplateTree::set(object, it.key().toStdString(), toData(it.value()));
        return object;
    }
    default:
        return km::data(value.toString().toStdString());
    }
}

} // namespace

QString ExportTemplate::builtInDirectory()
{
    return QStringLiteral(":/galley/template");
}

std::optional<ExportTemplate> ExportTemplate::load(const QString &directory, QString *error)
{
    ExportTemplate result;
    const QString builtIn = builtInDirectory();
    const bool useBuiltIn = directory.isEmpty();
    result.m_directory = useBuiltIn ? builtIn : QFileInfo(directory).absoluteFilePath();

    QMap<QString, QString> builtInTemplates;
    QMap<QString, QString> builtInPaths;
    QMap<QString, QByteArray> builtInStatic;
    if (!readTemplateFolder(builtIn, builtInTemplates, builtInPaths, builtInStatic, error))
        return std::nullopt;

    if (useBuiltIn) {
        result.m_templates = builtInTemplates;
        result.m_paths = builtInPaths;
        result.m_staticFiles = builtInStatic;
    } else {
        if (!QFileInfo(directory).isDir()) {
            if (error)
                *error = QCoreApplication::translate("galley::ExportTemplate", "The template folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(directory));
            return std::nullopt;
        }
        if (!readTemplateFolder(directory, result.m_templates, result.m_paths, result.m_staticFiles, error))
            return std::nullopt;
        for (const char *optional : { IndexTemplate, TextTemplate }) {
            const QString name = QLatin1String(optional);
            if (!result.m_templates.contains(name) && builtInTemplates.contains(name)) {
                result.m_templates.insert(name, builtInTemplates.value(name));
                result.m_paths.insert(name, builtInPaths.value(name));
            }
        }
    }
    if (!result.m_templates.contains(QLatin1String(ArticleTemplate))) {
        if (error) {
            *error = useBuiltIn
                ? QCoreApplication::translate("galley::ExportTemplate",
                    "The built-in export template is missing (Galley was built without its resources).")
                : QCoreApplication::translate("galley::ExportTemplate", "The template folder %1 has no %2.")
                      .arg(QDir::toNativeSeparators(directory), QLatin1String(ArticleTemplate));
        }
        return std::nullopt;
    }
    for (auto it = result.m_templates.cbegin(); it != result.m_templates.cend(); ++it) {
        const QString problem = checkTemplate(it.key(), result.m_paths.value(it.key()), it.value(), result.m_templates);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
    }
    return result;
}

struct TemplateRenderer::Private {
    const ExportTemplate &exportTemplate;
    std::map<std::string, std::unique_ptr<km::mustache>> compiled;
    std::map<std::string, km::data> partials;
};

TemplateRenderer::TemplateRenderer(const ExportTemplate &exportTemplate)
    : d(new Private { exportTemplate, {}, {} })
{
    for (const QString &name : exportTemplate.templateNames()) {
        auto compiled = std::make_unique<km::mustache>(markStandaloneLines(exportTemplate.templateSource(name)));
        if (isTextTemplate(name))
            compiled->set_custom_escape([](const std::string &text) { return text; });
        d->compiled.emplace(name.toStdString(), std::move(compiled));
        // Every template file is also a partial; the escaping of the including template applies.
        d->partials.emplace(
            partialName(name).toStdString(), km::data(markStandaloneLines(exportTemplate.templateSource(name))));
    }
}

TemplateRenderer::~TemplateRenderer() = default;

TemplateData::TemplateData(std::unique_ptr<Tree> tree)
    : m_tree(std::move(tree))
{ }

TemplateData::TemplateData(const QVariantMap &data)
    : m_tree(new Tree { toData(data) })
{ }

TemplateData::TemplateData(TemplateData &&other) noexcept = default;
TemplateData &TemplateData::operator=(TemplateData &&other) noexcept = default;
TemplateData::~TemplateData() = default;

QString TemplateRenderer::render(const QString &name, const QVariantMap &data, QString *error) const
{
    return render(name, TemplateData(data), error);
}

QString TemplateRenderer::render(const QString &name, const TemplateData &data, QString *error, QByteArray *utf8) const
{
    const auto it = d->compiled.find(name.toStdString());
    if (it == d->compiled.end()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportTemplate", "The template folder has no %1.").arg(name);
        return QString();
    }
    TemplateContext context(&data.tree().data, d->partials);
    std::ostringstream stream;
    km::mustache &compiled = *it->second;
    compiled.render(context, stream);
    if (!compiled.is_valid()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportTemplate", "Template error in %1: %2.")
                         .arg(d->exportTemplate.templatePath(name), QString::fromStdString(compiled.error_message()));
        return QString();
    }
    const std::string bytes = removeStandaloneLines(std::move(stream).str());
    QString page = QString::fromStdString(bytes);
    // An empty template (or one whose every line is a condition that did not hold) would publish
    // a blank page as if all were well.
    if (std::all_of(page.cbegin(), page.cend(), [](QChar c) { return c.isSpace(); })) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportTemplate", "%1 produced an empty page.")
                         .arg(d->exportTemplate.templatePath(name));
        return QString();
    }
    // The bytes kainjow wrote are the page's UTF-8 already (made from QStrings by Qt's encoder):
    // the same as page.toUtf8(), without encoding the page a second time.
    if (utf8)
        *utf8 = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return page;
}

} // namespace galley
