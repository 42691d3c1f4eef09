#include "RenderingChoice.h"

#include <QDir>
#include <QFileInfo>

namespace loopwise {

RenderingMachine RenderingMachine::current()
{
    RenderingMachine machine;
#if defined(Q_OS_LINUX)
    machine.isLinux = true;
    machine.hasGpuDevice = !QDir(QStringLiteral("/dev/dri"))
                                .entryList({QStringLiteral("card*"), QStringLiteral("renderD*")}, QDir::System)
                                .isEmpty()
        || QFileInfo::exists(QStringLiteral("/dev/nvidia0"));
#endif
    const QString softwareGl = qEnvironmentVariable("LIBGL_ALWAYS_SOFTWARE").toLower();
    machine.softwareGlForced = !softwareGl.isEmpty() && softwareGl != QLatin1String("0")
        && softwareGl != QLatin1String("false") && softwareGl != QLatin1String("no");
    machine.backendChosenByUser
        = qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND");
    return machine;
}

bool useSoftwareRenderer(Renderer choice, const RenderingMachine &machine)
{
    switch (choice) {
    case Renderer::Software:
        return true;
    case Renderer::Gpu:
        return false;
    case Renderer::Auto:
        break;
    }
    if (machine.backendChosenByUser || !machine.isLinux)
        return false;
    return machine.softwareGlForced || !machine.hasGpuDevice;
}

bool parseRenderer(const QString &text, Renderer *renderer)
{
    if (text == QLatin1String("auto"))
        *renderer = Renderer::Auto;
    else if (text == QLatin1String("gpu"))
        *renderer = Renderer::Gpu;
    else if (text == QLatin1String("software"))
        *renderer = Renderer::Software;
    else
        return false;
    return true;
}

} // namespace loopwise
