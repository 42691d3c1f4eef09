#include "progressstore.h"

#include "exporters.h"
#include "messages.h"
#include "profilearchive.h"
#include "storeworker.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace loopwise {

namespace {

// QML file dialogs hand over URLs.
QString localPath(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms)) : QVariant();
}

} // namespace

ProgressStore::ProgressStore(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new StoreWorker)
{
    m_thread->setObjectName(QStringLiteral("loopwise-store"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWorker::committed, this, &ProgressStore::onCommitted);
    connect(m_worker, &StoreWorker::rejected, this, &ProgressStore::onRejected);
    connect(m_worker, &StoreWorker::writeFailed, this, &ProgressStore::onWriteFailed);
    connect(m_worker, &StoreWorker::writesRecovered, this, [this] { setWriteError(QString()); });
    connect(m_worker, &StoreWorker::opened, this, &ProgressStore::reloadProfiles);
    connect(m_worker, &StoreWorker::noticeRaised, this, &ProgressStore::setNotice);
    m_thread->start();
}

ProgressStore::~ProgressStore()
{
    close();
    m_thread->quit();
    m_thread->wait();
}

template <typename Call>
auto ProgressStore::onWorker(Call call)
{
    decltype(call()) result;
    QMetaObject::invokeMethod(m_worker, [&result, &call] { result = call(); }, Qt::BlockingQueuedConnection);
    return result;
}

bool ProgressStore::open(const QString& dataDir, bool takeOverLock)
{
    close();
    const QString dir = dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : localPath(dataDir);
    const StoreWorker::OpenResult result = onWorker([this, &dir, takeOverLock] { return m_worker->open(dir, takeOverLock); });

    if (m_databasePath != result.databasePath) {
        m_databasePath = result.databasePath;
        Q_EMIT databasePathChanged();
    }
    setNotice(result.notice);
    switch (result.status) {
    case StoreSession::Status::Locked:
    case StoreSession::Status::NewerVersion:
        return finish(result.message);
    case StoreSession::Status::Unwritable:
        // Work goes on in memory; the worker keeps trying to open the folder.
        setWriteError(result.message, result.detail);
        break;
    case StoreSession::Status::Ready:
        break;
    }
    setProfiles(result.profiles);
    if (result.currentProfileId.isEmpty())
        startDefaultProfile();
    else
        activate(result.currentProfileId, result.state);
    setReady(true);
    return finish(QString());
}

bool ProgressStore::close()
{
    if (m_ready)
        flushPending();
    const QString unsaved = onWorker([this] { return m_worker->close(); });
    setReady(false);
    setInFlight({});
    setWriteError(QString());
    m_state = ProfileState();
    setCurrentProfileId(QString());
    setProfiles({});
    return finish(unsaved);
}

void ProgressStore::flushPending()
{
    Q_EMIT flushRequested();
}

void ProgressStore::setBackupInterval(int ms)
{
    QMetaObject::invokeMethod(m_worker, [this, ms] { m_worker->setBackupInterval(ms); });
}

void ProgressStore::setRetryInterval(int ms)
{
    QMetaObject::invokeMethod(m_worker, [this, ms] { m_worker->setRetryInterval(ms); });
}

QString ProgressStore::currentProfileName() const
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [this](const ProfileInfo& p) { return p.id == m_currentProfileId; });
    return it == m_profiles.cend() ? QString() : it->name;
}

QVariantList ProgressStore::profiles() const
{
    QVariantList list;
    for (const ProfileInfo& p : m_profiles)
        list.append(QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    return list;
}

// ---- Profiles

QString ProgressStore::createProfile(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (!accept(!trimmed.isEmpty() && trimmed.size() <= Limits::MaxNameChars,
                Messages::invalidProfileName(Limits::MaxNameChars)))
        return QString();
    const ProfileInfo profile{newUuid(), trimmed, nowMs()};
    send({StoreCommand::Type::CreateProfile, 0, QStringLiteral("profile"), {}, profile});
    QList<ProfileInfo> profiles = m_profiles;
    profiles.append(profile);
    setProfiles(profiles);
    return profile.id;
}

bool ProgressStore::renameProfile(const QString& id, const QString& name)
{
    const QString trimmed = name.trimmed();
    QList<ProfileInfo> profiles = m_profiles;
    const auto it = std::find_if(profiles.begin(), profiles.end(), [&id](const ProfileInfo& p) { return p.id == id; });
    if (!accept(it != profiles.end(), Messages::unknownProfile(id))
        || !accept(!trimmed.isEmpty() && trimmed.size() <= Limits::MaxNameChars,
                   Messages::invalidProfileName(Limits::MaxNameChars)))
        return false;
    it->name = trimmed;
    send({StoreCommand::Type::RenameProfile, 0, QStringLiteral("profile"), {}, *it});
    setProfiles(profiles);
    return true;
}

bool ProgressStore::switchProfile(const QString& id)
{
    const bool known = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                   [&id](const ProfileInfo& p) { return p.id == id; });
    if (!accept(known, Messages::unknownProfile(id)))
        return false;
    if (id != m_currentProfileId)
        activate(id, onWorker([this, &id] { return m_worker->loadProfile(id); }));
    return true;
}

bool ProgressStore::deleteProfile(const QString& id)
{
    QList<ProfileInfo> profiles = m_profiles;
    const auto it = std::find_if(profiles.begin(), profiles.end(), [&id](const ProfileInfo& p) { return p.id == id; });
    if (!accept(it != profiles.end(), Messages::unknownProfile(id)))
        return false;
    send({StoreCommand::Type::DeleteProfile, 0, QStringLiteral("profile"), {}, *it});
    profiles.erase(it);
    setProfiles(profiles);
    if (id == m_currentProfileId) {
        if (profiles.isEmpty())
            startDefaultProfile();
        else
            switchProfile(profiles.constFirst().id);
    }
    return true;
}

void ProgressStore::activate(const QString& profileId, const ProfileState& state)
{
    // Pending edits belong to the profile shown until now.
    if (!m_currentProfileId.isEmpty())
        flushPending();
    // Remembered so the next start opens the same learner.
    send({StoreCommand::Type::RememberProfile, 0, QStringLiteral("profile"), {}, ProfileInfo{profileId, {}, 0}});
    m_state = state;
    setCurrentProfileId(profileId);
    notifyChanged();
}

void ProgressStore::startDefaultProfile()
{
    //: Name of the profile Loopwise creates when there is none yet.
    const QString id = createProfile(tr("Learner"));
    ProfileState empty;
    empty.profileId = id;
    activate(id, empty);
}

void ProgressStore::reloadProfiles()
{
    setProfiles(onWorker([this] { return m_worker->profiles(); }));
}

// ---- Modules

QString ProgressStore::moduleStatus(const QString& moduleId) const
{
    return moduleStatusName(m_state.modules.value(moduleId).status);
}

QVariantMap ProgressStore::moduleProgress(const QString& moduleId) const
{
    const ModuleProgress m = m_state.modules.value(moduleId);
    return {{QStringLiteral("status"), moduleStatusName(m.status)},
            {QStringLiteral("startedAt"), timeOrNull(m.startedAt)},
            {QStringLiteral("completedAt"), timeOrNull(m.completedAt)},
            {QStringLiteral("secondsSpent"), m.secondsSpent},
            {QStringLiteral("readingPosition"), m.readingPosition}};
}

int ProgressStore::timeSpent(const QString& moduleId) const
{
    return static_cast<int>(m_state.modules.value(moduleId).secondsSpent);
}

bool ProgressStore::openModule(const QString& moduleId)
{
    return validIds({moduleId}) && !record(EventKind::ModuleOpened, moduleId, {}, eventKindName(EventKind::ModuleOpened)).isEmpty();
}

bool ProgressStore::markComplete(const QString& moduleId)
{
    return validIds({moduleId})
        && !record(EventKind::ModuleCompleted, moduleId, {}, eventKindName(EventKind::ModuleCompleted)).isEmpty();
}

bool ProgressStore::markIncomplete(const QString& moduleId)
{
    return validIds({moduleId})
        && !record(EventKind::ModuleReopened, moduleId, {}, eventKindName(EventKind::ModuleReopened)).isEmpty();
}

bool ProgressStore::addTimeSpent(const QString& moduleId, int seconds)
{
    if (!validIds({moduleId})
        || !accept(seconds >= 1 && seconds <= Limits::MaxSecondsPerEntry,
                   Messages::invalidSeconds(Limits::MaxSecondsPerEntry)))
        return false;
    return !record(EventKind::TimeSpent, moduleId, {{QStringLiteral("seconds"), seconds}},
                   eventKindName(EventKind::TimeSpent))
                .isEmpty();
}

QStringList ProgressStore::openedCards(const QString& moduleId) const
{
    return m_state.openedCards.value(moduleId);
}

bool ProgressStore::openCard(const QString& moduleId, const QString& cardId)
{
    return validIds({moduleId, cardId})
        && !record(EventKind::CardOpened, moduleId, {{QStringLiteral("cardId"), cardId}},
                   eventKindName(EventKind::CardOpened))
                .isEmpty();
}

bool ProgressStore::answerQuestion(const QString& moduleId, const QString& questionId, const QString& response,
                                   bool correct)
{
    if (!validIds({moduleId, questionId})
        || !accept(response.size() <= Limits::MaxTextChars, Messages::textTooLong(Limits::MaxTextChars)))
        return false;
    return !record(EventKind::QuestionAnswered, moduleId,
                   {{QStringLiteral("questionId"), questionId},
                    {QStringLiteral("response"), response},
                    {QStringLiteral("correct"), correct}},
                   eventKindName(EventKind::QuestionAnswered))
                .isEmpty();
}

QString ProgressStore::readingPosition(const QString& moduleId) const
{
    return m_state.modules.value(moduleId).readingPosition;
}

bool ProgressStore::setReadingPosition(const QString& moduleId, const QString& sectionId)
{
    return validIds({moduleId, sectionId})
        && !record(EventKind::PositionSet, moduleId, {{QStringLiteral("sectionId"), sectionId}},
                   eventKindName(EventKind::PositionSet))
                .isEmpty();
}

// ---- Notes

std::optional<NoteRevision> ProgressStore::latestNote(const QString& kind) const
{
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    return revisions.isEmpty() ? std::nullopt : std::optional(revisions.constLast());
}

QVariantMap ProgressStore::note(const QString& kind) const
{
    const auto latest = latestNote(kind);
    QVariantMap fields;
    const QStringList names = noteFields(kind);
    for (const QString& field : names)
        fields.insert(field, latest ? latest->fields.value(field).toString() : QString());
    return fields;
}

QString ProgressStore::saveNote(const QString& kind, const QVariantMap& fields)
{
    const QStringList names = noteFields(kind);
    if (!accept(!names.isEmpty(), Messages::unknownNoteKind(kind)))
        return QString();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!accept(names.contains(it.key()), Messages::unknownNoteField(kind, it.key()))
            || !accept(it.value().toString().size() <= Limits::MaxTextChars, Messages::textTooLong(Limits::MaxTextChars)))
            return QString();
    }
    QJsonObject values;
    for (const QString& field : names)
        values.insert(field, fields.value(field).toString());
    return record(EventKind::NoteSaved, QString(),
                  {{QStringLiteral("kind"), kind}, {QStringLiteral("fields"), values}}, kind);
}

QVariantList ProgressStore::noteRevisions(const QString& kind) const
{
    QVariantList list;
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        list.append(QVariantMap{{QStringLiteral("revisionId"), it->id},
                                {QStringLiteral("savedAt"), QDateTime::fromMSecsSinceEpoch(it->savedAt)},
                                {QStringLiteral("fields"), it->fields.toVariantMap()},
                                {QStringLiteral("restoredFrom"), it->restoredFrom}});
    }
    return list;
}

QString ProgressStore::restoreRevision(const QString& kind, const QString& revisionId)
{
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    const auto it = std::find_if(revisions.cbegin(), revisions.cend(),
                                 [&revisionId](const NoteRevision& r) { return r.id == revisionId; });
    if (!accept(it != revisions.cend(), Messages::unknownRevision(revisionId)))
        return QString();
    return record(EventKind::NoteSaved, QString(),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("fields"), it->fields},
                   {QStringLiteral("restoredFrom"), it->id}},
                  kind);
}

// ---- Labs

QString ProgressStore::saveLabRun(const QString& labId, const QString& configJson, const QString& resultsJson,
                                  const QString& label)
{
    auto isJson = [](const QString& text) {
        return text.size() <= Limits::MaxTextChars && !QJsonDocument::fromJson(text.toUtf8()).isNull();
    };
    if (!validIds({labId}) || !accept(isJson(configJson) && isJson(resultsJson), Messages::labRunNotJson())
        || !accept(label.size() <= Limits::MaxLabelChars, Messages::textTooLong(Limits::MaxLabelChars)))
        return QString();
    return record(EventKind::LabRunSaved, QString(),
                  {{QStringLiteral("labId"), labId},
                   {QStringLiteral("config"), configJson},
                   {QStringLiteral("results"), resultsJson},
                   {QStringLiteral("label"), label}},
                  eventKindName(EventKind::LabRunSaved));
}

QVariantList ProgressStore::labRuns(const QString& labId) const
{
    QVariantList list;
    const QList<LabRun> runs = m_state.labRuns.value(labId);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        list.append(QVariantMap{{QStringLiteral("id"), it->id},
                                {QStringLiteral("labId"), it->labId},
                                {QStringLiteral("label"), it->label},
                                {QStringLiteral("config"), it->config},
                                {QStringLiteral("results"), it->results},
                                {QStringLiteral("savedAt"), QDateTime::fromMSecsSinceEpoch(it->savedAt)}});
    }
    return list;
}

// ---- Settings

QVariant ProgressStore::setting(const QString& key, const QVariant& defaultValue) const
{
    const auto it = m_state.settings.constFind(key);
    return it == m_state.settings.cend() ? defaultValue : it->toVariant();
}

bool ProgressStore::setSetting(const QString& key, const QVariant& value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (!validIds({key})
        || !accept(json.isString() || json.isDouble() || json.isBool(), Messages::settingNotScalar(key))
        || !accept(json.toString().size() <= Limits::MaxTextChars, Messages::textTooLong(Limits::MaxTextChars)))
        return false;
    return !record(EventKind::SettingChanged, QString(), {{QStringLiteral("key"), key}, {QStringLiteral("value"), json}},
                   eventKindName(EventKind::SettingChanged))
                .isEmpty();
}

// ---- Exports and import

bool ProgressStore::exportNote(const QString& kind, const QString& path, bool withReflection, bool pdf)
{
    if (!accept(!noteFields(kind).isEmpty(), Messages::unknownNoteKind(kind)))
        return false;
    const QString reflection = QStringLiteral("reflection");
    const Exporters::NoteDocument document{
        currentProfileName(), kind, latestNote(kind),
        withReflection && kind != reflection ? latestNote(reflection) : std::nullopt};
    const QByteArray bytes = pdf ? Exporters::notePdf(document) : Exporters::noteMarkdown(document).toUtf8();
    return finish(Exporters::writeFile(localPath(path), bytes));
}

bool ProgressStore::exportNoteMarkdown(const QString& kind, const QString& path, bool withReflection)
{
    return exportNote(kind, path, withReflection, false);
}

bool ProgressStore::exportNotePdf(const QString& kind, const QString& path, bool withReflection)
{
    return exportNote(kind, path, withReflection, true);
}

bool ProgressStore::exportProgressCsv(const QString& path)
{
    const QString file = localPath(path);
    return finish(onWorker([this, &file] { return m_worker->exportProgressCsv(file); }));
}

bool ProgressStore::exportXapi(const QString& path)
{
    const QString file = localPath(path);
    return finish(onWorker([this, &file] { return m_worker->exportXapi(file); }));
}

bool ProgressStore::exportProfile(const QString& path)
{
    const QString file = localPath(path);
    return finish(onWorker([this, &file] { return m_worker->exportProfile(m_currentProfileId, file); }));
}

bool ProgressStore::importProfile(const QString& path)
{
    const QString file = localPath(path);
    // A note edit still waiting for typing to pause must not land after the merged log.
    flushPending();
    setImportSummary(QString());
    QString error;
    const auto archive = ProfileArchive::readFile(file, &error);
    ImportReport report;
    if (archive) {
        report = onWorker([this, &archive] { return m_worker->importProfile(*archive); });
        error = report.refusal;
    }
    if (!error.isEmpty())
        return finish(Messages::importRefused(file, error));
    if (report.added == 0)
        return finish(Messages::importSummary(file, report));

    setImportSummary(Messages::importSummary(file, report));
    reloadProfiles();
    if (archive->profile.id == m_currentProfileId) {
        m_state = onWorker([this] { return m_worker->loadProfile(m_currentProfileId); });
        notifyChanged();
    }
    return finish(QString());
}

void ProgressStore::clearNotice()
{
    setNotice(QString());
}

// ---- Writing

void ProgressStore::send(StoreCommand command)
{
    command.requestId = ++m_lastRequestId;
    QSet<quint64> inFlight = m_inFlight;
    inFlight.insert(command.requestId);
    setInFlight(inFlight);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, command] { worker->submit(command); });
}

QString ProgressStore::record(EventKind kind, const QString& moduleId, const QJsonObject& payload, const QString& what)
{
    if (!accept(!m_currentProfileId.isEmpty(), Messages::notOpen()))
        return QString();
    const Event event = Event::create(m_currentProfileId, kind, moduleId, payload);
    m_state.apply(event);
    send({StoreCommand::Type::Record, 0, what, event, {}});
    notifyChanged();
    return event.id;
}

void ProgressStore::onCommitted(quint64 requestId, const QString& what, const QString& recordId)
{
    QSet<quint64> inFlight = m_inFlight;
    if (!inFlight.remove(requestId))
        return; // from before the last close()
    setInFlight(inFlight);
    Q_EMIT saved(what, recordId);
}

void ProgressStore::onRejected(quint64 requestId, const QString& message)
{
    QSet<quint64> inFlight = m_inFlight;
    if (!inFlight.remove(requestId))
        return;
    setInFlight(inFlight);
    setLastError(message);
    Q_EMIT writeFailed(message);
    // The cache showed the change already; show what is really stored instead.
    m_state = onWorker([this] { return m_worker->loadProfile(m_currentProfileId); });
    notifyChanged();
}

void ProgressStore::onWriteFailed(const QString& message, const QString& details)
{
    setWriteError(message, details);
    Q_EMIT writeFailed(message);
}

// ---- Small helpers

bool ProgressStore::accept(bool valid, const QString& errorIfNot)
{
    if (!valid)
        setLastError(errorIfNot);
    return valid;
}

bool ProgressStore::validIds(const QStringList& ids)
{
    return std::all_of(ids.cbegin(), ids.cend(),
                       [this](const QString& id) { return accept(isIdentifier(id), Messages::invalidIdentifier(id)); });
}

bool ProgressStore::finish(const QString& error)
{
    setLastError(error);
    return error.isEmpty();
}

void ProgressStore::setProfiles(const QList<ProfileInfo>& profiles)
{
    const bool same = std::equal(profiles.cbegin(), profiles.cend(), m_profiles.cbegin(), m_profiles.cend(),
                                 [](const ProfileInfo& a, const ProfileInfo& b) { return a.id == b.id && a.name == b.name; });
    if (same)
        return;
    m_profiles = profiles;
    Q_EMIT profilesChanged();
    Q_EMIT currentProfileNameChanged();
}

void ProgressStore::notifyChanged()
{
    ++m_revision;
    Q_EMIT changed();
}

void ProgressStore::setReady(bool ready)
{
    if (m_ready != ready) {
        m_ready = ready;
        Q_EMIT readyChanged();
    }
}

void ProgressStore::setNotice(const QString& notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        Q_EMIT noticeChanged();
    }
}

void ProgressStore::setWriteError(const QString& message, const QString& details)
{
    if (m_writeError != message || m_writeErrorDetails != details) {
        m_writeError = message;
        m_writeErrorDetails = details;
        Q_EMIT writeErrorChanged();
    }
}

void ProgressStore::setLastError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void ProgressStore::setImportSummary(const QString& summary)
{
    if (m_importSummary != summary) {
        m_importSummary = summary;
        Q_EMIT importSummaryChanged();
    }
}

void ProgressStore::setCurrentProfileId(const QString& id)
{
    if (m_currentProfileId != id) {
        m_currentProfileId = id;
        Q_EMIT currentProfileIdChanged();
        Q_EMIT currentProfileNameChanged();
    }
}

void ProgressStore::setInFlight(const QSet<quint64>& requests)
{
    const bool countChanged = requests.size() != m_inFlight.size();
    m_inFlight = requests;
    if (countChanged)
        Q_EMIT pendingWritesChanged();
}

} // namespace loopwise
