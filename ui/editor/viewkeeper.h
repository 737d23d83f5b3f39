#pragma once

#include <QList>
#include <QObject>

class QTextEdit;

namespace galley {

class DocumentController;

/// Keeps an editor's cursor, selection and scroll position when a save merges someone else's
/// changes into the text being edited (DocumentController::bodyAboutToBeReplaced and
/// bodyReplaced): the cursor stays at the same place in the same paragraph, or goes into the
/// paragraph where the change that replaced its paragraph begins.
class ViewKeeper final : public QObject
{
    Q_OBJECT
public:
    ViewKeeper(DocumentController *controller, QTextEdit *editor);

private:
    struct Place {
        int block = 0;
        int offset = 0;
    };
    void remember();
    void restore(const QList<int> &blockMap);
    [[nodiscard]] Place placeOf(int position) const;
    [[nodiscard]] int positionOf(const Place &place, const QList<int> &blockMap) const;

    QTextEdit *m_editor = nullptr;
    Place m_anchor;
    Place m_position;
    int m_scroll = 0;
    bool m_hadFocus = false;
};

} // namespace galley
