#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace galley {

/// Preferences: the user's name and role (editor or reviewer), the UI language and the newsroom
/// database opened at start. Reads from and writes to Settings; accept() stores the values.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void browseDatabase();

    QLineEdit *m_userName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_databasePath = nullptr;
};

} // namespace galley
