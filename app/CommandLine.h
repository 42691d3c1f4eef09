#pragma once

#include "RenderingChoice.h"

#include <QSize>
#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    enum class Action { Run, Help, HelpMan, Version, ValidateContent, CheckPolicy, HashPin, Error };
    Action action = Action::Run;
    QString error; // one line, for Action::Error
    QString helpText;

    QString language;
    QString dataDir;
    QStringList contentDirs;
    // <data folder>/languages, then each --languages-dir: where LanguageCatalog looks.
    QStringList languageDirs;
    QString route = QStringLiteral("home");
    QString screenshotFile;
    QSize windowSize;
    QString validateDir;
    QString policyFile; // --policy or --check-policy; empty: the system's (SchoolPolicy::systemPaths)
    bool exitAfterFirstFrame = false;
    bool takeOverLock = false;
    int runEpochs = 0; // with a lab route: epochs to train before showing it
    loopwise::Renderer renderer = loopwise::Renderer::Auto;

    static CommandLine parse(const QStringList &arguments);
};
