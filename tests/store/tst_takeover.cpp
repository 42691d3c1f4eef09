// The app's --take-over-lock option: without it, a lock left by Loopwise on another
// computer (a shared folder) stops the start with that computer's name; with it, the app
// starts and the lock is its own.

#include "StoreSession.h"
#include "storetestutil.h"

#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

class TestTakeOver : public QObject
{
    Q_OBJECT

private:
    static int runApp(const QStringList &arguments, QString *errors)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LOOPWISE_APP), arguments + QStringList{QStringLiteral("--exit-after-first-frame")});
        if (!app.waitForFinished(60000))
            return -1;
        *errors = QString::fromUtf8(app.readAllStandardError());
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

private Q_SLOTS:
    void takeOverLockOption()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path()));
        const QString lock = StoreSession::databasePath(dir.path()) + QStringLiteral(".lock");
        QVERIFY(storetest::writeAll(lock, "4242\nloopwise\nclassroom-pc-7\n"));
        const QStringList data{QStringLiteral("--data-dir"), dir.path()};

        QString errors;
        QCOMPARE(runApp(data, &errors), 1);
        QVERIFY2(errors.contains(QStringLiteral("classroom-pc-7"))
                     && errors.contains(QStringLiteral("--take-over-lock")),
                 qPrintable(errors));
        QVERIFY(!QFile::exists(StoreSession::databasePath(dir.path())));

        QCOMPARE(runApp(data + QStringList{QStringLiteral("--take-over-lock")}, &errors), 0);
        QVERIFY(QFile::exists(StoreSession::databasePath(dir.path())));
        // The app released its lock on the way out; the other computer's lock is gone too.
        QLockFile after(lock);
        QVERIFY(after.tryLock(0));
    }
};

QTEST_GUILESS_MAIN(TestTakeOver)
#include "tst_takeover.moc"
