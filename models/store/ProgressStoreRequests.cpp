// ProgressStore's requests to the store's thread: open, close, profile switch and reloads,
// exports and import. Each returns at once; its result comes back by signal (the pattern
// of KDE Elisa's data model and its loader on the database thread), and `busy` tells the
// page what is under way meanwhile.
#include "ProgressStore.h"

#include "Exporters.h"
#include "StoreMessages.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace loopwise {

template<typename Work, typename Done>
void ProgressStore::request(Work work, Done done)
{
    // The store outlives its thread (~WorkerThread waits), so `this` is valid to post to;
    // a result still queued when the store goes is dropped with it.
    m_worker.post([this, work = std::move(work), done = std::move(done)](StoreWorker &worker) mutable {
        auto result = work(worker);
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
    });
}

QString ProgressStore::localPath(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

// ---- Busy state

void ProgressStore::beginOperation(Operation operation)
{
    m_operations.push_back(operation);
    if (m_operations.size() == 1)
        Q_EMIT busyChanged();
}

void ProgressStore::endOperation(Operation operation)
{
    const auto it = std::find(m_operations.begin(), m_operations.end(), operation);
    if (it == m_operations.end())
        return;
    const bool wasRunning = it == m_operations.begin();
    m_operations.erase(it);
    if (wasRunning)
        Q_EMIT busyChanged();
}

// name: a stable word for QML to test; text: the sentence the page shows.
ProgressStore::OperationInfo ProgressStore::describe(Operation operation)
{
    switch (operation) {
    case Operation::Open:
        //: Shown while the learner's saved progress is being opened
        return {QStringLiteral("open"), tr("Opening your progress…")};
    case Operation::Close:
        //: Shown while the progress file is being saved and closed
        return {QStringLiteral("close"), tr("Saving and closing your progress…")};
    case Operation::SwitchProfile:
        //: Shown while the progress of another learner profile is being loaded
        return {QStringLiteral("switch"), tr("Loading this learner's progress…")};
    case Operation::Export:
        //: Shown while an export file (notes, progress, learner) is being written
        return {QStringLiteral("export"), tr("Exporting, please wait…")};
    case Operation::Import:
        //: Shown while a learner file is being read and merged into this device's progress
        return {QStringLiteral("import"), tr("Importing the learner, please wait…")};
    }
    return {};
}

QString ProgressStore::busyWith() const
{
    return m_operations.empty() ? QString() : describe(m_operations.front()).name;
}

QString ProgressStore::busyText() const
{
    return m_operations.empty() ? QString() : describe(m_operations.front()).text;
}

// ---- Open and close

void ProgressStore::open(const QString &dataDir, bool takeOverLock)
{
    if (m_ready)
        close();
    const QString dir
        = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : localPath(dataDir);
    beginOperation(Operation::Open);
    request([dir, takeOverLock](StoreWorker &worker) { return worker.open(dir, takeOverLock); },
            [this](const StoreWorker::OpenResult &result) { onOpened(result); });
}

void ProgressStore::onOpened(const StoreWorker::OpenResult &result)
{
    endOperation(Operation::Open);
    if (m_databasePath != result.databasePath) {
        m_databasePath = result.databasePath;
        Q_EMIT databasePathChanged();
    }
    setNotice(result.notice);
    switch (result.status) {
    case StoreSession::Status::Locked:
    case StoreSession::Status::NewerVersion:
        finish(result.message);
        Q_EMIT opened(false);
        return;
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
    finish(QString());
    Q_EMIT opened(true);
}

void ProgressStore::close()
{
    // Editors hand over their text first; it is sent before the close, so it is saved.
    if (m_ready)
        flushPending();
    setReady(false);
    m_state = ProfileState();
    setCurrentProfileId(QString());
    setProfiles({});
    beginOperation(Operation::Close);
    request([](StoreWorker &worker) { return worker.close(); }, [this](const QString &unsaved) { onClosed(unsaved); });
}

void ProgressStore::onClosed(const QString &unsaved)
{
    endOperation(Operation::Close);
    setInFlight({});
    setWriteError(QString());
    Q_EMIT closed(finish(unsaved));
}

// ---- Profile switch and reloads

bool ProgressStore::switchProfile(const QString &id)
{
    const bool known
        = std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&id](const ProfileInfo &p) { return p.id == id; });
    if (!accept(known, Messages::unknownProfile(id)))
        return false;
    if (id == m_currentProfileId) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT profileSwitched(id); }, Qt::QueuedConnection);
        return true;
    }
    // The text editors hold belongs to the profile shown until now: sent before the load.
    flushPending();
    beginOperation(Operation::SwitchProfile);
    const quint64 mark = loadMark();
    request([id](StoreWorker &worker) { return worker.loadProfile(id); },
            [this, id, mark](ProfileState state) {
                finishLoad(mark, &state);
                endOperation(Operation::SwitchProfile);
                if (!m_ready)
                    return; // closed meanwhile
                activate(id, state);
                Q_EMIT profileSwitched(id);
            });
    return true;
}

void ProgressStore::reloadCurrentProfile()
{
    const QString id = m_currentProfileId;
    const quint64 mark = loadMark();
    request([id](StoreWorker &worker) { return worker.loadProfile(id); },
            [this, id, mark](ProfileState state) {
                finishLoad(mark, &state);
                if (id == m_currentProfileId && m_ready) {
                    m_state = state;
                    notifyProfileDataReset();
                }
            });
}

void ProgressStore::reloadProfiles()
{
    request([](StoreWorker &worker) { return worker.profiles(); },
            [this](const QList<ProfileInfo> &profiles) { setProfiles(profiles); });
}

quint64 ProgressStore::loadMark()
{
    ++m_loadsUnderWay;
    return m_lastRequestId;
}

void ProgressStore::finishLoad(quint64 mark, ProfileState *loaded)
{
    for (const RecentEvent &recent : m_recentEvents) {
        if (loaded && recent.requestId > mark && recent.event.profileId == loaded->profileId)
            loaded->apply(recent.event, recent.chart);
    }
    if (--m_loadsUnderWay == 0)
        m_recentEvents.clear();
}

// ---- Exports and import

void ProgressStore::exportWith(const QString &format, const QString &path,
                               std::function<QString(StoreWorker &worker, const QString &file)> work)
{
    const QString file = localPath(path);
    beginOperation(Operation::Export);
    request([work = std::move(work), file](StoreWorker &worker) { return work(worker, file); },
            [this, format, file](const QString &error) {
                endOperation(Operation::Export);
                Q_EMIT exportFinished(format, file, finish(error), error);
            });
}

void ProgressStore::exportNote(const QString &kind, const QString &path, bool withReflection, bool pdf)
{
    const QString format = pdf ? QStringLiteral("pdf") : QStringLiteral("markdown");
    if (noteFields(kind).isEmpty()) {
        const QString error = Messages::unknownNoteKind(kind);
        exportWith(format, path, [error](StoreWorker &, const QString &) { return error; });
        return;
    }
    // The note is taken from what the learner sees now; the charts' PNGs are read, the
    // note laid out and the files written (a long note's PDF takes a while) on the store's
    // thread.
    const QString reflection = QStringLiteral("reflection");
    Exporters::NoteDocument document{currentProfileName(),
                                     kind,
                                     latestNote(kind),
                                     withReflection && kind != reflection ? latestNote(reflection) : std::nullopt,
                                     {}};
    QStringList chartIds;
    for (const Evidence &evidence : std::as_const(m_state.evidence)) {
        if (evidence.noteKind == kind) {
            chartIds.append(evidence.id);
            document.charts.append(
                {Messages::evidenceCaption(evidence.title, QDateTime::fromMSecsSinceEpoch(evidence.attachedAt)),
                 QString(), QByteArray()});
        }
    }
    exportWith(
        format, path,
        [document, pdf, chartIds, profileId = m_currentProfileId](StoreWorker &worker, const QString &file) mutable {
            const QHash<QString, QByteArray> pngs = worker.evidenceImages(profileId, chartIds);
            // A chart whose write has not landed yet (the disk refused it) is left out.
            QList<Exporters::Chart> charts;
            for (qsizetype i = 0; i < chartIds.size(); ++i) {
                const QByteArray png = pngs.value(chartIds.at(i));
                if (!png.isEmpty())
                    charts.append({document.charts.at(i).caption,
                                   Exporters::chartFileName(file, static_cast<int>(charts.size()) + 1), png});
            }
            document.charts = charts;
            return pdf ? Exporters::writeFile(file, Exporters::notePdf(document))
                       : Exporters::writeNoteMarkdown(file, document);
        });
}

void ProgressStore::exportNoteMarkdown(const QString &kind, const QString &path, bool withReflection)
{
    exportNote(kind, path, withReflection, false);
}

void ProgressStore::exportNotePdf(const QString &kind, const QString &path, bool withReflection)
{
    exportNote(kind, path, withReflection, true);
}

void ProgressStore::exportProgressCsv(const QString &path)
{
    exportWith(QStringLiteral("csv"), path,
               [](StoreWorker &worker, const QString &file) { return worker.exportProgressCsv(file); });
}

void ProgressStore::exportXapi(const QString &path)
{
    exportWith(QStringLiteral("xapi"), path,
               [](StoreWorker &worker, const QString &file) { return worker.exportXapi(file); });
}

void ProgressStore::exportProfile(const QString &path)
{
    exportWith(QStringLiteral("profile"), path,
               [profileId = m_currentProfileId](StoreWorker &worker, const QString &file) {
                   return worker.exportProfile(profileId, file);
               });
}

void ProgressStore::importProfile(const QString &path)
{
    const QString file = localPath(path);
    const QString shown = m_currentProfileId;
    // A note edit still waiting for typing to pause must not land after the merged log.
    flushPending();
    setImportSummary(QString());
    beginOperation(Operation::Import);
    const quint64 mark = loadMark();
    request([file, shown](StoreWorker &worker) { return worker.importFile(file, shown); },
            [this, file, mark](StoreWorker::ImportResult result) {
                finishLoad(mark, result.state ? &*result.state : nullptr);
                endOperation(Operation::Import);
                if (result.error.isEmpty()) {
                    setImportSummary(result.summary);
                    setProfiles(result.profiles);
                    if (result.state && result.profileId == m_currentProfileId && m_ready) {
                        m_state = *result.state;
                        notifyProfileDataReset();
                    }
                }
                Q_EMIT importFinished(file, finish(result.error), result.error);
            });
}

} // namespace loopwise
