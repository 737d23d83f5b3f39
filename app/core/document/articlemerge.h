#pragma once

#include "document/paragraphmerge.h"
#include "model/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

/// Three-way merge of two edits of one article made from the same stored version: the body by
/// paragraphs (ParagraphMerge), every other field a save writes as one value. A field only one
/// side changed takes that side's value; the editable text fields (title, subtitle, summary,
/// byline, source, editor, desk, tags, publish time) conflict when both changed them
/// differently. The fields an editor does not type (slug, workflow state, views, related
/// items) never conflict: when both changed one, the stored (theirs) value stands, since
/// those follow the workflow and the wire, not the text. A value type; pure.
class ArticleMerge final
{
public:
    enum class Field { Title, Subtitle, Summary, Byline, Source, Editor, Desk, Tags, PublishAt };
    struct FieldConflict {
        Field field = Field::Title;
        QString mine;   ///< tags joined by ", "
        QString theirs;
        friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
    };

    ArticleMerge() = default;
    /// \a base is the stored article both edits started from, \a theirs the one stored now.
    ArticleMerge(const Article &base, const Article &mine, const Article &theirs);

    [[nodiscard]] const ParagraphMerge &body() const { return m_body; }
    [[nodiscard]] const QList<FieldConflict> &fieldConflicts() const { return m_fieldConflicts; }
    /// True when neither the body nor a field conflicts.
    [[nodiscard]] bool isClean() const { return m_body.isClean() && m_fieldConflicts.isEmpty(); }

    /// The article to save when clean: theirs (id, version, times) with the merged fields and
    /// body. nullopt when something conflicts.
    [[nodiscard]] std::optional<Article> merged() const;
    /// The article with the conflicts resolved: \a bodyChoices one per conflicting hunk of the
    /// body, \a fieldChoices one per field conflict (Both counts as Mine there). nullopt when
    /// the numbers of choices do not match.
    [[nodiscard]] std::optional<Article> resolved(const QList<MergeChoice> &bodyChoices,
        const QList<MergeChoice> &fieldChoices) const;

private:
    Article m_merged; ///< theirs with the cleanly merged fields; conflicting fields hold mine
    Article m_theirs;
    ParagraphMerge m_body;
    QList<FieldConflict> m_fieldConflicts;
};

} // namespace galley
