#include "editoractions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QTextCursor>
#include <QTextList>

namespace galley {

namespace {

/// A fallback icon drawn from a few characters, for systems without an icon theme (the
/// toolbar would otherwise show words). Drawn at whatever size and scale is asked for.
class GlyphIconEngine final : public QIconEngine
{
public:
    GlyphIconEngine(QString glyph, QFont::Weight weight, bool italic, bool underline, bool strike)
        : m_glyph(std::move(glyph))
        , m_weight(weight)
        , m_italic(italic)
        , m_underline(underline)
        , m_strike(strike)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        QFont font = QApplication::font();
        font.setWeight(m_weight);
        font.setItalic(m_italic);
        font.setUnderline(m_underline);
        font.setStrikeOut(m_strike);
        font.setPixelSize(std::max(6, int(rect.height() * (m_glyph.size() > 1 ? 0.55 : 0.8))));
        painter->save();
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setFont(font);
        const QPalette palette = QApplication::palette();
        painter->setPen(mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                                : palette.color(QPalette::WindowText));
        painter->drawText(rect, Qt::AlignCenter, m_glyph);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override
    {
        return new GlyphIconEngine(m_glyph, m_weight, m_italic, m_underline, m_strike);
    }

private:
    QString m_glyph;
    QFont::Weight m_weight;
    bool m_italic;
    bool m_underline;
    bool m_strike;
};

QIcon themeIcon(const QString &name, const QString &glyph, QFont::Weight weight = QFont::Normal,
                bool italic = false, bool underline = false, bool strike = false)
{
    if (QIcon::hasThemeIcon(name) || glyph.isEmpty())
        return QIcon::fromTheme(name);
    return QIcon(new GlyphIconEngine(glyph, weight, italic, underline, strike));
}

} // namespace

EditorActions::EditorActions(QObject *parent)
    : QObject(parent)
{
    using K = QKeySequence;
    const auto icon = [](const char *name) { return QIcon::fromTheme(QLatin1String(name)); };
    undo = make("undoAction", tr("&Undo"), themeIcon(QStringLiteral("edit-undo"), QStringLiteral("↶")), K::Undo);
    redo = make("redoAction", tr("&Redo"), themeIcon(QStringLiteral("edit-redo"), QStringLiteral("↷")), K::Redo);
    cut = make("cutAction", tr("Cu&t"), icon("edit-cut"), K::Cut);
    copy = make("copyAction", tr("&Copy"), icon("edit-copy"), K::Copy);
    paste = make("pasteAction", tr("&Paste"), icon("edit-paste"), K::Paste);
    paste->setStatusTip(tr("Paste; formatting outside the article style is removed"));
    selectAll = make("selectAllAction", tr("Select &All"), icon("edit-select-all"), K::SelectAll);
    find = make("findAction", tr("&Find…"), icon("edit-find"), K::Find);
    findNext = make("findNextAction", tr("Find &Next"), icon("go-down-search"), K::FindNext);
    findPrevious = make("findPreviousAction", tr("Find Pre&vious"), icon("go-up-search"), K::FindPrevious);
    replace = make("replaceAction", tr("R&eplace…"), icon("edit-find-replace"), K::Replace);

    body = make("bodyStyleAction", tr("&Body Text"), themeIcon(QStringLiteral("format-text-paragraph"), QStringLiteral("¶")),
                K(Qt::CTRL | Qt::Key_0), true);
    heading2 = make("heading2Action", tr("Heading &2"), themeIcon(QString(), QStringLiteral("H2"), QFont::Bold),
                    K(Qt::CTRL | Qt::Key_2), true);
    heading3 = make("heading3Action", tr("Heading &3"), themeIcon(QString(), QStringLiteral("H3"), QFont::Bold),
                    K(Qt::CTRL | Qt::Key_3), true);
    heading4 = make("heading4Action", tr("Heading &4"), themeIcon(QString(), QStringLiteral("H4"), QFont::Bold),
                    K(Qt::CTRL | Qt::Key_4), true);
    quote = make("quoteAction", tr("&Quote"), themeIcon(QStringLiteral("format-text-blockquote"), QStringLiteral("“ ”"), QFont::Bold),
                 K(Qt::CTRL | Qt::Key_5), true);
    m_styles = new QActionGroup(this);
    m_styles->setExclusive(true);
    for (QAction *a : {body, heading2, heading3, heading4, quote})
        m_styles->addAction(a);
    body->setChecked(true);

    bold = make("boldAction", tr("&Bold"), themeIcon(QStringLiteral("format-text-bold"), QStringLiteral("B"), QFont::Bold),
                K::Bold, true);
    italic = make("italicAction", tr("&Italic"),
                  themeIcon(QStringLiteral("format-text-italic"), QStringLiteral("I"), QFont::Normal, true), K::Italic, true);
    underline = make("underlineAction", tr("&Underline"),
                     themeIcon(QStringLiteral("format-text-underline"), QStringLiteral("U"), QFont::Normal, false, true),
                     K::Underline, true);
    strike = make("strikeAction", tr("&Strikethrough"),
                  themeIcon(QStringLiteral("format-text-strikethrough"), QStringLiteral("S"), QFont::Normal, false, false, true),
                  K(Qt::CTRL | Qt::SHIFT | Qt::Key_X), true);
    link = make("linkAction", tr("&Link…"), themeIcon(QStringLiteral("insert-link"), QStringLiteral("🔗")),
                K(Qt::CTRL | Qt::Key_K));
    link->setStatusTip(tr("Add a link to the selection, or edit the link at the cursor"));
    removeLink = make("removeLinkAction", tr("Remove Lin&k"), themeIcon(QStringLiteral("remove-link"), QStringLiteral("⛓̸")),
                      K(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    bulletedList = make("bulletedListAction", tr("Bulleted &List"),
                        themeIcon(QStringLiteral("format-list-unordered"), QStringLiteral("•≡")),
                        K(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    numberedList = make("numberedListAction", tr("&Numbered List"),
                        themeIcon(QStringLiteral("format-list-ordered"), QStringLiteral("1≡")),
                        K(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    indent = make("indentAction", tr("&Indent"), themeIcon(QStringLiteral("format-indent-more"), QStringLiteral("→≡")),
                  K(Qt::CTRL | Qt::Key_BracketRight));
    indent->setStatusTip(tr("Nest the list item deeper, or quote the paragraph"));
    outdent = make("outdentAction", tr("&Outdent"), themeIcon(QStringLiteral("format-indent-less"), QStringLiteral("←≡")),
                   K(Qt::CTRL | Qt::Key_BracketLeft));
    image = make("imageAction", tr("Insert I&mage…"), themeIcon(QStringLiteral("insert-image"), QStringLiteral("🖼")));
    rule = make("ruleAction", tr("Insert &Rule"), themeIcon(QStringLiteral("insert-horizontal-rule"), QStringLiteral("―")));
    clearFormatting = make("clearFormattingAction", tr("&Clear Formatting"),
                           themeIcon(QStringLiteral("format-text-clear"), QStringLiteral("T̸")),
                           K(Qt::CTRL | Qt::Key_Backslash));

    sideBySide = make("sideBySideAction", tr("&Side by Side"), icon("view-split-left-right"),
                      K(Qt::CTRL | Qt::ALT | Qt::Key_1), true);
    editorOnly = make("editorOnlyAction", tr("&Editor Only"), icon("document-edit"),
                      K(Qt::CTRL | Qt::ALT | Qt::Key_2), true);
    previewOnly = make("previewOnlyAction", tr("&Preview Only"), icon("document-preview"),
                       K(Qt::CTRL | Qt::ALT | Qt::Key_3), true);
    m_views = new QActionGroup(this);
    m_views->setExclusive(true);
    for (QAction *a : {sideBySide, editorOnly, previewOnly})
        m_views->addAction(a);
    sideBySide->setChecked(true);

    save = make("saveAction", tr("&Save"), themeIcon(QStringLiteral("document-save"), QStringLiteral("💾")), K::Save);
    save->setStatusTip(tr("Save the article now (it is also saved as you type)"));

    suggest = make("suggestModeAction", tr("&Suggest Changes"),
                   themeIcon(QStringLiteral("document-edit-sign"), QStringLiteral("±")),
                   K(Qt::CTRL | Qt::SHIFT | Qt::Key_T), true);
    suggest->setStatusTip(tr("Typing, deleting and pasting in the text make suggestions for an editor to "
                             "accept; the article itself is not changed"));

    for (int i = 0; i < 8; ++i)
        separator();
}

QAction *EditorActions::make(const char *objectName, const QString &text, const QIcon &icon,
                             const QKeySequence &shortcut, bool checkable)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        QString plain = text;
        plain.remove(QLatin1Char('&')).remove(QChar(0x2026));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    }
    action->setCheckable(checkable);
    return action;
}

QAction *EditorActions::separator()
{
    auto *action = new QAction(this);
    action->setSeparator(true);
    m_separators.append(action);
    return action;
}

QList<QAction *> EditorActions::editActions() const
{
    return {undo, redo, m_separators[0], cut, copy, paste, selectAll, m_separators[1],
            find, findNext, findPrevious, replace, m_separators[7], suggest};
}

QList<QAction *> EditorActions::formatActions() const
{
    return {body, heading2, heading3, heading4, quote, m_separators[2],
            bold, italic, underline, strike, m_separators[3],
            link, removeLink, m_separators[4],
            bulletedList, numberedList, indent, outdent, m_separators[5],
            image, rule, m_separators[6], clearFormatting};
}

QList<QAction *> EditorActions::viewActions() const
{
    return {sideBySide, editorOnly, previewOnly};
}

QList<QAction *> EditorActions::editingActions() const
{
    return {undo, redo, cut, paste, replace, body, heading2, heading3, heading4, quote, bold,
            italic, underline, strike, link, removeLink, bulletedList, numberedList, indent,
            outdent, image, rule, clearFormatting};
}

QAction *EditorActions::styleAction(TextFormatting::ParagraphStyle style) const
{
    switch (style) {
    case TextFormatting::ParagraphStyle::Heading2: return heading2;
    case TextFormatting::ParagraphStyle::Heading3: return heading3;
    case TextFormatting::ParagraphStyle::Heading4: return heading4;
    case TextFormatting::ParagraphStyle::Quote: return quote;
    case TextFormatting::ParagraphStyle::Body: break;
    }
    return body;
}

void EditorActions::setCursorState(const QTextCursor &cursor)
{
    styleAction(TextFormatting::paragraphStyle(cursor))->setChecked(true);
    const QTextCharFormat format = cursor.charFormat();
    const bool heading = cursor.blockFormat().headingLevel() > 0;
    bold->setChecked(!heading && format.fontWeight() >= QFont::DemiBold);
    italic->setChecked(format.fontItalic());
    underline->setChecked(format.fontUnderline());
    strike->setChecked(format.fontStrikeOut());
    const TextFormatting::ListStyle list = TextFormatting::listStyle(cursor);
    bulletedList->setChecked(list == TextFormatting::ListStyle::Bulleted);
    numberedList->setChecked(list == TextFormatting::ListStyle::Numbered);
}

} // namespace galley
