#include "ProgressStore.h"

#include "StoreMessages.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace loopwise {

namespace {

QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms)) : QVariant();
}

} // namespace

ProgressStore::ProgressStore(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("loopwise-store"))
{
    connect(m_worker.get(), &StoreWorker::committed, this, &ProgressStore::onCommitted);
    connect(m_worker.get(), &StoreWorker::rejected, this, &ProgressStore::onRejected);
    connect(m_worker.get(), &StoreWorker::writeFailed, this, &ProgressStore::onWriteFailed);
    connect(m_worker.get(), &StoreWorker::writesRecovered, this, [this] { setWriteError(QString()); });
    connect(m_worker.get(), &StoreWorker::openedLater, this, &ProgressStore::reloadProfiles);
    connect(m_worker.get(), &StoreWorker::noticeRaised, this, &ProgressStore::setNotice);
    m_worker.start();
}

// The one wait on the store's thread: ~WorkerThread lets it finish its queue (the writes
// still pending, then this close) and waits for that. Only the end of the app (after
// main.cpp closed the store, with no window left to draw) and the end of a test get here.
ProgressStore::~ProgressStore()
{
    if (m_ready)
        flushPending();
    m_worker.post([](StoreWorker &worker) { worker.close(); });
}

void ProgressStore::flushPending()
{
    Q_EMIT flushRequested();
}

void ProgressStore::setBackupInterval(int ms)
{
    m_worker.post([ms](StoreWorker &worker) { worker.setBackupInterval(ms); });
}

void ProgressStore::setRetryInterval(int ms)
{
    m_worker.post([ms](StoreWorker &worker) { worker.setRetryInterval(ms); });
}

QString ProgressStore::currentProfileName() const
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [this](const ProfileInfo &p) { return p.id == m_currentProfileId; });
    return it == m_profiles.cend() ? QString() : it->name;
}

QVariantList ProgressStore::profiles() const
{
    QVariantList list;
    for (const ProfileInfo &p : m_profiles)
        list.append(QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    return list;
}

// ---- Profiles

QString ProgressStore::createProfile(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!accept(!trimmed.isEmpty() && trimmed.size() <= Limits::MaxNameChars,
                Messages::invalidProfileName(Limits::MaxNameChars)))
        return QString();
    const ProfileInfo profile{newUuid(), trimmed, nowMs()};
    send({StoreCommand::Type::CreateProfile, 0, QStringLiteral("profile"), {}, profile, {}});
    QList<ProfileInfo> profiles = m_profiles;
    profiles.append(profile);
    setProfiles(profiles);
    return profile.id;
}

bool ProgressStore::renameProfile(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    QList<ProfileInfo> profiles = m_profiles;
    const auto it = std::find_if(profiles.begin(), profiles.end(), [&id](const ProfileInfo &p) { return p.id == id; });
    if (!accept(it != profiles.end(), Messages::unknownProfile(id))
        || !accept(!trimmed.isEmpty() && trimmed.size() <= Limits::MaxNameChars,
                   Messages::invalidProfileName(Limits::MaxNameChars)))
        return false;
    it->name = trimmed;
    send({StoreCommand::Type::RenameProfile, 0, QStringLiteral("profile"), {}, *it, {}});
    setProfiles(profiles);
    return true;
}

bool ProgressStore::deleteProfile(const QString &id)
{
    QList<ProfileInfo> profiles = m_profiles;
    const auto it = std::find_if(profiles.begin(), profiles.end(), [&id](const ProfileInfo &p) { return p.id == id; });
    if (!accept(it != profiles.end(), Messages::unknownProfile(id)))
        return false;
    send({StoreCommand::Type::DeleteProfile, 0, QStringLiteral("profile"), {}, *it, {}});
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

void ProgressStore::activate(const QString &profileId, const ProfileState &state)
{
    // Pending edits belong to the profile shown until now.
    if (!m_currentProfileId.isEmpty())
        flushPending();
    // Remembered so the next start opens the same learner.
    send({StoreCommand::Type::RememberProfile, 0, QStringLiteral("profile"), {}, ProfileInfo{profileId, {}, 0}, {}});
    // The state first: whoever follows currentProfileId reads the new profile's data.
    m_state = state;
    setCurrentProfileId(profileId);
    notifyProfileDataReset();
}

void ProgressStore::startDefaultProfile()
{
    //: Name of the profile Loopwise creates when there is none yet.
    const QString id = createProfile(tr("Learner"));
    ProfileState empty;
    empty.profileId = id;
    activate(id, empty);
}

// ---- Modules

QString ProgressStore::moduleStatus(const QString &moduleId) const
{
    return moduleStatusName(m_state.modules.value(moduleId).status);
}

QVariantMap ProgressStore::moduleProgress(const QString &moduleId) const
{
    const ModuleProgress m = m_state.modules.value(moduleId);
    return {{QStringLiteral("status"), moduleStatusName(m.status)},
            {QStringLiteral("startedAt"), timeOrNull(m.startedAt)},
            {QStringLiteral("completedAt"), timeOrNull(m.completedAt)},
            {QStringLiteral("secondsSpent"), m.secondsSpent},
            {QStringLiteral("readingPosition"), m.readingPosition}};
}

int ProgressStore::timeSpent(const QString &moduleId) const
{
    return static_cast<int>(m_state.modules.value(moduleId).secondsSpent);
}

bool ProgressStore::openModule(const QString &moduleId)
{
    return validIds({moduleId})
        && !record(EventKind::ModuleOpened, moduleId, {}, eventKindName(EventKind::ModuleOpened)).isEmpty();
}

bool ProgressStore::markComplete(const QString &moduleId)
{
    return validIds({moduleId})
        && !record(EventKind::ModuleCompleted, moduleId, {}, eventKindName(EventKind::ModuleCompleted)).isEmpty();
}

bool ProgressStore::markIncomplete(const QString &moduleId)
{
    return validIds({moduleId})
        && !record(EventKind::ModuleReopened, moduleId, {}, eventKindName(EventKind::ModuleReopened)).isEmpty();
}

bool ProgressStore::addTimeSpent(const QString &moduleId, int seconds)
{
    if (!validIds({moduleId})
        || !accept(seconds >= 1 && seconds <= Limits::MaxSecondsPerEntry,
                   Messages::invalidSeconds(Limits::MaxSecondsPerEntry)))
        return false;
    return !record(EventKind::TimeSpent, moduleId, {{QStringLiteral("seconds"), seconds}},
                   eventKindName(EventKind::TimeSpent))
                .isEmpty();
}

QStringList ProgressStore::openedCards(const QString &moduleId) const
{
    return m_state.openedCards.value(moduleId);
}

bool ProgressStore::openCard(const QString &moduleId, const QString &cardId)
{
    return validIds({moduleId, cardId})
        && !record(EventKind::CardOpened, moduleId, {{QStringLiteral("cardId"), cardId}},
                   eventKindName(EventKind::CardOpened))
                .isEmpty();
}

bool ProgressStore::answerQuestion(const QString &moduleId, const QString &questionId, const QString &response,
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

QString ProgressStore::readingPosition(const QString &moduleId) const
{
    return m_state.modules.value(moduleId).readingPosition;
}

bool ProgressStore::setReadingPosition(const QString &moduleId, const QString &sectionId)
{
    return validIds({moduleId, sectionId})
        && !record(EventKind::PositionSet, moduleId, {{QStringLiteral("sectionId"), sectionId}},
                   eventKindName(EventKind::PositionSet))
                .isEmpty();
}

// ---- Notes

std::optional<NoteRevision> ProgressStore::latestNote(const QString &kind) const
{
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    return revisions.isEmpty() ? std::nullopt : std::optional(revisions.constLast());
}

QVariantMap ProgressStore::note(const QString &kind) const
{
    const auto latest = latestNote(kind);
    QVariantMap fields;
    const QStringList names = noteFields(kind);
    for (const QString &field : names)
        fields.insert(field, latest ? latest->fields.value(field).toString() : QString());
    return fields;
}

QString ProgressStore::saveNote(const QString &kind, const QVariantMap &fields)
{
    const QStringList names = noteFields(kind);
    if (!accept(!names.isEmpty(), Messages::unknownNoteKind(kind)))
        return QString();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!accept(names.contains(it.key()), Messages::unknownNoteField(kind, it.key()))
            || !accept(it.value().toString().size() <= Limits::MaxTextChars,
                       Messages::textTooLong(Limits::MaxTextChars)))
            return QString();
    }
    QJsonObject values;
    for (const QString &field : names)
        values.insert(field, fields.value(field).toString());
    return record(EventKind::NoteSaved, QString(), {{QStringLiteral("kind"), kind}, {QStringLiteral("fields"), values}},
                  kind);
}

QVariantList ProgressStore::noteRevisions(const QString &kind) const
{
    QVariantList list;
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    const QStringList fieldOrder = noteFields(kind);
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        // The words of each field, in the order the page shows the fields (a map would sort them).
        QStringList texts;
        for (const QString &field : fieldOrder) {
            const QString text = it->fields.value(field).toString();
            if (!text.isEmpty())
                texts.append(text);
        }
        list.append(QVariantMap{{QStringLiteral("revisionId"), it->id},
                                {QStringLiteral("savedAt"), QDateTime::fromMSecsSinceEpoch(it->savedAt)},
                                {QStringLiteral("fields"), it->fields.toVariantMap()},
                                {QStringLiteral("fieldTexts"), texts},
                                {QStringLiteral("restoredFrom"), it->restoredFrom}});
    }
    return list;
}

QString ProgressStore::restoreRevision(const QString &kind, const QString &revisionId)
{
    const QList<NoteRevision> revisions = m_state.notes.value(kind);
    const auto it = std::find_if(revisions.cbegin(), revisions.cend(),
                                 [&revisionId](const NoteRevision &r) { return r.id == revisionId; });
    if (!accept(it != revisions.cend(), Messages::unknownRevision(revisionId)))
        return QString();
    return record(EventKind::NoteSaved, QString(),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("fields"), it->fields},
                   {QStringLiteral("restoredFrom"), it->id}},
                  kind);
}

// ---- Labs

QString ProgressStore::saveLabRun(const QString &labId, const QString &configJson, const QString &resultsJson,
                                  const QString &label)
{
    auto isJson = [](const QString &text) {
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

QVariantList ProgressStore::labRuns(const QString &labId) const
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

QVariant ProgressStore::setting(const QString &key, const QVariant &defaultValue) const
{
    const auto it = m_state.settings.constFind(key);
    return it == m_state.settings.cend() ? defaultValue : it->toVariant();
}

bool ProgressStore::setSetting(const QString &key, const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (!validIds({key})
        || !accept(json.isString() || json.isDouble() || json.isBool(), Messages::settingNotScalar(key))
        || !accept(json.toString().size() <= Limits::MaxTextChars, Messages::textTooLong(Limits::MaxTextChars)))
        return false;
    return !record(EventKind::SettingChanged, QString(),
                   {{QStringLiteral("key"), key}, {QStringLiteral("value"), json}},
                   eventKindName(EventKind::SettingChanged))
                .isEmpty();
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
    m_worker.post([command](StoreWorker &worker) { worker.submit(command); });
}

QString ProgressStore::record(EventKind kind, const QString &moduleId, const QJsonObject &payload, const QString &what,
                              const QImage &chart)
{
    if (!accept(!m_currentProfileId.isEmpty(), Messages::notOpen()))
        return QString();
    const Event event = Event::create(m_currentProfileId, kind, moduleId, payload);
    m_state.apply(event, chart);
    send({StoreCommand::Type::Record, 0, what, event, {}, chart});
    if (m_loadsUnderWay > 0)
        m_recentEvents.push_back({m_lastRequestId, event, chart});
    notifyRecorded(event);
    return event.id;
}

void ProgressStore::onCommitted(quint64 requestId, const QString &what, const QString &recordId)
{
    QSet<quint64> inFlight = m_inFlight;
    if (!inFlight.remove(requestId))
        return; // from before the last close()
    setInFlight(inFlight);
    Q_EMIT saved(what, recordId);
}

void ProgressStore::onRejected(quint64 requestId, const QString &message)
{
    QSet<quint64> inFlight = m_inFlight;
    if (!inFlight.remove(requestId))
        return;
    setInFlight(inFlight);
    setLastError(message);
    Q_EMIT writeFailed(message);
    // The cache showed the change already; show what is really stored instead.
    reloadCurrentProfile();
}

void ProgressStore::onWriteFailed(const QString &message, const QString &details)
{
    setWriteError(message, details);
    Q_EMIT writeFailed(message);
}

// ---- Small helpers

bool ProgressStore::accept(bool valid, const QString &errorIfNot)
{
    if (!valid)
        setLastError(errorIfNot);
    return valid;
}

bool ProgressStore::validIds(const QStringList &ids)
{
    return std::all_of(ids.cbegin(), ids.cend(),
                       [this](const QString &id) { return accept(isIdentifier(id), Messages::invalidIdentifier(id)); });
}

bool ProgressStore::finish(const QString &error)
{
    setLastError(error);
    return error.isEmpty();
}

void ProgressStore::setProfiles(const QList<ProfileInfo> &profiles)
{
    const bool same
        = std::equal(profiles.cbegin(), profiles.cend(), m_profiles.cbegin(), m_profiles.cend(),
                     [](const ProfileInfo &a, const ProfileInfo &b) { return a.id == b.id && a.name == b.name; });
    if (same)
        return;
    m_profiles = profiles;
    Q_EMIT profilesChanged();
    Q_EMIT currentProfileNameChanged();
}

void ProgressStore::notifyRecorded(const Event &event)
{
    switch (event.kind) {
    case EventKind::NoteSaved:
        Q_EMIT notesChanged(event.payload.value(QStringLiteral("kind")).toString());
        return;
    case EventKind::LabRunSaved:
        Q_EMIT labRunsChanged(event.payload.value(QStringLiteral("labId")).toString());
        return;
    case EventKind::SettingChanged:
        Q_EMIT settingsChanged(event.payload.value(QStringLiteral("key")).toString());
        return;
    case EventKind::EvidenceAttached:
    case EventKind::EvidenceRemoved:
        Q_EMIT evidenceChanged();
        return;
    default:
        ++m_revision;
        Q_EMIT revisionChanged();
        Q_EMIT progressChanged(event.moduleId);
        return;
    }
}

void ProgressStore::notifyProfileDataReset()
{
    ++m_revision;
    Q_EMIT revisionChanged();
    Q_EMIT profileDataReset();
    Q_EMIT evidenceChanged();
}

void ProgressStore::setReady(bool ready)
{
    if (m_ready != ready) {
        m_ready = ready;
        Q_EMIT readyChanged();
    }
}

void ProgressStore::setNotice(const QString &notice)
{
    if (m_notice != notice) {
        m_notice = notice;
        Q_EMIT noticeChanged();
    }
}

void ProgressStore::setWriteError(const QString &message, const QString &details)
{
    if (m_writeError != message || m_writeErrorDetails != details) {
        m_writeError = message;
        m_writeErrorDetails = details;
        Q_EMIT writeErrorChanged();
    }
}

void ProgressStore::setLastError(const QString &message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void ProgressStore::setImportSummary(const QString &summary)
{
    if (m_importSummary != summary) {
        m_importSummary = summary;
        Q_EMIT importSummaryChanged();
    }
}

void ProgressStore::setCurrentProfileId(const QString &id)
{
    if (m_currentProfileId != id) {
        m_currentProfileId = id;
        Q_EMIT currentProfileIdChanged();
        Q_EMIT currentProfileNameChanged();
    }
}

void ProgressStore::setInFlight(const QSet<quint64> &requests)
{
    const bool countChanged = requests.size() != m_inFlight.size();
    m_inFlight = requests;
    if (countChanged)
        Q_EMIT pendingWritesChanged();
}

} // namespace loopwise
