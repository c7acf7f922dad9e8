#include "app/cli/CliCommon.h"

#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace veil::cli {
namespace {

// Reads a line from the terminal with echo off.
QString promptHidden(const char *prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt, tty);
    std::fflush(tty);
    termios old{}, quiet{};
    const bool hide = tcgetattr(fileno(tty), &old) == 0;
    if (hide) {
        quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSANOW, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (hide)
        tcsetattr(fileno(tty), TCSANOW, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return read ? QString::fromUtf8(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
}

} // namespace

void addPassphraseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the project passphrase from this file (first line). Otherwise it comes "
                                     "from $VEIL_PASSPHRASE or a prompt; never from the command line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("When another Veil has the project open, wait up to this long for it "
                                     "(default: leave at once, saying who has it and since when)."),
                      QStringLiteral("SECONDS"), QStringLiteral("0")});
}

int waitSeconds(const QCommandLineParser &parser)
{
    return std::clamp(parser.value(QStringLiteral("wait")).toInt(), 0, 24 * 3600);
}

bool passphrase(const QCommandLineParser &parser, bool twice, QString *out)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        QFile file(parser.value(QStringLiteral("passphrase-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "veil-cli: cannot read the passphrase file\n";
            return false;
        }
        *out = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        return true;
    }
    if (qEnvironmentVariableIsSet("VEIL_PASSPHRASE")) {
        *out = qEnvironmentVariable("VEIL_PASSPHRASE");
        return true;
    }
    *out = promptHidden("Project passphrase: ");
    if (out->isEmpty()) {
        err() << "veil-cli: no passphrase (no terminal to ask on? set VEIL_PASSPHRASE or use --passphrase-file)\n";
        return false;
    }
    if (twice && out->size() < Project::kMinPassphrase) { // said before asking again
        err() << "veil-cli: the passphrase needs at least " << Project::kMinPassphrase << " characters\n";
        return false;
    }
    if (twice && promptHidden("Again: ") != *out) {
        err() << "veil-cli: the passphrases differ\n";
        return false;
    }
    return true;
}

std::unique_ptr<Project> openProject(const QCommandLineParser &parser, const QString &path, bool readOnlyOk)
{
    QString pass;
    if (!passphrase(parser, false, &pass))
        return nullptr;
    Result<std::unique_ptr<Project>> project =
        Project::open(path, pass, readOnlyOk ? Project::OpenMode::ReadOnlyIfNeeded : Project::OpenMode::ReadWrite,
                      waitSeconds(parser));
    if (!project) {
        err() << "veil-cli: " << path << ": " << project.message() << '\n';
        return nullptr;
    }
    if (!(*project)->readOnlyReason().isEmpty())
        err() << "veil-cli: " << path << ": opened read-only (" << (*project)->readOnlyReason() << ")\n";
    return std::move(project).value();
}

} // namespace veil::cli
