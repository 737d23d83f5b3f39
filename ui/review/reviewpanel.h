#pragma once

#include <QDockWidget>

class QComboBox;
class QSplitter;

namespace galley {

class AnnotationPanel;
class Database;
class EditorArea;
class SuggestionPanel;

/// The review side panel: the open article's comments (AnnotationPanel) and suggestions
/// (SuggestionPanel) in one dock, one above the other, with a filter that shows comments,
/// suggestions or both. The filter's entries carry the open counts; the choice is kept in
/// QSettings (ui/reviewPanel/show). Asking to comment shows the comments whatever the filter.
/// Shown both, the lists share the height through a splitter (splitter()) whose handle's place
/// is kept too (ui/reviewPanel/splitter).
class ReviewPanel final : public QDockWidget
{
    Q_OBJECT
public:
    enum class Show { Comments, Suggestions, All };
    Q_ENUM(Show)

    ReviewPanel(Database &database, EditorArea *editorArea, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    [[nodiscard]] AnnotationPanel *comments() const { return m_comments; }
    [[nodiscard]] SuggestionPanel *suggestions() const { return m_suggestions; }
    [[nodiscard]] QComboBox *filterBox() const { return m_show; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    [[nodiscard]] Show shown() const;
    /// Shows comments, suggestions or both (and remembers it).
    void setShown(Show show);
    /// Shows the dock with \a show's list visible too (Comments: comments, and so on).
    void reveal(Show show);

private:
    void apply();
    void updateLabels();

    AnnotationPanel *m_comments = nullptr;
    SuggestionPanel *m_suggestions = nullptr;
    QComboBox *m_show = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace galley
