// Crash safety: a helper process records actions and reports each one only after its
// transaction committed; it is killed with SIGKILL at random moments (while starting,
// opening, migrating, writing, backing up). Afterwards every reported action must be in the
// file, the file must pass integrity_check, and no start may ever have needed a recovery.

#include "ProgressRepository.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothingReported()
    {
        const int kills = qEnvironmentVariableIntValue("LOOPWISE_CRASH_KILLS") > 0
            ? qEnvironmentVariableIntValue("LOOPWISE_CRASH_KILLS")
            : 200;
        QTemporaryDir dir;
        QRandomGenerator random(20240501);
        QSet<QString> reported;
        int runsThatCommitted = 0;

        for (int run = 0; run < kills; ++run) {
            QProcess helper;
            helper.setProcessChannelMode(QProcess::SeparateChannels);
            // Short backup interval, so some kills land inside VACUUM INTO.
            helper.start(
                storetest::helperPath(),
                {QStringLiteral("record"), dir.path(), QString::number(random.generate()), QStringLiteral("20")});
            QVERIFY(helper.waitForStarted(5000));
            // A quarter of the kills hit start-up (lock, checks, migrations); the others land
            // while actions are being written. Timing after "ready" keeps that mix on a busy machine.
            QByteArray output;
            if (random.bounded(4) != 0) {
                while (!output.contains("ready\n") && helper.waitForReadyRead(10000))
                    output += helper.readAllStandardOutput();
                QVERIFY2(output.contains("ready\n"), output.constData());
            }
            const int delayMs = random.bounded(0, 150);
            if (helper.waitForFinished(delayMs))
                QFAIL(qPrintable(
                    QStringLiteral("the helper exited by itself: ")
                    + QString::fromUtf8(output + helper.readAllStandardOutput() + helper.readAllStandardError())));
            helper.kill(); // SIGKILL
            QVERIFY(helper.waitForFinished(5000));
            output += helper.readAllStandardOutput();

            const QList<QByteArray> lines = output.split('\n');
            // The last piece has no newline yet when the kill cut a line in half: ignore it.
            bool committed = false;
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QByteArray &line = lines[i];
                QVERIFY2(!line.startsWith("notice ") && !line.startsWith("error "), line.constData());
                if (line.startsWith("committed ")) {
                    reported.insert(QString::fromLatin1(line.mid(10)));
                    committed = true;
                }
            }
            runsThatCommitted += committed ? 1 : 0;
        }
        qInfo("crash test: %d SIGKILLs, %d runs reported commits, %lld committed ids to check", kills,
              runsThatCommitted, static_cast<long long>(reported.size()));
        QVERIFY(runsThatCommitted > kills / 4);
        QVERIFY(reported.size() > 100);

        // The store opens cleanly, with no recovery needed.
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
            QVERIFY(storetest::settle(store));
        }

        Database db(StoreSession::databasePath(dir.path()), Database::Access::ReadOnly);
        QCOMPARE(db.integrityProblem(), QString());
        QSet<QString> stored;
        QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM events UNION ALL SELECT id FROM profiles"));
        while (ids.next())
            stored.insert(ids.value(0).toString());
        const QSet<QString> missing = reported - stored;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.cbegin(), missing.cend()).join(QLatin1Char(' '))));

        // The derived tables still agree with the log.
        ProgressRepository repo(db);
        for (const ProfileInfo &profile : repo.profiles()) {
            QHash<QString, ModuleProgress> recomputed;
            for (const Event &event : repo.events(profile.id)) {
                if (isModuleEvent(event.kind))
                    recomputed[event.moduleId].apply(event);
            }
            QVERIFY(recomputed == repo.storedModules(profile.id));
        }
    }
};

QTEST_MAIN(TestCrash)
#include "tst_crash.moc"
