#include "app/cli/CliCommon.h"

#include "engine/deid/DeidKey.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"
#include "engine/pipeline/Deidentify.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>

namespace veil::cli {
namespace {

QJsonObject recordJson(const DeidOutcome &o, const QString &outDir, const DeidOptions &options)
{
    QJsonArray entries;
    for (const DeidRecordEntry &e : o.record)
        entries.append(QJsonObject{{QStringLiteral("path"), e.path},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("old"), e.oldValue},
                                   {QStringLiteral("reason"), e.reason}});
    QJsonArray optionNames;
    for (size_t i = 0; i < size_t(DeidOption::Count); ++i)
        if (options.test(i))
            optionNames.append(optionName(DeidOption(i)));
    return QJsonObject{
        {QStringLiteral("sopInstanceUid"), o.sopInstanceUid},
        {QStringLiteral("output"), QDir(outDir).relativeFilePath(o.outputPath)},
        {QStringLiteral("profile"), QStringLiteral("DICOM PS3.15 %1").arg(QLatin1String(profileEdition()))},
        {QStringLiteral("options"), optionNames},
        {QStringLiteral("entries"), entries}};
}

bool writeRecord(const QString &dir, const QJsonObject &record)
{
    if (!QDir().mkpath(dir))
        return false;
    QSaveFile f(
        QDir(dir).filePath(record.value(QStringLiteral("sopInstanceUid")).toString() + QStringLiteral(".json")));
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(record).toJson(QJsonDocument::Indented)) > 0 &&
           f.commit();
}

bool parseOptions(const QStringList &names, DeidOptions &options)
{
    for (const QString &n : names) {
        const auto option = optionFromName(n);
        if (!option) {
            err() << "veil-cli deid: unknown option '" << n
                  << "'. Known: " << allOptionNames().join(QStringLiteral(", ")) << '\n';
            return false;
        }
        options.set(size_t(*option));
    }
    return true;
}

DeidKey loadOrMakeKey(const QCommandLineParser &parser, bool *ok)
{
    *ok = true;
    if (!parser.isSet(QStringLiteral("key-file"))) {
        err() << "veil-cli deid: no --key-file: using a fresh random key. The output is consistent within this run "
                 "and linkable to nothing afterwards.\n";
        return DeidKey::generate();
    }
    const Result<DeidKey> key = DeidKey::load(parser.value(QStringLiteral("key-file")));
    if (!key) {
        err() << "veil-cli deid: " << key.message() << '\n';
        *ok = false;
    }
    return key.valueOr({});
}

} // namespace

int runKeygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a new random project secret (mode 0600)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("force"), QStringLiteral("Overwrite an existing file.")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Key file to write."), QStringLiteral("FILE"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("give one key file to write"));
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        err() << "veil-cli keygen: " << path
              << " exists; a new key would unlink every pseudonym made with it. Use --force.\n";
        return 1;
    }
    if (const Status saved = DeidKey::generate().save(path); !saved) {
        err() << "veil-cli keygen: " << saved.message() << '\n';
        return 1;
    }
    out() << "wrote a new key to " << path << '\n';
    return 0;
}

namespace {

void addDeidOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("De-identifies DICOM headers (PS3.15 Basic Profile and options) "
                                                    "into a new folder. Originals are never changed."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("option"),
                      QStringLiteral("A PS3.15 option: %1.").arg(allOptionNames().join(QStringLiteral(", "))),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("key-file"), QStringLiteral("Project secret (veil-cli keygen)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("templates"),
                      QStringLiteral("Device templates (JSON): saved masks for matching devices."),
                      QStringLiteral("TEMPLATES")});
    parser.addOption(
        {QStringLiteral("no-pixels"), QStringLiteral("Leave the pixels alone (no burned-in text masking).")});
    parser.addOption({QStringLiteral("verify"),
                      QStringLiteral("Re-read each output's pixels; fail it if OCR still finds a header value.")});
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Project profile (JSON): options and per-tag rules."),
                      QStringLiteral("PROFILE")});
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("Where the per-instance records go (default: DIR.records)."),
                      QStringLiteral("RECORDS")});
    addShardOptions(parser);
    addOcrLanguagesOption(parser);
    parser.addPositionalArgument(QStringLiteral("inputs"), QStringLiteral("Files, folders, DICOMDIRs, zip archives."),
                                 QStringLiteral("IN..."));
}

// A profile file's options, rules, pseudonym prefix and own words; false
// (reasons printed) when it does not validate.
bool applyProfile(const QString &path, DeidSettings &settings, PseudonymSettings &naming)
{
    QStringList errors;
    const ProjectProfile profile = ProjectProfile::load(path, &errors);
    for (const QString &e : errors)
        err() << path << ": " << e << '\n';
    if (!errors.isEmpty())
        return false;
    settings.options |= profile.options;
    settings.rules = profile.rules;
    if (!profile.pseudonymPrefix.isEmpty())
        naming.prefix = profile.pseudonymPrefix;
    if (!profile.safeWords.isEmpty()) { // words that may stay in the pixels
        auto safe = std::make_shared<SafeList>(*SafeList::builtIn());
        safe->merge(SafeList::fromWords(profile.safeWords, QStringLiteral("profile")));
        settings.safeList = safe;
    }
    if (!profile.keepWords.isEmpty()) { // words that may stay in cleaned free text
        auto keep = std::make_shared<KeepList>(*KeepList::builtIn());
        keep->addWords(profile.keepWords, QStringLiteral("profile"));
        settings.keepList = keep;
    }
    return true;
}

// The settings the command line asks for; false (reasons printed) on a bad one.
bool deidSettingsFrom(const QCommandLineParser &parser, DeidSettings &settings)
{
    if (!parseOptions(parser.values(QStringLiteral("option")), settings.options))
        return false;
    PseudonymSettings naming;
    if (parser.isSet(QStringLiteral("profile")) &&
        !applyProfile(parser.value(QStringLiteral("profile")), settings, naming))
        return false;
    bool keyOk = false;
    const DeidKey key = loadOrMakeKey(parser, &keyOk);
    if (!keyOk)
        return false;
    settings.pseudonyms = std::make_shared<Pseudonyms>(key, naming);
    settings.outputDir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    settings.cleanPixels = !parser.isSet(QStringLiteral("no-pixels"));
    settings.verify = parser.isSet(QStringLiteral("verify"));
    if (parser.isSet(QStringLiteral("templates"))) {
        QStringList errors;
        auto templates = std::make_shared<DeviceTemplates>(
            DeviceTemplates::load(parser.value(QStringLiteral("templates")), &errors));
        for (const QString &e : errors)
            err() << parser.value(QStringLiteral("templates")) << ": " << e << '\n';
        if (!errors.isEmpty())
            return false;
        settings.templates = templates;
    }
    return true;
}

struct DeidTally
{
    int written = 0, skipped = 0, inputs = 0, elsewhere = 0, doneBefore = 0;
    QMap<QString, int> refused; // reason -> inputs
};

// What a shard has finished, so that a run again after a crash skips it:
// keyed fingerprints of each input's path, size and time (no path in clear)
// in RECORDS/shard-I-of-N.done, one line per input written.
class ShardProgress
{
public:
    ShardProgress(const QString &records, const Shard &shard, const DeidKey &key)
        : m_file(QStringLiteral("%1/shard-%2-of-%3.done").arg(records).arg(shard.index).arg(shard.count)), m_key(key)
    {
        QFile f(m_file);
        if (!shard.isWhole() && f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                m_done.insert(QString::fromLatin1(line.trimmed()));
        m_active = !shard.isWhole();
    }
    bool done(const InputItem &item) const { return m_active && m_done.contains(fingerprint(item)); }
    void markDone(const InputItem &item)
    {
        QFile f(m_file);
        if (m_active && QDir().mkpath(QFileInfo(m_file).absolutePath()) && f.open(QIODevice::Append))
            f.write(fingerprint(item).toLatin1() + '\n');
    }

private:
    QString fingerprint(const InputItem &item) const
    {
        const QFileInfo fi(item.filePath);
        return m_key.fingerprint((item.displayPath() + QLatin1Char('\n') + QString::number(fi.size()) +
                                  QLatin1Char('\n') + QString::number(fi.lastModified().toMSecsSinceEpoch()))
                                     .toUtf8());
    }
    QString m_file;
    const DeidKey &m_key;
    QSet<QString> m_done;
    bool m_active = false;
};

// Whether `item` is this shard's: its study's (or, without one, its path's).
bool ours(const Shard &shard, const DeidKey &key, const InputItem &item)
{
    if (shard.isWhole())
        return true;
    const QString study = DicomFile::studyUidOf(item).valueOr(QString());
    return shard.takes(key, study.isEmpty() ? item.displayPath() : study);
}

// Every input de-identified, one line each; one bad file never stops the rest.
DeidTally deidAll(const QStringList &inputs, const DeidSettings &settings, const QString &records, const Shard &shard)
{
    DeidTally t;
    const DeidKey &key = settings.pseudonyms->key();
    ShardProgress progress(records, shard, key);
    const ScanResult scan = scanInputs(inputs, JobContext::none());
    for (const SkippedInput &s : scan.skipped) {
        if (!shard.takes(key, s.path)) {
            ++t.elsewhere;
            continue;
        }
        ++t.inputs;
        out() << s.path << (s.failure ? "\trefused\t" : "\tskipped\t") << s.reason << '\n';
        s.failure ? void(++t.refused[s.reason]) : void(++t.skipped);
    }
    for (const InputItem &item : scan.items) {
        if (!ours(shard, key, item)) {
            ++t.elsewhere;
            continue;
        }
        ++t.inputs;
        if (progress.done(item)) {
            out() << item.displayPath() << "\tdone before\t(shard " << shard.text() << ")\n";
            ++t.doneBefore;
            continue;
        }
        const Result<DeidOutcome> done = deidentifyInstance(item, settings);
        const DeidOutcome o = done.valueOr({});
        if (done && writeRecord(records, recordJson(o, settings.outputDir, settings.options))) {
            progress.markDone(item);
            out() << item.displayPath() << "\tok\t" << QDir(settings.outputDir).relativeFilePath(o.outputPath);
            if (o.maskedBoxes > 0)
                out() << "\t" << o.maskedBoxes << " text boxes masked";
            out() << '\n';
            ++t.written;
        } else if (done.code() == ErrorCode::NotDicom) { // README, .DS_Store, a JPEG: listed, not a failure
            out() << item.displayPath() << "\tskipped\t" << done.message() << '\n';
            ++t.skipped;
        } else {
            const QString reason = done ? QStringLiteral("cannot write the record") : done.message();
            out() << item.displayPath() << "\trefused\t" << reason << '\n';
            ++t.refused[reason];
        }
        out().flush();
    }
    return t;
}

int summary(const DeidTally &t)
{
    out() << "\nSummary: " << t.written << " written, " << t.skipped << " skipped (not DICOM), "
          << (t.inputs - t.written - t.skipped - t.doneBefore) << " not written";
    if (t.doneBefore > 0)
        out() << ", " << t.doneBefore << " done before";
    if (t.elsewhere > 0)
        out() << ", " << t.elsewhere << " in other shards";
    out() << '\n';
    for (auto it = t.refused.begin(); it != t.refused.end(); ++it)
        out() << "  " << it.value() << " x " << it.key() << '\n';
    return t.refused.isEmpty() ? 0 : 1;
}

} // namespace

// parse -> settings -> run -> summary
int runDeid(const QStringList &args)
{
    QCommandLineParser parser;
    addDeidOptions(parser);
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().isEmpty())
        return usageError(parser, QStringLiteral("give the files or folders to de-identify"));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(parser, QStringLiteral("--out DIR is needed"));
    const Result<Shard> shard = shardFrom(parser);
    if (!shard)
        return usageError(parser, shard.message());
    if (!applyOcrLanguages(parser))
        return ExitUsage;
    if (!shard->isWhole() && !parser.isSet(QStringLiteral("key-file")))
        return usageError(parser, QStringLiteral("--shard needs --key-file: every shard must use the same secret"));
    DeidSettings settings;
    if (!deidSettingsFrom(parser, settings))
        return 2;
    const QString records = parser.isSet(QStringLiteral("records")) ? parser.value(QStringLiteral("records"))
                                                                    : settings.outputDir + QStringLiteral(".records");
    return summary(deidAll(parser.positionalArguments(), settings, records, *shard));
}

int runExplain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints what de-identification did to each attribute of one output file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("Records folder (default: found beside the output folder)."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A file written by veil-cli deid."),
                                 QStringLiteral("FILE"));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("give one file written by veil-cli deid"));
    const QString path = parser.positionalArguments().first();
    const std::unique_ptr<DicomFile> file = DicomFile::open({path, {}}).valueOr(nullptr);
    if (!file) {
        err() << "veil-cli explain: cannot read " << path << '\n';
        return 1;
    }
    QStringList candidates;
    if (parser.isSet(QStringLiteral("records")))
        candidates << parser.value(QStringLiteral("records"));
    for (QDir d = QFileInfo(path).absoluteDir(); !d.isRoot(); d.cdUp())
        candidates << d.absolutePath() + QStringLiteral(".records");
    for (const QString &dir : candidates) {
        QFile f(QDir(dir).filePath(file->info().sopInstanceUid + QStringLiteral(".json")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        out() << "Profile: " << record.value(QStringLiteral("profile")).toString() << "; options: "
              << record.value(QStringLiteral("options")).toVariant().toStringList().join(QStringLiteral(", ")) << '\n';
        for (const QJsonValue &v : record.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            out() << e.value(QStringLiteral("action")).toString() << '\t' << e.value(QStringLiteral("path")).toString()
                  << '\t' << e.value(QStringLiteral("reason")).toString() << '\t'
                  << e.value(QStringLiteral("old")).toString() << '\n';
        }
        return 0;
    }
    err() << "veil-cli explain: no record for this file (use --records)\n";
    return 1;
}

} // namespace veil::cli
