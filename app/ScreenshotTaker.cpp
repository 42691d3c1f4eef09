#include "ScreenshotTaker.h"

#include <QCoreApplication>
#include <QImage>

#include <cstdio>

namespace {
constexpr int kQuietMs = 400;
constexpr int kDeadlineMs = 30000;
} // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &ScreenshotTaker::trySave);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "loopwise: the page did not settle within %d s; no screenshot saved\n",
                     kDeadlineMs / 1000);
        QCoreApplication::exit(1);
    });
    connect(window, &QQuickWindow::frameSwapped, this, &ScreenshotTaker::frameRendered);
    m_deadline.start();
    m_quiet.start();
}

void ScreenshotTaker::frameRendered()
{
    m_quiet.start();
}

void ScreenshotTaker::trySave()
{
    if (!m_window)
        return;
    // The root item says when pages, images and content are still loading.
    if (m_window->property("busy").toBool()) {
        m_quiet.start();
        return;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "loopwise: could not save the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}
