#include "StoreMessages.h"

#include "Database.h"
#include "StoreTypes.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace loopwise {

namespace {

// Below this, SQLite cannot even write a page and its journal.
constexpr qint64 kFullDiskBytes = 64 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString Messages::alreadyOpen(const QString &dir)
{
    return tr("Loopwise is already running and using the progress folder %1. "
              "Close the other Loopwise window, then start Loopwise again.")
        .arg(native(dir));
}

QString Messages::lockedFromOtherComputer(const QString &dir, const QString &host, const QDateTime &since)
{
    //: %1 is a folder path, %2 a computer's network name, %3 a date and time.
    return tr("Loopwise on the computer %2 has been using the progress folder %1 since %3. "
              "This happens when the folder is shared, for example on a network drive. "
              "Close Loopwise on %2 and start it again here. If Loopwise is not open there any more, "
              "start it here with the option --take-over-lock.")
        .arg(native(dir), host, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

QString Messages::lockTakenOverFromOtherComputer(const QString &host, const QDateTime &since)
{
    //: %1 is a computer's network name, %2 a date and time.
    return tr("You asked to take over the progress folder from Loopwise on the computer %1 "
              "(in use there since %2). If Loopwise is still open there, close it without saving.")
        .arg(host, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

QString Messages::unreadableLockTakenOver(const QString &path)
{
    //: %1 is a file path. A lock file marks the folder as in use by a running Loopwise.
    return tr("The lock file %1 could not be read, so no running Loopwise can own it. "
              "Loopwise took the folder over.")
        .arg(native(path));
}

QString Messages::newerVersion(const QString &file, int fileVersion, int supportedVersion)
{
    //: %1 is a file path, %2 and %3 are schema version numbers.
    return tr("The progress file %1 was saved by a newer version of Loopwise (data version %2; "
              "this version reads up to %3). It was left unchanged. "
              "Please update Loopwise to open it.")
        .arg(native(file))
        .arg(fileVersion)
        .arg(supportedVersion);
}

QString Messages::notOpen()
{
    return tr("The progress store is not open, so nothing can be saved.");
}

QString Messages::fileWasEmpty()
{
    return tr("Your progress file was empty.");
}

QString Messages::fileWasNotLoopwise()
{
    return tr("Your progress file was not a Loopwise progress file.");
}

QString Messages::fileWasDamaged()
{
    return tr("Your progress file was damaged.");
}

QString Messages::fileWasMissing()
{
    return tr("Your progress file was missing.");
}

QString Messages::fileMovedTo(const QString &path)
{
    return tr("It was moved to %1 and kept there.").arg(native(path));
}

QString Messages::damagedFileKeptAt(const QString &path)
{
    //: %1 is a file path. Said when the progress file is missing and no backup exists.
    return tr("A damaged progress file that Loopwise set aside earlier is still kept at %1.").arg(native(path));
}

QString Messages::restoredFromBackup(const QDateTime &takenAt)
{
    return tr("Your progress was restored from the backup taken on %1; "
              "anything done after that time is missing.")
        .arg(QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat));
}

QString Messages::startedFresh()
{
    return tr("No backup was available, so Loopwise started a new, empty progress file.");
}

QString Messages::diskFull()
{
    return tr("The disk is full, so Loopwise holds on to your latest work and saves it as soon as "
              "there is space again.");
}

QString Messages::folderUnwritable(const QString &dir)
{
    // A full disk refuses the lock file too; say what the learner can actually fix.
    QString existing = dir;
    while (!QFileInfo::exists(existing) && QFileInfo(existing).dir().path() != existing)
        existing = QFileInfo(existing).dir().path();
    const QStorageInfo storage(existing);
    if (storage.isValid() && storage.bytesAvailable() < kFullDiskBytes)
        return diskFull();
    return tr("Loopwise cannot write to its progress folder, so it holds on to your latest work and "
              "saves it as soon as it can.");
}

QString Messages::folderDetail(const QString &dir)
{
    //: Shown under "Details" of a save problem. %1 is a folder path.
    return tr("Progress folder: %1\nCheck that the folder exists, that you may write to it and that "
              "its disk has free space.")
        .arg(native(dir));
}

QString Messages::cannotSave(const QString &dir, const StoreError &error)
{
    const auto *sql = dynamic_cast<const SqlError *>(&error);
    if (sql && sql->isDiskFull())
        return diskFull();
    if (sql && sql->isReadOnly())
        return folderUnwritable(dir);
    return tr("Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying.");
}

QString Messages::cannotSaveDetail(const QString &dir, const StoreError &error)
{
    //: Shown under "Details" of a save problem. %1 is a folder path, %2 the database's
    //: technical error message (in English).
    return tr("Progress folder: %1\nError reported by the database: %2").arg(native(dir), error.message());
}

QString Messages::changeRejected(const QString &detail)
{
    return tr("A change could not be saved and was discarded: %1").arg(detail);
}

QString Messages::unsavedAtClose(int count)
{
    return tr("%n change(s) could not be saved before closing.", nullptr, count);
}

QString Messages::profileDeletedWithBackup(const QString &name, const QString &backupPath)
{
    return tr("The profile “%1” was deleted. A copy of all progress from before the deletion "
              "is kept in %2.")
        .arg(name, native(backupPath));
}

QString Messages::invalidIdentifier(const QString &value)
{
    return tr("“%1” is not a valid id: use up to 128 letters, digits and . _ : / -").arg(value.left(40));
}

QString Messages::textTooLong(qsizetype limit)
{
    return tr("The text is too long: at most %1 characters can be saved.").arg(limit);
}

QString Messages::invalidProfileName(qsizetype limit)
{
    return tr("A profile name must have between 1 and %1 characters.").arg(limit);
}

QString Messages::unknownProfile(const QString &id)
{
    return tr("There is no profile with the id %1.").arg(id);
}

QString Messages::unknownNoteKind(const QString &kind)
{
    return tr("“%1” is not a kind of note.").arg(kind.left(40));
}

QString Messages::unknownNoteField(const QString &kind, const QString &field)
{
    return tr("The %1 note has no field “%2”.").arg(kind, field.left(40));
}

QString Messages::unknownRevision(const QString &id)
{
    return tr("There is no saved version with the id %1.").arg(id.left(40));
}

QString Messages::invalidSeconds(qint64 limit)
{
    return tr("Time spent must be between 1 and %1 seconds.").arg(limit);
}

QString Messages::labRunNotJson()
{
    return tr("A lab run can only be saved with its settings and results as valid JSON.");
}

QString Messages::evidenceWithoutChart()
{
    return tr("The run could not be attached: its chart could not be captured.");
}

QString Messages::evidenceAlreadyAttached()
{
    return tr("This run is already in your decision note's evidence.");
}

QString Messages::unknownEvidence(const QString &id)
{
    //: %1 is an internal id
    return tr("There is no evidence with the id “%1”.").arg(id);
}

QString Messages::evidenceCaption(const QString &title, const QDateTime &at)
{
    //: A lab run attached as evidence: %1 is the lab's title, %2 the date and time it was attached
    return tr("%1, %2").arg(title, QLocale().toString(at, QLocale::ShortFormat));
}

QString Messages::evidenceBlock(const QString &title, const QDateTime &at, const QStringList &settings,
                                const QStringList &figures, const QString &link)
{
    auto list = [](const QStringList &lines) {
        QString items;
        for (const QString &line : lines)
            items += QStringLiteral("- ") + line + QLatin1Char('\n');
        return items;
    };
    return QStringLiteral("### ") + evidenceCaption(title, at)
        + QStringLiteral("\n\n")
        //: Heading above a lab run's settings in the decision note's evidence
        + tr("Settings:") + QLatin1Char('\n') + list(settings)
        + QLatin1Char('\n')
        //: Heading above a lab run's results (loss, accuracy...) in the decision note's evidence
        + tr("Figures:") + QLatin1Char('\n') + list(figures)
        + QLatin1Char('\n')
        //: %1 is a lab link such as lab/network?dataset=spiral; pasted into the lab, it reopens the run
        + tr("Reopen this run with the lab link: %1").arg(QLatin1Char('`') + link + QLatin1Char('`'));
}

QString Messages::settingNotScalar(const QString &key)
{
    return tr("The setting “%1” must be text, a number or true/false.").arg(key.left(40));
}

QString Messages::cannotWriteFile(const QString &path, const QString &detail)
{
    return tr("Could not write %1: %2").arg(native(path), detail);
}

QString Messages::importWaitsForSave()
{
    return tr("Importing can start once your latest work has been saved. Please try again in a moment.");
}

QString Messages::importRefused(const QString &path, const QString &reason)
{
    //: %1 is a file path, %2 explains what is wrong with it.
    return tr("%1 was not imported and nothing was changed. %2").arg(native(path), reason);
}

QString Messages::importSummary(const QString &path, const ImportReport &report)
{
    QStringList sentences;
    if (report.added == 0)
        //: %1 is a file path.
        sentences.append(tr("Nothing was imported from %1.").arg(native(path)));
    else if (report.profileIsNew)
        //: %1 is a file path, %2 a learner's profile name.
        sentences.append(tr("%n event(s) were imported from %1 into the new profile “%2”.", nullptr, report.added)
                             .arg(native(path), report.profileName));
    else
        //: %1 is a file path, %2 a learner's profile name.
        sentences.append(tr("%n event(s) were imported from %1 into the profile “%2”.", nullptr, report.added)
                             .arg(native(path), report.profileName));
    if (report.eventsInFile == 0)
        sentences.append(tr("The file holds no progress."));
    if (report.alreadyStored > 0)
        sentences.append(
            tr("%n event(s) were skipped because this profile has them already.", nullptr, report.alreadyStored));
    if (report.ofOtherProfile > 0)
        //: The same recorded learner action (by its id) is stored under another profile.
        sentences.append(tr("%n event(s) were skipped because they belong to another profile on this computer.",
                            nullptr, report.ofOtherProfile));
    if (report.added == 0 && report.profileIsNew)
        //: %1 is a learner's profile name.
        sentences.append(tr("No profile “%1” was added, because it would have been empty.").arg(report.profileName));
    if (report.datesClamped > 0)
        //: Dates written by a device whose clock was wrong.
        sentences.append(tr("%n date(s) in the file were impossible (later than now or before 2000) "
                            "and were set to the time of this import.",
                            nullptr, report.datesClamped));
    return sentences.join(QLatin1Char(' '));
}

} // namespace loopwise
