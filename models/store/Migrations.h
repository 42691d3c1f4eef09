// The schema history. Version n is reached by running every step up to n, each in one
// transaction that also sets PRAGMA user_version, each after a verified backup.
#pragma once

#include <QString>

namespace loopwise {

class BackupManager;
class Database;

class Migrations
{
public:
    // v1: profiles, append-only events, module status, opened cards, settings, latest notes.
    // v2: every note save kept as a revision; saved lab runs.
    // v3: the charts of lab runs attached to a note as evidence.
    static constexpr int CurrentVersion = 3;

    // Brings a checked database whose version is at most CurrentVersion up to date.
    // Throws StoreError; a failed step leaves the file at the previous version.
    static void run(Database &db, BackupManager &backups);

    // Empty if the file's tables and columns are exactly those its user_version promises
    // (built from the steps themselves in memory), else what differs, for the log.
    static QString schemaProblem(Database &db);

private:
    struct Step
    {
        int version;
        void (*apply)(Database &);
    };
    static const Step Steps[CurrentVersion];
    static void toVersion1(Database &db);
    static void toVersion2(Database &db);
    static void toVersion3(Database &db);
};

} // namespace loopwise
