// The facade's everyday behaviour: modules, cards, notes with revisions, lab runs, settings,
// profiles, the event log, rolling backups and property notifications.

#include "BackupManager.h"
#include "ProgressRepository.h"
#include "StoreMessages.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QMetaProperty>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;
using storetest::settle;

class TestProgress : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath() const { return StoreSession::databasePath(m_dir->path()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void freshStoreStartsWithOneProfile()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QVERIFY(store.isReady());
        QVERIFY(store.notice().isEmpty());
        QVERIFY(store.writeError().isEmpty());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.currentProfileId().isEmpty());
        QCOMPARE(store.currentProfileName(), QStringLiteral("Learner"));
        QCOMPARE(store.databasePath(), dbPath());
        QVERIFY(settle(store));
        storerequests::close(store);

        Database db(dbPath(), Database::Access::ReadOnly);
        QCOMPARE(db.userVersion(), 3);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(db.integrityProblem().isEmpty());
    }

    // A folder that refuses writes at start shows the old progress and never makes a
    // second "Learner" (immutable folder: root ignores file modes; skips without chattr).
    void readOnlyFolderKeepsTheOneProfile()
    {
        QString profile;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            profile = store.currentProfileId();
            QVERIFY(store.markComplete(QStringLiteral("m1")));
            QVERIFY(settle(store));
        }
        const auto chattr = [this](const char *flag) {
            return QProcess::execute(QStringLiteral("chattr"), {QString::fromLatin1(flag), m_dir->path()}) == 0;
        };
        if (!chattr("+i"))
            QSKIP("chattr +i is not available here");
        {
            ProgressStore store;
            store.setRetryInterval(50);
            const bool opened = storerequests::open(store, m_dir->path());
            const bool reverted = chattr("-i");
            QVERIFY(reverted);
            QVERIFY(opened);
            QCOMPARE(store.profiles().size(), 1);
            QCOMPARE(store.currentProfileId(), profile);
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("completed"));
            QVERIFY(store.openCard(QStringLiteral("m1"), QStringLiteral("c1")));
            // The folder is writable again: the retry writes into the same profile.
            QVERIFY(QTest::qWaitFor([&store] { return store.writeError().isEmpty(); }, 10000));
            QVERIFY(settle(store));
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.currentProfileId(), profile);
        QCOMPARE(store.openedCards(QStringLiteral("m1")), QStringList{QStringLiteral("c1")});
    }

    // A full disk at first start says "the disk is full", not "cannot write to the folder".
    void fullDiskAtFirstStartSaysSo()
    {
        const QString mountPoint = m_dir->filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint})
            != 0)
            QSKIP("cannot mount a tiny tmpfs here (needs root)");
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'x')) > 0 && filler.flush()) {}
        filler.close();
        QString writeError;
        {
            ProgressStore store;
            storerequests::open(store, mountPoint + QStringLiteral("/data"));
            writeError = store.writeError();
        }
        QProcess::execute(QStringLiteral("umount"), {mountPoint});
        QCOMPARE(writeError, Messages::diskFull());
    }

    void modulesCardsAndPositionsPersist()
    {
        QString profile;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            profile = store.currentProfileId();
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("not-started"));
            QVERIFY(store.openModule(QStringLiteral("m1")));
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("in-progress"));
            QVERIFY(store.openCard(QStringLiteral("m1"), QStringLiteral("card-a")));
            QVERIFY(store.openCard(QStringLiteral("m1"), QStringLiteral("card-b")));
            QVERIFY(store.openCard(QStringLiteral("m1"), QStringLiteral("card-a")));
            QVERIFY(store.addTimeSpent(QStringLiteral("m1"), 90));
            QVERIFY(store.addTimeSpent(QStringLiteral("m1"), 30));
            QVERIFY(store.setReadingPosition(QStringLiteral("m1"), QStringLiteral("sec-3")));
            QVERIFY(store.markComplete(QStringLiteral("m1")));
            QVERIFY(store.answerQuestion(QStringLiteral("m2"), QStringLiteral("q1"), QStringLiteral("b"), true));
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("completed"));
            QCOMPARE(store.moduleStatus(QStringLiteral("m2")), QStringLiteral("in-progress"));
            QVERIFY(settle(store));
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QCOMPARE(store.currentProfileId(), profile);
        QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("completed"));
        QCOMPARE(store.openedCards(QStringLiteral("m1")),
                 QStringList({QStringLiteral("card-a"), QStringLiteral("card-b")}));
        QCOMPARE(store.timeSpent(QStringLiteral("m1")), 120);
        QCOMPARE(store.readingPosition(QStringLiteral("m1")), QStringLiteral("sec-3"));
        const QVariantMap progress = store.moduleProgress(QStringLiteral("m1"));
        QVERIFY(progress.value(QStringLiteral("startedAt")).toDateTime().isValid());
        QVERIFY(progress.value(QStringLiteral("completedAt")).toDateTime()
                >= progress.value(QStringLiteral("startedAt")).toDateTime());

        QVERIFY(store.markIncomplete(QStringLiteral("m1")));
        QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("in-progress"));
        QVERIFY(!store.moduleProgress(QStringLiteral("m1")).value(QStringLiteral("completedAt")).isValid());
    }

    // The append-only log holds every action: folding it gives the stored progress, and the
    // UI's cache equals what a fresh load reads back.
    void eventLogRecomputeEqualsStoredProgress()
    {
        QStringList profiles;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            profiles = {store.currentProfileId(), store.createProfile(QStringLiteral("Second"))};
            QRandomGenerator random(42);
            for (int i = 0; i < 400; ++i) {
                if (i == 200)
                    QVERIFY(storerequests::switchTo(store, profiles[1]));
                const QString module = QStringLiteral("m%1").arg(random.bounded(5));
                switch (random.bounded(6)) {
                case 0:
                    store.openModule(module);
                    break;
                case 1:
                    store.openCard(module, QStringLiteral("c%1").arg(random.bounded(8)));
                    break;
                case 2:
                    store.addTimeSpent(module, 1 + random.bounded(300));
                    break;
                case 3:
                    store.markComplete(module);
                    break;
                case 4:
                    store.markIncomplete(module);
                    break;
                default:
                    store.setReadingPosition(module, QStringLiteral("s%1").arg(random.bounded(9)));
                    break;
                }
            }
            QVERIFY(settle(store));
            const QVariantMap cached = store.moduleProgress(QStringLiteral("m3"));
            Database db(dbPath(), Database::Access::ReadOnly);
            const ModuleProgress stored = ProgressRepository(db).storedModules(profiles[1]).value(QStringLiteral("m3"));
            QCOMPARE(cached.value(QStringLiteral("secondsSpent")).toLongLong(), stored.secondsSpent);
            QCOMPARE(cached.value(QStringLiteral("status")).toString(), moduleStatusName(stored.status));
        }

        Database db(dbPath(), Database::Access::ReadOnly);
        ProgressRepository repo(db);
        for (const QString &profile : profiles) {
            QHash<QString, ModuleProgress> recomputed;
            const QList<Event> log = repo.events(profile);
            QVERIFY(log.size() > 150);
            for (const Event &event : log) {
                if (isModuleEvent(event.kind))
                    recomputed[event.moduleId].apply(event);
            }
            const QHash<QString, ModuleProgress> stored = repo.storedModules(profile);
            QCOMPARE(stored.size(), recomputed.size());
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                QVERIFY2(recomputed.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    void eventsAreAppendOnly()
    {
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            store.openModule(QStringLiteral("m1"));
            QVERIFY(settle(store));
        }
        Database db(dbPath());
        QVERIFY_THROWS_EXCEPTION(SqlError, db.exec(QStringLiteral("UPDATE events SET kind = 'x'")));
        QVERIFY_THROWS_EXCEPTION(SqlError, db.exec(QStringLiteral("DELETE FROM events")));
    }

    void profilesCreateRenameSwitchDelete()
    {
        QString first;
        QString second;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            QSignalSpy profilesChanged(&store, &ProgressStore::profilesChanged);
            first = store.currentProfileId();
            second = store.createProfile(QStringLiteral("  Ada  "));
            QVERIFY(!second.isEmpty());
            QCOMPARE(profilesChanged.count(), 1);
            QVERIFY(store.renameProfile(second, QStringLiteral("Ada L.")));
            QVERIFY(storerequests::switchTo(store, second));
            QCOMPARE(store.currentProfileName(), QStringLiteral("Ada L."));
            store.markComplete(QStringLiteral("m1"));
            QVERIFY(storerequests::switchTo(store, first));
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("not-started"));
            QVERIFY(storerequests::switchTo(store, second));
            QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("completed"));

            QVERIFY(!store.renameProfile(second, QStringLiteral("   ")));
            QVERIFY(!store.lastError().isEmpty());
            QVERIFY(!store.switchProfile(QStringLiteral("no-such-profile")));
            QVERIFY(settle(store));
        }
        {
            // The last profile is remembered.
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            QCOMPARE(store.currentProfileId(), second);
            QCOMPARE(store.profiles().size(), 2);

            // Deleting the current profile: a backup first, then the other profile takes over.
            QVERIFY(store.deleteProfile(second));
            QTRY_COMPARE(store.currentProfileId(), first); // switched by request
            QCOMPARE(store.profiles().size(), 1);
            QVERIFY(settle(store));
            QTRY_VERIFY(!store.notice().isEmpty());
        }
        BackupManager backups(m_dir->path());
        const QList<BackupManager::Backup> list = backups.list();
        const auto before = std::find_if(list.cbegin(), list.cend(), [](const BackupManager::Backup &b) {
            return b.reason == BackupManager::Reason::BeforeProfileDelete;
        });
        QVERIFY(before != list.cend());
        QVERIFY(BackupManager::verificationProblem(before->path).isEmpty());
        QCOMPARE(storetest::count(before->path, QStringLiteral("SELECT count(*) FROM profiles WHERE id = ?"), {second}),
                 1);
        QCOMPARE(storetest::count(before->path, QStringLiteral("SELECT count(*) FROM events WHERE profile_id = ?"),
                                  {second}),
                 1);
        QCOMPARE(
            storetest::count(dbPath(), QStringLiteral("SELECT count(*) FROM events WHERE profile_id = ?"), {second}),
            0);
        QCOMPARE(storetest::count(dbPath(), QStringLiteral("SELECT count(*) FROM module_status WHERE profile_id = ?"),
                                  {second}),
                 0);

        // Deleting the only profile leaves a fresh default one, never no profile at all.
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QVERIFY(store.deleteProfile(first));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.currentProfileId() != first);
        QVERIFY(settle(store));
    }

    void noteRevisionsAndRestore()
    {
        const QString kind = QStringLiteral("model");
        QString firstRevision;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            QCOMPARE(store.note(kind).value(QStringLiteral("baseline")).toString(), QString());
            firstRevision = store.saveNote(kind,
                                           {{QStringLiteral("decision"), QStringLiteral("ship v1")},
                                            {QStringLiteral("baseline"), QStringLiteral("majority class")}});
            QVERIFY(!firstRevision.isEmpty());
            store.saveNote(kind,
                           {{QStringLiteral("decision"), QStringLiteral("ship v2")},
                            {QStringLiteral("keyRisks"), QStringLiteral("drift")}});
            QCOMPARE(store.note(kind).value(QStringLiteral("decision")).toString(), QStringLiteral("ship v2"));
            QCOMPARE(store.note(kind).value(QStringLiteral("baseline")).toString(), QString());
            QCOMPARE(store.noteRevisions(kind).size(), 2);

            const QString restored = store.restoreRevision(kind, firstRevision);
            QVERIFY(!restored.isEmpty());
            QCOMPARE(store.note(kind).value(QStringLiteral("decision")).toString(), QStringLiteral("ship v1"));

            QVERIFY(store.saveNote(QStringLiteral("diary"), {}).isEmpty());
            QVERIFY(!store.lastError().isEmpty());
            QVERIFY(store.saveNote(kind, {{QStringLiteral("unknownField"), QStringLiteral("x")}}).isEmpty());
            QVERIFY(store.restoreRevision(kind, QStringLiteral("nope")).isEmpty());
            QVERIFY(settle(store));
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        const QVariantList revisions = store.noteRevisions(kind);
        QCOMPARE(revisions.size(), 3);
        const QVariantMap newest = revisions.first().toMap();
        QCOMPARE(newest.value(QStringLiteral("restoredFrom")).toString(), firstRevision);
        QCOMPARE(newest.value(QStringLiteral("fields")).toMap().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("ship v1"));
        QCOMPARE(revisions.last().toMap().value(QStringLiteral("revisionId")).toString(), firstRevision);
        QVERIFY(newest.value(QStringLiteral("savedAt")).toDateTime().isValid());
        QCOMPARE(store.note(kind).value(QStringLiteral("baseline")).toString(), QStringLiteral("majority class"));
    }

    // The history shows each version's fields in the order of the page, not alphabetically.
    void noteRevisionTextsFollowThePageOrder()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        store.saveNote(QStringLiteral("model"),
                       {{QStringLiteral("rollback"), QStringLiteral("5 rollback")},
                        {QStringLiteral("baseline"), QStringLiteral("3 baseline")},
                        {QStringLiteral("decision"), QStringLiteral("1 decision")},
                        {QStringLiteral("keyRisks"), QStringLiteral("4 risks")},
                        {QStringLiteral("failureCost"), QStringLiteral("2 cost")}});
        store.saveNote(QStringLiteral("decision"),
                       {{QStringLiteral("action"), QStringLiteral("3 action")},
                        {QStringLiteral("assumption"), QStringLiteral("1 assumption")}});
        const auto texts = [&store](const char *kind) {
            return store.noteRevisions(QString::fromLatin1(kind))
                .first()
                .toMap()
                .value(QStringLiteral("fieldTexts"))
                .toStringList();
        };
        QCOMPARE(texts("model"),
                 (QStringList{QStringLiteral("1 decision"), QStringLiteral("2 cost"), QStringLiteral("3 baseline"),
                              QStringLiteral("4 risks"), QStringLiteral("5 rollback")}));
        QCOMPARE(texts("decision"), (QStringList{QStringLiteral("1 assumption"), QStringLiteral("3 action")}));
        QVERIFY(settle(store));
    }

    void labRuns()
    {
        QString runId;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            runId = store.saveLabRun(QStringLiteral("network"), QStringLiteral("{\"lr\":0.1}"),
                                     QStringLiteral("{\"loss\":[1,0.5]}"), QStringLiteral("first try"));
            QVERIFY(!runId.isEmpty());
            store.saveLabRun(QStringLiteral("network"), QStringLiteral("{\"lr\":0.01}"), QStringLiteral("{}"),
                             QStringLiteral("smaller step"));
            store.saveLabRun(QStringLiteral("regression"), QStringLiteral("[]"), QStringLiteral("[]"), QString());
            QVERIFY(
                store.saveLabRun(QStringLiteral("network"), QStringLiteral("not json"), QStringLiteral("{}"), QString())
                    .isEmpty());
            QVERIFY(settle(store));
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        const QVariantList runs = store.labRuns(QStringLiteral("network"));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("smaller step"));
        const QVariantMap oldest = runs.last().toMap();
        QCOMPARE(oldest.value(QStringLiteral("id")).toString(), runId);
        QCOMPARE(oldest.value(QStringLiteral("config")).toString(), QStringLiteral("{\"lr\":0.1}"));
        QCOMPARE(oldest.value(QStringLiteral("results")).toString(), QStringLiteral("{\"loss\":[1,0.5]}"));
        QCOMPARE(store.labRuns(QStringLiteral("regression")).size(), 1);
    }

    void settingsPerProfile()
    {
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            QCOMPARE(store.setting(QStringLiteral("fontScale"), 1.0).toDouble(), 1.0);
            QVERIFY(store.setSetting(QStringLiteral("fontScale"), 1.25));
            QVERIFY(store.setSetting(QStringLiteral("highContrast"), true));
            QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("de")));
            QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("fr")));
            QVERIFY(!store.setSetting(QStringLiteral("list"), QVariantList{1, 2}));
            const QString other = store.createProfile(QStringLiteral("Other"));
            QVERIFY(storerequests::switchTo(store, other));
            QCOMPARE(store.setting(QStringLiteral("language"), QStringLiteral("en")).toString(), QStringLiteral("en"));
            QVERIFY(storerequests::switchTo(store,
                                            store.profiles().first().toMap().value(QStringLiteral("id")).toString()));
            QVERIFY(settle(store));
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QCOMPARE(store.setting(QStringLiteral("fontScale")).toDouble(), 1.25);
        QCOMPARE(store.setting(QStringLiteral("highContrast")).toBool(), true);
        QCOMPARE(store.setting(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    }

    void invalidInputIsRefusedAndChangesNothing()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QVERIFY(settle(store));
        const int before = storetest::count(dbPath(), QStringLiteral("SELECT count(*) FROM events"));
        QVERIFY(!store.openCard(QStringLiteral("m1'); DROP TABLE events; --"), QStringLiteral("c")));
        QVERIFY(store.lastError().contains(QStringLiteral("not a valid id")));
        QVERIFY(!store.markComplete(QString()));
        QVERIFY(!store.addTimeSpent(QStringLiteral("m1"), 0));
        QVERIFY(!store.addTimeSpent(QStringLiteral("m1"), 100000));
        QVERIFY(store
                    .saveNote(QStringLiteral("reflection"),
                              {{QStringLiteral("text"), QString(Limits::MaxTextChars + 1, QLatin1Char('x'))}})
                    .isEmpty());
        QVERIFY(store.createProfile(QString(Limits::MaxNameChars + 1, QLatin1Char('n'))).isEmpty());
        QVERIFY(settle(store));
        QCOMPARE(storetest::count(dbPath(), QStringLiteral("SELECT count(*) FROM events")), before);
        QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("not-started"));
    }

    void savedSignalTellsWhenAWriteCommitted()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QVERIFY(settle(store));
        QSignalSpy saved(&store, &ProgressStore::saved);
        QSignalSpy pending(&store, &ProgressStore::pendingWritesChanged);
        const QString id
            = store.saveNote(QStringLiteral("decision"), {{QStringLiteral("action"), QStringLiteral("retrain")}});
        QCOMPARE(store.pendingWrites(), 1);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), QStringLiteral("decision"));
        QCOMPARE(saved.first().at(1).toString(), id);
        QCOMPARE(store.pendingWrites(), 0);
        QCOMPARE(pending.count(), 2);
        QCOMPARE(storetest::count(dbPath(), QStringLiteral("SELECT count(*) FROM note_revisions WHERE id = ?"), {id}),
                 1);
    }

    void rollingBackupsAreTakenWhenDataChanged()
    {
        BackupManager backups(m_dir->path());
        {
            ProgressStore store;
            store.setBackupInterval(50);
            QVERIFY(storerequests::open(store, m_dir->path()));
            store.openModule(QStringLiteral("m1"));
            QVERIFY(settle(store));
            QTRY_VERIFY(!backups.list().isEmpty());
            QTest::qWait(150); // a tick that was due for the last change has run
            const int taken = static_cast<int>(backups.list().size());
            QTest::qWait(250); // nothing changed since: no new backup
            QCOMPARE(backups.list().size(), taken);
        }
        const QList<BackupManager::Backup> list = backups.list();
        for (const BackupManager::Backup &backup : list) {
            QCOMPARE(backup.reason, BackupManager::Reason::Rolling);
            QCOMPARE(BackupManager::verificationProblem(backup.path), QString());
        }
        // Closing after a change backs up too.
        const int before = static_cast<int>(list.size());
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, m_dir->path()));
            store.openModule(QStringLiteral("m2"));
            QVERIFY(settle(store));
        }
        QCOMPARE(backups.list().size(), before + 1);
        QCOMPARE(storetest::count(backups.list().first().path,
                                  QStringLiteral("SELECT count(*) FROM module_status WHERE module_id = 'm2'")),
                 1);
    }

    // Every property tells QML when it changes.
    void everyPropertyNotifies()
    {
        ProgressStore store;
        const QMetaObject *meta = store.metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i)
            QVERIFY2(meta->property(i).hasNotifySignal(), meta->property(i).name());

        QSignalSpy ready(&store, &ProgressStore::readyChanged);
        QSignalSpy path(&store, &ProgressStore::databasePathChanged);
        QSignalSpy current(&store, &ProgressStore::currentProfileIdChanged);
        QSignalSpy profiles(&store, &ProgressStore::profilesChanged);
        QSignalSpy revisionChanged(&store, &ProgressStore::revisionChanged);
        QSignalSpy busy(&store, &ProgressStore::busyChanged);
        QSignalSpy lastError(&store, &ProgressStore::lastErrorChanged);
        QSignalSpy pending(&store, &ProgressStore::pendingWritesChanged);
        QVERIFY(storerequests::open(store, m_dir->path()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(path.count(), 1);
        QCOMPARE(current.count(), 1);
        QVERIFY(profiles.count() >= 1);
        QCOMPARE(busy.count(), 2); // opening, then idle
        const int revision = store.revision();
        store.openModule(QStringLiteral("m1"));
        QCOMPARE(store.revision(), revision + 1);
        QVERIFY(revisionChanged.count() >= 1);
        QVERIFY(pending.count() >= 1);
        store.openModule(QStringLiteral("bad id"));
        QCOMPARE(lastError.count(), 1);
        storerequests::close(store);
        QCOMPARE(ready.count(), 2);
        // notice and writeError: see tst_recovery.
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
