#include "StoreSession.h"

#include "Migrations.h"
#include "Recovery.h"
#include "StoreMessages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace loopwise {

namespace {

struct LockAttempt
{
    bool locked = false;
    QString notice; // for the learner when a lock was taken over
    QString refusal; // for the learner when it was not
};

// QLockFile treats a lock as stale when the process named in it is gone. A process killed
// between creating a lock file and writing its pid into it leaves an empty file that cannot
// be judged; that happens to our lock and to the ".rmlock" QLockFile takes while clearing a
// stale one. A live instance fills its file within microseconds, so one that stays empty
// has been abandoned.
bool clearEmptyLocks(const QString &path)
{
    const QStringList files{path, path + QStringLiteral(".rmlock")};
    auto isEmpty = [](const QString &file) {
        const QFileInfo info(file);
        return info.isFile() && info.size() == 0;
    };
    if (std::none_of(files.cbegin(), files.cend(), isEmpty))
        return false;
    QThread::msleep(50);
    for (const QString &file : files) {
        if (isEmpty(file))
            QFile::remove(file);
    }
    return true;
}

// Qt already takes over a lock of a dead process on this computer. What is left: garbage or
// a folder in its place (no Loopwise writes that: taken over, with a word), a lock from
// another computer sharing the folder (refused, naming it, unless the learner asked), or a
// live instance here.
LockAttempt acquire(QLockFile &lock, const QString &path, const QString &dataDir, bool takeOver)
{
    if (lock.tryLock(0))
        return {true, {}, {}};
    if (lock.error() != QLockFile::LockFailedError)
        return {false, {}, Messages::folderUnwritable(dataDir)};
    if (clearEmptyLocks(path) && lock.tryLock(0))
        return {true, {}, {}};

    const QFileInfo info(path);
    const QDateTime since = info.lastModified();
    qint64 pid = 0;
    QString host;
    QString app;
    if (!info.isFile() || !lock.getLockInfo(&pid, &host, &app)) {
        const QString aside = path + QStringLiteral("-unreadable-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
        // A folder may hold something of the learner's: moved aside, never deleted.
        const bool cleared = info.isDir() ? QDir().rename(path, aside) : QFile::remove(path);
        if (cleared && lock.tryLock(0))
            return {true, Messages::unreadableLockTakenOver(path), {}};
        return {false, {}, Messages::folderUnwritable(dataDir)};
    }
    if (host != QSysInfo::machineHostName()) {
        if (takeOver && lock.removeStaleLockFile() && lock.tryLock(0))
            return {true, Messages::lockTakenOverFromOtherComputer(host, since), {}};
        return {false, {}, Messages::lockedFromOtherComputer(dataDir, host, since)};
    }
    return {false, {}, Messages::alreadyOpen(dataDir)};
}

} // namespace

StoreSession::StoreSession(const QString &dataDir, std::unique_ptr<QLockFile> lock)
    : m_dataDir(dataDir)
    , m_lock(std::move(lock))
    , m_backups(dataDir)
{}

QString StoreSession::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("loopwise.db"));
}

void StoreSession::createDatabase(const QString &path, BackupManager &backups)
{
    const QString building = path + QStringLiteral(".new");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix); // left by a creation that was cut short
    {
        Database db(building);
        db.configureForWriting();
        Migrations::run(db, backups);
    } // closing checkpoints the WAL into the file
    if (!QFile::rename(building, path))
        throw StoreError(QStringLiteral("cannot rename %1").arg(building), true);
}

StoreSession::Opened StoreSession::open(const QString &dataDir, bool takeOverLock)
{
    Opened result;
    const QString path = databasePath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        result.message = Messages::folderUnwritable(dataDir);
        result.detail = Messages::folderDetail(dataDir);
        return result;
    }

    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // A running instance keeps its lock for hours; only a lock whose process is gone is stale.
    lock->setStaleLockTime(0);
    const LockAttempt attempt = acquire(*lock, lockPath, dataDir, takeOverLock);
    if (!attempt.locked) {
        if (lock->error() == QLockFile::LockFailedError)
            result.status = Status::Locked;
        else
            result.detail = Messages::folderDetail(dataDir);
        result.message = attempt.refusal;
        return result;
    }

    std::unique_ptr<StoreSession> session(new StoreSession(dataDir, std::move(lock)));
    try {
        session->m_backups.removeUnfinished();
        const Recovery::Diagnosis diagnosis = Recovery::diagnose(path, session->m_backups);
        if (diagnosis.problem == Recovery::Problem::NewerVersion) {
            result.status = Status::NewerVersion;
            result.message = Messages::newerVersion(path, diagnosis.version, Migrations::CurrentVersion);
            return result;
        }
        if (diagnosis.problem != Recovery::Problem::None) {
            qWarning("loopwise store: %s is unusable (%s); recovering", qPrintable(path), qPrintable(diagnosis.detail));
            result.notice = Recovery::recover(path, diagnosis, session->m_backups);
        }
        if (!QFile::exists(path)) {
            Recovery::moveOrphanSideFilesAside(path);
            createDatabase(path, session->m_backups);
        }
        session->m_database = std::make_unique<Database>(path);
        session->m_database->configureForWriting();
        Migrations::run(*session->m_database, session->m_backups);
        session->m_repository = std::make_unique<ProgressRepository>(*session->m_database);
    } catch (const StoreError &error) {
        result.message = Messages::cannotSave(dataDir, error);
        result.detail = Messages::cannotSaveDetail(dataDir, error);
        return result;
    }
    if (!attempt.notice.isEmpty())
        result.notice = result.notice.isEmpty() ? attempt.notice : attempt.notice + QLatin1Char(' ') + result.notice;
    result.status = Status::Ready;
    result.session = std::move(session);
    return result;
}

} // namespace loopwise
