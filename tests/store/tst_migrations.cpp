// Files from every earlier schema version open with their data intact, at the current
// version, after a verified backup; a migration that fails leaves the file as it was.

#include "BackupManager.h"
#include "Migrations.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

namespace {

const QString ProfileId = QStringLiteral("6f1c0a52-8b2e-4c4f-9d7a-0e3b5f2a1c11");
constexpr qint64 T0 = 1'700'000'000'000; // Nov 2023, ms

// Builds a version-1 file from the frozen v1 DDL, with one learner's data as v1 wrote it.
void buildVersion1(const QString &path)
{
    Database db(path);
    storetest::applyFixture(db, QStringLiteral("schema_v1.sql"));
    QCOMPARE(db.userVersion(), 1);

    db.exec(QStringLiteral("INSERT INTO profiles VALUES (?, ?, ?)"), {ProfileId, QStringLiteral("Grace"), T0});
    db.exec(QStringLiteral("INSERT INTO meta VALUES ('last_profile', ?)"), {ProfileId});
    auto event = [&db](int n, const QString &kind, const QString &module, const QJsonObject &payload) {
        db.exec(QStringLiteral(
                    "INSERT INTO events (id, profile_id, kind, module_id, payload, at) VALUES (?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')), ProfileId, kind, module,
                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), T0 + n * 1000});
    };
    const QJsonObject draft{
        {QStringLiteral("kind"), QStringLiteral("decision")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("assumption"), QStringLiteral("draft")}}}};
    const QJsonObject final{{QStringLiteral("kind"), QStringLiteral("decision")},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("assumption"), QStringLiteral("final")},
                                         {QStringLiteral("action"), QStringLiteral("retrain weekly")}}}};
    event(1, QStringLiteral("module.opened"), QStringLiteral("m1"), {});
    event(2, QStringLiteral("card.opened"), QStringLiteral("m1"), {{QStringLiteral("cardId"), QStringLiteral("c1")}});
    event(3, QStringLiteral("time.spent"), QStringLiteral("m1"), {{QStringLiteral("seconds"), 300}});
    event(4, QStringLiteral("module.completed"), QStringLiteral("m1"), {});
    event(5, QStringLiteral("note.saved"), QString(), draft);
    event(6, QStringLiteral("note.saved"), QString(), final);
    event(7, QStringLiteral("setting.changed"), QString(),
          {{QStringLiteral("key"), QStringLiteral("language")}, {QStringLiteral("value"), QStringLiteral("de")}});
    db.exec(QStringLiteral("INSERT INTO module_status VALUES (?, 'm1', 2, ?, ?, 300, '')"),
            {ProfileId, T0 + 1000, T0 + 4000});
    db.exec(QStringLiteral("INSERT INTO opened_cards VALUES (?, 'm1', 'c1', ?)"), {ProfileId, T0 + 2000});
    db.exec(QStringLiteral("INSERT INTO settings VALUES (?, 'language', '[\"de\"]')"), {ProfileId});
    db.exec(QStringLiteral("INSERT INTO notes VALUES (?, 'decision', ?, ?)"),
            {ProfileId, QString::fromUtf8(QJsonDocument(final.value(QLatin1String("fields")).toObject()).toJson()),
             T0 + 6000});
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromVersion1()
    {
        QTemporaryDir dir;
        const QString path = StoreSession::databasePath(dir.path());
        buildVersion1(path);

        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(store.currentProfileId(), ProfileId);
        QCOMPARE(store.currentProfileName(), QStringLiteral("Grace"));
        QCOMPARE(store.moduleStatus(QStringLiteral("m1")), QStringLiteral("completed"));
        QCOMPARE(store.timeSpent(QStringLiteral("m1")), 300);
        QCOMPARE(store.openedCards(QStringLiteral("m1")), QStringList{QStringLiteral("c1")});
        QCOMPARE(store.setting(QStringLiteral("language")).toString(), QStringLiteral("de"));
        // v1 kept only the latest note; its log becomes the revision history.
        const QVariantList revisions = store.noteRevisions(QStringLiteral("decision"));
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(),
                 QStringLiteral("final"));
        QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("action")).toString(),
                 QStringLiteral("retrain weekly"));
        QCOMPARE(revisions.last()
                     .toMap()
                     .value(QStringLiteral("fields"))
                     .toMap()
                     .value(QStringLiteral("assumption"))
                     .toString(),
                 QStringLiteral("draft"));
        // v2 features work on the migrated file.
        QVERIFY(
            !store
                 .saveLabRun(QStringLiteral("network"), QStringLiteral("{}"), QStringLiteral("{}"), QStringLiteral("x"))
                 .isEmpty());
        QVERIFY(storetest::settle(store));
        storerequests::close(store);

        {
            Database db(path, Database::Access::ReadOnly);
            QCOMPARE(db.userVersion(), Migrations::CurrentVersion);
            QVERIFY(db.integrityProblem().isEmpty());
            QVERIFY(!db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'notes'")).isValid());
        }
        // The verified backup taken before the first step still holds the v1 file (each
        // later step took one of the version before it).
        const QList<BackupManager::Backup> backups = BackupManager(dir.path()).list();
        const auto before = std::find_if(backups.cbegin(), backups.cend(), [](const BackupManager::Backup &b) {
            return b.reason == BackupManager::Reason::BeforeMigration
                && storetest::count(b.path, QStringLiteral("PRAGMA user_version")) == 1;
        });
        QVERIFY(before != backups.cend());
        Database copy(before->path, Database::Access::ReadOnly);
        QCOMPARE(copy.userVersion(), 1);
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 7);
    }

    // A file whose first migration never committed (a crash while it was created).
    void fromVersion0()
    {
        QTemporaryDir dir;
        const QString path = StoreSession::databasePath(dir.path());
        {
            Database db(path);
            db.exec(QStringLiteral("PRAGMA user_version = 0"));
            db.exec(QStringLiteral("VACUUM")); // writes the header, so the file is a real empty database
        }
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY(store.notice().isEmpty());
        QVERIFY(storetest::settle(store));
        storerequests::close(store);
        QCOMPARE(storetest::count(path, QStringLiteral("PRAGMA user_version")), Migrations::CurrentVersion);
    }

    // Each step is one transaction: if it fails, the file stays at the old version with its data.
    void failedStepLeavesFileAtPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = StoreSession::databasePath(dir.path());
        buildVersion1(path);
        {
            // Something v2 wants to create is already there, so step 2 fails half way.
            Database db(path);
            db.exec(QStringLiteral("CREATE TABLE lab_runs (x)"));
        }
        const QStringList before = storetest::dumpTables(path);

        // The schema check at open sees the stray table first: the file is kept aside as
        // damage, untouched by any migration step.
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY(!store.notice().isEmpty());
        storerequests::close(store);

        const QStringList moved = QDir(dir.path()).entryList({QStringLiteral("loopwise-damaged-*.db")}, QDir::Files);
        QCOMPARE(moved.size(), 1);
        const QString kept = QDir(dir.path()).filePath(moved.constFirst());
        QCOMPARE(storetest::count(kept, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(storetest::dumpTables(kept), before);
    }
};

QTEST_MAIN(TestMigrations)
#include "tst_migrations.moc"
