// veil-cli project create|add|status|audit|optout|reidentify|lookup, and review.
#include "app/cli/CliCommon.h"

#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace veil::cli {

namespace {

int create(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return usageError(parser, QStringLiteral("give the new project file: project create PROJECT"));
    DeidKey imported;
    QString pass;
    if (parser.isSet(QStringLiteral("key-file"))) {
        const Result<DeidKey> key = DeidKey::load(parser.value(QStringLiteral("key-file")));
        if (!key) {
            err() << "veil-cli project create: " << key.message() << '\n';
            return ExitUsage;
        }
        imported = *key;
    }
    QStringList languages;
    if (!applyOcrLanguages(parser, &languages))
        return ExitUsage;
    if (!passphrase(parser, true, &pass))
        return ExitProject;
    const auto project = Project::create(pos[1], pass, imported);
    if (!project) {
        err() << "veil-cli project create: " << project.message() << '\n';
        return ExitProject;
    }
    if (!languages.isEmpty() && !(*project)->setOcrLanguages(languages)) {
        err() << "veil-cli project create: " << (*project)->lastError() << '\n';
        return ExitProject;
    }
    out() << "created " << pos[1] << Qt::endl;
    return 0;
}

int autoRun(Project &project, const QList<qint64> &ids)
{
    int failed = 0;
    for (qint64 id : ids) {
        if (const Status done = project.runAutomatic(id, JobContext::none()); !done) {
            err() << "instance " << id << ": " << done.message() << Qt::endl;
            ++failed;
            continue;
        }
        ProjectInstance i;
        project.instance(id, &i);
        int masks = 0;
        for (const ProjectMask &m : project.masks(id))
            masks += m.enabled ? 1 : 0;
        out() << "auto instance " << id << ' ' << statusName(i.status) << ' ' << masks << " masks" << Qt::endl;
    }
    return failed;
}

int add(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() < 3)
        return usageError(parser, QStringLiteral("give the project and what to add: project add PROJECT PATH..."));
    const Result<Shard> shard = shardFrom(parser);
    if (!shard)
        return usageError(parser, shard.message());
    auto project = openProject(parser, pos[1]);
    if (!project)
        return ExitProject;
    JobContext job([](qint64 done, qint64 total, const QString &) {
        if (done == total || done % 50 == 0)
            err() << "\radding " << done << '/' << total << (done == total ? "\n" : "") << Qt::flush;
    });
    // Each instance is committed as it is added; the lines say what is already safe.
    const AddReport report = project->addInputs(
        pos.mid(2), job, [](qint64 id) { out() << "added instance " << id << Qt::endl; }, *shard);
    for (const SkippedInput &s : report.skipped)
        out() << "skipped: " << s.path << ": " << s.reason << Qt::endl;
    for (const SkippedInput &s : report.failed)
        err() << "not added: " << s.path << ": " << s.reason << Qt::endl;
    out() << report.added.size() << " added, " << report.alreadyPresent << " already in the project, "
          << report.skipped.size() << " skipped (not DICOM), " << report.failed.size() << " not added";
    if (!shard->isWhole())
        out() << ", " << report.otherShards << " in other shards (shard " << shard->text() << ")";
    out() << Qt::endl;
    int failed = 0;
    if (parser.isSet(QStringLiteral("auto"))) {
        QList<qint64> todo;
        for (const ProjectInstance &i : project->instances())
            if (!i.autoDone)
                todo << i.id;
        failed = autoRun(*project, todo);
    }
    for (const StudyConflict &c : studyConflicts(project->instances()))
        err() << "warning: " << conflictText(c) << Qt::endl;
    return report.failed.isEmpty() && failed == 0 ? ExitOk : ExitFailures;
}

// One line per image: project ID, modality, pseudonym, status, the
// original's file name (decrypted: this is the user's own machine), masks,
// and why it is flagged.
void listInstances(const Project &project, const QList<ProjectInstance> &all)
{
    out() << "id\tmodality\tpseudonym\tstatus\tfile\tmasks\tflag reason\n";
    for (const ProjectInstance &i : all) {
        int masks = 0;
        for (const ProjectMask &m : project.masks(i.id))
            masks += m.enabled ? 1 : 0;
        const QString file = i.source.zipEntry.isEmpty()
                                 ? QFileInfo(i.source.filePath).fileName()
                                 : QFileInfo(i.source.filePath).fileName() + QStringLiteral("!/") + i.source.zipEntry;
        out() << i.id << '\t' << i.modality << '\t' << i.pseudoPatientId << '\t'
              << (i.optedOut ? QStringLiteral("blocked (opt-out)") : statusName(i.status)) << '\t' << file << '\t'
              << masks << '\t' << project.flagReason(i) << '\n';
    }
}

int status(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return usageError(parser, QStringLiteral("give the project: project status PROJECT"));
    auto project = openProject(parser, pos[1], true);
    if (!project)
        return ExitProject;
    const QList<ProjectInstance> all = project->instances();
    if (parser.isSet(QStringLiteral("list")))
        listInstances(*project, all);
    QMap<QString, int> counts;
    int optedOut = 0;
    for (const ProjectInstance &i : all) {
        ++counts[statusName(i.status)];
        optedOut += i.optedOut ? 1 : 0;
    }
    out() << all.size() << " instances:";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out() << ' ' << it.value() << ' ' << it.key() << ',';
    out() << ' ' << optedOut << " blocked by opt-out; " << project->optOutCount() << " patient(s) on the opt-out list; "
          << project->exports().size() << " export(s)\n";
    for (const StudyConflict &c : studyConflicts(all))
        out() << "warning: " << conflictText(c) << '\n';
    if (parser.isSet(QStringLiteral("check"))) {
        const OriginalCheck check = project->checkOriginals(JobContext::none());
        out() << check.missing.size() << " original(s) missing, " << check.changed.size()
              << " changed since they were added\n";
        for (qint64 id : check.missing)
            out() << "  missing: instance " << id << '\n';
        for (qint64 id : check.changed)
            out() << "  changed: instance " << id << '\n';
        if (!check.missing.isEmpty() || !check.changed.isEmpty())
            return ExitFailures;
    }
    return ExitOk;
}

int audit(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return usageError(parser, QStringLiteral("give the project: project audit PROJECT"));
    auto project = openProject(parser, pos[1], true);
    if (!project)
        return ExitProject;
    for (const AuditEntry &e : project->audit())
        out() << e.at.toString(Qt::ISODateWithMs) << '\t' << e.user << '\t' << e.action << '\t' << e.object << '\t'
              << e.details << (e.origin.isEmpty() ? QString() : QStringLiteral("\t(from %1)").arg(e.origin)) << '\n';
    return 0;
}

int optout(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return usageError(parser, QStringLiteral("give the project: project optout PROJECT [--add ID] [--remove ID]"));
    auto project = openProject(parser, pos[1]);
    if (!project)
        return ExitProject;
    for (const QString &id : parser.values(QStringLiteral("add")))
        if (!project->addOptOut(id)) {
            err() << "veil-cli project optout: " << project->lastError() << '\n';
            return 1;
        }
    for (const QString &id : parser.values(QStringLiteral("remove")))
        if (!project->removeOptOut(id)) {
            err() << "veil-cli project optout: " << project->lastError() << '\n';
            return 1;
        }
    out() << project->optOutCount() << " patient(s) on the opt-out list\n";
    return 0;
}

// The words reviewers kept (the project's safe list, on top of the built-in one).
int safelist(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return usageError(parser, QStringLiteral("give the project: project safelist PROJECT [--add WORD] "
                                                 "[--remove WORD]"));
    const bool writes = parser.isSet(QStringLiteral("add")) || parser.isSet(QStringLiteral("remove"));
    auto project = openProject(parser, pos[1], !writes);
    if (!project)
        return ExitProject;
    for (const QString &w : parser.values(QStringLiteral("add")))
        if (!project->addSafeWord(w)) {
            err() << "veil-cli project safelist: " << project->lastError() << '\n';
            return ExitProject;
        }
    for (const QString &w : parser.values(QStringLiteral("remove")))
        if (!project->removeSafeWord(w)) {
            err() << "veil-cli project safelist: " << project->lastError() << '\n';
            return ExitUsage;
        }
    const QStringList words = project->safeWords();
    for (const QString &w : words)
        out() << w << '\n';
    out() << words.size() << " word(s) on the project's safe list; " << SafeList::builtIn()->size()
          << " words and patterns on the built-in list (version " << SafeList::builtIn()->version() << ")\n";
    return ExitOk;
}

int reidentify(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 3)
        return usageError(parser,
                          QStringLiteral("give the project and a pseudonym: project reidentify PROJECT PSEUDONYM"));
    auto project = openProject(parser, pos[1]);
    if (!project)
        return ExitProject;
    const QList<Project::Original> found = project->reidentify(pos[2]);
    for (const Project::Original &o : found)
        out() << o.kind << '\t' << o.pseudonym << '\t' << o.values.join(QLatin1Char('\t')) << '\n';
    if (found.isEmpty())
        err() << "veil-cli project reidentify: no such pseudonym in this project\n";
    return found.isEmpty() ? 1 : 0;
}

int lookup(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 3)
        return usageError(parser,
                          QStringLiteral("give the project and a patient ID: project lookup PROJECT PATIENT_ID"));
    auto project = openProject(parser, pos[1]);
    if (!project)
        return ExitProject;
    const Project::Lookup found = project->lookup(pos[2]);
    if (found.instances.isEmpty()) {
        err() << "veil-cli project lookup: no instance of that patient in this project\n";
        return 1;
    }
    out() << "pseudonym " << found.pseudoPatientId << ", " << found.instances.size() << " instance(s), in "
          << found.exports.size() << " export(s)";
    for (qint64 e : found.exports)
        out() << ' ' << e;
    out() << '\n';
    return 0;
}

// Shard projects into one (issue 17): the target exists, made from the same
// secret; each shard is read under its lock, with the target's passphrase
// unless --shard-passphrase-file says otherwise.
int merge(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() < 3)
        return usageError(parser, QStringLiteral("give the target and the shards: project merge TARGET SHARD..."));
    if (!QFileInfo(pos[1]).isFile()) {
        err() << "veil-cli project merge: no project at " << pos[1]
              << "; create it first from the shards' secret: veil-cli project create " << pos[1] << " --key-file KEY\n";
        return ExitProject;
    }
    auto target = openProject(parser, pos[1]);
    if (!target)
        return ExitProject;
    QString pass;
    if (!passphrase(parser, false, &pass))
        return ExitProject;
    if (parser.isSet(QStringLiteral("shard-passphrase-file"))) {
        QFile file(parser.value(QStringLiteral("shard-passphrase-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "veil-cli: cannot read the shards' passphrase file\n";
            return ExitProject;
        }
        pass = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    std::vector<std::unique_ptr<Project>> shards;
    QList<const Project *> list;
    for (const QString &path : pos.mid(2)) {
        auto shard = Project::open(path, pass, Project::OpenMode::ReadOnly, waitSeconds(parser));
        if (!shard) {
            err() << "veil-cli project merge: " << path << ": " << shard.message() << "; nothing was merged\n";
            return ExitProject;
        }
        list << shard->get();
        shards.push_back(std::move(shard).value());
    }
    const Result<MergeReport> merged = target->merge(list, JobContext::none());
    if (!merged) {
        err() << "veil-cli project merge: " << merged.message() << "; nothing was merged\n";
        return ExitProject;
    }
    out() << "merged " << list.size() << " shard(s) into " << pos[1] << ": " << merged->added << " instance(s) added, "
          << merged->unchanged << " unchanged, " << merged->conflicts << " conflict(s) flagged for review, "
          << merged->optOuts << " opt-out(s) added, " << merged->auditRows << " audit row(s)\n";
    if (merged->exportsLeft > 0)
        out() << "note: " << merged->exportsLeft << " export record(s) of the shards stay in the shards\n";
    return ExitOk;
}

} // namespace

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A review project (one SQLite file): actions create, add, status, audit, optout, safelist, reidentify, "
        "lookup, merge.\n"
        "  create PROJECT [--key-file FILE] [--ocr-languages L,L]\n  add PROJECT PATH... [--auto]\n  status PROJECT "
        "[--list] [--check]\n"
        "  audit PROJECT\n  optout PROJECT [--add ID]... [--remove ID]...\n"
        "  safelist PROJECT [--add WORD]... [--remove WORD]...   (words that may stay in the pixels)\n"
        "  reidentify PROJECT PSEUDONYM\n"
        "  lookup PROJECT PATIENT_ID\n"
        "  merge TARGET SHARD... [--shard-passphrase-file FILE]   (shard projects into one; see docs/cluster.md)"));
    parser.addHelpOption();
    addPassphraseOption(parser);
    addShardOptions(parser);       // for add
    addOcrLanguagesOption(parser); // for create
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("create: import this pseudonymisation secret."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("shard-passphrase-file"),
                      QStringLiteral("merge: the shards' passphrase, when it is not the target's."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("auto"), QStringLiteral("add: run the automatic findings too.")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("status: one line per instance.")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("status: re-hash the originals (moved or changed?).")});
    parser.addOption({QStringLiteral("add"), QStringLiteral("optout: a patient ID to block; safelist: a word to keep."),
                      QStringLiteral("ID|WORD")});
    parser.addOption({QStringLiteral("remove"),
                      QStringLiteral("optout: a patient ID to unblock; safelist: a word to take off."),
                      QStringLiteral("ID|WORD")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("What to do."));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    int rc = -1;
    if (action == QLatin1String("create"))
        rc = create(parser, pos);
    else if (action == QLatin1String("add"))
        rc = add(parser, pos);
    else if (action == QLatin1String("status"))
        rc = status(parser, pos);
    else if (action == QLatin1String("audit"))
        rc = audit(parser, pos);
    else if (action == QLatin1String("optout"))
        rc = optout(parser, pos);
    else if (action == QLatin1String("safelist"))
        rc = safelist(parser, pos);
    else if (action == QLatin1String("reidentify"))
        rc = reidentify(parser, pos);
    else if (action == QLatin1String("lookup"))
        rc = lookup(parser, pos);
    else if (action == QLatin1String("merge"))
        rc = merge(parser, pos);
    if (rc < 0)
        return usageError(parser, action.isEmpty() ? QStringLiteral("give an action (create, add, status, audit, "
                                                                    "optout, safelist, reidentify, lookup, merge)")
                                                   : QStringLiteral("unknown action '%1'").arg(action));
    return rc;
}

namespace {

int decideOne(Project &project, qint64 id, ReviewStatus status, const QString &comment)
{
    ProjectInstance before;
    if (!project.instance(id, &before)) {
        err() << "veil-cli review: no instance " << id << " in this project (project status --list shows them)\n";
        return ExitUsage;
    }
    const QString flagged = project.flagReason(before);
    if (!project.setStatus(id, status, comment)) {
        err() << "veil-cli review: " << project.lastError() << '\n';
        return ExitProject;
    }
    if (status == ReviewStatus::Approved && !flagged.isEmpty())
        out() << "instance " << id << " was flagged (" << flagged << "); approved now" << Qt::endl;
    else
        out() << statusName(status) << " instance " << id << Qt::endl;
    return ExitOk;
}

int approveAll(Project &project)
{
    int approved = 0, flagged = 0;
    for (const ProjectInstance &i : project.instances()) {
        flagged += i.status == ReviewStatus::Flagged && !i.optedOut ? 1 : 0; // opted out: never leaves anyway
        if (i.status != ReviewStatus::AutoCleaned || i.optedOut)
            continue;
        if (!project.setStatus(i.id, ReviewStatus::Approved)) {
            err() << "veil-cli review: " << project.lastError() << '\n';
            return ExitProject;
        }
        out() << "approved instance " << i.id << Qt::endl;
        ++approved;
    }
    out() << approved << " approved";
    if (flagged > 0)
        out() << "; " << flagged << " flagged instance(s) left for a person (review --id N --status approved)";
    out() << Qt::endl;
    return ExitOk;
}

} // namespace

// veil-cli review PROJECT --approve-all | --id N --status STATUS [--comment TEXT]
int runReview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records review decisions (each committed at once, audited)."));
    parser.addHelpOption();
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("approve-all"), QStringLiteral("Approve every auto-cleaned instance.")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("The instance to decide on."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("approved, flagged, rejected, unreviewed."),
                      QStringLiteral("STATUS")});
    parser.addOption(
        {QStringLiteral("comment"), QStringLiteral("A comment (stored encrypted)."), QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    if (const int rc = parseArgs(parser, args); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    ReviewStatus status = ReviewStatus::Approved;
    const bool one = parser.isSet(QStringLiteral("id"));
    bool idOk = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&idOk);
    if (pos.size() != 1)
        return usageError(parser, QStringLiteral("give the project file"));
    if (one == parser.isSet(QStringLiteral("approve-all")))
        return usageError(parser, QStringLiteral("give either --approve-all or --id N --status STATUS"));
    if (one && (!idOk || id <= 0))
        return usageError(parser, QStringLiteral("--id takes an instance number (project status --list shows them)"));
    if (one && !statusFromName(parser.value(QStringLiteral("status")), &status))
        return usageError(parser, parser.isSet(QStringLiteral("status"))
                                      ? QStringLiteral("unknown status '%1' (approved, flagged, rejected, unreviewed)")
                                            .arg(parser.value(QStringLiteral("status")))
                                      : QStringLiteral("--status is needed with --id"));
    auto project = openProject(parser, pos[0]);
    if (!project)
        return ExitProject;
    return one ? decideOne(*project, id, status, parser.value(QStringLiteral("comment"))) : approveAll(*project);
}

} // namespace veil::cli
