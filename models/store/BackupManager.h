// Copies of the database in <data dir>/backups. A copy only gets its final name after it
// has been verified, so every *.db file there is a backup that once checked out.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loopwise {

class Database;

class BackupManager
{
public:
    enum class Reason { Rolling, BeforeMigration, BeforeProfileDelete };
    // Rolling backups kept: the newest few, plus the newest of each recent day.
    static constexpr int KeepLatest = 5;
    static constexpr int KeepDays = 7;

    struct Backup
    {
        QString path;
        QDateTime takenAt; // UTC
        Reason reason = Reason::Rolling;
    };

    explicit BackupManager(const QString &dataDir);

    QString directory() const { return m_dir; }

    // VACUUM INTO a temporary name, verify, rename. Rolling backups also prune the old ones.
    // Throws StoreError if the copy could not be made or did not verify.
    Backup create(Database &db, Reason reason);

    // Empty if the file opens read-only, passes integrity_check and has exactly the schema
    // of a version this build knows; else what is wrong.
    static QString verificationProblem(const QString &path);

    QList<Backup> list() const; // newest first
    // The newest backup that still verifies now.
    std::optional<Backup> newestVerified() const;

    // Deletes rolling backups that the retention rule no longer keeps, except the one with
    // the most events. Other reasons are never deleted automatically: they hold data the
    // learner chose to remove or an old schema.
    void prune(const QDateTime &nowUtc);
    // Removes copies cut short by a crash and their journals; they never counted as backups.
    void removeUnfinished();

private:
    QString m_dir;
};

} // namespace loopwise
