#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace galley {

/// A bar above the editor that tells something about the newsroom while work goes on (another
/// person saved a newer version, the team server is out of reach, someone is editing this
/// article): a message, the buttons that answer it, and a close button when it may be
/// dismissed. Shown and hidden by its owner; coloured like an information or a warning.
///
/// From the keyboard: its buttons take the focus (the main window's F6 visits a shown bar),
/// and Esc inside it closes it when it may be dismissed, or else leaves it, the focus going to
/// what follows the bar. Showing it announces the message to screen readers.
class NoticeBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows \a text with the buttons added since the last clearButtons().
    void showMessage(const QString &text, Kind kind = Kind::Information);
    [[nodiscard]] QString text() const;
    /// Adds a button that runs \a slot; its text carries its mnemonic (&Reload).
    QPushButton *addButton(const QString &text, const std::function<void()> &slot);
    void clearButtons();
    void setClosable(bool closable);

    [[nodiscard]] bool isClosable() const { return m_closable; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void leave();

    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_close = nullptr;
    bool m_closable = true;
};

} // namespace galley
