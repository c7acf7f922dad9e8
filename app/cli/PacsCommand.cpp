#include "app/cli/CliCommon.h"

#include "engine/jobs/JobContext.h"
#include "engine/net/PacsClient.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::cli {
namespace {

QJsonObject toJson(const StudyMatch &m)
{
    return {{QStringLiteral("studyInstanceUid"), m.studyUid},       {QStringLiteral("patientId"), m.patientId},
            {QStringLiteral("patientName"), m.patientName},         {QStringLiteral("studyDate"), m.studyDate},
            {QStringLiteral("accessionNumber"), m.accessionNumber}, {QStringLiteral("modalities"), m.modalities},
            {QStringLiteral("description"), m.description},         {QStringLiteral("instances"), m.instances}};
}

int report(const char *what, const Status &s)
{
    if (!s)
        err() << "veil-cli pacs " << what << ": " << s.message() << '\n';
    return s ? 0 : 1;
}

int find(const PacsNode &node, const QCommandLineParser &p)
{
    const StudyQuery q{p.value(QStringLiteral("patient-id")), p.value(QStringLiteral("patient-name")),
                       p.value(QStringLiteral("date")),       p.value(QStringLiteral("accession")),
                       p.value(QStringLiteral("modality")),   p.value(QStringLiteral("study"))};
    const Result<QList<StudyMatch>> found = findStudies(node, q);
    const QList<StudyMatch> matches = found.valueOr({});
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const StudyMatch &m : matches)
            a << toJson(m);
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else {
        for (const StudyMatch &m : matches)
            out() << m.studyUid << '\t' << m.studyDate << '\t' << m.modalities << '\t' << m.instances << '\t'
                  << m.patientId << '\t' << m.patientName << '\t' << m.accessionNumber << '\t' << m.description << '\n';
        out() << matches.size() << " stud" << (matches.size() == 1 ? "y" : "ies") << '\n';
    }
    return report("find", found.ok() ? Status() : found.error());
}

QStringList filesUnder(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile()) {
            files << path;
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

// veil-cli pacs echo|find|get|store NODE ...
int runPacs(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("DICOM networking with a PACS. NODE is dicom://AE_TITLE@host:port[?calling=VEIL&timeout=30]\n"
                       "  echo NODE                 verify the connection (C-ECHO)\n"
                       "  find NODE [keys] [--json] studies that match (C-FIND, study root)\n"
                       "  get NODE --study UID --out DIR    every instance of a study (C-GET) into DIR\n"
                       "                                    (--study again: each study into DIR/study-N)\n"
                       "  store NODE PATH...        send DICOM files or folders (C-STORE)"));
    p.addHelpOption();
    for (const auto &[name, help] : {std::pair{"patient-id", "Patient ID (wildcards * ?)."},
                                     {"patient-name", "Patient's name (wildcards)."},
                                     {"date", "Study date or range: 20240315, 20240101-20241231."},
                                     {"accession", "Accession number."},
                                     {"modality", "A modality in the study (US, CT...)."},
                                     {"study", "Study Instance UID."}})
        p.addOption({QLatin1String(name), QLatin1String(help), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("out"), QStringLiteral("get: the folder to write into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("find: the matches as JSON.")});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("echo, find, get or store."));
    p.addPositionalArgument(QStringLiteral("node"), QStringLiteral("dicom://AE_TITLE@host:port"));
    if (const int rc = parseArgs(p, args); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!QStringList{"echo", "find", "get", "store"}.contains(action))
        return usageError(p, action.isEmpty()
                                 ? QStringLiteral("give an action: echo, find, get or store")
                                 : QStringLiteral("unknown action '%1' (echo, find, get, store)").arg(action));
    if (pos.size() < 2)
        return usageError(p, QStringLiteral("give the PACS node: dicom://AE_TITLE@host:port"));
    const Result<PacsNode> parsed = parsePacsUrl(pos[1]);
    if (!parsed) {
        err() << "veil-cli pacs: " << parsed.message() << '\n';
        return 2;
    }
    const PacsNode node = *parsed;
    if (action == QLatin1String("echo")) {
        const Status answered = echo(node);
        if (answered)
            out() << node.calledAeTitle << " at " << node.host << ':' << node.port << " answers\n";
        return report("echo", answered);
    }
    if (action == QLatin1String("find"))
        return find(node, p);
    JobContext job([](qint64 done, qint64 total, const QString &step) {
        if (total > 0 && done % 10 == 0)
            err() << step << ' ' << done << '/' << total << '\n';
    });
    if (action == QLatin1String("get")) {
        if (!p.isSet(QStringLiteral("study")) || !p.isSet(QStringLiteral("out"))) {
            err() << "veil-cli pacs get: --study UID and --out DIR are needed\n";
            return 2;
        }
        // One study straight into DIR; several (--study repeated) each into DIR/study-N, as the GUI does.
        const QStringList studies = p.values(QStringLiteral("study"));
        const StudiesRetrieved r =
            retrieveStudies(node, studies, p.value(QStringLiteral("out")), studies.size() > 1, job);
        out() << "received " << r.instances << " instance(s) into " << p.value(QStringLiteral("out")) << '\n';
        for (const QString &e : r.errors)
            err() << "veil-cli pacs get: " << e << '\n';
        return r.errors.isEmpty() && r.instances > 0 && !r.cancelled ? 0 : 1;
    }
    const QStringList files = filesUnder(pos.mid(2));
    if (files.isEmpty()) {
        err() << "veil-cli pacs store: no file to send\n";
        return 2;
    }
    const NetResult r = storeFiles(node, files, job);
    out() << "sent " << r.done << " of " << files.size() << " file(s)\n";
    return report("store", r.status);
}

} // namespace veil::cli
