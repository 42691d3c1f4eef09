#include "Recovery.h"

#include "BackupManager.h"
#include "Database.h"
#include "Migrations.h"
#include "StoreMessages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstdlib>

namespace loopwise {

namespace {

constexpr qsizetype SqliteHeaderSize = 100;
constexpr qsizetype UserVersionOffset = 60;
const QByteArray SqliteMagic("SQLite format 3\0", 16);
const QStringList SideFiles = {QStringLiteral("-wal"), QStringLiteral("-shm")};

QString problemSentence(Recovery::Problem problem)
{
    switch (problem) {
    case Recovery::Problem::Empty:
        return Messages::fileWasEmpty();
    case Recovery::Problem::NotADatabase:
        return Messages::fileWasNotLoopwise();
    case Recovery::Problem::Missing:
    case Recovery::Problem::MissingDamagedKept:
        return Messages::fileWasMissing();
    default:
        return Messages::fileWasDamaged();
    }
}

QString timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
}

void copyFile(const QString &from, const QString &to)
{
    // Copy beside the target, then rename: a crash leaves either the old state or the new.
    const QString temporary = to + QStringLiteral(".restoring");
    QFile::remove(temporary);
    const bool copied = QFile::copy(from, temporary);
    Recovery::testKillPoint("before-restore-rename");
    if (!copied || !QFile::rename(temporary, to)) {
        QFile::remove(temporary);
        throw StoreError(QStringLiteral("cannot copy %1 to %2").arg(from, to), true);
    }
}

} // namespace

Recovery::Diagnosis Recovery::diagnose(const QString &dbPath, const BackupManager &backups)
{
    const QFileInfo info(dbPath);
    if (!info.exists()) {
        if (backups.newestVerified())
            return {Problem::Missing, 0, QStringLiteral("no file, but verified backups")};
        const QString kept = newestSetAside(dbPath);
        if (!kept.isEmpty())
            return {Problem::MissingDamagedKept, 0, kept};
        return {};
    }
    if (info.size() == 0)
        return {Problem::Empty, 0, QStringLiteral("zero-length file")};

    QFile file(dbPath);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(file.errorString(), true);
    const QByteArray header = file.read(SqliteHeaderSize);
    file.close();
    if (header.size() < SqliteHeaderSize || !header.startsWith(SqliteMagic))
        return {Problem::NotADatabase, 0, QStringLiteral("no SQLite header")};

    // Refuse a newer file before SQLite opens it, so not even a WAL checkpoint touches it.
    const int headerVersion = qFromBigEndian<qint32>(header.constData() + UserVersionOffset);
    if (headerVersion > Migrations::CurrentVersion)
        return {Problem::NewerVersion, headerVersion, QString()};

    Database db(dbPath);
    const QString problem = db.integrityProblem();
    if (!problem.isEmpty())
        return {Problem::Damaged, 0, problem};
    const int version = db.userVersion();
    if (version > Migrations::CurrentVersion)
        return {Problem::NewerVersion, version, QString()};
    // Version 0 is a new file whose first migration never committed; tables in it mean
    // some other program's database.
    if (version == 0 && db.hasSchema())
        return {Problem::NotADatabase, 0, QStringLiteral("foreign SQLite database")};
    // Missing tables or an odd version pass integrity_check but lose progress or every save.
    if (version != 0) {
        const QString mismatch = Migrations::schemaProblem(db);
        if (!mismatch.isEmpty())
            return {Problem::Damaged, version, mismatch};
    }
    return {Problem::None, version, QString()};
}

QString Recovery::recover(const QString &dbPath, const Diagnosis &diagnosis, const BackupManager &backups)
{
    QStringList notice{problemSentence(diagnosis.problem)};
    if (diagnosis.problem == Problem::MissingDamagedKept)
        notice.append(Messages::damagedFileKeptAt(diagnosis.detail));
    else if (diagnosis.problem == Problem::Missing)
        moveOrphanSideFilesAside(dbPath);
    else
        notice.append(Messages::fileMovedTo(moveAside(dbPath)));
    testKillPoint("after-move-aside");
    if (const auto backup = backups.newestVerified()) {
        copyFile(backup->path, dbPath);
        notice.append(Messages::restoredFromBackup(backup->takenAt));
    } else {
        notice.append(Messages::startedFresh());
    }
    return notice.join(QLatin1Char(' '));
}

QString Recovery::moveAside(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const QString stamp = timeStamp();
    QString target;
    for (int n = 1; target.isEmpty() || QFile::exists(target); ++n) {
        const QString suffix = n == 1 ? QString() : QLatin1Char('-') + QString::number(n);
        target = info.dir().filePath(info.completeBaseName() + QStringLiteral("-damaged-") + stamp + suffix
                                     + QStringLiteral(".db"));
    }
    if (!QFile::rename(dbPath, target))
        throw StoreError(QStringLiteral("cannot move %1 aside").arg(dbPath), true);
    // The WAL belongs to the bad file; left in place it would be replayed into the new one.
    for (const QString &side : SideFiles) {
        if (QFile::exists(dbPath + side))
            QFile::rename(dbPath + side, target + side);
    }
    return target;
}

QString Recovery::newestSetAside(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    // The time stamp in the name sorts them; the newest comes first.
    const QStringList kept = info.dir().entryList({info.completeBaseName() + QStringLiteral("-damaged-*.db")},
                                                  QDir::Files, QDir::Name | QDir::Reversed);
    return kept.isEmpty() ? QString() : info.dir().filePath(kept.constFirst());
}

void Recovery::moveOrphanSideFilesAside(const QString &dbPath)
{
    for (const QString &side : SideFiles) {
        const QString orphan = dbPath + side;
        if (QFile::exists(orphan) && !QFile::rename(orphan, dbPath + QStringLiteral("-orphaned-") + timeStamp() + side))
            throw StoreError(QStringLiteral("cannot move %1 aside").arg(orphan), true);
    }
}

void Recovery::testKillPoint(const char *step)
{
    static const QByteArray chosen = qgetenv("LOOPWISE_TEST_KILL_AT");
    if (!chosen.isEmpty() && chosen == step)
        std::_Exit(TestKillExitCode);
}

} // namespace loopwise
