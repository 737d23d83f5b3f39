// The render stage uses a stored body as it is when isCanonicalBody() says so: that must only
// ever happen for bodies the Sanitizer would leave exactly as they are.

#include "exporttestsupport.h"

#include "document/sanitizer.h"
#include "exporting/canonicalcheck.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

QString hash(char c)
{
    return QString(64, QLatin1Char(c));
}

QStringList canonicalBodies()
{
    return {
        QStringLiteral("<p>内蒙古坚持激励和约束双向发力。</p>\n"),
        QStringLiteral("<p>A <strong>bold</strong> move, <em>and</em> <a href=\"https://example.com/a?b=1&amp;c=2\">a link</a>.</p>\n"
                       "<h2>标题</h2>\n<p>第二段<strong>加粗<em>斜体</em></strong>正文<br>换行。</p>\n<hr>\n"),
        QStringLiteral("<figure><img src=\"asset:%1\" alt=\"图 1\"><figcaption>说明<a href=\"http://x.cn/\">链接</a></figcaption></figure>\n"
                       "<h3>x<sub>2</sub>y<sup>3</sup></h3>\n<h4>AT&amp;T &lt;tag&gt; \"quoted\" it's</h4>\n").arg(hash('a')),
        QStringLiteral("<p><a href=\"mailto:desk@example.cn\"><strong>desk</strong></a> <u>u</u><s>s</s> 中\u00a0文\u3000全角</p>\n"),
        QStringLiteral("<figure><img src=\"asset:%1\" alt=\"a &quot;b&quot; &amp; c\"></figure>\n").arg(hash('0')),
    };
}

} // namespace

class TestCanonicalCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatTheEditorStores()
    {
        for (const QString &body : canonicalBodies()) {
            QCOMPARE(Sanitizer::sanitize(body), body); // the fixture is canonical
            QVERIFY2(isCanonicalBody(body), qPrintable(body));
        }
        const QString sample = Sanitizer::sanitize(sampleArticle().bodyHtml);
        QVERIFY(isCanonicalBody(sample));
    }

    void refusesWhatItCannotVouchFor_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("robustness: no final newline") << QStringLiteral("<p>a</p>");
        QTest::newRow("robustness: script") << QStringLiteral("<p>a</p>\n<script>alert(1)</script>\n");
        QTest::newRow("robustness: handler") << QStringLiteral("<p onclick=\"x()\">a</p>\n");
        QTest::newRow("robustness: javascript link") << QStringLiteral("<p><a href=\"javascript:alert(1)\">a</a></p>\n");
        QTest::newRow("robustness: entity-encoded scheme") << QStringLiteral("<p><a href=\"&#106;avascript:alert(1)\">a</a></p>\n");
        QTest::newRow("robustness: remote image") << QStringLiteral("<figure><img src=\"https://x/y.png\" alt=\"y\"></figure>\n");
        QTest::newRow("robustness: unescaped <") << QStringLiteral("<p>a < b</p>\n");
        QTest::newRow("robustness: double space") << QStringLiteral("<p>a  b</p>\n");
        QTest::newRow("robustness: leading space") << QStringLiteral("<p> a</p>\n");
        QTest::newRow("robustness: empty mark") << QStringLiteral("<p>a<strong></strong></p>\n");
        QTest::newRow("robustness: split run") << QStringLiteral("<p><strong>a</strong><strong>b</strong></p>\n");
        QTest::newRow("robustness: marks out of order") << QStringLiteral("<p><em><strong>a</strong></em></p>\n");
        QTest::newRow("robustness: strong heading") << QStringLiteral("<h2><strong>a</strong></h2>\n");
        QTest::newRow("robustness: not NFC") << QStringLiteral("<p>e\u0301</p>\n");
        QTest::newRow("robustness: control") << QStringLiteral("<p>a\u0001b</p>\n");
        QTest::newRow("robustness: trailing break") << QStringLiteral("<p>a<br></p>\n");
    }
    void refusesWhatItCannotVouchFor()
    {
        QFETCH(QString, body);
        QVERIFY(!isCanonicalBody(body));
    }

    // The property the render stage relies on, over hostile vectors and thousands of damaged
    // canonical bodies: accepted implies a sanitizer fixed point.
    void acceptedImpliesSanitizerFixedPoint()
    {
        QStringList inputs = canonicalBodies();
        const QJsonArray vectors = QJsonDocument::fromJson(readFile(exportData(QStringLiteral("xss-vectors.json"))))
                                       .object().value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() > 40);
        for (const QJsonValue &vector : vectors) {
            inputs.append(vector.toString());
            inputs.append(QStringLiteral("<p>x</p>\n") + vector.toString() + QLatin1Char('\n'));
            inputs.append(Sanitizer::sanitize(vector.toString()));
        }
        const QStringList pieces{
            QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("<br>"), QStringLiteral("</strong>"), QStringLiteral("<strong>"),
            QStringLiteral("&nbsp;"), QStringLiteral("&amp;"), QStringLiteral("&"), QStringLiteral("<"), QStringLiteral(">"),
            QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\u00a0"), QStringLiteral("\u3000"), QStringLiteral("\u0301"),
            QStringLiteral("\u2028"), QStringLiteral("<a href=\"https://x.y/?a=1&amp;b=2\">"), QStringLiteral("</a>"),
            QStringLiteral("<em>"), QStringLiteral("</em>"), QStringLiteral("<sub>"), QStringLiteral("<sup>"), QStringLiteral("</sub>"),
            QStringLiteral("<h2>"), QStringLiteral("</p>"), QStringLiteral("<p>"), QStringLiteral("\""), QStringLiteral("'"),
            QStringLiteral("A"), QStringLiteral("中"), QStringLiteral(" <strong>"), QStringLiteral("</strong> "), QStringLiteral("<u>"),
            QStringLiteral("</u>"), QStringLiteral("<s>"), QStringLiteral("</s>"), QStringLiteral("<hr>\n"), QStringLiteral("<p>新段</p>\n"),
            QStringLiteral("<strong>粗</strong>"), QStringLiteral(" <em>i</em> "), QStringLiteral("\u202f"), QStringLiteral("\uff01"),
            QStringLiteral("<a href=\"HTTPS://x.y/\">"), QStringLiteral("<a href=\"//x.y/\">"), QStringLiteral("\u00ad"),
            QStringLiteral("<a href=\"https://www.google.com/url?q=https://x.y/\">"), QStringLiteral("\r\n"), QStringLiteral("<br> "),
        };
        QRandomGenerator random(20251127);
        const QStringList bases = canonicalBodies();
        for (int n = 0; n < 6000; ++n) {
            QString body = bases.at(int(random.bounded(quint32(bases.size()))));
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(body.size() + 1)));
                if (random.bounded(4) == 0 && at < body.size())
                    body.remove(at, 1 + qsizetype(random.bounded(3)));
                else
                    body.insert(at, pieces.at(int(random.bounded(quint32(pieces.size())))));
            }
            inputs.append(body);
            inputs.append(Sanitizer::sanitize(body)); // canonical, in shapes the fixtures lack
        }
        int accepted = 0;
        for (const QString &input : std::as_const(inputs)) {
            if (!isCanonicalBody(input))
                continue;
            ++accepted;
            const QString sanitized = Sanitizer::sanitize(input);
            QVERIFY2(sanitized == input, qPrintable(QStringLiteral("accepted but not a fixed point:\n%1\nsanitized:\n%2").arg(input, sanitized)));
        }
        qInfo("%d of %lld inputs accepted", accepted, inputs.size());
        QVERIFY(accepted > 3000); // the property is not vacuous
    }
};

QTEST_GUILESS_MAIN(TestCanonicalCheck)
#include "tst_canonicalcheck.moc"
