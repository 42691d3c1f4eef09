// Backups count only once verified; the retention rule keeps the newest few plus one a day
// for a week; a damaged newest backup is skipped when restoring.

#include "BackupManager.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

namespace {

QString backupName(const QDateTime &utc, const QString &reason)
{
    return QStringLiteral("loopwise-%1-%2.db").arg(utc.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")), reason);
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionKeepsLatestAndOnePerDay()
    {
        QTemporaryDir dir;
        BackupManager backups(dir.path());
        QVERIFY(QDir().mkpath(backups.directory()));
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
        QStringList expectedKept;
        auto make = [&](const QDateTime &time, const QString &reason, bool kept) {
            const QString name = backupName(time, reason);
            QVERIFY(storetest::writeAll(QDir(backups.directory()).filePath(name), "x"));
            if (kept)
                expectedKept.append(name);
        };
        // Today: eight backups, ten minutes apart; the newest five stay.
        for (int i = 0; i < 8; ++i)
            make(now.addSecs(-600 * i), QStringLiteral("rolling"), i < 5);
        // The six days before: three a day; only each day's newest stays.
        for (int day = 1; day <= 6; ++day) {
            for (int i = 0; i < 3; ++i)
                make(now.addDays(-day).addSecs(-3600 * i), QStringLiteral("rolling"), i == 0);
        }
        // Older than a week: gone.
        make(now.addDays(-8), QStringLiteral("rolling"), false);
        // Backups taken before a deletion or a migration are never pruned.
        make(now.addDays(-30), QStringLiteral("before-delete"), true);
        make(now.addDays(-30).addSecs(5), QStringLiteral("before-migration"), true);

        backups.prune(now);
        QStringList kept = QDir(backups.directory()).entryList(QDir::Files);
        kept.sort();
        expectedKept.sort();
        QCOMPARE(kept, expectedKept);
    }

    // Point 2 of issue 23: a store replaced by an empty one fills the recent backups with
    // empty copies; the one backup of the older, larger history must survive every prune.
    void backupWithTheMostHistoryIsNeverPruned()
    {
        QTemporaryDir source;
        QString large;
        QString small;
        for (QString *copy : {&large, &small}) {
            QTemporaryDir store;
            {
                ProgressStore progress;
                QVERIFY(storerequests::open(progress, store.path()));
                if (copy == &large) {
                    for (int i = 0; i < 20; ++i)
                        progress.openCard(QStringLiteral("m1"), QStringLiteral("card-%1").arg(i));
                }
                QVERIFY(storetest::settle(progress));
            } // closing takes a backup
            *copy = source.filePath(copy == &large ? QStringLiteral("large.db") : QStringLiteral("small.db"));
            QVERIFY(QFile::copy(BackupManager(store.path()).list().first().path, *copy));
        }
        QCOMPARE(storetest::count(large, QStringLiteral("SELECT count(*) FROM events")), 20);
        QCOMPARE(storetest::count(small, QStringLiteral("SELECT count(*) FROM events")), 0);

        QTemporaryDir dir;
        BackupManager backups(dir.path());
        QVERIFY(QDir().mkpath(backups.directory()));
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
        // The large history is a month old: outside every retention rule.
        const QString largeName = backupName(now.addDays(-30), QStringLiteral("rolling"));
        QVERIFY(QFile::copy(large, QDir(backups.directory()).filePath(largeName)));
        // Then eight empty copies today, ten minutes apart.
        for (int i = 0; i < 8; ++i)
            QVERIFY(QFile::copy(
                small,
                QDir(backups.directory()).filePath(backupName(now.addSecs(-600 * i), QStringLiteral("rolling")))));

        backups.prune(now);
        const QStringList kept = QDir(backups.directory()).entryList(QDir::Files);
        QVERIFY2(kept.contains(largeName), qPrintable(kept.join(QLatin1Char(' '))));
        QCOMPARE(kept.size(), BackupManager::KeepLatest + 1);
        // And a later prune, days on, still keeps it.
        backups.prune(now.addDays(20));
        QVERIFY(QDir(backups.directory()).entryList(QDir::Files).contains(largeName));
    }

    void onlyVerifiedCopiesCount()
    {
        QTemporaryDir dir;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            store.openCard(QStringLiteral("m1"), QStringLiteral("c1"));
            QVERIFY(storetest::settle(store));
        } // closing takes a backup
        BackupManager backups(dir.path());
        QCOMPARE(backups.list().size(), 1);
        const BackupManager::Backup good = backups.list().first();
        QCOMPARE(BackupManager::verificationProblem(good.path), QString());

        // A newer backup that got damaged on disk is listed but does not verify, so
        // restoring falls back to the good one.
        const QString damaged
            = QDir(backups.directory()).filePath(backupName(good.takenAt.addSecs(60), QStringLiteral("rolling")));
        QByteArray bytes = storetest::readAll(good.path);
        bytes.replace(100, 2000, QByteArray(2000, '\x5a'));
        QVERIFY(storetest::writeAll(damaged, bytes));
        QVERIFY(!BackupManager::verificationProblem(damaged).isEmpty());
        QCOMPARE(backups.list().first().path, damaged);
        QCOMPARE(backups.newestVerified()->path, good.path);

        // A copy cut short by a crash never counts and is cleared at the next open.
        const QString unfinished = damaged + QStringLiteral(".partial");
        QVERIFY(storetest::writeAll(unfinished, "half"));
        QVERIFY(storetest::writeAll(StoreSession::databasePath(dir.path()), QByteArray()));
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY(!QFile::exists(unfinished));
        QCOMPARE(store.openedCards(QStringLiteral("m1")), QStringList{QStringLiteral("c1")});
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
