// Preferences ▸ House Style: the newsroom's copy-desk rules switched on and off and given a
// severity, stored in the newsroom (so another desk and the open editor check with them),
// exported and imported as the JSON file galley lint reads; a bad file is refused naming the
// file and the field; a read-only newsroom shows its style without letting it change.

#include "editortestsupport.h"

#include "editor/copydeskchecker.h"
#include "editor/copydeskmemory.h"
#include "housestylepage.h"
#include "lint/linter.h"
#include "preferencesdialog.h"
#include "storage/copydeskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace galley;
using namespace galley::test;

class TestHouseStyle : public QObject
{
    Q_OBJECT

private:
    static QCheckBox *ruleBox(QWidget *page, LintRule rule)
    {
        return page->findChild<QCheckBox *>(QStringLiteral("houseStyleRule-") + LintRules::id(rule));
    }
    static QComboBox *severityBox(QWidget *page, LintRule rule)
    {
        return page->findChild<QComboBox *>(QStringLiteral("houseStyleSeverity-") + LintRules::id(rule));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storedInTheNewsroomAndUsedByTheEditor()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("草原"), QStringLiteral("<p>牧民说，这是好事--草原生态持续向好</p>"));
        EditorArea area(newsroom.database);
        QVERIFY(area.openArticle(id));
        QTRY_VERIFY(area.copyDesk()->isIdle());
        const auto rules = [&area] {
            QList<LintRule> found;
            for (const CopyDeskChecker::Located &located : area.copyDesk()->findings()) {
                if (located.field == CopyDeskChecker::Field::Body && !located.finding.isSpelling())
                    found.append(located.finding.rule);
            }
            return found;
        };
        QVERIFY(rules().contains(LintRule::Dash));
        QVERIFY(rules().contains(LintRule::ParagraphEnd));

        PreferencesDialog dialog(nullptr, &newsroom.database);
        dialog.showHouseStyle();
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.houseStylePage());
        HouseStylePage *page = dialog.houseStylePage();
        QVERIFY(page->isEditable());
        QCOMPARE(page->style(), HouseStyle());
        QVERIFY(ruleBox(page, LintRule::Dash)->isChecked());
        ruleBox(page, LintRule::Dash)->click();
        QVERIFY(!severityBox(page, LintRule::Dash)->isEnabled());
        QComboBox *severity = severityBox(page, LintRule::ParagraphEnd);
        severity->setCurrentIndex(severity->findData(int(LintSeverity::Error)));
        QString applyError;
        QVERIFY2(page->apply(&applyError), qPrintable(applyError)); // what OK does first
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // In the newsroom, as the JSON galley lint reads.
        const std::optional<QByteArray> json = CopyDeskRepository(newsroom.database).houseStyleJson();
        QVERIFY(json && !json->isEmpty());
        QString error;
        const std::optional<HouseStyle> stored = HouseStyle::fromJson(*json, QStringLiteral("stored"), &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(!stored->isEnabled(LintRule::Dash));
        QCOMPARE(stored->severity(LintRule::ParagraphEnd), LintSeverity::Error);

        // The open editor checks with it once Preferences close (MainWindow reloads it).
        area.copyDeskMemory()->reloadHouseStyle();
        QTRY_VERIFY(area.copyDesk()->isIdle());
        QVERIFY(!rules().contains(LintRule::Dash));
        QVERIFY(rules().contains(LintRule::ParagraphEnd));
        for (const CopyDeskChecker::Located &located : area.copyDesk()->findings()) {
            if (located.finding.rule == LintRule::ParagraphEnd)
                QCOMPARE(located.finding.severity, LintSeverity::Error);
        }

        // Another desk opening the newsroom sees the same page.
        Database other;
        QCOMPARE(other.open(newsroom.path()), Database::Status::Ok);
        HouseStylePage again(&other);
        QCOMPARE(again.style(), *stored);

        // Restore Defaults: the newsroom follows the standards again (nothing stored).
        PreferencesDialog reset(nullptr, &newsroom.database);
        reset.houseStylePage()->findChild<QPushButton *>(QStringLiteral("houseStyleDefaults"))->click();
        reset.accept();
        QCOMPARE(CopyDeskRepository(newsroom.database).houseStyleJson(), QByteArray());
        QVERIFY(area.closeArticle());
    }

    void exportAndImport()
    {
        Newsroom newsroom;
        QTemporaryDir dir;
        HouseStylePage page(&newsroom.database);
        ruleBox(&page, LintRule::TwoDigitYear)->click();
        severityBox(&page, LintRule::Ellipsis)->setCurrentIndex(severityBox(&page, LintRule::Ellipsis)->findData(int(LintSeverity::Info)));
        const HouseStyle exported = page.style();
        const QString path = dir.filePath(QStringLiteral("desk.json"));
        QString error;
        QVERIFY2(page.exportFile(path, &error), qPrintable(error));
        // The file is what galley lint --house-style reads.
        QCOMPARE(HouseStyle::load(path, &error), std::optional<HouseStyle>(exported));

        HouseStylePage other(&newsroom.database);
        QCOMPARE(other.style(), HouseStyle());
        QVERIFY2(other.importFile(path, &error), qPrintable(error));
        QCOMPARE(other.style(), exported);

        // A mistake in the file: refused, naming the file and the field; the page is unchanged.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": {"dash": {"severity": "fatal"}}})");
        file.close();
        QVERIFY(!other.importFile(bad, &error));
        QVERIFY2(error.contains(bad) && error.contains(QStringLiteral("rules.dash.severity")), qPrintable(error));
        QCOMPARE(other.style(), exported);
        QVERIFY(!other.importFile(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    }

    void readOnlyNewsroomShowsWithoutChanging()
    {
        Newsroom newsroom;
        QVERIFY(CopyDeskRepository(newsroom.database).setHouseStyleJson(R"({"rules": {"dash": {"enabled": false}}})",
            QStringLiteral("陈曲")));
        Database readOnly;
        QCOMPARE(readOnly.openReadOnly(newsroom.path()), Database::Status::Ok);
        HouseStylePage page(&readOnly);
        QVERIFY(!page.isEditable());
        QVERIFY(!ruleBox(&page, LintRule::Dash)->isChecked());
        QVERIFY(!ruleBox(&page, LintRule::Dash)->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("houseStyleImport"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("houseStyleExport"))->isEnabled());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("houseStyleNote"))->isHidden());
        QString error;
        QVERIFY(page.apply(&error)); // nothing to store

        // No newsroom: the standards, said so.
        HouseStylePage none(nullptr);
        QVERIFY(!none.isEditable());
        QCOMPARE(none.style(), HouseStyle());
    }
};

QTEST_MAIN(TestHouseStyle)
#include "tst_housestyle.moc"
