#pragma once

#include <cstdlib>
#include <cstring>
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

} // namespace veil
