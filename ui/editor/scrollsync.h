#pragma once

#include <QObject>

class QAction;
class QTextEdit;

namespace galley {

class PreviewPane;

/// Synchronized scrolling (View ▸ Synchronize Scrolling, \a toggle): scrolling the editor by
/// any means (wheel, scroll bar, keys, the cursor) puts the same text block at the top of the
/// preview, and the reader scrolling the preview puts that block at the top of the editor.
/// Neither answers the other: the preview does not report scrolls it was asked for, and the
/// editor's scroll bar is not listened to while it follows the preview.
class ScrollSync final : public QObject
{
    Q_OBJECT
public:
    ScrollSync(QTextEdit *editor, PreviewPane *preview, QAction *toggle);

    [[nodiscard]] bool isEnabled() const;

private:
    void editorScrolled();
    void previewScrolled(int leaf, double fraction);

    QTextEdit *m_editor = nullptr;
    PreviewPane *m_preview = nullptr;
    QAction *m_toggle = nullptr;
    bool m_following = false; ///< the editor is being scrolled to the preview's place
};

} // namespace galley
