#include "document/articlemerge.h"

#include <algorithm>

namespace galley {

namespace {

template<typename T>
struct ThreeWay {
    const T &base;
    const T &mine;
    const T &theirs;

    [[nodiscard]] bool conflicts() const { return mine != base && theirs != base && mine != theirs; }
    /// The side that changed it (mine when both did; see conflicts()).
    [[nodiscard]] const T &value() const { return mine != base ? mine : theirs; }
};

template<typename A> // Article or const Article
auto textField(A &article, ArticleMerge::Field field) -> decltype(&article.title)
{
    switch (field) {
    case ArticleMerge::Field::Title: return &article.title;
    case ArticleMerge::Field::Subtitle: return &article.subtitle;
    case ArticleMerge::Field::Summary: return &article.summary;
    case ArticleMerge::Field::Byline: return &article.byline;
    case ArticleMerge::Field::Source: return &article.source;
    case ArticleMerge::Field::Editor: return &article.editor;
    case ArticleMerge::Field::Desk: return &article.desk;
    case ArticleMerge::Field::PublishAt: return &article.publishAt;
    case ArticleMerge::Field::Tags: break;
    }
    return nullptr;
}

/// The stored value unless only mine changed it.
template<typename T>
void takeUnlessMine(T &merged, const T &base, const T &mine)
{
    if (mine != base && merged == base)
        merged = mine;
}

} // namespace

ArticleMerge::ArticleMerge(const Article &base, const Article &mine, const Article &theirs)
    : m_merged(theirs)
    , m_theirs(theirs)
    , m_body(base.bodyHtml, mine.bodyHtml, theirs.bodyHtml)
{
    for (const Field field : { Field::Title, Field::Subtitle, Field::Summary, Field::Byline, Field::Source,
             Field::Editor, Field::Desk, Field::PublishAt }) {
        const ThreeWay<QString> values { *textField(base, field), *textField(mine, field), *textField(theirs, field) };
        *textField(m_merged, field) = values.value();
        if (values.conflicts())
            m_fieldConflicts.append({ field, values.mine, values.theirs });
    }
    const ThreeWay<QStringList> tags { base.tags, mine.tags, theirs.tags };
    m_merged.tags = tags.value();
    if (tags.conflicts())
        m_fieldConflicts.append({ Field::Tags, mine.tags.join(QStringLiteral(", ")), theirs.tags.join(QStringLiteral(", ")) });
    // Conflicts in the order the form shows the fields.
    std::stable_sort(m_fieldConflicts.begin(), m_fieldConflicts.end(),
        [](const FieldConflict &a, const FieldConflict &b) { return int(a.field) < int(b.field); });

    takeUnlessMine(m_merged.slug, base.slug, mine.slug);
    takeUnlessMine(m_merged.status, base.status, mine.status);
    takeUnlessMine(m_merged.views, base.views, mine.views);
    takeUnlessMine(m_merged.related, base.related, mine.related);
    m_merged.bodyHtml = m_body.mergedHtml();
}

std::optional<Article> ArticleMerge::merged() const
{
    if (!isClean())
        return std::nullopt;
    return m_merged;
}

std::optional<Article> ArticleMerge::resolved(const QList<MergeChoice> &bodyChoices,
    const QList<MergeChoice> &fieldChoices) const
{
    if (fieldChoices.size() != m_fieldConflicts.size())
        return std::nullopt;
    const QString body = m_body.resolvedHtml(bodyChoices);
    if (body.isNull())
        return std::nullopt;
    Article article = m_merged;
    article.bodyHtml = body;
    for (qsizetype i = 0; i < m_fieldConflicts.size(); ++i) {
        if (fieldChoices.at(i) != MergeChoice::Theirs)
            continue;
        const Field field = m_fieldConflicts.at(i).field;
        if (field == Field::Tags)
            article.tags = m_theirs.tags;
        else
            *textField(article, field) = *textField(m_theirs, field);
    }
    return article;
}

} // namespace galley
