// The progress store as QML sees it. Reads come from an in-memory copy of the current
// profile, so they are synchronous; writes update that copy at once and go to the worker
// thread as queued commands, one SQLite transaction each. saved() tells when one landed.
// Whatever needs the database (open, close, switching profile, exports, import) is a
// request that returns at once; its result comes back by signal, and `busy` says what is
// under way meanwhile. The UI thread never waits for the store's thread.
#pragma once

#include "StoreTypes.h"
#include "StoreWorker.h"
#include "WorkerThread.h"

#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace loopwise {

class ProgressStore : public QObject
{
    Q_OBJECT
    // True while learner actions are accepted (even if they cannot be saved yet: see writeError).
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // What recovery did at open or what a deletion kept, in plain words; empty if nothing.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // Why recent work is not saved yet (it is kept and retried); empty when all is saved.
    Q_PROPERTY(QString writeError READ writeError NOTIFY writeErrorChanged)
    // The technical side of writeError (folder, database message), for a "details" control.
    Q_PROPERTY(QString writeErrorDetails READ writeErrorDetails NOTIFY writeErrorChanged)
    // Why the last request (open, import, export, invalid input) failed; empty after success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // What the last successful import brought in and what it skipped, in plain sentences.
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY importSummaryChanged)
    Q_PROPERTY(int pendingWrites READ pendingWrites NOTIFY pendingWritesChanged)
    Q_PROPERTY(QString currentProfileId READ currentProfileId NOTIFY currentProfileIdChanged)
    Q_PROPERTY(QString currentProfileName READ currentProfileName NOTIFY currentProfileNameChanged)
    // [{id, name}], oldest first.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    // Goes up when module progress changes or the profile's data is replaced; QML
    // bindings that read progress (status, opened cards, reading position) depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY databasePathChanged)
    // True while a request (open, close, profile switch, export, import) is under way.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // Which request runs now: "open", "close", "switch", "export", "import"; empty when idle.
    Q_PROPERTY(QString busyWith READ busyWith NOTIFY busyChanged)
    // The same as a plain sentence for the page, e.g. "Exporting…"; empty when idle.
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)

public:
    explicit ProgressStore(QObject *parent = nullptr);
    ~ProgressStore() override;

    // An empty dataDir means the platform's app-data folder. opened(ok) follows: ok says
    // whether learner actions are accepted; false when another instance has the folder or
    // the file is from a newer Loopwise (lastError says which). takeOverLock: the learner
    // said the lock another computer holds on a shared folder is not live (--take-over-lock).
    Q_INVOKABLE void open(const QString &dataDir = QString(), bool takeOverLock = false);
    // Learner actions stop at once; closed(ok) follows, false (and lastError set) if some
    // changes could not be saved.
    Q_INVOKABLE void close();
    // Asks editors holding unsaved text (e.g. a note's debounce) to hand it over now.
    // close() and a profile change do it themselves; the app calls it when the session ends.
    Q_INVOKABLE void flushPending();

    // Rolling backup and retry timing; the defaults suit the app, tests make them short.
    void setBackupInterval(int ms);
    void setRetryInterval(int ms);

    bool isReady() const { return m_ready; }
    QString notice() const { return m_notice; }
    QString writeError() const { return m_writeError; }
    QString writeErrorDetails() const { return m_writeErrorDetails; }
    QString lastError() const { return m_lastError; }
    QString importSummary() const { return m_importSummary; }
    int pendingWrites() const { return static_cast<int>(m_inFlight.size()); }
    QString currentProfileId() const { return m_currentProfileId; }
    QString currentProfileName() const;
    QVariantList profiles() const;
    int revision() const { return m_revision; }
    QString databasePath() const { return m_databasePath; }
    bool isBusy() const { return !m_operations.empty(); }
    QString busyWith() const;
    QString busyText() const;

    // Profiles
    Q_INVOKABLE QString createProfile(const QString &name);
    Q_INVOKABLE bool renameProfile(const QString &id, const QString &name);
    // False (and lastError set) for an unknown id; else profileSwitched(id) follows once
    // that profile's data is shown.
    Q_INVOKABLE bool switchProfile(const QString &id);
    // Takes a verified backup of everything first; notice says where it is.
    Q_INVOKABLE bool deleteProfile(const QString &id);

    // Modules: "not-started", "in-progress" or "completed"
    Q_INVOKABLE QString moduleStatus(const QString &moduleId) const;
    // {status, startedAt, completedAt (QDateTime or null), secondsSpent, readingPosition}
    Q_INVOKABLE QVariantMap moduleProgress(const QString &moduleId) const;
    Q_INVOKABLE int timeSpent(const QString &moduleId) const;
    Q_INVOKABLE bool openModule(const QString &moduleId);
    Q_INVOKABLE bool markComplete(const QString &moduleId);
    Q_INVOKABLE bool markIncomplete(const QString &moduleId);
    Q_INVOKABLE bool addTimeSpent(const QString &moduleId, int seconds);
    Q_INVOKABLE QStringList openedCards(const QString &moduleId) const;
    Q_INVOKABLE bool openCard(const QString &moduleId, const QString &cardId);
    Q_INVOKABLE bool answerQuestion(const QString &moduleId, const QString &questionId, const QString &response,
                                    bool correct);
    Q_INVOKABLE QString readingPosition(const QString &moduleId) const;
    Q_INVOKABLE bool setReadingPosition(const QString &moduleId, const QString &sectionId);

    // Notes: kind is "decision", "model" or "reflection". Every save is a new revision.
    Q_INVOKABLE QVariantMap note(const QString &kind) const;
    Q_INVOKABLE QString saveNote(const QString &kind, const QVariantMap &fields);
    // [{revisionId, savedAt, fields, fieldTexts, restoredFrom}], newest first; fieldTexts holds
    // the non-empty fields' words in the order the page shows the fields.
    Q_INVOKABLE QVariantList noteRevisions(const QString &kind) const;
    // Saves the old revision's fields as a new revision; history is never rewritten.
    Q_INVOKABLE QString restoreRevision(const QString &kind, const QString &revisionId);

    // Labs: returns the run's id. labRuns() gives [{id, labId, label, config, results, savedAt}], newest first.
    Q_INVOKABLE QString saveLabRun(const QString &labId, const QString &configJson, const QString &resultsJson,
                                   const QString &label);
    Q_INVOKABLE QVariantList labRuns(const QString &labId) const;

    // Evidence: a lab run attached to the decision note. Its block (title, date, settings,
    // figures, lab link) is appended to the note's "evidence" field as Markdown the learner
    // can edit; its chart is kept with the note in the database (PNG, encoded on the
    // store's thread). Returns the evidence id, or "" with lastError saying why: no chart,
    // the same run attached already, a note that would grow too long.
    QString attachEvidence(const EvidenceRun &run);
    // The same lab, settings, figures and link give the same key.
    static QString evidenceKey(const EvidenceRun &run);
    // Whether the run with this key is in the decision note's evidence (and not removed).
    bool hasEvidence(const QString &runKey) const;
    // [{id, labId, title, attachedAt, width, height}] attached to the note of this kind,
    // oldest first; width and height are the chart's (to lay out its thumbnail).
    Q_INVOKABLE QVariantList evidence(const QString &noteKind) const;
    // The chart of evidence `id` (a thumbnail once reloaded from the file); null if unknown.
    Q_INVOKABLE QImage evidenceChart(const QString &id) const;
    // Takes the chart off the note (its text stays as the learner left it). The chart itself
    // stays in the file, as the log keeps the attachment.
    Q_INVOKABLE bool removeEvidence(const QString &id);

    // Per-profile settings; values are text, numbers or booleans.
    Q_INVOKABLE QVariant setting(const QString &key, const QVariant &defaultValue = QVariant()) const;
    Q_INVOKABLE bool setSetting(const QString &key, const QVariant &value);

    // Exports and import; paths may be local paths or file: URLs. Each export ends with
    // exportFinished(format, path, ok, message), format being "markdown", "pdf", "csv",
    // "xapi" or "profile"; on failure lastError is set too. They run on the store's thread
    // after the writes requested before them, so they include everything done until now.
    Q_INVOKABLE void exportNoteMarkdown(const QString &kind, const QString &path, bool withReflection = true);
    Q_INVOKABLE void exportNotePdf(const QString &kind, const QString &path, bool withReflection = true);
    Q_INVOKABLE void exportProgressCsv(const QString &path);
    Q_INVOKABLE void exportXapi(const QString &path);
    Q_INVOKABLE void exportProfile(const QString &path);
    // Idempotent: records already present (by id) are skipped. A bad file changes nothing.
    // importFinished(path, ok, message) follows; ok only if something was added
    // (importSummary then says what); otherwise lastError says why nothing was.
    Q_INVOKABLE void importProfile(const QString &path);

    Q_INVOKABLE void clearNotice();

    // QML file dialogs hand over file: URLs; the store and its files speak local paths.
    static QString localPath(const QString &pathOrUrl);

Q_SIGNALS:
    // Results of the requests above.
    void opened(bool ok);
    void closed(bool ok);
    void profileSwitched(const QString &profileId);
    void exportFinished(const QString &format, const QString &path, bool ok, const QString &message);
    void importFinished(const QString &path, bool ok, const QString &message);

    // What changed in the current profile's data.
    void progressChanged(const QString &moduleId);
    void notesChanged(const QString &kind);
    void labRunsChanged(const QString &labId);
    void settingsChanged(const QString &key);
    // Evidence was attached or removed.
    void evidenceChanged();
    // Another profile is shown, or the current one was reloaded: everything changed.
    void profileDataReset();
    // Save what you hold now: the store is about to close or to show another profile.
    void flushRequested();
    // what: the note kind for notes, else the event kind (e.g. "card.opened") or "profile".
    void saved(const QString &what, const QString &id);
    void writeFailed(const QString &message);
    void readyChanged();
    void noticeChanged();
    void writeErrorChanged();
    void lastErrorChanged();
    void importSummaryChanged();
    void pendingWritesChanged();
    void currentProfileIdChanged();
    void currentProfileNameChanged();
    void profilesChanged();
    void databasePathChanged();
    void revisionChanged();
    void busyChanged();

private:
    enum class Operation { Open, Close, SwitchProfile, Export, Import };
    struct OperationInfo
    {
        QString name;
        QString text;
    };
    static OperationInfo describe(Operation operation);

    // Runs work(worker) on the store's thread, after everything sent before, then
    // done(result) back on this object's thread. Nothing waits in between.
    template<typename Work, typename Done>
    void request(Work work, Done done);
    void beginOperation(Operation operation);
    void endOperation(Operation operation);

    void onOpened(const StoreWorker::OpenResult &result);
    void onClosed(const QString &unsaved);
    // A state load sees the writes sent before it: loadMark() remembers that point, and
    // finishLoad() applies to the loaded state what the learner did after it.
    quint64 loadMark();
    void finishLoad(quint64 mark, ProfileState *loaded);
    void reloadCurrentProfile();
    void exportWith(const QString &format, const QString &path,
                    std::function<QString(StoreWorker &worker, const QString &file)> work);

    void send(StoreCommand command);
    // chart: the picture an EvidenceAttached event keeps.
    QString record(EventKind kind, const QString &moduleId, const QJsonObject &payload, const QString &what,
                   const QImage &chart = QImage());

    bool accept(bool valid, const QString &errorIfNot);
    bool validIds(const QStringList &ids);
    bool finish(const QString &error);

    void activate(const QString &profileId, const ProfileState &state);
    void startDefaultProfile();
    void reloadProfiles();
    void setProfiles(const QList<ProfileInfo> &profiles);
    void notifyRecorded(const Event &event);
    // After m_state was replaced by another profile's or a reloaded state.
    void notifyProfileDataReset();
    void setReady(bool ready);
    void setNotice(const QString &notice);
    void setWriteError(const QString &message, const QString &details = QString());
    void setLastError(const QString &message);
    void setImportSummary(const QString &summary);
    void setCurrentProfileId(const QString &id);
    void setInFlight(const QSet<quint64> &requests);

    void onCommitted(quint64 requestId, const QString &what, const QString &recordId);
    void onRejected(quint64 requestId, const QString &message);
    void onWriteFailed(const QString &message, const QString &details);

    std::optional<NoteRevision> latestNote(const QString &kind) const;
    void exportNote(const QString &kind, const QString &path, bool withReflection, bool pdf);

    WorkerThread<StoreWorker> m_worker;
    std::vector<Operation> m_operations; // oldest first: the store's thread runs them in order
    // Events recorded while a state load is under way, by request id (see finishLoad).
    struct RecentEvent
    {
        quint64 requestId;
        Event event;
        QImage chart;
    };
    std::vector<RecentEvent> m_recentEvents;
    int m_loadsUnderWay = 0;

    bool m_ready = false;
    QString m_notice;
    QString m_writeError;
    QString m_writeErrorDetails;
    QString m_lastError;
    QString m_importSummary;
    QString m_databasePath;
    QString m_currentProfileId;
    QList<ProfileInfo> m_profiles;
    ProfileState m_state;
    QSet<quint64> m_inFlight;
    quint64 m_lastRequestId = 0;
    int m_revision = 0;
};

} // namespace loopwise
