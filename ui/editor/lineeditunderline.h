#pragma once

#include "copydeskfinding.h"

#include <QObject>
#include <QPointer>

class QLineEdit;

namespace galley {

/// Copy-desk underlines in a QLineEdit (the title and subtitle fields). QLineEdit has no API
/// for formats of its own; an input-method event carrying only TextFormat attributes (no text,
/// no preedit) is Qt's public way to give its text layout extra formats, the way an input
/// method marks a composition. Nothing is sent while an input method composes; a read-only
/// field (a reviewer's) is editable only for the moment the event is delivered.
///
/// An edit moves the findings after it by what was typed and drops those it touched, at once,
/// so the underlines follow the text until the field's next check arrives.
class LineEditUnderline final : public QObject
{
    Q_OBJECT
public:
    explicit LineEditUnderline(QLineEdit *edit);

    /// Shows \a findings when the field's text is still \a checkedText (else false).
    bool setFindings(const QString &checkedText, const QList<CopyDeskFinding> &findings);
    [[nodiscard]] QList<CopyDeskFinding> findings() const { return m_findings; }
    void clear();

Q_SIGNALS:
    void findingsMoved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void apply();

    QPointer<QLineEdit> m_edit;
    QString m_text; ///< the text the findings are placed on
    QList<CopyDeskFinding> m_findings;
    bool m_composing = false;
    bool m_applying = false;
};

} // namespace galley
