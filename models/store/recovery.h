// Deciding whether the database file can be used, and what to do when it cannot.
#pragma once

#include <QString>

namespace loopwise {

class BackupManager;

class Recovery {
public:
    enum class Problem { None, Empty, NotADatabase, Damaged, NewerVersion };

    struct Diagnosis {
        Problem problem = Problem::None;
        int version = 0; // the file's schema version when known
        QString detail; // technical, for the log
    };

    // Reads the file without changing it: header bytes first, then SQLite's integrity_check.
    // A missing file is fine (a new store). Throws StoreError if the file cannot be read at all.
    static Diagnosis diagnose(const QString& dbPath);

    // Moves a bad file and its WAL aside under a timestamped name (never deletes them) and
    // puts the newest verified backup in its place. Returns the plain notice for the learner.
    // Throws StoreError if the file cannot be moved.
    static QString recover(const QString& dbPath, const Diagnosis& diagnosis, const BackupManager& backups);

private:
    static QString moveAside(const QString& dbPath);
};

} // namespace loopwise
