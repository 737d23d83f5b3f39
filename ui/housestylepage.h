#pragma once

#include "lint/housestyle.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace galley {

class Database;

/// Preferences ▸ House Style: the newsroom's copy-desk rules, each on or off and with its
/// severity; Import… and Export… read and write the house-style JSON file (lint/housestyle.h),
/// Restore Defaults goes back to the standards. The style is the newsroom's (CopyDeskRepository),
/// so the whole desk checks with it; on a team server only a chief may change it, and in a
/// read-only newsroom nobody: the page then shows it without letting it be changed, and says why.
class HouseStylePage final : public QWidget
{
    Q_OBJECT
public:
    /// Shows the house style of \a database (none, or not open: the page says so).
    explicit HouseStylePage(Database *database, QWidget *parent = nullptr);

    /// The style as the page shows it now.
    [[nodiscard]] HouseStyle style() const;
    void setStyle(const HouseStyle &style);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    /// Stores the style shown in the newsroom when it changed; false with \a error (one
    /// sentence) when the newsroom refuses.
    [[nodiscard]] bool apply(QString *error);
    /// Reads \a path into the page (not stored before apply()); false with \a error naming the
    /// file and the field.
    [[nodiscard]] bool importFile(const QString &path, QString *error);
    /// Writes the style shown to \a path (atomically); false with \a error.
    [[nodiscard]] bool exportFile(const QString &path, QString *error) const;

private:
    void chooseImport();
    void chooseExport();

    Database *m_database = nullptr;
    bool m_editable = false;
    HouseStyle m_stored;
    std::array<QCheckBox *, LintRuleCount> m_enabled {};
    std::array<QComboBox *, LintRuleCount> m_severity {};
    QLabel *m_note = nullptr;
};

} // namespace galley
