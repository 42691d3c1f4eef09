// Quitting the app right after typing keeps the words typed: the real app runs under Xvfb,
// xdotool types into the decision note, and 50 ms after the last keystroke the process gets
// SIGTERM, which quits the event loop as a window close does. Each time, the store opened
// afresh must hold exactly the text typed.
// Skips when Xvfb or xdotool are not installed (build.sh installs both).

#include "progressstore.h"
#include "../common/StoreRequests.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace loopwise;

namespace {

constexpr int kDisplay = 87;

QString run(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess xdotool;
    xdotool.setProcessEnvironment(env);
    xdotool.start(QStringLiteral("xdotool"), arguments);
    xdotool.waitForFinished(15000);
    return QString::fromLatin1(xdotool.readAllStandardOutput()).trimmed();
}

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
        m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral(":%1").arg(kDisplay), QStringLiteral("-screen"),
                                              QStringLiteral("0"), QStringLiteral("1280x1024x24"),
                                              QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted(5000));
        const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(kDisplay);
        QVERIFY2(QTest::qWaitFor([&socket] { return QFile::exists(socket); }, 10000), "Xvfb did not start");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(kDisplay));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }

    void sigtermFiftyMsAfterTypingKeepsTheText()
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
            const QStringList windows = run({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                             QStringLiteral("--pid"), QString::number(app.processId())}, m_env)
                                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(!windows.isEmpty(), "the app showed no window");
            const QString window = windows.constFirst();
            QTest::qWait(1000); // the page scrolls to the note
            // The first field of the decision note sits there in a 1000x700 window.
            run({QStringLiteral("mousemove"), QStringLiteral("--window"), window, QStringLiteral("500"),
                 QStringLiteral("300"), QStringLiteral("click"), QStringLiteral("1")}, m_env);
            run({QStringLiteral("key"), QStringLiteral("ctrl+a")}, m_env);
            const QString text = QStringLiteral("quit %1 fifty ms after typing").arg(round);
            run({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), text}, m_env);
            QTest::qWait(50);
            ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
            QVERIFY2(app.waitForFinished(15000), qPrintable(QStringLiteral("round %1: the app did not quit").arg(round)));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);

            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), text);
            ++kept;
        }
        qInfo("close test: %d SIGTERMs 50 ms after typing, %d texts kept, %lld ms", kept, kept,
              static_cast<long long>(clock.elapsed()));
        QCOMPARE(kept, rounds);
    }

private:
    QProcess m_xvfb;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCloseFlush)
#include "tst_closeflush.moc"
