// Hostile inputs, each through `veil-cli deid` in a process of its own: one
// clear line naming the file and the reason, the batch goes on, the originals
// stay as they were, nothing half-written in the output, memory bounded (the
// peak resident size of each run is printed; none may pass 2 GB).
#include "HostileFiles.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace veil;
using namespace veil::hostile;

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define VEIL_HOSTILE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VEIL_HOSTILE_ASAN 1
#endif
#endif
#ifdef VEIL_HOSTILE_ASAN
constexpr qint64 kMaxPeakKb = qint64(8) << 20; // AddressSanitizer's shadow memory and quarantine on top
#else
constexpr qint64 kMaxPeakKb = 2 << 20; // 2 GB
#endif

struct CliRun
{
    int exitCode = -1;
    int signal = 0;
    qint64 peakKb = 0;
    qint64 ms = 0;
    QStringList lines; // stdout
};

// posix_spawn and wait4: the child's own peak resident size, which QProcess does not give.
CliRun runCli(const QStringList &args)
{
    QTemporaryFile out;
    out.open();
    QList<QByteArray> argv{QByteArray(VEIL_CLI_PATH)};
    for (const QString &a : args)
        argv << QFile::encodeName(a);
    std::vector<char *> raw;
    for (QByteArray &a : argv)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    CliRun run;
    if (posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ) != 0)
        return run;
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.ms = t.elapsed();
    run.peakKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    QFile read(out.fileName());
    read.open(QIODevice::ReadOnly);
    run.lines = QString::fromUtf8(read.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && h.addData(&f) ? h.result() : QByteArray();
}

// Every regular file under `root` (links not followed) and its hash.
QHash<QString, QByteArray> treeHashes(const QString &root)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!QFileInfo(f).isSymLink())
            out.insert(f, hashOf(f));
    }
    return out;
}

// A small, valid image: the batch must still write it, whatever came before.
QByteArray goodImage()
{
    Image i;
    i.pixels = QByteArray(64 * 64, char(40));
    return image(i);
}

// The line the CLI printed for `path` (input path, outcome, reason).
QString lineFor(const CliRun &run, const QString &path)
{
    for (const QString &l : run.lines)
        if (l.startsWith(path + QLatin1Char('\t')))
            return l;
    return {};
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_case = 0;

    QString caseDir(const char *name) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(++m_case).arg(name)); }

    // Runs the CLI on `inputs` plus a good image; checks what every run must hold.
    CliRun deid(const QString &dir, const QStringList &inputs)
    {
        const QString good = dir + QStringLiteral("/good.dcm");
        write(good, goodImage());
        const QString out = dir + QStringLiteral("-out");
        const QHash<QString, QByteArray> before = treeHashes(dir);
        CliRun run =
            runCli(QStringList{QStringLiteral("deid")} + inputs + QStringList{good, QStringLiteral("--out"), out});
        qInfo("%s: %lld ms, peak %lld MB, exit %d", qPrintable(QFileInfo(dir).fileName()), run.ms, run.peakKb >> 10,
              run.exitCode);
        for (const QString &l : run.lines)
            qInfo("  %s", qPrintable(l.mid(dir.size() + 1)));
        [&] {
            QCOMPARE(run.signal, 0); // no crash
            QVERIFY(run.exitCode == 0 || run.exitCode == 1);
            QVERIFY2(run.peakKb < kMaxPeakKb, qPrintable(QStringLiteral("peak %1 MB").arg(run.peakKb >> 10)));
            QVERIFY2(lineFor(run, good).contains(QLatin1String("\tok\t")), "the batch did not go on");
            QCOMPARE(treeHashes(dir), before); // the originals are untouched
            QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) { // nothing half-written
                const QString f = it.next();
                QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));
                QVERIFY2(QFile(f).size() > 132, qPrintable(f));
            }
            for (const QString &l : run.lines)
                QVERIFY2(!l.contains(QLatin1String("HOSTILE^HARRIET")), qPrintable(l));
        }();
        return run;
    }

    static void expectLine(const CliRun &run, const QString &path, const char *outcome, const char *reason)
    {
        const QString line = lineFor(run, path);
        QVERIFY2(line.contains(QLatin1Char('\t') + QLatin1String(outcome) + QLatin1Char('\t')),
                 qPrintable(path + QStringLiteral(": ") + line));
        QVERIFY2(line.contains(QLatin1String(reason), Qt::CaseInsensitive), qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // 1 MB of deflate that inflates to 1 GB, listed ten times: 10 GB if read naively.
    void zipBomb()
    {
        const QString dir = caseDir("zip-bomb");
        const Deflated zeros = deflateStream(quint64(1) << 30, [](quint64, int n) { return QByteArray(n, '\0'); });
        QStringList names;
        for (int i = 0; i < 10; ++i)
            names << QStringLiteral("IM%1.dcm").arg(i);
        const QString zip = dir + QStringLiteral("/bomb.zip");
        QVERIFY(write(zip, zipOf(names, zeros)));
        qInfo("bomb: %lld bytes of zip", QFileInfo(zip).size());
        // The same stream behind a DICOM header: 1 GB that looks like one instance.
        const QByteArray head = goodImage();
        const Deflated dicom = deflateStream(quint64(1) << 30, [&](quint64 at, int n) {
            QByteArray b(n, '\0');
            if (at == 0)
                b.replace(0, head.size(), head);
            return b;
        });
        const QString zip2 = dir + QStringLiteral("/dicom-bomb.zip");
        QVERIFY(write(zip2, zipOf({QStringLiteral("IM.dcm")}, dicom)));
        const CliRun run = deid(dir, {zip, zip2});
        for (const QString &n : names)
            expectLine(run, zip + QStringLiteral("!/") + n, "skipped", "not a DICOM file");
        expectLine(run, zip2 + QStringLiteral("!/IM.dcm"), "refused", "larger than");
        QVERIFY2(run.ms < 60000, "the bomb was inflated");
    }

    void zipEntriesThatClimb()
    {
        const QString dir = caseDir("zip-names");
        const QByteArray one = goodImage();
        const Deflated d = deflateStream(quint64(one.size()), [&](quint64, int) { return one; });
        const QString zip = dir + QStringLiteral("/names.zip");
        QVERIFY(write(zip, zipOf({QStringLiteral("../../evil.dcm"), QStringLiteral("/etc/evil.dcm"),
                                  QStringLiteral("a/../../b.dcm"), QStringLiteral("fine/IM1.dcm")},
                                 d)));
        const CliRun run = deid(dir, {zip});
        for (const char *name : {"../../evil.dcm", "/etc/evil.dcm", "a/../../b.dcm"})
            expectLine(run, zip + QStringLiteral("!/") + QLatin1String(name), "refused", "unsafe name");
        expectLine(run, zip + QStringLiteral("!/fine/IM1.dcm"), "ok", "");
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("evil.dcm"))));
    }

    void dicomDirThatClimbs()
    {
        const QString dir = caseDir("dicomdir");
        QVERIFY(write(dir + QStringLiteral("/media/IMAGES/IM1"), goodImage()));
        QVERIFY(write(dir + QStringLiteral("/outside/IM2"), goodImage()));
        QVERIFY(write(dir + QStringLiteral("/media/DICOMDIR"),
                      dicomDir({"IMAGES\\IM1", "..\\outside\\IM2", "..\\..\\..\\..\\..\\etc\\passwd", "/etc/passwd"})));
        const CliRun run = deid(dir, {dir + QStringLiteral("/media/DICOMDIR")});
        expectLine(run, dir + QStringLiteral("/media/IMAGES/IM1"), "ok", "");
        for (const QString &l : run.lines) // named, and not read
            if (l.contains(QLatin1String("passwd")) || l.contains(QLatin1String("outside/IM2")))
                QVERIFY2(l.contains(QLatin1String("\trefused\treferenced by a DICOMDIR but outside")), qPrintable(l));
        QCOMPARE(run.lines.filter(QLatin1String("\trefused\treferenced by a DICOMDIR but outside")).size(), 3);
    }

    void symlinksOutAndInLoops()
    {
        const QString dir = caseDir("links");
        const QString in = dir + QStringLiteral("/in");
        QVERIFY(write(in + QStringLiteral("/a/IM1.dcm"), goodImage()));
        QVERIFY(write(dir + QStringLiteral("/elsewhere/IM2.dcm"), goodImage()));
        QVERIFY(QFile::link(in, in + QStringLiteral("/a/loop")));
        QVERIFY(QFile::link(QStringLiteral(".."), in + QStringLiteral("/a/up")));
        QVERIFY(QFile::link(dir + QStringLiteral("/elsewhere"), in + QStringLiteral("/out-dir")));
        QVERIFY(QFile::link(dir + QStringLiteral("/elsewhere/IM2.dcm"), in + QStringLiteral("/out-file.dcm")));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), in + QStringLiteral("/passwd.dcm")));
        QVERIFY(QFile::link(in + QStringLiteral("/a/IM1.dcm"), in + QStringLiteral("/same.dcm")));
        const CliRun run = deid(dir, {in});
        expectLine(run, in + QStringLiteral("/a/IM1.dcm"), "ok", "");
        for (const char *link : {"/out-dir", "/out-file.dcm", "/passwd.dcm"})
            expectLine(run, in + QLatin1String(link), "skipped", "link out of the opened folder");
        QCOMPARE(run.lines.filter(QLatin1String("\tok\t")).size(), 2); // IM1 once (and good.dcm)
        QVERIFY(run.ms < 30000);
    }

    void elementsThatLie()
    {
        const QString dir = caseDir("lengths");
        Image fourGb;
        fourGb.pixels = QByteArray(4096, '\0');
        fourGb.declaredPixelLength = 0xfffffff0; // 4 GB
        QVERIFY(write(dir + QStringLiteral("/4gb.dcm"), image(fourGb)));
        Image name;
        QByteArray bytes = image(name);
        bytes.replace(QByteArray("PN\x10\0", 4), QByteArray("PN\xf0\xff", 4)); // a 64 KB name in a short file
        QVERIFY(write(dir + QStringLiteral("/name.dcm"), bytes));
        Image frames; // 100,000 frames of 4096 x 4096, 1 MB of data
        frames.rows = frames.columns = 4096;
        frames.bits = 16;
        frames.frames = 100000;
        frames.pixels = QByteArray(1 << 20, '\x11');
        QVERIFY(write(dir + QStringLiteral("/frames.dcm"), image(frames)));
        Image shortData;
        shortData.pixels = QByteArray(64 * 32, '\x20');
        QVERIFY(write(dir + QStringLiteral("/short.dcm"), image(shortData)));
        Image zero; // pixel data with nothing to show it as
        zero.rows = zero.columns = 0;
        zero.pixels = QByteArray(64 * 64, '\x20');
        QVERIFY(write(dir + QStringLiteral("/zero.dcm"), image(zero)));
        const CliRun run = deid(dir, {dir});
        expectLine(run, dir + QStringLiteral("/4gb.dcm"), "refused", "declares 4294967280 bytes");
        expectLine(run, dir + QStringLiteral("/name.dcm"), "refused", "malformed");
        expectLine(run, dir + QStringLiteral("/frames.dcm"), "refused", "pixel data holds 1048576 bytes");
        expectLine(run, dir + QStringLiteral("/short.dcm"), "refused", "pixel data holds 2048 bytes");
        expectLine(run, dir + QStringLiteral("/zero.dcm"), "refused", "pixel data without an image size");
    }

    // A thin strip is an image like any other; bytes after the last frame are
    // not exported (no viewer shows them: they could hold anything).
    void oddShapesAndTrailingBytes()
    {
        const QString dir = caseDir("shapes");
        Image tall;
        tall.rows = 65535;
        tall.columns = 1;
        tall.pixels = QByteArray(65535, '\x30');
        QVERIFY(write(dir + QStringLiteral("/tall.dcm"), image(tall)));
        Image longData;
        longData.pixels = QByteArray(64 * 64, '\x20') + "HIDDEN TRAILING BYTES 0123456789";
        QVERIFY(write(dir + QStringLiteral("/long.dcm"), image(longData)));
        const QString out = dir + QStringLiteral("-out");
        const CliRun run = deid(dir, {dir});
        expectLine(run, dir + QStringLiteral("/tall.dcm"), "ok", "");
        expectLine(run, dir + QStringLiteral("/long.dcm"), "ok", "");
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("HIDDEN TRAILING"), qPrintable(f.fileName()));
        }
    }

    void charsetsAndNames()
    {
        const QString dir = caseDir("charsets");
        Image unknown;
        unknown.charset = "ISO_IR 999";
        unknown.patientName = "HOSTILE^HARRIET\xff\xfe";
        unknown.pixels = QByteArray(64 * 64, '\x20');
        QVERIFY(write(dir + QStringLiteral("/unknown-charset.dcm"), image(unknown)));
        Image broken;
        broken.charset = "ISO_IR 192";
        broken.patientName = "HOSTILE^HARRIET\xc3\x28\xe2\x82";
        broken.pixels = unknown.pixels;
        QVERIFY(write(dir + QStringLiteral("/broken-utf8.dcm"), image(broken)));
        // A file name in Latin-1 bytes (not UTF-8), as old CDs have.
        const QByteArray latin1 = QFile::encodeName(dir) + "/\xe9t\xe9-\xc0.dcm";
        const QByteArray good = goodImage();
        const int fd = ::open(latin1.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0 && ::write(fd, good.constData(), size_t(good.size())) == good.size());
        ::close(fd);
        const CliRun run = deid(dir, {dir});
        expectLine(run, dir + QStringLiteral("/unknown-charset.dcm"), "ok", "");
        expectLine(run, dir + QStringLiteral("/broken-utf8.dcm"), "ok", "");
        QCOMPARE(run.lines.filter(QRegularExpression(QStringLiteral("\\t(ok|refused|skipped)\\t"))).size(), 4);
        // Qt cannot open a name that is not UTF-8: said so, never dropped.
        QCOMPARE(run.lines.filter(QLatin1String("\trefused\tits name is not valid UTF-8")).size(), 1);
    }

    // Rewritten and cut short, over and over, while the CLI reads it.
    void fileThatChangesWhileRead()
    {
        const QString dir = caseDir("changing");
        Image big;
        big.rows = big.columns = 1024;
        big.bits = 16;
        big.pixels = QByteArray(1024 * 1024 * 2, '\x10');
        const QByteArray full = image(big);
        const QString path = dir + QStringLiteral("/changing.dcm");
        QVERIFY(write(path, full));
        std::atomic<bool> stop{false};
        std::thread churn([&] {
            for (int n = 0; !stop; ++n) {
                const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
                if (fd < 0)
                    continue;
                ::ftruncate(fd, n % 2 ? 700 : 0); // inside the header, then empty
                ::pwrite(fd, full.constData(), size_t(n % 2 ? full.size() : full.size() / 3), 0);
                ::close(fd);
            }
        });
        CliRun run;
        for (int i = 0; i < 5; ++i) {
            QTemporaryDir out;
            run = runCli({QStringLiteral("deid"), path, QStringLiteral("--out"), out.path()});
            QCOMPARE(run.signal, 0);
            QVERIFY2(run.lines.filter(QRegularExpression(QStringLiteral("\\t(ok|refused|skipped)\\t"))).size() == 1,
                     qPrintable(run.lines.join(QLatin1Char('\n'))));
        }
        stop = true;
        churn.join();
    }

    // 512 MB in one frame: refused for the burned-in text check, within the memory bound.
    void hugeSingleFrame()
    {
        const QString dir = caseDir("huge");
        Image huge;
        huge.rows = 16384;
        huge.columns = 16384;
        huge.bits = 16;
        const QString path = dir + QStringLiteral("/huge.dcm");
        huge.declaredPixelLength = qint64(16384) * 16384 * 2; // the header, then the pixel data appended
        QVERIFY(write(path, image(huge)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        const QByteArray slab(16 << 20, '\x05');
        for (int i = 0; i < 32; ++i)
            f.write(slab);
        f.close();
        QCOMPARE(QFileInfo(path).size(), qint64(image(huge).size()) + (qint64(512) << 20));
        const CliRun run = deid(dir, {path});
        expectLine(run, path, "refused", "too large for the burned-in text check");
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
