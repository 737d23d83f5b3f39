#pragma once
// Shared by the command-line tests: runs the real galley binary and reads its JSON lines.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

struct Run {
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QByteArray out;
    QString err;
};

/// Runs galley with \a arguments; with \a user (root only: through runuser) as that system user,
/// e.g. one who may not write a file root made.
inline Run runGalley(const QStringList &arguments, const QString &user = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!user.isEmpty()) { // root's home and runtime folder are not the other user's
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    }
    process.setProcessEnvironment(env);
    if (user.isEmpty())
        process.start(QStringLiteral(GALLEY_BINARY), arguments);
    else
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral(GALLEY_BINARY) }
                + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

/// One JSON object per non-empty line; empty when any line is not JSON.
inline QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        objects.append(document.object());
    }
    return objects;
}
