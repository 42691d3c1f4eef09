// Quitting the app right after typing keeps the words typed: the real app runs under Xvfb,
// xdotool types into the decision note, and 50 ms after the last keystroke the window is
// closed (the WM_DELETE_WINDOW message a window manager sends when the learner clicks the
// close button) or the process gets SIGTERM. Each time, the store opened afresh must hold
// exactly the text typed.
// Skips when Xvfb or xdotool are not installed (build.sh installs both).

#include "../common/StoreRequests.h"
#include "ProgressStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <X11/Xlib.h>

using namespace loopwise;

namespace {

QString run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess xdotool;
    xdotool.setProcessEnvironment(env);
    xdotool.start(QStringLiteral("xdotool"), arguments);
    xdotool.waitForFinished(15000);
    return QString::fromLatin1(xdotool.readAllStandardOutput()).trimmed();
}

// What a window manager does when the close button is clicked: ask the client, by the
// WM_DELETE_WINDOW protocol, to close its window. (No window manager runs under Xvfb here.)
bool askWindowToClose(const QString &display, unsigned long window)
{
    Display *x = XOpenDisplay(display.toLatin1().constData());
    if (!x)
        return false;
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.window = window;
    event.xclient.message_type = XInternAtom(x, "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = static_cast<long>(XInternAtom(x, "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    const Status sent = XSendEvent(x, window, False, NoEventMask, &event);
    XFlush(x);
    XCloseDisplay(x);
    return sent != 0;
}

enum class Quit { WindowClose, Sigterm };

} // namespace

class TestCloseFlush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("Xvfb and xdotool are needed (apt-get install xvfb xdotool)");
        // Xvfb picks a free display and names it on stdout: other test runs on this
        // machine (other build folders, ctest -j) may have a display of their own.
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                      QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted(5000));
        QVERIFY2(QTest::qWaitFor([this] { return m_xvfb.canReadLine(); }, 10000), "Xvfb did not start");
        bool ok = false;
        const int display = m_xvfb.readLine().trimmed().toInt(&ok);
        QVERIFY2(ok, "Xvfb named no display");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }

    void closeWindowFiftyMsAfterTypingKeepsTheText() { typeThenQuit(Quit::WindowClose); }
    void sigtermFiftyMsAfterTypingKeepsTheText() { typeThenQuit(Quit::Sigterm); }

private:
    void typeThenQuit(Quit how)
    {
        const int rounds = 20;
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        int kept = 0;
        for (int round = 0; round < rounds && clock.elapsed() < 100000; ++round) {
            QProcess app;
            app.setProcessEnvironment(m_env);
            app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            app.start(QStringLiteral(LOOPWISE_APP),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--open"),
                       QStringLiteral("module/models-parameters-training#artefact"), QStringLiteral("--size"),
                       QStringLiteral("1000x700"), QStringLiteral("--renderer"), QStringLiteral("software")});
            QVERIFY(app.waitForStarted(5000));
            const QStringList windows
                = run({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                       QStringLiteral("--pid"), QString::number(app.processId())},
                      m_env)
                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(!windows.isEmpty(), "the app showed no window");
            const QString window = windows.constFirst();
            QTest::qWait(1000); // the page scrolls to the note
            // The first field of the decision note (about y 306 to 390 under the reading bar) sits
            // there in a 1000x700 window.
            run({QStringLiteral("mousemove"), QStringLiteral("--window"), window, QStringLiteral("500"),
                 QStringLiteral("345"), QStringLiteral("click"), QStringLiteral("1")},
                m_env);
            run({QStringLiteral("key"), QStringLiteral("ctrl+a")}, m_env);
            const QString text = QStringLiteral("quit %1 fifty ms after typing").arg(round);
            run({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), text}, m_env);
            QTest::qWait(50);
            if (how == Quit::WindowClose)
                QVERIFY(askWindowToClose(m_env.value(QStringLiteral("DISPLAY")), window.toULong()));
            else
                ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
            QVERIFY2(app.waitForFinished(15000),
                     qPrintable(QStringLiteral("round %1: the app did not quit").arg(round)));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);

            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), text);
            ++kept;
        }
        qInfo("close test (%s): %d quits 50 ms after typing, %d texts kept, %lld ms",
              how == Quit::WindowClose ? "window closed" : "SIGTERM", kept, kept,
              static_cast<long long>(clock.elapsed()));
        QCOMPARE(kept, rounds);
    }

    QProcess m_xvfb;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCloseFlush)
#include "tst_closeflush.moc"
