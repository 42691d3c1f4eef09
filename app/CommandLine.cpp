#include "CommandLine.h"

#include "CommandLineOptions.h"

#include "Labs.h"
#include "LanguageCatalog.h"
#include "Routes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(applicationDescription());
    for (const CommandLineOption &option : commandLineOptions())
        parser.addOption(QCommandLineOption(option.names, option.description, option.valueName));
    // Options by their long name, as the table spells them.
    const QString help = QStringLiteral("help"), helpMan = QStringLiteral("help-man"),
                  version = QStringLiteral("version"), lang = QStringLiteral("lang"),
                  dataDir = QStringLiteral("data-dir"), languagesDir = QStringLiteral("languages-dir"),
                  contentDir = QStringLiteral("content-dir"), open = QStringLiteral("open"),
                  screenshot = QStringLiteral("screenshot"), size = QStringLiteral("size"),
                  validate = QStringLiteral("validate-content"), firstFrame = QStringLiteral("exit-after-first-frame"),
                  runEpochs = QStringLiteral("run-epochs"), renderer = QStringLiteral("renderer"),
                  takeOverLock = QStringLiteral("take-over-lock"), policy = QStringLiteral("policy"),
                  checkPolicy = QStringLiteral("check-policy"), hashPin = QStringLiteral("hash-pin");

    CommandLine result;
    result.helpText = parser.helpText();
    auto fail = [&result](const QString &message) {
        result.action = Action::Error;
        result.error = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument \"%1\" (see --help)").arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        result.action = Action::Help;
        return result;
    }
    if (parser.isSet(helpMan)) {
        result.action = Action::HelpMan;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        return result;
    }
    if (parser.isSet(hashPin)) {
        result.action = Action::HashPin;
        return result;
    }
    for (const QString &option : {policy, checkPolicy}) {
        if (!parser.isSet(option))
            continue;
        result.policyFile = parser.value(option);
        if (!QFileInfo(result.policyFile).isFile())
            return fail(QStringLiteral("--%1: \"%2\" is not a file").arg(option, result.policyFile));
        if (option == checkPolicy) {
            result.action = Action::CheckPolicy;
            return result;
        }
    }

    if (parser.isSet(dataDir)) {
        result.dataDir = parser.value(dataDir);
        const QFileInfo info(result.dataDir);
        if (info.exists() && !info.isDir())
            return fail(QStringLiteral("--data-dir: \"%1\" is a file, not a folder").arg(result.dataDir));
        if (result.dataDir.isEmpty())
            return fail(QStringLiteral("--data-dir: the folder name is empty"));
    }
    for (const QString &dir : parser.values(contentDir)) {
        if (!QFileInfo(dir).isDir())
            return fail(QStringLiteral("--content-dir: \"%1\" is not a folder").arg(dir));
        result.contentDirs.append(QDir(dir).absolutePath());
    }
    result.languageDirs.append(loopwise::LanguageCatalog::dataLanguagesFolder(result.dataDir));
    for (const QString &dir : parser.values(languagesDir)) {
        if (!QFileInfo(dir).isDir())
            return fail(QStringLiteral("--languages-dir: \"%1\" is not a folder").arg(dir));
        result.languageDirs.append(QDir(dir).absolutePath());
    }
    if (parser.isSet(lang)) {
        result.language = parser.value(lang);
        const QStringList available = loopwise::LanguageCatalog(result.languageDirs).codes();
        if (!available.contains(result.language))
            return fail(QStringLiteral("--lang: \"%1\" is not available (choose one of: %2)")
                            .arg(result.language, available.join(QStringLiteral(", "))));
    }
    if (parser.isSet(open)) {
        const loopwise::Route route = loopwise::Route::parse(parser.value(open));
        if (!route.valid)
            return fail(QStringLiteral("--open: ") + route.error);
        result.route = parser.value(open);
        if (route.page == QLatin1String("lab")) {
            const QStringList problems = loopwise::labLinkProblems(route.id, route.query);
            if (!problems.isEmpty())
                return fail(QStringLiteral("--open: ") + problems.join(QLatin1Char(' ')));
        }
    }
    if (parser.isSet(runEpochs)) {
        bool ok = false;
        result.runEpochs = parser.value(runEpochs).toInt(&ok);
        if (!ok || result.runEpochs < 1 || result.runEpochs > 1000000)
            return fail(QStringLiteral("--run-epochs: \"%1\" is not a whole number from 1 to 1000000")
                            .arg(parser.value(runEpochs)));
        const loopwise::Route route = loopwise::Route::parse(result.route);
        const QStringList trainingLabs = loopwise::trainingLabIds();
        if (route.page != QLatin1String("lab") || !trainingLabs.contains(route.id))
            return fail(QStringLiteral("--run-epochs needs --open lab/")
                        + trainingLabs.join(QStringLiteral(" or --open lab/")));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        const int width = match.captured(1).toInt();
        const int height = match.captured(2).toInt();
        if (!match.hasMatch() || width < 320 || height < 320 || width > 8192 || height > 8192)
            return fail(QStringLiteral("--size: \"%1\" is not a size like 1280x800 (320 to 8192 pixels a side)")
                            .arg(parser.value(size)));
        result.windowSize = QSize(width, height);
    }
    if (parser.isSet(screenshot)) {
        result.screenshotFile = parser.value(screenshot);
        if (!result.screenshotFile.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            return fail(QStringLiteral("--screenshot: \"%1\" must end in .png").arg(result.screenshotFile));
        const QFileInfo target(result.screenshotFile);
        if (!target.absoluteDir().exists())
            return fail(QStringLiteral("--screenshot: the folder of \"%1\" does not exist").arg(result.screenshotFile));
    }
    if (parser.isSet(renderer) && !loopwise::parseRenderer(parser.value(renderer), &result.renderer))
        return fail(QStringLiteral("--renderer: \"%1\" is not one of auto, gpu, software").arg(parser.value(renderer)));
    result.exitAfterFirstFrame = parser.isSet(firstFrame);
    result.takeOverLock = parser.isSet(takeOverLock);
    if (parser.isSet(validate)) {
        result.validateDir = parser.value(validate);
        if (!QFileInfo(result.validateDir).isDir())
            return fail(QStringLiteral("--validate-content: \"%1\" is not a folder").arg(result.validateDir));
        result.action = Action::ValidateContent;
    }
    return result;
}
