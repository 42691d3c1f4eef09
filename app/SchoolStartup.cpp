#include "SchoolStartup.h"

#include "LanguageCatalog.h"
#include "SchoolPolicy.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int kMinPinLength = 4;

loopwise::SchoolPolicy readPolicy(const CommandLine &options)
{
    return options.policyFile.isEmpty() ? loopwise::SchoolPolicy::loadSystem()
                                        : loopwise::SchoolPolicy::load(options.policyFile);
}

} // namespace

int checkPolicy(const QString &file)
{
    const loopwise::SchoolPolicy policy = loopwise::SchoolPolicy::load(file);
    for (const QString &problem : policy.problems)
        std::printf("%s\n", qPrintable(problem));
    if (policy.problems.isEmpty())
        std::printf("%s: no problems found\n", qPrintable(file));
    return policy.problems.isEmpty() ? 0 : 1;
}

int printPinHash()
{
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (pin.size() < kMinPinLength) {
        std::fprintf(stderr, "loopwise: --hash-pin: type a PIN of at least %d characters on standard input\n",
                     kMinPinLength);
        return 2;
    }
    std::printf("teacher-pin = %s\n", qPrintable(loopwise::SchoolPolicy::hashPin(pin)));
    return 0;
}

PolicyStart startWithPolicy(const CommandLine &options, const std::function<void(const QString &)> &prepareLanguage)
{
    loopwise::SchoolPolicy &policy = loopwise::schoolPolicy();
    policy = readPolicy(options);
    PolicyStart start{options.language, options.dataDir, policy.contentDirs + options.contentDirs,
                      options.languageDirs + policy.languageDirs};
    if (start.dataDir.isEmpty() && !policy.progressDir.isEmpty()) {
        start.dataDir = policy.progressDir;
        // The data folder's languages/ follows it (CommandLine put the default one first).
        start.languageDirs.replace(0, loopwise::LanguageCatalog::dataLanguagesFolder(start.dataDir));
    }
    const bool fixedLanguageMissing = policy.language.locked && policy.language.value
        && !loopwise::LanguageCatalog(start.languageDirs).contains(*policy.language.value);
    if (policy.language.locked && policy.language.value && !fixedLanguageMissing)
        start.language = *policy.language.value;
    prepareLanguage(start.language);
    if (!policy.problems.isEmpty())
        policy.problems = readPolicy(options).problems; // worded again, now in the reader's language
    if (fixedLanguageMissing)
        //: %1 the language code the school's policy fixes
        policy.problems.append(
            QCoreApplication::translate("loopwise::SchoolPolicy",
                                        "The school's policy fixes the language %1, which is not installed.")
                .arg(*policy.language.value));
    for (const QString &problem : policy.problems)
        std::fprintf(stderr, "loopwise: %s\n", qPrintable(problem));
    return start;
}
