// An open store: the instance lock, the checked and migrated database, its backups.
// Lives in the worker thread, like the connection inside it.
#pragma once

#include "BackupManager.h"
#include "Database.h"
#include "ProgressRepository.h"

#include <QLockFile>

#include <memory>

namespace loopwise {

class StoreSession
{
public:
    enum class Status {
        Ready,
        Locked, // another instance has it: refused
        NewerVersion, // the file is from a newer Loopwise: refused, untouched
        Unwritable, // folder missing, read-only or full: try again later
    };

    struct Opened
    {
        Status status = Status::Unwritable;
        QString message; // why it is not Ready, for the learner
        QString detail; // the technical side of message, shown on request
        QString notice; // what recovery did, for the learner
        std::unique_ptr<StoreSession> session;
    };

    static QString databasePath(const QString &dataDir);

    // Lock, check (recovering a bad or missing file), open, migrate. Never throws.
    // takeOverLock: the learner said the lock from another computer is not live.
    static Opened open(const QString &dataDir, bool takeOverLock = false);

    QString dataDir() const { return m_dataDir; }
    Database &database() { return *m_database; }
    ProgressRepository &repository() { return *m_repository; }
    BackupManager &backups() { return m_backups; }

private:
    StoreSession(const QString &dataDir, std::unique_ptr<QLockFile> lock);
    // Builds a new file beside its final name and renames it into place, so a crash while
    // creating never leaves a half-made store behind.
    static void createDatabase(const QString &path, BackupManager &backups);

    QString m_dataDir;
    // Declared first so it is released last, after the connection has closed.
    std::unique_ptr<QLockFile> m_lock;
    BackupManager m_backups;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgressRepository> m_repository;
};

} // namespace loopwise
