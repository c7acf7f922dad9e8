#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace veil {

// Tesseract's OpenMP makes OCR ~15x slower on small machines unless
// OMP_THREAD_LIMIT=1 is set before the process starts (setting it later is
// too late: the runtime reads it at load time). Re-executes this program
// once with it set. Call first thing in main().
inline void ensureSingleThreadedOpenMp(char **argv)
{
    const char *limit = std::getenv("OMP_THREAD_LIMIT");
    if (limit && std::strcmp(limit, "1") == 0)
        return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);
    // exec failed (no /proc?): carry on, slower.
}

// Qt warns on stderr at start-up when XDG_RUNTIME_DIR is not set (a
// service, a container, sudo, CI). Gives it a private one as Qt would
// (/tmp/runtime-<uid>, mode 0700), so nothing is printed.
inline void ensureRuntimeDir()
{
    if (const char *dir = std::getenv("XDG_RUNTIME_DIR"); dir && *dir)
        return;
    char path[64];
    std::snprintf(path, sizeof path, "/tmp/runtime-%u", unsigned(getuid()));
    ::mkdir(path, 0700);
    struct stat st
    {
    };
    if (::lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid()) {
        ::chmod(path, 0700);
        setenv("XDG_RUNTIME_DIR", path, 1);
    }
}

} // namespace veil
