#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one table of loopwise's options. --help (through QCommandLineParser) and the man page
// (--help-man) are both made from it, so they cannot disagree.
struct CommandLineOption
{
    QStringList names; // short and long names without dashes, e.g. {"h", "help"}
    QString valueName; // empty for a switch
    QString description; // one or more sentences, plain text
};

// What loopwise is, in one sentence (the head of --help and the man page's description).
QString applicationDescription();

// Every option, in the order --help and the man page list them.
QList<CommandLineOption> commandLineOptions();
