// Deciding whether the database file can be used, and what to do when it cannot.
#pragma once

#include <QString>

namespace loopwise {

class BackupManager;

class Recovery
{
public:
    // Missing: no file, but verified backups exist, so a history was lost (deleted, or a
    // recovery was cut short after moving the bad file aside): restore, never start empty.
    // MissingDamagedKept: no file and no backup, but a damaged file set aside earlier: start
    // anew, and tell the learner where that file is (never a silent empty start).
    enum class Problem { None, Missing, MissingDamagedKept, Empty, NotADatabase, Damaged, NewerVersion };

    struct Diagnosis
    {
        Problem problem = Problem::None;
        int version = 0; // the file's schema version when known
        QString detail; // technical, for the log; for MissingDamagedKept the kept file's path
    };

    // Reads the file without changing it: header bytes, integrity_check, then the schema
    // against its version. A missing file is a new store unless backups exist.
    // Throws StoreError if the file cannot be read at all.
    static Diagnosis diagnose(const QString &dbPath, const BackupManager &backups);

    // Moves a bad file and its WAL aside under a timestamped name (never deletes them) and
    // puts the newest verified backup in its place. Returns the plain notice for the learner.
    // Every step leaves a state that diagnose() recognises, so a crash at any point is
    // finished at the next start. Throws StoreError if the file cannot be moved.
    static QString recover(const QString &dbPath, const Diagnosis &diagnosis, const BackupManager &backups);

    // Test hook: LOOPWISE_TEST_KILL_AT=<step> ends the process abruptly (no cleanup, like
    // SIGKILL) at that named step of recovery, so the crash test hits it every time.
    // Steps: "after-move-aside", "before-restore-rename". Does nothing when unset.
    static void testKillPoint(const char *step);
    static constexpr int TestKillExitCode = 86;

    // A WAL without its database would be replayed into whatever file takes its name:
    // before a new or restored file takes that name, move such leftovers aside (kept).
    static void moveOrphanSideFilesAside(const QString &dbPath);

private:
    static QString moveAside(const QString &dbPath);
    // The newest file moveAside() left beside dbPath, or an empty string.
    static QString newestSetAside(const QString &dbPath);
};

} // namespace loopwise
