#pragma once

#include <QString>

namespace loopwise {

// How Qt Quick draws: through the platform's GPU API, or with its software renderer.
enum class Renderer { Auto, Gpu, Software };

// What Renderer::Auto looks at, gathered from the machine by current() and kept
// apart so that tests can describe any machine.
struct RenderingMachine
{
    bool isLinux = false; // elsewhere a GPU API (Direct3D, Metal) is always there
    bool hasGpuDevice = false; // /dev/dri/* or /dev/nvidia*: OpenGL can reach a GPU
    bool softwareGlForced = false; // LIBGL_ALWAYS_SOFTWARE asks Mesa for its CPU rasterizer
    bool backendChosenByUser = false; // QT_QUICK_BACKEND or QSG_RHI_BACKEND: the user's choice stands

    static RenderingMachine current();
};

// Whether Loopwise switches Qt Quick to its software renderer. Auto does so where
// OpenGL could only be Mesa's CPU rasterizer (llvmpipe: no GPU device, as on many
// virtual machines and thin clients). There the software renderer shows the first
// frame in about half the time and draws the labs about twice as fast.
bool useSoftwareRenderer(Renderer choice, const RenderingMachine &machine);

// "auto", "gpu" or "software"; false for anything else.
bool parseRenderer(const QString &text, Renderer *renderer);

} // namespace loopwise
