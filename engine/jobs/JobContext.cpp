#include "engine/jobs/JobContext.h"

namespace veil {

JobContext &JobContext::none()
{
    // Never cancelled, no progress: for callers that do not care.
    thread_local JobContext context;
    return context;
}

} // namespace veil
