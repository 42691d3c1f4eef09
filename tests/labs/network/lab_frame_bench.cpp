// How the network lab draws while it trains: opens the app's own window on
// lab/network (spiral, 8-8-8-8 tanh, Playground's settings), plays at full speed and
// reports frames per second, the 95th percentile of the time between frames and the
// epochs per second reached in the app. Run it under Xvfb for a real X window:
//   xvfb-run -s "-screen 0 1280x800x24" build/tests/labs/network/lab_frame_bench --seconds 10
// --renderer picks the renderer as the app's option does (auto, as the app, by default).
#include "../../common/StoreRequests.h"
#include "NetworkLab.h"
#include "Preferences.h"
#include "Progress.h"
#include "RenderingChoice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long to measure."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption rendererOption(QStringLiteral("renderer"), QStringLiteral("auto, gpu or software."),
                                            QStringLiteral("R"), QStringLiteral("auto"));
    parser.addOptions({seconds, size, rendererOption});
    parser.addHelpOption();
    parser.process(app);
    loopwise::Renderer renderer = loopwise::Renderer::Auto;
    if (!loopwise::parseRenderer(parser.value(rendererOption), &renderer)) {
        std::fprintf(stderr, "lab_frame_bench: --renderer: \"%s\" is not one of auto, gpu, software\n",
                     qPrintable(parser.value(rendererOption)));
        return 2;
    }
    const bool software = loopwise::useSoftwareRenderer(renderer, loopwise::RenderingMachine::current());
    if (software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    const int measureMs = std::max(1, parser.value(seconds).toInt()) * 1000;
    const QStringList sides = parser.value(size).split(QLatin1Char('x'));

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir data;
    loopwise::ProgressStore *store = loopwise::Progress::instance()->store();
    if (!storerequests::open(*store, data.path())) {
        std::fprintf(stderr, "lab_frame_bench: %s\n", qPrintable(store->lastError()));
        return 1;
    }
    loopwise::Preferences::instance()->load(store, QStringLiteral("en"));

    QQmlApplicationEngine engine;
    loopwise::Preferences::instance()->setEngine(&engine);
    engine.addImportPath(QStringLiteral(":/"));
    engine.setInitialProperties({{QStringLiteral("startRoute"),
                                  QStringLiteral("lab/network?dataset=spiral&hidden=8,8,8,8&activation=tanh&lr=0.03")},
                                 {QStringLiteral("width"), sides.value(0).toInt()},
                                 {QStringLiteral("height"), sides.value(1).toInt()}});
    engine.load(QUrl(QStringLiteral("qrc:/Loopwise/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    loopwise::NetworkLab *lab = nullptr;
    std::vector<qint64> frameTimes;
    QElapsedTimer clock;
    int startEpoch = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (clock.isValid())
            frameTimes.push_back(clock.nsecsElapsed());
    });
    // Give the page a second to load and settle, then play at full speed and measure.
    QTimer::singleShot(1000, &app, [&] {
        lab = window->findChild<loopwise::NetworkLab *>();
        if (!lab) {
            std::fprintf(stderr, "lab_frame_bench: the network lab did not open\n");
            QCoreApplication::exit(1);
            return;
        }
        lab->setSpeed(static_cast<int>(lab->speedChoices().size()) - 1);
        lab->play();
        QTimer::singleShot(500, &app, [&] { // past the first snapshots
            startEpoch = lab->epoch();
            frameTimes.clear();
            clock.start();
            QTimer::singleShot(measureMs, &app, [&] {
                const double elapsed = clock.nsecsElapsed() / 1e9;
                const int epochs = lab->epoch() - startEpoch;
                lab->pause();
                std::vector<double> gaps;
                for (size_t i = 1; i < frameTimes.size(); ++i)
                    gaps.push_back((frameTimes[i] - frameTimes[i - 1]) / 1e6);
                std::sort(gaps.begin(), gaps.end());
                const double p95 = gaps.empty() ? 0.0 : gaps[std::min(gaps.size() - 1, gaps.size() * 95 / 100)];
                const double median = gaps.empty() ? 0.0 : gaps[gaps.size() / 2];
                std::printf(
                    "{\"renderer\": \"%s\", \"seconds\": %.2f, \"frames\": %zu, \"fps\": %.1f, \"frame_ms_median\": "
                    "%.2f, "
                    "\"frame_ms_p95\": %.2f, \"epochs\": %d, \"epochs_per_second\": %.0f, \"test_loss\": %.4f}\n",
                    software ? "software" : "gpu", elapsed, frameTimes.size(), frameTimes.size() / elapsed, median, p95,
                    epochs, epochs / elapsed, lab->testLoss());
                QCoreApplication::exit(0);
            });
        });
    });
    const int result = app.exec();
    storerequests::close(*store);
    return result;
}
