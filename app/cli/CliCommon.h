#pragma once

#include "engine/deid/Shard.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace veil {
class Project;
}

namespace veil::cli {

QTextStream &out();
QTextStream &err();

// The exit codes of every command (README, and each command's --help).
enum Exit {
    ExitOk = 0,       // every DICOM input handled
    ExitFailures = 1, // some DICOM input failed (files that are not DICOM are skipped, not counted)
    ExitUsage = 2,    // the command line is wrong; the reason is printed
    ExitProject = 3,  // the project could not be opened (locked, wrong passphrase, read-only for a write)
};
extern const char *const kExitCodesHelp;

// Parses a command's arguments. Returns -1 to go on, or the exit code to
// return at once: --help (0, with the exit codes), an unknown option or a
// missing value (2, with the reason).
int parseArgs(QCommandLineParser &parser, const QStringList &args);
// "veil-cli COMMAND: REASON" and the command's help, on stderr; returns ExitUsage.
int usageError(const QCommandLineParser &parser, const QString &reason);

// The project passphrase: --passphrase-file, $VEIL_PASSPHRASE or a prompt
// (asked twice when `twice`, after a length check).
void addPassphraseOption(QCommandLineParser &parser);
bool passphrase(const QCommandLineParser &parser, bool twice, QString *out);
int waitSeconds(const QCommandLineParser &parser); // --wait, from addPassphraseOption
// --shard I/N|auto and --shard-count N (see engine/deid/Shard.h).
void addShardOptions(QCommandLineParser &parser);
Result<Shard> shardFrom(const QCommandLineParser &parser);
// --ocr-languages L,L: Tesseract languages read besides English (deu, fra,
// spa, ita, por, nld...). applyOcrLanguages sets them for this process;
// false, with the reason printed, when one is not installed.
void addOcrLanguagesOption(QCommandLineParser &parser);
bool applyOcrLanguages(const QCommandLineParser &parser, QStringList *codes = nullptr);
// Opens the project, or says why not (null: return ExitProject). A project
// that cannot be written opens read-only only when `readOnlyOk`, saying so.
std::unique_ptr<Project> openProject(const QCommandLineParser &parser, const QString &path, bool readOnlyOk = false);

// Each command gets its own arguments (after the command name) and returns
// the process exit code (Exit).
int runInfo(const QStringList &args);
int runRender(const QStringList &args);
int runMakeDemo(const QStringList &args);
int runKeygen(const QStringList &args);
int runDeid(const QStringList &args);
int runExplain(const QStringList &args);
int runOcr(const QStringList &args);
int runTemplate(const QStringList &args);
int runProject(const QStringList &args);
int runReview(const QStringList &args);
int runExport(const QStringList &args);
int runPacs(const QStringList &args);

} // namespace veil::cli
