#include "app/cli/CliCommon.h"

#include "engine/ocr/TextReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace veil::cli {

const char *const kExitCodesHelp = "Exit codes:\n"
                                   "  0  every DICOM input handled\n"
                                   "  1  some DICOM input failed (files that are not DICOM are listed as skipped and "
                                   "do not count)\n"
                                   "  2  usage error (the reason is printed)\n"
                                   "  3  the project could not be opened (locked, wrong passphrase, read-only for a "
                                   "write)\n";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {

QString commandName()
{
    const QStringList args = QCoreApplication::arguments();
    return args.size() > 1 ? QStringLiteral("veil-cli ") + args[1] : QStringLiteral("veil-cli");
}

// "Usage: veil-cli export [options] ..." (not the binary's full path).
QString helpOf(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const QString binary = QCoreApplication::arguments().value(0);
    if (!binary.isEmpty())
        help.replace(QStringLiteral("Usage: ") + binary, QStringLiteral("Usage: ") + commandName());
    return help;
}

} // namespace

int parseArgs(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpOf(parser) << '\n' << kExitCodesHelp;
        return ExitOk;
    }
    return -1;
}

int usageError(const QCommandLineParser &parser, const QString &reason)
{
    err() << commandName() << ": " << reason << "\n\n" << helpOf(parser) << '\n' << kExitCodesHelp;
    return ExitUsage;
}

void addOcrLanguagesOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ocr-languages"),
                      QStringLiteral("Languages of burned-in text read besides English, as Tesseract codes "
                                     "(deu,fra,spa,ita,por,nld; each costs OCR time: see bench/bench_ocr)."),
                      QStringLiteral("L,L")});
}

bool applyOcrLanguages(const QCommandLineParser &parser, QStringList *codes)
{
    const QStringList asked = parser.value(QStringLiteral("ocr-languages")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList missing;
    TextReader::setLanguages(asked, &missing);
    if (codes)
        *codes = asked;
    if (missing.isEmpty())
        return true;
    err() << "veil-cli: no OCR data for " << missing.join(QStringLiteral(", ")) << " (install tesseract-ocr-"
          << missing.first() << "; installed: " << TextReader::installedLanguages().join(QStringLiteral(", ")) << ")\n";
    return false;
}

void addShardOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("shard"),
                      QStringLiteral("Only the instances of shard I of N (0-based; a study is never split), or auto: "
                                     "from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX."),
                      QStringLiteral("I/N|auto")});
    parser.addOption({QStringLiteral("shard-count"),
                      QStringLiteral("With --shard auto outside Slurm (a Kubernetes indexed job): N."),
                      QStringLiteral("N")});
}

Result<Shard> shardFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("shard")))
        return Shard{};
    return Shard::parse(parser.value(QStringLiteral("shard")), parser.value(QStringLiteral("shard-count")).toInt(),
                        [](const char *name) { return qEnvironmentVariable(name); });
}

} // namespace veil::cli
