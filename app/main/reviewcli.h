#pragma once

// What the review subcommands (reviewcommands.cpp, suggestioncommands.cpp) share: their
// translation context, the parsed command line with its open newsroom, and the JSON of an anchor.

#include "cli.h"

#include "document/anchoring.h"
#include "model/article.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace galley::reviewcli {

/// Translation context of the review commands' messages.
class ReviewCli
{
    Q_DECLARE_TR_FUNCTIONS(galley::ReviewCli)
};

inline int fail(const QString &message, int code = 1)
{
    printLine(stderr, QStringLiteral("galley: ") + message);
    return code;
}

inline QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QJsonValue number(qint64 value)
{
    return QJsonValue(static_cast<double>(value));
}

/// A parsed command line and an open newsroom: what every review command starts from.
class Command
{
public:
    explicit Command(const QString &description)
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        add(QStringLiteral("db"), ReviewCli::tr("Newsroom database file."), ReviewCli::tr("file"));
        // Handled by main(); accepted here so that it may stand anywhere.
        add(QStringLiteral("lang"), ReviewCli::tr("User interface language: zh_CN or en."), ReviewCli::tr("language"));
    }

    void add(const QString &name, const QString &description, const QString &valueName = {})
    {
        m_parser.addOption(QCommandLineOption(name, description, valueName));
    }

    /// Parses; false with exitCode() set when the command must stop (usage error or --help).
    bool parse(const QStringList &arguments, const QStringList &required)
    {
        if (!m_parser.parse(arguments)) {
            m_exitCode = fail(m_parser.errorText(), ExitUsageCode);
            return false;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            printHelp(m_parser.helpText());
            m_exitCode = 0;
            return false;
        }
        if (!m_parser.positionalArguments().isEmpty()) {
            m_exitCode = fail(ReviewCli::tr("unexpected argument \"%1\".").arg(m_parser.positionalArguments().first()),
                ExitUsageCode);
            return false;
        }
        for (const QString &name : QStringList { QStringLiteral("db") } + required) {
            if (m_parser.value(name).trimmed().isEmpty()) {
                m_exitCode = fail(ReviewCli::tr("--%1 is required.").arg(name), ExitUsageCode);
                return false;
            }
        }
        // Whoever --author names is who the team server's announcements say made the change.
        if (m_parser.optionNames().contains(QStringLiteral("author")))
            Database::setSessionUserName(m_parser.value(QStringLiteral("author")).trimmed());
        if (m_database.open(m_parser.value(QStringLiteral("db"))) != Database::Status::Ok) {
            m_exitCode = fail(m_database.errorString());
            return false;
        }
        return true;
    }

    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] QStringList values(const QString &name) const { return m_parser.values(name); }
    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }

    /// A positive whole number option; false (usage error) otherwise.
    bool id(const QString &name, qint64 *result)
    {
        bool ok = false;
        *result = m_parser.value(name).toLongLong(&ok);
        if (ok && *result > 0)
            return true;
        m_exitCode = fail(
            ReviewCli::tr("--%1 needs a positive number, not \"%2\".").arg(name, m_parser.value(name)), ExitUsageCode);
        return false;
    }

    /// The live article \a id; false (failure) when there is none.
    bool article(qint64 id, Article *result)
    {
        ArticleRepository articles(m_database);
        const std::optional<Article> loaded = articles.load(id);
        if (!loaded || loaded->isInTrash()) {
            m_exitCode = fail(loaded
                    ? ReviewCli::tr("article %1 is in the trash.").arg(id)
                    : ReviewCli::tr("%1: there is no article with id %2.").arg(value(QStringLiteral("db"))).arg(id));
            return false;
        }
        *result = *loaded;
        return true;
    }

    [[nodiscard]] Database &database() { return m_database; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    void setExitCode(int code) { m_exitCode = code; }

    static constexpr int ExitUsageCode = 2;

private:
    QCommandLineParser m_parser;
    Database m_database;
    int m_exitCode = 0;
};

inline QJsonObject anchorJson(const AnchorMatch &match, const TextAnchor &anchor, const QString &bodyText)
{
    if (match.isOrphaned())
        return QJsonObject { { QStringLiteral("state"), QStringLiteral("orphaned") } };
    QJsonObject object {
        { QStringLiteral("state"), QStringLiteral("anchored") },
        { QStringLiteral("start"), number(Anchoring::toCodePointOffset(bodyText, match.start)) },
        { QStringLiteral("end"), number(Anchoring::toCodePointOffset(bodyText, match.end)) },
    };
    const QString text = bodyText.mid(match.start, match.end - match.start);
    if (text != anchor.quote)
        object.insert(QStringLiteral("text"), text);
    return object;
}

} // namespace galley::reviewcli
