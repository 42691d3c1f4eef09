#include "storesession.h"

#include "messages.h"
#include "migrations.h"
#include "recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace loopwise {

namespace {

// QLockFile treats a lock as stale when the process named in it is gone. A process killed
// between creating a lock file and writing its pid into it leaves an empty file that cannot
// be judged; that happens to our lock and to the ".rmlock" QLockFile takes while clearing a
// stale one. A live instance fills its file within microseconds, so one that stays empty
// has been abandoned.
bool acquire(QLockFile& lock, const QString& path)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    const QStringList files{path, path + QStringLiteral(".rmlock")};
    auto isEmpty = [](const QString& file) {
        const QFileInfo info(file);
        return info.exists() && info.size() == 0;
    };
    if (std::none_of(files.cbegin(), files.cend(), isEmpty))
        return false;
    QThread::msleep(50);
    for (const QString& file : files) {
        if (isEmpty(file))
            QFile::remove(file);
    }
    return lock.tryLock(0);
}

} // namespace

StoreSession::StoreSession(const QString& dataDir, std::unique_ptr<QLockFile> lock)
    : m_dataDir(dataDir), m_lock(std::move(lock)), m_backups(dataDir)
{
}

QString StoreSession::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("loopwise.db"));
}

void StoreSession::createDatabase(const QString& path, BackupManager& backups)
{
    const QString building = path + QStringLiteral(".new");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix); // left by a creation that was cut short
    {
        Database db(building);
        db.configureForWriting();
        Migrations::run(db, backups);
    } // closing checkpoints the WAL into the file
    if (!QFile::rename(building, path))
        throw StoreError(QStringLiteral("cannot rename %1").arg(building), true);
}

StoreSession::Opened StoreSession::open(const QString& dataDir)
{
    Opened result;
    const QString path = databasePath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        result.message = Messages::folderUnwritable(dataDir);
        return result;
    }

    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // A running instance keeps its lock for hours; only a lock whose process is gone is stale.
    lock->setStaleLockTime(0);
    if (!acquire(*lock, lockPath)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.status = Status::Locked;
            result.message = Messages::alreadyOpen(dataDir);
        } else {
            result.message = Messages::folderUnwritable(dataDir);
        }
        return result;
    }

    std::unique_ptr<StoreSession> session(new StoreSession(dataDir, std::move(lock)));
    try {
        session->m_backups.removeUnfinished();
        const Recovery::Diagnosis diagnosis = Recovery::diagnose(path);
        if (diagnosis.problem == Recovery::Problem::NewerVersion) {
            result.status = Status::NewerVersion;
            result.message = Messages::newerVersion(path, diagnosis.version, Migrations::CurrentVersion);
            return result;
        }
        if (diagnosis.problem != Recovery::Problem::None) {
            qWarning("loopwise store: %s is unusable (%s); recovering", qPrintable(path),
                     qPrintable(diagnosis.detail));
            result.notice = Recovery::recover(path, diagnosis, session->m_backups);
        }
        if (!QFile::exists(path))
            createDatabase(path, session->m_backups);
        session->m_database = std::make_unique<Database>(path);
        session->m_database->configureForWriting();
        Migrations::run(*session->m_database, session->m_backups);
        session->m_repository = std::make_unique<ProgressRepository>(*session->m_database);
    } catch (const StoreError& error) {
        result.message = Messages::cannotSave(dataDir, error);
        return result;
    }
    result.status = Status::Ready;
    result.session = std::move(session);
    return result;
}

} // namespace loopwise
