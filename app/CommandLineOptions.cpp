#include "CommandLineOptions.h"

#include "LanguageCatalog.h"

QString applicationDescription()
{
    return QStringLiteral(
        "Loopwise teaches \"Models, parameters and training dynamics\" and lets you try every idea in labs.");
}

QList<CommandLineOption> commandLineOptions()
{
    const QString languages = loopwise::LanguageCatalog({}).codes().join(QStringLiteral(", "));
    return {
        {{QStringLiteral("h"), QStringLiteral("help")}, {}, QStringLiteral("Show this help and exit.")},
        {{QStringLiteral("help-man")}, {}, QStringLiteral("Show this help as a man page (troff) and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         {},
         QStringLiteral("Show the version and the build (git commit) and exit.")},
        {{QStringLiteral("lang")},
         QStringLiteral("CODE"),
         QStringLiteral("Start in this language (%1, or one from a language folder).").arg(languages)},
        {{QStringLiteral("languages-dir")},
         QStringLiteral("DIR"),
         QStringLiteral("Also take languages from DIR: DIR/<code>/loopwise_<code>.qm with that language's content "
                        "pack beside it (repeatable; the data folder's languages/ is always read).")},
        {{QStringLiteral("data-dir")},
         QStringLiteral("DIR"),
         QStringLiteral("Keep progress and settings in DIR instead of the app-data folder.")},
        {{QStringLiteral("content-dir")},
         QStringLiteral("DIR"),
         QStringLiteral("Add the content pack in DIR (repeatable; later packs win).")},
        {{QStringLiteral("open")},
         QStringLiteral("ROUTE"),
         QStringLiteral("Open ROUTE: home, glossary, settings, about, module/<id>[#section], "
                        "lab/<id>. Example: module/models-parameters-training#check-yourself")},
        {{QStringLiteral("screenshot")},
         QStringLiteral("FILE.png"),
         QStringLiteral("Open the route, wait until it has settled, save a PNG to FILE "
                        "and exit (0 on success). Works with QT_QPA_PLATFORM=offscreen.")},
        {{QStringLiteral("size")}, QStringLiteral("WxH"), QStringLiteral("Window size, e.g. 1280x800.")},
        {{QStringLiteral("validate-content")},
         QStringLiteral("DIR"),
         QStringLiteral("Check the content pack in DIR, print every problem and exit (non-zero if there is any).")},
        {{QStringLiteral("policy")},
         QStringLiteral("FILE"),
         QStringLiteral("Read the school's policy from FILE instead of the system-wide one "
                        "(/etc/xdg/Loopwise/policy.conf on Linux; see README, \"For schools\").")},
        {{QStringLiteral("check-policy")},
         QStringLiteral("FILE"),
         QStringLiteral("Check the school's policy in FILE, print every problem with its line and exit "
                        "(non-zero if there is any).")},
        {{QStringLiteral("hash-pin")},
         {},
         QStringLiteral("Read a teacher PIN from standard input and print the teacher-pin line for the "
                        "school's policy (the PIN itself is never stored).")},
        {{QStringLiteral("exit-after-first-frame")},
         {},
         QStringLiteral("Quit as soon as the first frame is on screen (to measure start-up).")},
        {{QStringLiteral("run-epochs")},
         QStringLiteral("N"),
         QStringLiteral("With --open lab/network, lab/learning, lab/assumptions or lab/experts: train N epochs "
                        "(assumptions: steps) at once, then show the result (with --screenshot: then capture).")},
        {{QStringLiteral("renderer")},
         QStringLiteral("auto|gpu|software"),
         QStringLiteral("Draw with the GPU (gpu), with the CPU (software), or let Loopwise "
                        "choose (auto, the default: software where OpenGL has no GPU to use).")},
        {{QStringLiteral("take-over-lock")},
         {},
         QStringLiteral("Use the progress folder even though Loopwise on another "
                        "computer holds its lock (a shared folder it no longer uses).")},
    };
}
