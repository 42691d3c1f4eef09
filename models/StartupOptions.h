#pragma once

#include <QString>
#include <QStringList>

namespace loopwise {

// What the command line decided before QML starts. The app fills it in once;
// the QML singletons read it when the engine first asks for them.
struct StartupOptions
{
    QStringList contentDirs; // extra content packs, laid over the shipped one
    QString language; // empty: saved preference or system language
    QStringList languageDirs; // folders of <code>/loopwise_<code>.qm + content pack (LanguageCatalog)
};

StartupOptions &startupOptions();

} // namespace loopwise
