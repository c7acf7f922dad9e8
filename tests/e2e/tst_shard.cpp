// Shards of an archive (issue 17, part 1) through veil-cli: every study in
// exactly one shard, the shards' outputs together byte for byte the output
// of one whole run, a shard run again skips what it finished.
#include "HostileFiles.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QHash<QString, QString> &environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VEIL_PASSPHRASE"), QStringLiteral("shard test passphrase"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VEIL_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(600000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The inputs the CLI wrote ("\tok\t" lines).
QStringList written(const Run &r)
{
    QStringList out;
    for (const QString &l : r.out.split(QLatin1Char('\n')))
        if (l.contains(QLatin1String("\tok\t")))
            out << l.section(QLatin1Char('\t'), 0, 0);
    return out;
}

} // namespace

class TestShard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_in, m_key;
    QHash<QString, QString> m_studyOf; // input path -> study
    int m_images = 0;

private slots:
    void initTestCase()
    {
        // 12 studies of 3 patients, 3 images each, and a file that is not DICOM.
        m_in = m_tmp.filePath(QStringLiteral("archive"));
        for (int s = 0; s < 12; ++s)
            for (int n = 0; n < 3; ++n) {
                hostile::Image i;
                i.patientName = QByteArray("SHARD^PATIENT") + QByteArray::number(s % 3);
                i.patientId = QByteArray("SHARD-") + QByteArray::number(s % 3);
                i.studyUid = QByteArray("1.2.826.0.1.3680043.10.1079.7.") + QByteArray::number(s + 1);
                i.pixels = QByteArray(64 * 64, char(20 + s));
                const QString path = QStringLiteral("%1/p%2/s%3/IM%4.dcm").arg(m_in).arg(s % 3).arg(s).arg(n);
                QVERIFY(hostile::write(path, hostile::image(i)));
                m_studyOf.insert(path, QString::fromLatin1(i.studyUid));
                ++m_images;
            }
        QVERIFY(hostile::write(m_in + QStringLiteral("/README.txt"), "not an image\n"));
        m_key = m_tmp.filePath(QStringLiteral("secret.key"));
        QCOMPARE(cli({QStringLiteral("keygen"), m_key}).code, 0);
    }

    void shardsTogetherAreTheWholeRun()
    {
        const QString whole = m_tmp.filePath(QStringLiteral("whole")), parts = m_tmp.filePath(QStringLiteral("parts"));
        const Run one =
            cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), whole, QStringLiteral("--key-file"), m_key});
        QCOMPARE(one.code, 0);
        QCOMPARE(written(one).size(), m_images);
        QSet<QString> seen;
        int skippedLines = 0;
        for (int i = 0; i < 3; ++i) {
            const Run r =
                cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), parts, QStringLiteral("--key-file"), m_key,
                     QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i)});
            QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
            QSet<QString> studies;
            for (const QString &path : written(r)) {
                QVERIFY2(!seen.contains(path), qPrintable(path + QStringLiteral(" in two shards")));
                seen.insert(path);
                studies.insert(m_studyOf.value(path));
            }
            for (const QString &study : studies) // a study is never split
                for (auto it = m_studyOf.cbegin(); it != m_studyOf.cend(); ++it)
                    if (it.value() == study)
                        QVERIFY2(written(r).contains(it.key()), qPrintable(it.key()));
            skippedLines += int(r.out.count(QLatin1String("README.txt\tskipped")));
            QVERIFY(r.out.contains(QLatin1String("in other shards")));
        }
        QCOMPARE(int(seen.size()), m_images);
        QCOMPARE(skippedLines, 1); // reported by exactly one shard
        QCOMPARE(test::treeHashes(parts), test::treeHashes(whole));
    }

    // After a crash: the same shard again skips what it finished, and
    // --shard auto reads Slurm's array variables.
    void aShardAgainSkipsWhatItFinished()
    {
        const QString parts = m_tmp.filePath(QStringLiteral("parts"));
        const QMap<QString, QByteArray> before = test::treeHashes(parts);
        const Run again = cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), parts,
                               QStringLiteral("--key-file"), m_key, QStringLiteral("--shard"), QStringLiteral("auto")},
                              {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("1")},
                               {QStringLiteral("SLURM_ARRAY_TASK_COUNT"), QStringLiteral("3")}});
        QCOMPARE(again.code, 0);
        QVERIFY(written(again).isEmpty());
        QVERIFY2(again.out.contains(QLatin1String("\tdone before\t(shard 1/3)")), qPrintable(again.out));
        QCOMPARE(test::treeHashes(parts), before);
        // The done list holds no path in clear.
        QFile done(parts + QStringLiteral(".records/shard-1-of-3.done"));
        QVERIFY(done.open(QIODevice::ReadOnly));
        QVERIFY(!done.readAll().contains("archive"));
    }

    void badShardsAreUsageErrors()
    {
        const QString out = m_tmp.filePath(QStringLiteral("bad"));
        QCOMPARE(cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), out, QStringLiteral("--key-file"), m_key,
                      QStringLiteral("--shard"), QStringLiteral("3/3")})
                     .code,
                 2);
        const Run noKey = cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), out, QStringLiteral("--shard"),
                               QStringLiteral("0/3")});
        QCOMPARE(noKey.code, 2);
        QVERIFY(noKey.err.contains(QLatin1String("--shard needs --key-file")));
        const Run noIndex =
            cli({QStringLiteral("deid"), m_in, QStringLiteral("--out"), out, QStringLiteral("--key-file"), m_key,
                 QStringLiteral("--shard"), QStringLiteral("auto")});
        QCOMPARE(noIndex.code, 2);
        QVERIFY(!QFileInfo::exists(out));
    }

    // Shard projects made from one secret: every instance in exactly one of them.
    void shardProjectsTakeEachStudyOnce()
    {
        int added = 0;
        for (int i = 0; i < 3; ++i) {
            const QString project = m_tmp.filePath(QStringLiteral("shard%1.veil").arg(i));
            QCOMPARE(
                cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--key-file"), m_key})
                    .code,
                0);
            const Run r = cli({QStringLiteral("project"), QStringLiteral("add"), project, m_in,
                               QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i)});
            QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("(\\d+) added, .* in other shards \\(shard %1/3\\)").arg(i))
                    .match(r.out);
            QVERIFY2(m.hasMatch(), qPrintable(r.out));
            added += m.captured(1).toInt();
        }
        QCOMPARE(added, m_images);
    }
};

QTEST_GUILESS_MAIN(TestShard)
#include "tst_shard.moc"
