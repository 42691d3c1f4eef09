// Every sentence the store shows to a learner or teacher, in one place for translators.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace loopwise {

class StoreError;
struct ImportReport;

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::Messages)

public:
    // Opening
    static QString alreadyOpen(const QString &dir);
    static QString lockedFromOtherComputer(const QString &dir, const QString &host, const QDateTime &since);
    static QString lockTakenOverFromOtherComputer(const QString &host, const QDateTime &since);
    static QString unreadableLockTakenOver(const QString &path);
    static QString newerVersion(const QString &file, int fileVersion, int supportedVersion);
    static QString notOpen();

    // Recovery: one sentence for what was wrong, one for where the file went, one for
    // what Loopwise did instead.
    static QString fileWasEmpty();
    static QString fileWasNotLoopwise();
    static QString fileWasDamaged();
    static QString fileWasMissing();
    static QString fileMovedTo(const QString &path);
    static QString damagedFileKeptAt(const QString &path);
    static QString restoredFromBackup(const QDateTime &takenAt);
    static QString startedFresh();

    // Writing: one plain sentence each (what happened, what Loopwise does about it); the
    // technical part goes into a detail text the banner shows only on request.
    static QString diskFull();
    // Says the disk is full instead when it has (almost) no space left.
    static QString folderUnwritable(const QString &dir);
    static QString folderDetail(const QString &dir);
    static QString cannotSave(const QString &dir, const StoreError &error);
    static QString cannotSaveDetail(const QString &dir, const StoreError &error);
    static QString changeRejected(const QString &detail);
    static QString unsavedAtClose(int count);
    static QString profileDeletedWithBackup(const QString &name, const QString &backupPath);

    // Bad requests from the UI
    static QString invalidIdentifier(const QString &value);
    static QString textTooLong(qsizetype limit);
    static QString invalidProfileName(qsizetype limit);
    static QString unknownProfile(const QString &id);
    static QString unknownNoteKind(const QString &kind);
    static QString unknownNoteField(const QString &kind, const QString &field);
    static QString unknownRevision(const QString &id);
    static QString invalidSeconds(qint64 limit);
    static QString labRunNotJson();
    static QString settingNotScalar(const QString &key);
    static QString evidenceWithoutChart();
    static QString evidenceAlreadyAttached();
    static QString unknownEvidence(const QString &id);

    // Evidence: the block a lab run adds to the decision note (Markdown), and the caption
    // of its chart in an exported note.
    static QString evidenceBlock(const QString &title, const QDateTime &at, const QStringList &settings,
                                 const QStringList &figures, const QString &link);
    static QString evidenceCaption(const QString &title, const QDateTime &at);

    // Files
    static QString cannotWriteFile(const QString &path, const QString &detail);
    static QString importWaitsForSave();
    static QString importRefused(const QString &path, const QString &reason);
    // One sentence for what was imported (or that nothing was), one per kind of skip.
    static QString importSummary(const QString &path, const ImportReport &report);
};

} // namespace loopwise
