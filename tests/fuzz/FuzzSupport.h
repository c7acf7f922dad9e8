#pragma once

// What the harnesses share: outside bytes as a file on a RAM disk (the
// engine reads files by path), and quiet, one-time set-up.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <unistd.h>

namespace fuzz {

// A per-process scratch file holding `data`, rewritten for each input.
inline QString asFile(const uint8_t *data, size_t size, const char *suffix = ".dcm")
{
    static const QString path =
        QStringLiteral("/dev/shm/veil-fuzz-%1%2").arg(getpid()).arg(QString::fromLatin1(suffix));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Files the tests generate, as seeds beside the corpus's: the demo study
// (ultrasound with burned-in text, a cine, CT, secondary capture, SR),
// written into $VEIL_FUZZ_SEEDS when tools/fuzz sets it (first run).
inline void writeGeneratedSeeds(const std::function<bool(const QString &)> &write)
{
    const QString dir = qEnvironmentVariable("VEIL_FUZZ_SEEDS");
    if (!dir.isEmpty())
        write(dir + QStringLiteral("/generated"));
}

inline void setUp()
{
    static int argc = 1;
    static char name[] = "veil-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
    qputenv("OMP_THREAD_LIMIT", "1");
}

} // namespace fuzz
