// First start: before anyone has set a name, the main window says whose name comments and
// revisions will be signed with — the login's full name, not "editor" — and lets the user
// keep it or set name and role; once set, the bar does not come back.

#include "editortestsupport.h"

#include "mainwindow.h"
#include "noticebar.h"
#include "settings.h"

#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace galley;
using galley::test::Newsroom;

class TestWelcomeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartOffersTheNameOnce()
    {
        QSettings().clear();
        Newsroom newsroom;
        QVERIFY(!Settings::hasUserName());
        const QString proposed = Settings::userName();
        QVERIFY(!proposed.isEmpty());
        QVERIFY(proposed != QLatin1String("editor") || qEnvironmentVariable("USER").isEmpty());
        {
            MainWindow window(newsroom.database);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *bar = window.findChild<NoticeBar *>(QStringLiteral("welcomeBar"));
            QVERIFY(bar);
            QVERIFY(bar->isVisible());
            QVERIFY2(bar->text().contains(proposed), qPrintable(bar->text()));
            QPushButton *keep = nullptr;
            for (QPushButton *button : bar->findChildren<QPushButton *>()) {
                if (button->text().contains(proposed))
                    keep = button;
            }
            QVERIFY(keep);
            keep->click();
            QVERIFY(!bar->isVisible());
            QVERIFY(Settings::hasUserName());
            QCOMPARE(Settings::userName(), proposed);
        }
        // The next start does not ask again.
        MainWindow again(newsroom.database);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<NoticeBar *>(QStringLiteral("welcomeBar"))->isVisible());
    }
};

QTEST_MAIN(TestWelcomeBar)
#include "tst_welcomebar.moc"
