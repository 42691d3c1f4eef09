#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>

// Saves the window to a PNG once the page has loaded and stopped changing,
// then quits the app with 0, or with 1 if it never settles or cannot save.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QQuickWindow *window, QString path, QObject *parent = nullptr);

private:
    void frameRendered();
    void trySave();

    QPointer<QQuickWindow> m_window;
    QString m_path;
    QTimer m_quiet; // restarted by every frame: fires once nothing has changed for a while
    QTimer m_deadline; // gives up if the page never settles
};
