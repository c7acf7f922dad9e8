// veil-cli project create|add|status|audit|optout|reidentify|lookup, and review.
#include "CliCommon.h"

#include "jobs/JobContext.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace veil::cli {

void addPassphraseOption(QCommandLineParser &parser);
bool passphrase(const QCommandLineParser &parser, bool twice, QString *out);
std::unique_ptr<Project> openProject(const QCommandLineParser &parser, const QString &path);

namespace {

int create(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return 2;
    DeidKey imported;
    QString error, pass;
    if (parser.isSet(QStringLiteral("key-file"))) {
        imported = DeidKey::load(parser.value(QStringLiteral("key-file")), &error);
        if (!imported.isValid()) {
            err() << "veil-cli project create: " << error << '\n';
            return 1;
        }
    }
    if (!passphrase(parser, true, &pass))
        return 1;
    auto project = Project::create(pos[1], pass, &error, imported);
    if (!project) {
        err() << "veil-cli project create: " << error << '\n';
        return 1;
    }
    out() << "created " << pos[1] << Qt::endl;
    return 0;
}

int autoRun(Project &project, const QList<qint64> &ids)
{
    int failed = 0;
    for (qint64 id : ids) {
        QString error;
        if (!project.runAutomatic(id, JobContext::none(), &error)) {
            err() << "instance " << id << ": " << error << Qt::endl;
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
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
    JobContext job([](qint64 done, qint64 total, const QString &) {
        if (done == total || done % 50 == 0)
            err() << "\radding " << done << '/' << total << (done == total ? "\n" : "") << Qt::flush;
    });
    // Each instance is committed as it is added; the lines say what is already safe.
    const AddReport report =
        project->addInputs(pos.mid(2), job, [](qint64 id) { out() << "added instance " << id << Qt::endl; });
    for (const SkippedInput &s : report.failed)
        err() << "not added: " << s.path << ": " << s.reason << Qt::endl;
    out() << report.added.size() << " added, " << report.alreadyPresent << " already in the project, "
          << report.failed.size() << " not added" << Qt::endl;
    int failed = 0;
    if (parser.isSet(QStringLiteral("auto"))) {
        QList<qint64> todo;
        for (const ProjectInstance &i : project->instances())
            if (!i.autoDone)
                todo << i.id;
        failed = autoRun(*project, todo);
    }
    return report.failed.isEmpty() && failed == 0 ? 0 : 1;
}

int status(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
    const QList<ProjectInstance> all = project->instances();
    QMap<QString, int> counts;
    int optedOut = 0;
    for (const ProjectInstance &i : all) {
        ++counts[statusName(i.status)];
        optedOut += i.optedOut ? 1 : 0;
        if (parser.isSet(QStringLiteral("list")))
            out() << i.id << '\t' << i.modality << '\t' << i.pseudoPatientId << '\t' << statusName(i.status)
                  << (i.optedOut ? "\topted out" : "") << '\n';
    }
    out() << all.size() << " instances:";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out() << ' ' << it.value() << ' ' << it.key() << ',';
    out() << ' ' << optedOut << " blocked by opt-out; " << project->optOutCount() << " patient(s) on the opt-out list; "
          << project->exports().size() << " export(s)\n";
    if (parser.isSet(QStringLiteral("check"))) {
        const OriginalCheck check = project->checkOriginals(JobContext::none());
        out() << check.missing.size() << " original(s) missing, " << check.changed.size()
              << " changed since they were added\n";
        for (qint64 id : check.missing)
            out() << "  missing: instance " << id << '\n';
        for (qint64 id : check.changed)
            out() << "  changed: instance " << id << '\n';
        if (!check.missing.isEmpty() || !check.changed.isEmpty())
            return 1;
    }
    return 0;
}

int audit(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
    for (const AuditEntry &e : project->audit())
        out() << e.at.toString(Qt::ISODateWithMs) << '\t' << e.user << '\t' << e.action << '\t' << e.object << '\t'
              << e.details << '\n';
    return 0;
}

int optout(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2)
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
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

int reidentify(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 3)
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
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
        return 2;
    auto project = openProject(parser, pos[1]);
    if (!project)
        return 1;
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

} // namespace

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A review project (one SQLite file): actions create, add, status, audit, optout, reidentify, lookup.\n"
        "  create PROJECT [--key-file FILE]\n  add PROJECT PATH... [--auto]\n  status PROJECT [--list] [--check]\n"
        "  audit PROJECT\n  optout PROJECT [--add ID]... [--remove ID]...\n  reidentify PROJECT PSEUDONYM\n"
        "  lookup PROJECT PATIENT_ID"));
    parser.addHelpOption();
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("create: import this pseudonymisation secret."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("auto"), QStringLiteral("add: run the automatic findings too.")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("status: one line per instance.")});
    parser.addOption({QStringLiteral("check"), QStringLiteral("status: re-hash the originals (moved or changed?).")});
    parser.addOption({QStringLiteral("add"), QStringLiteral("optout: a patient ID to block."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("remove"), QStringLiteral("optout: a patient ID to unblock."), QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("What to do."));
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    int rc = 2;
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
    else if (action == QLatin1String("reidentify"))
        rc = reidentify(parser, pos);
    else if (action == QLatin1String("lookup"))
        rc = lookup(parser, pos);
    if (rc == 2)
        err() << parser.helpText();
    return rc;
}

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
    parser.process(args);
    const QStringList pos = parser.positionalArguments();
    ReviewStatus status = ReviewStatus::Approved;
    const bool one =
        parser.isSet(QStringLiteral("id")) && statusFromName(parser.value(QStringLiteral("status")), &status);
    if (pos.size() != 1 || (!one && !parser.isSet(QStringLiteral("approve-all")))) {
        err() << parser.helpText();
        return 2;
    }
    auto project = openProject(parser, pos[0]);
    if (!project)
        return 1;
    if (one) {
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong();
        if (!project->setStatus(id, status, parser.value(QStringLiteral("comment")))) {
            err() << "veil-cli review: " << project->lastError() << '\n';
            return 1;
        }
        out() << statusName(status) << " instance " << id << Qt::endl;
        return 0;
    }
    int approved = 0;
    for (const ProjectInstance &i : project->instances())
        if (i.status == ReviewStatus::AutoCleaned && !i.optedOut) {
            if (!project->setStatus(i.id, ReviewStatus::Approved)) {
                err() << "veil-cli review: " << project->lastError() << '\n';
                return 1;
            }
            out() << "approved instance " << i.id << Qt::endl;
            ++approved;
        }
    out() << approved << " approved" << Qt::endl;
    return 0;
}

} // namespace veil::cli
