#include "StartupOptions.h"

namespace loopwise {

StartupOptions &startupOptions()
{
    static StartupOptions options;
    return options;
}

} // namespace loopwise
