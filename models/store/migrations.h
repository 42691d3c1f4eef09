// The schema history. Version n is reached by running every step up to n, each in one
// transaction that also sets PRAGMA user_version, each after a verified backup.
#pragma once

namespace loopwise {

class BackupManager;
class Database;

class Migrations {
public:
    // v1: profiles, append-only events, module status, opened cards, settings, latest notes.
    // v2: every note save kept as a revision; saved lab runs.
    static constexpr int CurrentVersion = 2;

    // Brings a checked database whose version is at most CurrentVersion up to date.
    // Throws StoreError; a failed step leaves the file at the previous version.
    static void run(Database& db, BackupManager& backups);

private:
    static void toVersion1(Database& db);
    static void toVersion2(Database& db);
};

} // namespace loopwise
