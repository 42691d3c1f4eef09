#pragma once
// The school's policy at start-up (models/SchoolPolicy.h): --check-policy and
// --hash-pin for administrators, and reading the policy before anything it governs starts.

#include "CommandLine.h"

#include <functional>

// --check-policy FILE: every problem with its line on standard output; 1 if there is any.
int checkPolicy(const QString &file);
// --hash-pin: reads a PIN from standard input, prints the policy's teacher-pin line.
int printPinHash();

// What the app starts with once the policy has had its say.
struct PolicyStart
{
    QString language; // --lang, or the language the school fixed
    QString dataDir;
    QStringList contentDirs;
    QStringList languageDirs;
};

// Reads --policy FILE or the system's policy into loopwise::schoolPolicy() and merges it
// with the command line: the school's folders come first, so --content-dir and
// --languages-dir still add to them, and --data-dir wins over its progress folder (it is
// what an administrator or a test typed). Calls prepareLanguage with the language to start
// in, then words the policy's problems in it (and prints them on standard error).
PolicyStart startWithPolicy(const CommandLine &options, const std::function<void(const QString &)> &prepareLanguage);
