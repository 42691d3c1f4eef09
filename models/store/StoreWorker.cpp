#include "StoreWorker.h"

#include "Exporters.h"
#include "ProgressRepository.h"
#include "StoreMessages.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>

namespace loopwise {

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_retryTimer(this)
    , m_backupTimer(this)
{
    m_retryTimer.setSingleShot(true);
    m_backupTimer.setInterval(DefaultBackupIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &StoreWorker::retry);
    connect(&m_backupTimer, &QTimer::timeout, this, &StoreWorker::backupIfChanged);
}

StoreWorker::~StoreWorker() = default;

StoreWorker::OpenResult StoreWorker::open(const QString &dataDir, bool takeOverLock)
{
    StoreSession::Opened opened = StoreSession::open(dataDir, takeOverLock);
    OpenResult result{
        opened.status, opened.message, opened.detail, opened.notice, StoreSession::databasePath(dataDir), {}, {}, {}};
    if (opened.status == StoreSession::Status::Unwritable) {
        m_waitingDataDir = dataDir;
        failTransiently(opened.message, opened.detail);
        // The learner's progress is shown from the file while the folder refuses writes:
        // a failed write must never look like "no profile yet" and make a new one.
        if (QFile::exists(result.databasePath)) {
            try {
                Database readOnly(result.databasePath, Database::Access::Immutable);
                ProgressRepository repo(readOnly);
                readProfiles(repo, result);
            } catch (const StoreError &error) {
                qWarning("loopwise store: reading the profiles failed: %s", qPrintable(error.message()));
            }
        }
    }
    if (opened.status != StoreSession::Status::Ready)
        return result;

    m_session = std::move(opened.session);
    m_backupTimer.start();
    try {
        readProfiles(m_session->repository(), result);
    } catch (const StoreError &error) {
        qWarning("loopwise store: reading the profiles failed: %s", qPrintable(error.message()));
    }
    return result;
}

void StoreWorker::readProfiles(ProgressRepository &repo, OpenResult &result)
{
    result.profiles = repo.profiles();
    const QString last = repo.lastProfileId();
    const bool lastExists = std::any_of(result.profiles.cbegin(), result.profiles.cend(),
                                        [&last](const ProfileInfo &p) { return p.id == last; });
    if (lastExists)
        result.currentProfileId = last;
    else if (!result.profiles.isEmpty())
        result.currentProfileId = result.profiles.constFirst().id;
    if (!result.currentProfileId.isEmpty())
        result.state = repo.loadProfile(result.currentProfileId);
}

QString StoreWorker::close()
{
    m_retryTimer.stop();
    m_backupTimer.stop();
    flush();
    const int unsaved = static_cast<int>(m_pending.size());
    m_pending.clear();
    backupIfChanged();
    m_session.reset();
    m_waitingDataDir.clear();
    m_failing = false;
    return unsaved > 0 ? Messages::unsavedAtClose(unsaved) : QString();
}

void StoreWorker::submit(const StoreCommand &command)
{
    m_pending.push_back(command);
    flush();
}

void StoreWorker::flush()
{
    if (!m_session)
        return;
    while (!m_pending.empty()) {
        const StoreCommand command = m_pending.front();
        try {
            execute(command);
        } catch (const StoreError &error) {
            if (error.isTransient()) {
                failTransiently(Messages::cannotSave(m_session->dataDir(), error),
                                Messages::cannotSaveDetail(m_session->dataDir(), error));
                return;
            }
            m_pending.pop_front();
            Q_EMIT rejected(command.requestId, Messages::changeRejected(error.message()));
            continue;
        }
        m_pending.pop_front();
        m_changedSinceBackup = true;
        Q_EMIT committed(command.requestId, command.what, command.recordId());
    }
    if (m_failing) {
        m_failing = false;
        m_retryTimer.stop();
        m_retryDelayMs = m_retryIntervalMs;
        Q_EMIT writesRecovered();
    }
}

void StoreWorker::execute(const StoreCommand &command)
{
    Database &db = m_session->database();
    ProgressRepository &repo = m_session->repository();
    if (command.type == StoreCommand::Type::DeleteProfile) {
        if (!repo.hasProfile(command.profile.id))
            return;
        // The deleted data must survive somewhere: no verified backup, no deletion.
        const BackupManager::Backup backup
            = m_session->backups().create(db, BackupManager::Reason::BeforeProfileDelete);
        Transaction transaction(db);
        repo.deleteProfile(command.profile.id);
        transaction.commit();
        Q_EMIT noticeRaised(Messages::profileDeletedWithBackup(command.profile.name, backup.path));
        return;
    }

    Transaction transaction(db);
    switch (command.type) {
    case StoreCommand::Type::Record:
        if (repo.record(command.event) && command.event.kind == EventKind::EvidenceAttached)
            storeChart(repo, command);
        break;
    case StoreCommand::Type::CreateProfile:
        repo.createProfile(command.profile);
        break;
    case StoreCommand::Type::RenameProfile:
        repo.renameProfile(command.profile.id, command.profile.name);
        break;
    case StoreCommand::Type::RememberProfile:
        repo.setLastProfileId(command.profile.id);
        break;
    case StoreCommand::Type::DeleteProfile:
        break;
    }
    transaction.commit();
}

void StoreWorker::storeChart(ProgressRepository &repo, const StoreCommand &command)
{
    // Encoded here, so the UI thread only hands over the grabbed picture.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!command.chart.save(&buffer, "PNG") || png.size() > Limits::MaxImageBytes)
        throw StoreError(QStringLiteral("the evidence chart could not be stored as PNG"), false);
    repo.storeEvidenceImage(command.event.payload.value(QLatin1String("evidenceId")).toString(),
                            command.event.profileId, png);
}

void StoreWorker::failTransiently(const QString &message, const QString &detail)
{
    m_failing = true;
    Q_EMIT writeFailed(message, detail);
    // Backoff: a full disk rarely frees itself within a second, and each try costs I/O.
    if (!m_retryTimer.isActive()) {
        m_retryTimer.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryIntervalMs);
    }
}

void StoreWorker::retry()
{
    if (m_session) {
        flush();
        return;
    }
    if (m_waitingDataDir.isEmpty())
        return;
    StoreSession::Opened attempt = StoreSession::open(m_waitingDataDir);
    if (attempt.status != StoreSession::Status::Ready) {
        failTransiently(attempt.message, attempt.detail);
        return;
    }
    m_session = std::move(attempt.session);
    m_waitingDataDir.clear();
    m_backupTimer.start();
    if (!attempt.notice.isEmpty())
        Q_EMIT noticeRaised(attempt.notice);
    flush();
    Q_EMIT openedLater();
}

void StoreWorker::backupIfChanged()
{
    if (!m_session || !m_changedSinceBackup || !m_pending.empty())
        return;
    try {
        m_session->backups().create(m_session->database(), BackupManager::Reason::Rolling);
        m_changedSinceBackup = false;
    } catch (const StoreError &error) {
        // The database itself is fine; the next tick tries again.
        qWarning("loopwise store: backup failed: %s", qPrintable(error.message()));
    }
}

ProfileState StoreWorker::loadProfile(const QString &profileId)
{
    ProfileState state;
    state.profileId = profileId;
    if (m_session) {
        try {
            state = m_session->repository().loadProfile(profileId);
        } catch (const StoreError &error) {
            qWarning("loopwise store: loading a profile failed: %s", qPrintable(error.message()));
        }
    }
    for (const StoreCommand &command : m_pending) {
        if (command.type == StoreCommand::Type::Record && command.event.profileId == profileId)
            state.apply(command.event, command.chart);
    }
    return state;
}

QList<ProfileInfo> StoreWorker::profiles()
{
    QList<ProfileInfo> stored;
    if (m_session) {
        try {
            stored = m_session->repository().profiles();
        } catch (const StoreError &error) {
            qWarning("loopwise store: listing profiles failed: %s", qPrintable(error.message()));
        }
    }
    return withPendingProfiles(stored);
}

QList<ProfileInfo> StoreWorker::withPendingProfiles(QList<ProfileInfo> profiles) const
{
    for (const StoreCommand &command : m_pending) {
        const QString &id = command.profile.id;
        auto it = std::find_if(profiles.begin(), profiles.end(), [&id](const ProfileInfo &p) { return p.id == id; });
        switch (command.type) {
        case StoreCommand::Type::CreateProfile:
            if (it == profiles.end())
                profiles.append(command.profile);
            break;
        case StoreCommand::Type::RenameProfile:
            if (it != profiles.end())
                it->name = command.profile.name;
            break;
        case StoreCommand::Type::DeleteProfile:
            if (it != profiles.end())
                profiles.erase(it);
            break;
        default:
            break;
        }
    }
    return profiles;
}

template<typename Operation>
QString StoreWorker::guarded(Operation operation)
{
    if (!m_session)
        return Messages::notOpen();
    try {
        return operation(m_session->repository());
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString StoreWorker::exportProgressCsv(const QString &path)
{
    return guarded([&path](ProgressRepository &repo) {
        QList<Exporters::ProfileProgress> progress;
        const QList<ProfileInfo> profiles = repo.profiles();
        for (const ProfileInfo &profile : profiles)
            progress.append({profile, repo.loadProfile(profile.id)});
        return Exporters::writeFile(path, Exporters::progressCsv(progress));
    });
}

QString StoreWorker::exportXapi(const QString &path)
{
    return guarded([&path](ProgressRepository &repo) {
        QList<Exporters::ProfileLog> logs;
        const QList<ProfileInfo> profiles = repo.profiles();
        for (const ProfileInfo &profile : profiles)
            logs.append({profile, repo.events(profile.id)});
        return Exporters::writeFile(path, Exporters::xapiStatements(logs));
    });
}

QString StoreWorker::exportProfile(const QString &profileId, const QString &path)
{
    return guarded([&](ProgressRepository &repo) {
        const QList<ProfileInfo> profiles = repo.profiles();
        const auto it = std::find_if(profiles.cbegin(), profiles.cend(),
                                     [&profileId](const ProfileInfo &p) { return p.id == profileId; });
        if (it == profiles.cend())
            return Messages::unknownProfile(profileId);
        const ProfileArchive archive{*it, repo.events(profileId), repo.evidenceImages(profileId)};
        return Exporters::writeFile(path, archive.toJson());
    });
}

QHash<QString, QByteArray> StoreWorker::evidenceImages(const QString &profileId, const QStringList &ids)
{
    QHash<QString, QByteArray> images;
    if (ids.isEmpty())
        return images;
    const QString error = guarded([&](ProgressRepository &repo) {
        images = repo.evidenceImages(profileId, ids);
        return QString();
    });
    if (!error.isEmpty())
        qWarning("loopwise store: reading evidence charts failed: %s", qPrintable(error));
    return images;
}

StoreWorker::ImportResult StoreWorker::importFile(const QString &path, const QString &shownProfileId)
{
    ImportResult result;
    const auto archive = ProfileArchive::readFile(path, &result.error);
    ImportReport report;
    if (archive) {
        report = importProfile(*archive);
        result.error = report.refusal;
    }
    if (!result.error.isEmpty()) {
        result.error = Messages::importRefused(path, result.error);
        return result;
    }
    if (report.added == 0) {
        result.error = Messages::importSummary(path, report);
        return result;
    }
    result.summary = Messages::importSummary(path, report);
    result.profileId = archive->profile.id;
    result.profiles = profiles();
    if (result.profileId == shownProfileId)
        result.state = loadProfile(shownProfileId);
    return result;
}

ImportReport StoreWorker::importProfile(const ProfileArchive &archive)
{
    ImportReport report;
    // Merging replays the whole log; earlier changes still waiting would land out of order.
    flush();
    if (!m_pending.empty()) {
        report.refusal = Messages::importWaitsForSave();
        return report;
    }
    report.refusal = guarded([&](ProgressRepository &repo) {
        Transaction transaction(m_session->database());
        report = repo.merge(archive);
        if (report.added > 0)
            m_changedSinceBackup = true;
        transaction.commit();
        return QString();
    });
    return report;
}

void StoreWorker::setBackupInterval(int ms)
{
    m_backupTimer.setInterval(ms);
}

void StoreWorker::setRetryInterval(int ms)
{
    m_retryIntervalMs = ms;
    m_retryDelayMs = ms;
}

} // namespace loopwise
