#include "commanddocs.h"

#include "cli.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace galley {

namespace {

/// The help of galley itself, without the list of commands.
QString topLevelOptionsHelp()
{
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    return parser.helpText();
}

/// Escapes text for roff: backslashes, and a dot or quote that would start a request.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString roffOption(const OptionHelp &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append(QStringLiteral("\\fB%1\\fR").arg(roff(name)));
    QString line = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        line += QStringLiteral(" \\fI%1\\fR").arg(roff(option.valueName));
    return line;
}

void appendOptions(QString &page, const QList<OptionHelp> &options)
{
    for (const OptionHelp &option : options)
        page += QStringLiteral(".TP\n%1\n%2\n").arg(roffOption(option), roff(option.description));
}

QString bashWords(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

QStringList optionNames(const QList<OptionHelp> &options, bool withValueOnly)
{
    QStringList names;
    for (const OptionHelp &option : options) {
        if (withValueOnly && option.valueName.isEmpty())
            continue;
        for (const QString &name : option.names) {
            if (name.startsWith(QLatin1String("--")))
                names.append(name);
        }
    }
    return names;
}

} // namespace

CommandHelp parseHelp(const QString &helpText)
{
    CommandHelp help;
    // Blocks separated by empty lines: usage and description first, then a heading per block
    // followed by its rows ("  -n, --name <value>  Description" or "  name  Description";
    // a description that wraps goes on in more deeply indented lines).
    const QStringList blocks = helpText.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    if (blocks.isEmpty())
        return help;
    QStringList head = blocks.first().split(QLatin1Char('\n'));
    const QString usage = head.takeFirst();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype programAt = program.isEmpty() ? -1 : usage.indexOf(program);
    if (programAt >= 0) {
        help.synopsis = usage.mid(programAt + program.size()).trimmed();
    } else {
        static const QRegularExpression afterProgram(QStringLiteral("^\\S+\\s+(?:galley(?: \\w+)?\\s*)?(.*)$"));
        help.synopsis = afterProgram.match(usage).captured(1).trimmed();
    }
    help.description = head.join(QLatin1Char(' ')).simplified();

    static const QRegularExpression optionRow(QStringLiteral("^  (-[^\\s,]+(?:, -[^\\s,]+)*)(?: <([^>]*)>)?\\s+(.*)$"));
    static const QRegularExpression argumentRow(QStringLiteral("^  (\\S+)\\s+(.*)$"));
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        const QStringList rows = blocks.at(b).split(QLatin1Char('\n')).mid(1); // without the heading
        enum { None, Option, Argument } last = None;
        for (const QString &row : rows) {
            if (row.trimmed().isEmpty())
                continue;
            const bool startsEntry = row.startsWith(QLatin1String("  ")) && row.size() > 2 && !row.at(2).isSpace();
            if (startsEntry) {
                if (const QRegularExpressionMatch m = optionRow.match(row); m.hasMatch()) {
                    last = Option;
                    // Qt's help with its own platform options: the commands answer it as --help.
                    if (m.captured(1) == QLatin1String("--help-all")) {
                        last = None;
                        continue;
                    }
                    help.options.append(
                        { m.captured(1).split(QStringLiteral(", ")), m.captured(2), m.captured(3).trimmed() });
                } else if (const QRegularExpressionMatch a = argumentRow.match(row); a.hasMatch()) {
                    help.arguments.append({ a.captured(1), a.captured(2).trimmed() });
                    last = Argument;
                }
                continue;
            }
            const QString more = QLatin1Char(' ') + row.trimmed();
            if (last == Option)
                help.options.last().description += more;
            else if (last == Argument)
                help.arguments.last().second += more;
        }
    }
    return help;
}

QString helpOf(const CommandInfo &command)
{
    HelpCollector collector;
    (void)command.run({ QCoreApplication::arguments().value(0, QStringLiteral("galley")), QStringLiteral("--help") });
    return collector.text();
}

QString bashCompletion()
{
    const CommandHelp top = parseHelp(topLevelOptionsHelp());
    QStringList names;
    QString optionCases;
    QString valueCases;
    for (const CommandInfo &command : commands()) {
        const CommandHelp help = parseHelp(helpOf(command));
        names.append(QLatin1String(command.name));
        optionCases += QStringLiteral("        %1) options=\"%2\" ;;\n")
                           .arg(QLatin1String(command.name), bashWords(optionNames(help.options, false)));
        valueCases += QStringLiteral("        %1) takes_value=\"%2\" ;;\n")
                          .arg(QLatin1String(command.name), bashWords(optionNames(help.options, true)));
    }
    QString script = QStringLiteral(R"(# bash completion for galley -*- shell-script -*-
# Generated by "galley --completion bash" from galley's table of commands and their --help.

_galley()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="@COMMANDS@"
    local command= i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ " $commands " == *" $word "* ]]; then
            command=$word
            break
        fi
    done

    local options takes_value
    case $command in
@OPTIONS@        *) options="@TOP_OPTIONS@" ;;
    esac
    case $command in
@VALUES@        *) takes_value="@TOP_VALUES@" ;;
    esac

    if [[ $prev == --lang ]]; then
        COMPREPLY=($(compgen -W "zh_CN en" -- "$cur"))
        return
    fi
    if [[ -n $prev && " $takes_value " == *" $prev "* ]]; then
        COMPREPLY=() # a file, a number or a name: bash's default completion
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    else
        COMPREPLY=()
    fi
}
complete -o default -F _galley galley
)");
    script.replace(QLatin1String("@COMMANDS@"), bashWords(names));
    script.replace(QLatin1String("@OPTIONS@"), optionCases);
    script.replace(QLatin1String("@VALUES@"), valueCases);
    script.replace(QLatin1String("@TOP_OPTIONS@"), bashWords(optionNames(top.options, false)));
    script.replace(QLatin1String("@TOP_VALUES@"), bashWords(optionNames(top.options, true)));
    return script;
}

QString manPage()
{
    const CommandHelp top = parseHelp(topLevelOptionsHelp());
    const QString version = QCoreApplication::applicationVersion();
    QString page;
    page += QStringLiteral(
        ".\\\" Generated by \"galley --man-page\" from galley's table of commands and their --help.\n");
    page += QStringLiteral(".TH GALLEY 1 \"\" \"Galley %1\" \"User Commands\"\n").arg(version);
    page += QStringLiteral(".SH NAME\ngalley \\- a desktop newsroom editor: write, review and publish articles\n");
    page += QStringLiteral(".SH SYNOPSIS\n.B galley\n[\\fIoptions\\fR] [\\fInewsroom\\fR]\n.br\n.B galley\n\\fIcommand\\fR "
                           "[\\fIoptions\\fR] [\\fIarguments\\fR]\n");
    page += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(roff(top.description));
    page += QStringLiteral(".SH OPTIONS\n");
    appendOptions(page, top.options);
    page += QStringLiteral(".SH COMMANDS\n");
    for (const CommandInfo &command : commands()) {
        const CommandHelp help = parseHelp(helpOf(command));
        page += QStringLiteral(".SS \"galley %1 %2\"\n").arg(QLatin1String(command.name), roff(help.synopsis));
        page += roff(help.description.isEmpty() ? command.translatedSummary() : help.description) + QLatin1Char('\n');
        appendOptions(page, help.options);
        for (const auto &[name, description] : help.arguments)
            page += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(roff(name), roff(description));
    }
    page += QStringLiteral(".SH EXIT STATUS\n.TP\n0\nDone.\n.TP\n1\nFailure; one line on standard error says why.\n"
                           ".TP\n2\nUsage error: an unknown command or option, or a missing argument.\n");
    page += QStringLiteral(
        ".SH FILES\n.TP\n\\fI~/.local/share/Galley/Galley/newsroom.galley\\fR\nThe demo newsroom, "
        "created on the first start without \\fB\\-\\-db\\fR.\n.TP\n\\fI~/.config/Galley/Galley.conf\\fR\n"
        "Preferences and the window's layout.\n");
    page += QStringLiteral(".SH SEE ALSO\n\\fBpsql\\fR(1)\n");
    return page;
}

} // namespace galley
