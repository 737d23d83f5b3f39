#pragma once

// Helpers shared by the editor, preview and source view tests: a real newsroom file in a
// temporary folder, articles in it, and the application set-up WebEngine needs (the "galley:"
// scheme registered before the application object exists).

#include "document/canonicalhtml.h"
#include "document/sanitizer.h"
#include "documentcontroller.h"
#include "editor/articledocument.h"
#include "editor/articlefieldsform.h"
#include "editor/editorarea.h"
#include "preview/previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace galley::test {

/// A newsroom file in a temporary folder, opened on the GUI thread.
struct Newsroom {
    QTemporaryDir dir;
    Database database;

    Newsroom()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(database.open(path()), Database::Status::Ok);
    }
    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("newsroom.galley")); }

    /// Creates an article with \a bodyHtml (canonical) and returns its id.
    qint64 addArticle(const QString &title, const QString &bodyHtml)
    {
        Article article;
        article.title = title;
        article.bodyHtml = Sanitizer::sanitize(bodyHtml); // stored bodies are canonical
        if (article.bodyHtml.isNull())
            article.bodyHtml = QStringLiteral(""); // storage refuses null text
        for (QString *text : {&article.subtitle, &article.summary, &article.byline, &article.source,
                              &article.editor, &article.desk, &article.publishAt, &article.slug,
                              &article.uuid, &article.bodyText}) {
            *text = QStringLiteral("");
        }
        article.tags = QStringList{QStringLiteral("测试")};
        ArticleRepository repository(database);
        if (!repository.create(article))
            qWarning("could not create article: %s", qPrintable(repository.errorString()));
        return article.id;
    }

    [[nodiscard]] Article load(qint64 id)
    {
        return ArticleRepository(database).load(id).value_or(Article());
    }
};

/// Types \a text into \a widget as key presses. QTest::keyClicks() only handles Latin-1; other
/// characters arrive as key events carrying their text, as a keyboard layout sends them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// The article body the editor holds right now, as canonical HTML.
inline QString bodyHtml(const EditorArea &area)
{
    return CanonicalHtml::fromDocument(*area.documentController()->document());
}

/// Shows \a widget and waits until its window is active (shortcuts need an active window).
inline bool showActive(QWidget &widget)
{
    widget.resize(1200, 800);
    widget.show();
    QApplication::setActiveWindow(&widget);
    return QTest::qWaitForWindowActive(&widget);
}

/// Test mode for QStandardPaths (the journal goes to a test folder), the scheme registered
/// before the QApplication: use as GALLEY_UI_TEST_MAIN(TestClass).
inline void prepareApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    PreviewPane::registerUrlScheme();
}

/// Fills \a window with the editor (text only; a version conflict is cancelled) and, beside it,
/// a review panel of type \a Panel on the same article: the set-up of the review panel tests.
template <typename Panel>
Panel *addEditorAndPanel(QWidget &window, Newsroom &newsroom, const QString &editorName, EditorArea **area)
{
    auto *layout = new QHBoxLayout(&window);
    *area = new EditorArea(newsroom.database, &window);
    (*area)->setViewMode(EditorArea::ViewMode::EditorOnly);
    (*area)->setUserName(editorName);
    (*area)->documentController()->setConflictResolver(
        [](const DocumentController::Conflict &) { return DocumentController::ConflictChoice::Cancel; });
    auto *panel = new Panel(newsroom.database, *area, &window);
    layout->addWidget(*area, 2);
    layout->addWidget(panel, 1);
    return panel;
}

} // namespace galley::test

#define GALLEY_UI_TEST_MAIN(TestObject)                                                          \
    int main(int argc, char *argv[])                                                             \
    {                                                                                            \
        galley::test::prepareApplication();                                                      \
        QApplication app(argc, argv);                                                            \
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));                     \
        QCoreApplication::setApplicationName(QStringLiteral(#TestObject));                       \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                 \
        TestObject tc;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                               \
        return QTest::qExec(&tc, argc, argv);                                                    \
    }
