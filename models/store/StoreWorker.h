// The store's half that lives in a worker thread: it owns the SQLite connection, runs one
// transaction per learner action in order, keeps failed actions and retries them, and
// takes the rolling backups. The UI thread talks to it only through ProgressStore.
#pragma once

#include "ProfileArchive.h"
#include "StoreSession.h"
#include "StoreTypes.h"

#include <QImage>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace loopwise {

struct StoreCommand
{
    enum class Type { Record, CreateProfile, RenameProfile, DeleteProfile, RememberProfile };
    Type type = Type::Record;
    quint64 requestId = 0;
    QString what; // handed back with committed(), e.g. "decision" or "card.opened"
    Event event; // Record
    ProfileInfo profile; // the profile commands
    QImage chart; // Record of EvidenceAttached: encoded as PNG and stored with the event

    QString recordId() const { return type == Type::Record ? event.id : profile.id; }
};

class StoreWorker : public QObject
{
    Q_OBJECT

public:
    struct OpenResult
    {
        StoreSession::Status status = StoreSession::Status::Unwritable;
        QString message;
        QString detail; // the technical side of message
        QString notice;
        QString databasePath;
        QList<ProfileInfo> profiles;
        QString currentProfileId; // the remembered profile, else the oldest; empty if none
        ProfileState state;
    };

    struct ImportResult
    {
        QString error; // empty when something was added, else why nothing was, in plain words
        QString summary; // what was imported and what was skipped, when something was added
        QString profileId; // the imported profile
        QList<ProfileInfo> profiles; // after the import
        std::optional<ProfileState> state; // reloaded when the imported profile is the one shown
    };

    static constexpr int DefaultBackupIntervalMs = 5 * 60 * 1000;
    static constexpr int DefaultRetryIntervalMs = 1000;
    static constexpr int MaxRetryIntervalMs = 60 * 1000;

    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    // Everything below runs in the worker thread (ProgressStore invokes it there).

    // A folder that cannot be written yet is retried in the background (see opened()).
    OpenResult open(const QString &dataDir, bool takeOverLock = false);
    // Saves what it can, takes a backup if anything changed, releases the file. Returns a
    // message if some changes could not be saved, else an empty string.
    QString close();

    // Queues one command; runs the queue now. Nothing is dropped on a transient failure.
    void submit(const StoreCommand &command);

    // Stored state plus any commands still waiting to be saved.
    ProfileState loadProfile(const QString &profileId);
    QList<ProfileInfo> profiles();

    // Each returns an empty string on success, else a plain message.
    QString exportProgressCsv(const QString &path);
    QString exportXapi(const QString &path);
    QString exportProfile(const QString &profileId, const QString &path);
    // The PNGs of these evidence charts of the profile, by id (those stored so far).
    QHash<QString, QByteArray> evidenceImages(const QString &profileId, const QStringList &ids);
    // Reads and checks the file here, off the UI thread, then merges it in one transaction.
    // shownProfileId: the profile on screen, whose state is reloaded if it was imported into.
    ImportResult importFile(const QString &path, const QString &shownProfileId);

    void setBackupInterval(int ms);
    void setRetryInterval(int ms);

Q_SIGNALS:
    void committed(quint64 requestId, const QString &what, const QString &recordId);
    // A command that can never succeed (e.g. for a profile deleted meanwhile).
    void rejected(quint64 requestId, const QString &message);
    // detail: the technical side, shown to the learner only on request.
    void writeFailed(const QString &message, const QString &detail);
    void writesRecovered();
    // A folder that could not be opened at first is now open and the queue has been run.
    void openedLater();
    void noticeRaised(const QString &notice);

private:
    // The profiles, the last one used and its state, from an open file.
    static void readProfiles(ProgressRepository &repo, OpenResult &result);
    void flush();
    void execute(const StoreCommand &command);
    void storeChart(ProgressRepository &repo, const StoreCommand &command);
    void failTransiently(const QString &message, const QString &detail);
    void retry();
    void backupIfChanged();
    QList<ProfileInfo> withPendingProfiles(QList<ProfileInfo> profiles) const;
    // Runs an operation that needs the open store, turning failures into a message.
    template<typename Operation>
    QString guarded(Operation operation);
    // What was imported and skipped; report.refusal says why if the store refused it all.
    ImportReport importProfile(const ProfileArchive &archive);

    std::unique_ptr<StoreSession> m_session;
    QString m_waitingDataDir; // a folder to open once it becomes writable
    std::deque<StoreCommand> m_pending;
    QTimer m_retryTimer;
    QTimer m_backupTimer;
    int m_retryIntervalMs = DefaultRetryIntervalMs;
    int m_retryDelayMs = DefaultRetryIntervalMs;
    bool m_failing = false;
    bool m_changedSinceBackup = false;
};

} // namespace loopwise
