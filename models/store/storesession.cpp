#include "storesession.h"

#include "messages.h"
#include "migrations.h"
#include "recovery.h"

#include <QDir>

namespace loopwise {

StoreSession::StoreSession(const QString& dataDir, std::unique_ptr<QLockFile> lock)
    : m_dataDir(dataDir), m_lock(std::move(lock)), m_backups(dataDir)
{
}

QString StoreSession::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("loopwise.db"));
}

StoreSession::Opened StoreSession::open(const QString& dataDir)
{
    Opened result;
    const QString path = databasePath(dataDir);
    if (!QDir().mkpath(dataDir)) {
        result.message = Messages::cannotSave(dataDir, StoreError(QStringLiteral("cannot create the folder"), true));
        return result;
    }

    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A running instance keeps its lock for hours; only a lock whose process is gone is stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.status = Status::Locked;
            result.message = Messages::alreadyOpen(dataDir);
        } else {
            result.message = Messages::cannotSave(dataDir, StoreError(QStringLiteral("cannot create the lock file"), true));
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
