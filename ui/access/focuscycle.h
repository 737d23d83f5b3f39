#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace galley {

/// F6 / Shift+F6: moves the keyboard focus between the regions of a window (in Galley's main
/// window: the article list, the article's fields, the body, the review panels), as in other
/// desktop programs with panes. A region is skipped while it is hidden (a closed dock, the
/// source view instead of the body); within a region the focus goes to \a target when it can
/// take it, else to the region's first widget that takes focus with Tab.
class FocusCycle final : public QObject
{
    Q_OBJECT
public:
    /// Adds the two actions to \a window (window-wide shortcuts).
    explicit FocusCycle(QWidget *window);

    /// Appends a region: \a area holds it (focus anywhere inside counts as being there), \a
    /// target is where the focus goes (nullptr: the first focusable widget of \a area).
    void addRegion(QWidget *area, QWidget *target = nullptr);

    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *previousAction() const { return m_previous; }

    /// The index of the region that holds the focus, or -1.
    [[nodiscard]] int currentRegion() const;
    /// Moves the focus \a step regions on (1 forward, -1 back); false when no region can take it.
    bool move(int step);

private:
    struct Region {
        QPointer<QWidget> area;
        QPointer<QWidget> target;
    };
    [[nodiscard]] static QWidget *focusTarget(const Region &region);

    QWidget *m_window = nullptr;
    QList<Region> m_regions;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace galley
