#pragma once

// Internal to document/: running gumbo (the HTML5 parser) fast and safely.

#include <QByteArray>
#include <QStringView>

#include <gumbo.h>

#include <memory>
#include <unordered_set>
#include <vector>

namespace galley {

/// gumbo allocates every node, string and vector separately; a bump arena released in one go
/// makes parsing markedly faster and makes gumbo_destroy_output (recursive) unnecessary. Small
/// blocks are never freed one by one; large ones (growing text buffers) are. A few chunks are
/// kept per thread for the next parse, which spares the page faults of fresh memory.
class GumboArena
{
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena();

    void *allocate(size_t size);
    void release(void *block);

private:
    using Chunks = std::vector<std::unique_ptr<std::byte[]>>;
    static Chunks &spareChunks();

    Chunks m_chunks;
    std::unordered_set<void *> m_large;
    std::byte *m_next = nullptr;
    size_t m_left = 0;
};

/// One parse of a whole document (not a fragment: clipboard HTML comes with its own html, head
/// and body). The tree lives as long as this object.
class GumboParse
{
public:
    explicit GumboParse(QStringView html);
    GumboParse(const GumboParse &) = delete;
    GumboParse &operator=(const GumboParse &) = delete;

    [[nodiscard]] const GumboNode *document() const { return m_output->document; }

private:
    QByteArray m_input; // the tree points into it
    GumboArena m_arena;
    GumboOutput *m_output = nullptr;
};

/// The value of attribute \a name, or nullptr.
[[nodiscard]] const char *gumboAttribute(const GumboElement &element, const char *name);
/// Active or embedded content, and form controls: dropped together with what they contain.
[[nodiscard]] bool isDroppedWithContent(GumboTag tag);

} // namespace galley
