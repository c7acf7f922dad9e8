// veil-cli: everything the GUI does, headless, for batches and clusters.
#include "app/ProcessSetup.h"
#include "app/cli/CliCommon.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

// --help asks for it (stdout, as help2man and pagers expect); a mistake gets it on stderr.
void usage(QTextStream &to)
{
    to << "usage: veil-cli <command> [options]\n\n"
          "commands:\n"
          "  info [--json] PATH...                     one line per instance, then a summary\n"
          "  render FILE [--frame N] [--window C,W] --out PNG\n"
          "                                            a frame as a viewer shows it\n"
          "  make-demo DIR                             write the synthetic demo study\n"
          "  keygen FILE                               write a new project secret (mode 0600)\n"
          "  deid IN... --out DIR [--option NAME]... [--key-file FILE] [--shard I/N|auto]\n"
          "                                            de-identify headers (PS3.15 Basic Profile)\n"
          "                                            and burned-in text\n"
          "  explain FILE                              what deid did to each attribute of FILE\n"
          "  ocr FILE [--json] [--overlay PNG]         burned-in text: boxes, class and why\n"
          "  template add TEMPLATES --from DICOM --mask x,y,w,h...\n"
          "                                            save masks for a device's images\n"
          "  project create|add|status|audit|optout|safelist|reidentify|lookup|merge PROJECT ...\n"
          "                                            the review project (passphrase from\n"
          "                                            $VEIL_PASSPHRASE, --passphrase-file or a prompt)\n"
          "  review PROJECT --approve-all | --id N --status S\n"
          "                                            record review decisions\n"
          "  export PROJECT --to DIR|FILE.zip [--allow-unreviewed --reason TEXT]\n"
          "         [--recipient TEXT --purpose TEXT --agreement REF --licence NAME]\n"
          "                                            the share package of approved images\n"
          "  pacs echo|find|get|store dicom://AE@host:port ...\n"
          "                                            query, retrieve from and send to a PACS\n\n"
          "Run 'veil-cli <command> --help' for a command's options.\n\n"
       << veil::cli::kExitCodesHelp;
    to.flush();
}

} // namespace

int dispatch(QStringList args);

int main(int argc, char **argv)
{
    veil::ensureSingleThreadedOpenMp(argv);
    veil::ensureRuntimeDir();
    // export lays out a PDF report: fonts need a QGuiApplication (offscreen, no display).
    const bool gui = argc > 1 && QByteArray(argv[1]) == "export";
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    const int rc = dispatch(QCoreApplication::arguments());
    veil::cli::out().flush();
    veil::cli::err().flush();
    return rc;
}

int dispatch(QStringList args)
{
    QCoreApplication::setApplicationName(QStringLiteral("veil-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        usage(args.size() < 2 ? veil::cli::err() : veil::cli::out());
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        veil::cli::out() << "veil-cli " << VEIL_VERSION << "\n";
        return 0;
    }
    const QString command = args[1];
    args.removeAt(1); // the command's parser sees "veil-cli [options] ..."
    if (command == QLatin1String("info"))
        return veil::cli::runInfo(args);
    if (command == QLatin1String("render"))
        return veil::cli::runRender(args);
    if (command == QLatin1String("make-demo"))
        return veil::cli::runMakeDemo(args);
    if (command == QLatin1String("keygen"))
        return veil::cli::runKeygen(args);
    if (command == QLatin1String("deid"))
        return veil::cli::runDeid(args);
    if (command == QLatin1String("explain"))
        return veil::cli::runExplain(args);
    if (command == QLatin1String("ocr"))
        return veil::cli::runOcr(args);
    if (command == QLatin1String("template"))
        return veil::cli::runTemplate(args);
    if (command == QLatin1String("project"))
        return veil::cli::runProject(args);
    if (command == QLatin1String("review"))
        return veil::cli::runReview(args);
    if (command == QLatin1String("export"))
        return veil::cli::runExport(args);
    if (command == QLatin1String("pacs"))
        return veil::cli::runPacs(args);
    veil::cli::err() << "veil-cli: unknown command '" << command << "'\n";
    usage(veil::cli::err());
    return 2;
}
