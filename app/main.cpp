// Loopwise: options, translator, content, QML engine. Everything else lives
// in loopwise_core (models/ and qml/) and the engine library.
#include "CommandLine.h"
#include "GitCommit.h"
#include "ManPage.h"
#include "QuitOnSignal.h"
#include "SchoolStartup.h"
#include "ScreenshotTaker.h"

#include "CourseController.h"
#include "CourseRepository.h"
#include "LanguageCatalog.h"
#include "OfflineNetwork.h"
#include "PackCompleteness.h"
#include "Preferences.h"
#include "Progress.h"
#include "QmlModules.h"
#include "RenderingChoice.h"
#include "Routes.h"
#include "StartupOptions.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

namespace {

constexpr int kExitBadUsage = 2;

int validateContent(const QString &dir)
{
    const QList<loopwise::ContentIssue> issues = loopwise::CourseRepository::validatePack(dir);
    for (const loopwise::ContentIssue &issue : issues)
        std::printf("%s\n", qPrintable(issue.toString()));
    // What a language lacks against English is shown in English: worth knowing, not an error.
    qsizetype missingCount = 0;
    const QString root = QDir(dir).absolutePath();
    for (const QString &locale : loopwise::CourseRepository::packLocales(root)) {
        if (locale == QStringLiteral("en"))
            continue;
        if (!loopwise::LanguageCatalog({root}).contains(locale))
            std::printf("%s: no compiled translation %s/loopwise_%s.qm: the language is not listed in Settings\n",
                        qPrintable(QDir::toNativeSeparators(root + QLatin1Char('/') + locale)), qPrintable(locale),
                        qPrintable(locale));
        const QList<loopwise::ContentIssue> missing
            = loopwise::content::missingAgainstEnglish(root, locale, loopwise::CourseRepository::shippedRoot());
        for (const loopwise::ContentIssue &part : missing)
            std::printf("%s\n", qPrintable(part.toString()));
        missingCount += missing.size();
    }
    if (issues.isEmpty())
        std::printf("%s: no problems found\n", qPrintable(dir));
    else
        std::printf("%lld problem(s) found\n", static_cast<long long>(issues.size()));
    if (missingCount > 0)
        std::printf("%lld part(s) missing against English (English is shown in their place)\n",
                    static_cast<long long>(missingCount));
    return issues.isEmpty() ? 0 : 1;
}

// Any QML warning while taking a screenshot is an error: a test must see it.
int g_qmlWarnings = 0;
QtMessageHandler g_defaultHandler = nullptr;
void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("qrc:/")))
        ++g_qmlWarnings;
    g_defaultHandler(type, context, message);
}

// Makes one store request and runs a local event loop until its result (opened or closed)
// arrives. Only where no page is on screen: before the first one loads and after the main
// event loop has ended. Everywhere else the pages take the result by signal.
template<typename Request>
bool awaitStore(loopwise::ProgressStore *store, void (loopwise::ProgressStore::*result)(bool), Request request)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(store, result, &loop, [&loop, &ok](bool success) {
        ok = success;
        loop.quit();
    });
    request();
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before the options are read: the data folder (and its languages/) is named after the app.
    QApplication::setApplicationName(QStringLiteral("Loopwise"));
    QApplication::setOrganizationName(QStringLiteral("Loopwise"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine options = CommandLine::parse(arguments);
    switch (options.action) {
    case CommandLine::Action::Error:
        std::fprintf(stderr, "loopwise: %s\n", qPrintable(options.error));
        return kExitBadUsage;
    case CommandLine::Action::Help:
        std::printf("%s", qPrintable(options.helpText));
        return 0;
    case CommandLine::Action::HelpMan:
        std::printf("%s", qPrintable(manPage(QStringLiteral(LOOPWISE_VERSION))));
        return 0;
    case CommandLine::Action::Version:
        std::printf("loopwise %s (git %s)\n", LOOPWISE_VERSION, LOOPWISE_GIT_COMMIT);
        return 0;
    case CommandLine::Action::ValidateContent: {
        QCoreApplication app(argc, argv);
        return validateContent(options.validateDir);
    }
    case CommandLine::Action::CheckPolicy: {
        QCoreApplication app(argc, argv);
        return checkPolicy(options.policyFile);
    }
    case CommandLine::Action::HashPin: {
        QCoreApplication app(argc, argv);
        return printPinHash();
    }
    case CommandLine::Action::Run:
        break;
    }

    QApplication::setApplicationVersion(QStringLiteral(LOOPWISE_VERSION));
    // Ties the window to the installed desktop entry (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral(LOOPWISE_APP_ID));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (loopwise::useSoftwareRenderer(options.renderer, loopwise::RenderingMachine::current()))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    if (!options.screenshotFile.isEmpty())
        g_defaultHandler = qInstallMessageHandler(countQmlWarnings);

    loopwise::Preferences *preferences = loopwise::Preferences::instance();
    const PolicyStart start
        = startWithPolicy(options, [preferences](const QString &language) { preferences->prepareLanguage(language); });
    loopwise::startupOptions() = {start.contentDirs, start.language, start.languageDirs};
    // The interface compiles on Qt's loader thread while the store opens on its own.
    loopwise::OfflineNetworkFactory offline; // outlives the engine, which uses it
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    engine.addImportPath(QStringLiteral(":/"));
    if (const QStringList missing = loopwise::missingQmlModules(engine); !missing.isEmpty()) {
        //: %1 is a list of Qt module names with the reason each failed to load
        const QString message = QApplication::translate("main",
                                                        "Loopwise cannot start because parts of Qt are not "
                                                        "installed: %1. Please install them and start again.")
                                    .arg(missing.join(QStringLiteral("; ")));
        std::fprintf(stderr, "loopwise: %s\n", qPrintable(message));
        if (options.screenshotFile.isEmpty() && !options.exitAfterFirstFrame)
            //: Title of the message box shown when Loopwise cannot start (parts of Qt missing, or the progress store
            //: cannot be opened)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Loopwise cannot start"), message);
        return 1;
    }
    const QUrl mainUrl(QStringLiteral("qrc:/Loopwise/qml/Main.qml"));
    const QQmlComponent compiling(&engine, mainUrl, QQmlComponent::Asynchronous);
    loopwise::ProgressStore *store = loopwise::Progress::instance()->store();
    const bool opened = awaitStore(store, &loopwise::ProgressStore::opened,
                                   [&] { store->open(start.dataDir, options.takeOverLock); });
    if (!opened) {
        // Another Loopwise has the data open, or it is from a newer version: say so, touch nothing.
        std::fprintf(stderr, "loopwise: %s\n", qPrintable(store->lastError()));
        if (options.screenshotFile.isEmpty() && !options.exitAfterFirstFrame)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Loopwise cannot start"),
                                  store->lastError());
        return 1;
    }
    // Close the store while Qt and the pages are still whole (their editors hand over unsaved
    // text), on every way out.
    const std::unique_ptr<loopwise::ProgressStore, void (*)(loopwise::ProgressStore *)> closeStore(
        store, [](loopwise::ProgressStore *open) {
            awaitStore(open, &loopwise::ProgressStore::closed, [open] { open->close(); });
        });
    preferences->load(store, start.language);
    // A signal or the end of the desktop session quits like a window close: edits are written.
    const QuitOnSignal quitOnSignal;
    QObject::connect(&app, &QGuiApplication::commitDataRequest, store, &loopwise::ProgressStore::flushPending);

    const loopwise::Route route = loopwise::Route::parse(options.route);
    if (route.page == QStringLiteral("module") && !loopwise::CourseController::instance()->hasModule(route.id)) {
        std::fprintf(stderr, "loopwise: --open: there is no module \"%s\" in the installed content\n",
                     qPrintable(route.id));
        return kExitBadUsage;
    }

    preferences->setEngine(&engine);
    QVariantMap initial{{QStringLiteral("startRoute"), options.route},
                        {QStringLiteral("startRunEpochs"), options.runEpochs}};
    if (options.windowSize.isValid()) {
        initial.insert(QStringLiteral("width"), options.windowSize.width());
        initial.insert(QStringLiteral("height"), options.windowSize.height());
    }
    engine.setInitialProperties(initial);
    engine.load(mainUrl);
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "loopwise: the user interface failed to load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (options.exitAfterFirstFrame)
        // Leave at once: what is measured is the way to the first frame, not the teardown.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app, [] { std::_Exit(0); }, Qt::QueuedConnection);
    if (!options.screenshotFile.isEmpty()) {
        new ScreenshotTaker(window, options.screenshotFile, &app);
        const int result = app.exec();
        if (result == 0 && g_qmlWarnings > 0) {
            std::fprintf(stderr, "loopwise: %d QML warning(s) while rendering; see above\n", g_qmlWarnings);
            return 3;
        }
        return result;
    }
    return app.exec();
}
