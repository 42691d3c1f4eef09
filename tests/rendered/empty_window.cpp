// The yardstick for start-up: an empty Qt Quick window that quits at its first
// frame. tests/rendered/measure_startup.sh compares Loopwise with it.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { visible: true; width: 1280; height: 800 }\n");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Leave at once, as loopwise --exit-after-first-frame does.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app, [] { std::_Exit(0); }, Qt::QueuedConnection);
    return app.exec();
}
