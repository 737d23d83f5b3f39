#include "benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace galley::bench {

namespace {

QList<double> sorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    if (std::abs(value) >= 100)
        return QString::number(value, 'f', 0);
    if (std::abs(value) >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString resultText(const Measurement &m)
{
    const std::optional<bool> pass = m.passes();
    return pass ? (*pass ? QStringLiteral("pass") : QStringLiteral("FAIL")) : QStringLiteral("-");
}

} // namespace

double Measurement::median() const
{
    if (samples.isEmpty())
        return std::nan("");
    const QList<double> values = sorted(samples);
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double Measurement::minimum() const
{
    return samples.isEmpty() ? std::nan("") : *std::min_element(samples.begin(), samples.end());
}

double Measurement::maximum() const
{
    return samples.isEmpty() ? std::nan("") : *std::max_element(samples.begin(), samples.end());
}

double Measurement::p95() const
{
    if (samples.isEmpty())
        return std::nan("");
    const QList<double> values = sorted(samples);
    const auto index = qsizetype(std::ceil(0.95 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

std::optional<bool> Measurement::passes() const
{
    if (goal == Goal::Report)
        return std::nullopt;
    if (broken)
        return false;
    if (samples.isEmpty())
        return std::nullopt;
    const double value = percentile95 ? p95() : median();
    return goal == Goal::AtMost ? value < budget : value > budget;
}

QString Measurement::budgetText() const
{
    switch (goal) {
    case Goal::AtMost:
        return QStringLiteral("< %1 %2%3").arg(number(budget), unit, percentile95 ? QStringLiteral(" p95") : QString());
    case Goal::AtLeast:
        return QStringLiteral("> %1 %2").arg(number(budget), unit);
    case Goal::Report:
        break;
    }
    return QStringLiteral("-");
}

Measurement &Report::add(Measurement measurement)
{
    m_measurements.append(std::move(measurement));
    return m_measurements.last();
}

const Measurement *Report::find(const QString &path) const
{
    for (const Measurement &m : m_measurements) {
        if (m.path == path)
            return &m;
    }
    return nullptr;
}

void Report::printTable(QTextStream &out) const
{
    int width = 4;
    for (const Measurement &m : m_measurements)
        width = std::max(width, int(m.path.size()));
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7  %8\n")
               .arg(QStringLiteral("path"), -width)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("min"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("unit"), -10)
               .arg(QStringLiteral("budget"), -16)
               .arg(QStringLiteral("result"), -6)
               .arg(QStringLiteral("peer ratio"));
    for (const Measurement &m : m_measurements) {
        QString ratio;
        if (const Measurement *peer = m.peer.isEmpty() ? nullptr : find(m.peer); peer && !peer->samples.isEmpty())
            ratio = QStringLiteral("%1x %2").arg(number(m.median() / peer->median()), peer->path);
        QString median = number(m.median());
        if (m.percentile95)
            median = QStringLiteral("%1/p95 %2").arg(median, number(m.p95()));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7  %8\n")
                   .arg(m.path, -width)
                   .arg(median, 9)
                   .arg(number(m.minimum()), 9)
                   .arg(number(m.maximum()), 9)
                   .arg(m.unit, -10)
                   .arg(m.budgetText(), -16)
                   .arg(resultText(m), -6)
                   .arg(ratio);
        if (!m.note.isEmpty())
            out << QStringLiteral("%1   (%2)\n").arg(QString(), -width).arg(m.note);
    }
    out.flush();
}

QString Report::markdown() const
{
    QString text = QStringLiteral("| path | size | budget | median | result |\n|---|---|---|---|---|\n");
    for (const Measurement &m : m_measurements) {
        QString median = QStringLiteral("%1 %2").arg(number(m.median()), m.unit);
        if (m.percentile95)
            median += QStringLiteral(" (p95 %1)").arg(number(m.p95()));
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(m.path, m.size, m.budgetText(), median, resultText(m));
    }
    return text;
}

bool Report::writeJsonLines(const QString &fileName, const QString &runId) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    for (const Measurement &m : m_measurements) {
        QJsonArray samples;
        for (double s : m.samples)
            samples.append(s);
        QJsonObject object{{QStringLiteral("run"), runId},
                           {QStringLiteral("path"), m.path},
                           {QStringLiteral("unit"), m.unit},
                           {QStringLiteral("size"), m.size},
                           {QStringLiteral("samples"), samples}};
        if (!m.samples.isEmpty()) {
            object.insert(QStringLiteral("median"), m.median());
            object.insert(QStringLiteral("min"), m.minimum());
            object.insert(QStringLiteral("max"), m.maximum());
            object.insert(QStringLiteral("p95"), m.p95());
        }
        if (m.goal != Measurement::Goal::Report) {
            object.insert(QStringLiteral("budget"), m.budget);
            object.insert(QStringLiteral("goal"), m.goal == Measurement::Goal::AtMost ? QStringLiteral("below") : QStringLiteral("above"));
            if (const std::optional<bool> pass = m.passes())
                object.insert(QStringLiteral("pass"), *pass);
        }
        if (!m.peer.isEmpty())
            object.insert(QStringLiteral("peer"), m.peer);
        if (!m.note.isEmpty())
            object.insert(QStringLiteral("note"), m.note);
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }
    return file.flush();
}

} // namespace galley::bench
