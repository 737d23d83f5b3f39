#include "document/gumbosupport.h"

#include <QString>
#include <QtGlobal>

#include <cstdlib>

namespace galley {

namespace {

constexpr size_t ChunkSize = 1024 * 1024;
constexpr size_t LargeSize = 16 * 1024;
constexpr size_t MaxSpareChunks = 4;

void *arenaAllocate(void *userdata, size_t size)
{
    return static_cast<GumboArena *>(userdata)->allocate(size);
}

void arenaFree(void *userdata, void *block)
{
    static_cast<GumboArena *>(userdata)->release(block);
}

// Controls (but tab, newline, form feed, carriage return) and noncharacters carry nothing;
// gumbo would turn them into U+FFFD. Before parsing, in one pass, only when present, each
// becomes U+FFFC, which the text, alt and link cleaning drop after parsing (HtmlModel): taken
// out here, it would join its neighbours into markup the input did not hold ("&a\x0Ep;" into
// the reference "&ap;", ≈; found by the fuzz target "sanitizer").
QByteArray parserInput(QStringView html)
{
    auto unwanted = [](char16_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\f' && c != u'\r') || c == 0x7f
            || (c >= 0xfdd0 && c <= 0xfdef) || c == 0xfffe || c == 0xffff;
    };
    qsizetype first = 0;
    while (first < html.size() && !unwanted(html[first].unicode()))
        ++first;
    if (first == html.size())
        return html.toUtf8();
    QString cleaned;
    cleaned.reserve(html.size());
    cleaned += html.left(first);
    for (qsizetype i = first; i < html.size(); ++i)
        cleaned += unwanted(html[i].unicode()) ? QChar(QChar::ObjectReplacementCharacter) : html[i];
    return cleaned.toUtf8();
}

} // namespace

GumboArena::~GumboArena()
{
    for (void *block : m_large)
        std::free(block);
    Chunks &spare = spareChunks();
    for (auto &chunk : m_chunks) {
        if (spare.size() >= MaxSpareChunks)
            break;
        spare.push_back(std::move(chunk));
    }
}

GumboArena::Chunks &GumboArena::spareChunks()
{
    thread_local Chunks spare;
    return spare;
}

void *GumboArena::allocate(size_t size)
{
    size = (size + 15) & ~size_t(15);
    if (size > LargeSize) {
        void *block = std::malloc(size);
        if (!block)
            qFatal("galley: out of memory parsing HTML");
        m_large.insert(block);
        return block;
    }
    if (size > m_left) {
        Chunks &spare = spareChunks();
        if (!spare.empty()) {
            m_chunks.push_back(std::move(spare.back()));
            spare.pop_back();
        } else {
            m_chunks.push_back(std::make_unique_for_overwrite<std::byte[]>(ChunkSize));
        }
        m_next = m_chunks.back().get();
        m_left = ChunkSize;
    }
    void *result = m_next;
    m_next += size;
    m_left -= size;
    return result;
}

void GumboArena::release(void *block)
{
    if (block && m_large.erase(block))
        std::free(block);
}

GumboParse::GumboParse(QStringView html)
    : m_input(parserInput(html))
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = arenaAllocate;
    options.deallocator = arenaFree;
    options.userdata = &m_arena;
    options.max_errors = 0; // errors are not reported anywhere: do not collect them
    m_output = gumbo_parse_with_options(&options, m_input.constData(), size_t(m_input.size()));
    // no gumbo_destroy_output(): everything lives in the arena
}

const char *gumboAttribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? attr->value : nullptr;
}

bool isDroppedWithContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER: case GUMBO_TAG_LABEL: case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_MATH: case GUMBO_TAG_SVG:
        return true;
    default:
        return false;
    }
}

} // namespace galley
