#include "Migrations.h"

#include "BackupManager.h"
#include "Database.h"
#include "StoreTypes.h"

#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace loopwise {

namespace {

void execAll(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        db.exec(statement);
}

// "table.column" for every column of every table, in a fixed order.
QStringList columns(Database &db)
{
    QStringList result;
    QSqlQuery query
        = db.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
                                 "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"));
    while (query.next())
        result.append(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString());
    return result;
}

} // namespace

const Migrations::Step Migrations::Steps[]
    = {{1, &Migrations::toVersion1}, {2, &Migrations::toVersion2}, {3, &Migrations::toVersion3}};

QString Migrations::schemaProblem(Database &db)
{
    const int version = db.userVersion();
    if (version < 1 || version > CurrentVersion)
        return QStringLiteral("unexpected schema version %1").arg(version);
    Database reference(QStringLiteral(":memory:"));
    for (const Step &step : Steps) {
        if (step.version <= version)
            step.apply(reference);
    }
    const QStringList expected = columns(reference);
    const QStringList actual = columns(db);
    if (actual == expected)
        return QString();
    QStringList missing = expected;
    missing.removeIf([&actual](const QString &c) { return actual.contains(c); });
    QStringList extra = actual;
    extra.removeIf([&expected](const QString &c) { return expected.contains(c); });
    return QStringLiteral("schema does not match version %1: missing %2; unexpected %3")
        .arg(version)
        .arg(missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')));
}

void Migrations::run(Database &db, BackupManager &backups)
{
    static_assert(std::size(Steps) == CurrentVersion);
    // A new file has nothing worth a backup, even between its first steps.
    const bool holdsData = db.hasSchema();
    for (const Step &step : Steps) {
        if (db.userVersion() >= step.version)
            continue;
        if (holdsData)
            backups.create(db, BackupManager::Reason::BeforeMigration);
        Transaction transaction(db);
        step.apply(db);
        transaction.commit();
    }
}

void Migrations::toVersion1(Database &db)
{
    // Keep tests/store/fixtures/schema_v1.sql identical to this: it builds v1 files to migrate.
    execAll(db,
            {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                               "created_at INTEGER NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "id TEXT NOT NULL UNIQUE, "
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "kind TEXT NOT NULL, module_id TEXT NOT NULL DEFAULT '', "
                               "payload TEXT NOT NULL DEFAULT '{}', at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX events_by_profile ON events (profile_id, at, seq)"),
                // The log is append-only; rows leave only with their profile.
                QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                               "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
                QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                               "WHEN EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile_id) "
                               "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
                QStringLiteral("CREATE TABLE module_status ("
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "module_id TEXT NOT NULL, status INTEGER NOT NULL, "
                               "started_at INTEGER NOT NULL DEFAULT 0, completed_at INTEGER NOT NULL DEFAULT 0, "
                               "seconds_spent INTEGER NOT NULL DEFAULT 0, "
                               "reading_position TEXT NOT NULL DEFAULT '', "
                               "PRIMARY KEY (profile_id, module_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE opened_cards ("
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "module_id TEXT NOT NULL, card_id TEXT NOT NULL, opened_at INTEGER NOT NULL, "
                               "PRIMARY KEY (profile_id, module_id, card_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE settings ("
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "key TEXT NOT NULL, value TEXT NOT NULL, "
                               "PRIMARY KEY (profile_id, key)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE notes ("
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "kind TEXT NOT NULL, fields TEXT NOT NULL, saved_at INTEGER NOT NULL, "
                               "PRIMARY KEY (profile_id, kind)) WITHOUT ROWID"),
                QStringLiteral("PRAGMA user_version = 1"),
            });
}

void Migrations::toVersion2(Database &db)
{
    execAll(db,
            {
                QStringLiteral("CREATE TABLE note_revisions (id TEXT PRIMARY KEY, "
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "kind TEXT NOT NULL, fields TEXT NOT NULL, saved_at INTEGER NOT NULL, "
                               "restored_from TEXT NOT NULL DEFAULT '') WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX note_revisions_by_kind ON note_revisions (profile_id, kind, saved_at)"),
                QStringLiteral("CREATE TABLE lab_runs (id TEXT PRIMARY KEY, "
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "lab_id TEXT NOT NULL, config TEXT NOT NULL, results TEXT NOT NULL, "
                               "label TEXT NOT NULL, saved_at INTEGER NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX lab_runs_by_lab ON lab_runs (profile_id, lab_id, saved_at)"),
            });

    // v1 kept only the latest note, but its log has every save with the fields: each one
    // becomes a revision, so the learner's history appears as it was written.
    QSqlQuery saves = db.exec(QStringLiteral("SELECT id, profile_id, payload, at FROM events "
                                             "WHERE kind = ? ORDER BY at, seq"),
                              {eventKindName(EventKind::NoteSaved)});
    while (saves.next()) {
        const QJsonObject payload = jsonObjectFromText(saves.value(2).toString());
        db.exec(QStringLiteral("INSERT INTO note_revisions (id, profile_id, kind, fields, saved_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {saves.value(0), saves.value(1), payload.value(QLatin1String("kind")).toString(),
                 jsonText(payload.value(QLatin1String("fields")).toObject()), saves.value(3)});
    }

    execAll(db,
            {
                QStringLiteral("DROP TABLE notes"),
                QStringLiteral("PRAGMA user_version = 2"),
            });
}

void Migrations::toVersion3(Database &db)
{
    // tests/store/fixtures/schema_v2_step.sql freezes the step before this one: tests build v2 files.
    // The charts attached as evidence. Not derived from the log (an event names its chart),
    // so an import or a rebuild of the derived tables never touches them. A rowid table:
    // large rows do not belong in a WITHOUT ROWID b-tree.
    execAll(db,
            {
                QStringLiteral("CREATE TABLE evidence_images (id TEXT PRIMARY KEY, "
                               "profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
                               "png BLOB NOT NULL)"),
                QStringLiteral("CREATE INDEX evidence_images_by_profile ON evidence_images (profile_id)"),
                QStringLiteral("PRAGMA user_version = 3"),
            });
}

} // namespace loopwise
