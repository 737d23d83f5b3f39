#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabWidget;

namespace galley {

class Database;
class HouseStylePage;

/// Preferences: General (the user's name and role, the UI language, the appearance, the
/// newsroom opened at start and how the preview is drawn: Settings) and House Style (the open newsroom's copy-desk rules,
/// stored in it: HouseStylePage). accept() stores both; a house style the newsroom refuses
/// keeps the dialog open with the reason.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a database: the open newsroom, whose house style the House Style page shows (none: it
    /// says so).
    explicit PreferencesDialog(QWidget *parent = nullptr, Database *database = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] HouseStylePage *houseStylePage() const { return m_houseStyle; }
    /// Opens the dialog on the House Style page.
    void showHouseStyle();

    void accept() override;

private:
    void browseDatabase();

    QLineEdit *m_userName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QCheckBox *m_previewOnGraphicsCard = nullptr;
    QTabWidget *m_tabs = nullptr;
    HouseStylePage *m_houseStyle = nullptr;
};

} // namespace galley
