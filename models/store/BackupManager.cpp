#include "BackupManager.h"

#include "Database.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace loopwise {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");
const QString UnfinishedSuffix = QStringLiteral(".partial");

QString reasonName(BackupManager::Reason reason)
{
    switch (reason) {
    case BackupManager::Reason::BeforeMigration:
        return QStringLiteral("before-migration");
    case BackupManager::Reason::BeforeProfileDelete:
        return QStringLiteral("before-delete");
    case BackupManager::Reason::Rolling:
        break;
    }
    return QStringLiteral("rolling");
}

std::optional<BackupManager::Reason> reasonFromName(const QString &name)
{
    for (auto reason : {BackupManager::Reason::Rolling, BackupManager::Reason::BeforeMigration,
                        BackupManager::Reason::BeforeProfileDelete}) {
        if (reasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

// loopwise-<UTC time>-<reason>.db: names sort by time.
QString fileName(const QDateTime &takenAt, BackupManager::Reason reason)
{
    return QStringLiteral("loopwise-%1-%2.db").arg(takenAt.toString(TimeFormat), reasonName(reason));
}

// -1 for a copy that cannot be read: it never outranks one that can.
qint64 eventCount(const QString &path)
{
    try {
        Database copy(path, Database::Access::ReadOnly);
        return copy.scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    } catch (const StoreError &) {
        return -1;
    }
}

} // namespace

BackupManager::BackupManager(const QString &dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("backups")))
{}

BackupManager::Backup BackupManager::create(Database &db, Reason reason)
{
    if (!QDir().mkpath(m_dir))
        throw StoreError(QStringLiteral("cannot create %1").arg(m_dir), true);

    QDateTime takenAt = QDateTime::currentDateTimeUtc();
    QString path = QDir(m_dir).filePath(fileName(takenAt, reason));
    while (QFile::exists(path)) {
        takenAt = takenAt.addMSecs(1);
        path = QDir(m_dir).filePath(fileName(takenAt, reason));
    }

    const QString unfinished = path + UnfinishedSuffix;
    QFile::remove(unfinished);
    db.vacuumInto(unfinished);
    const QString problem = verificationProblem(unfinished);
    if (!problem.isEmpty() || !QFile::rename(unfinished, path)) {
        QFile::remove(unfinished);
        throw StoreError(QStringLiteral("backup %1 failed verification: %2").arg(path, problem), true);
    }
    if (reason == Reason::Rolling)
        prune(takenAt);
    return Backup{path, takenAt, reason};
}

QString BackupManager::verificationProblem(const QString &path)
{
    try {
        Database copy(path, Database::Access::ReadOnly);
        const QString problem = copy.integrityProblem();
        return problem.isEmpty() ? Migrations::schemaProblem(copy) : problem;
    } catch (const StoreError &error) {
        return error.message();
    }
}

QList<BackupManager::Backup> BackupManager::list() const
{
    static const QRegularExpression pattern(QStringLiteral("^loopwise-(\\d{8}T\\d{9})-([a-z-]+)\\.db$"));
    QList<Backup> backups;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("loopwise-*.db")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QDateTime takenAt = QDateTime::fromString(match.captured(1), TimeFormat);
        takenAt.setTimeSpec(Qt::UTC);
        const auto reason = reasonFromName(match.captured(2));
        if (takenAt.isValid() && reason)
            backups.append(Backup{QDir(m_dir).filePath(name), takenAt, *reason});
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.takenAt > b.takenAt; });
    return backups;
}

std::optional<BackupManager::Backup> BackupManager::newestVerified() const
{
    const QList<Backup> backups = list();
    for (const Backup &backup : backups) {
        if (verificationProblem(backup.path).isEmpty())
            return backup;
    }
    return std::nullopt;
}

void BackupManager::prune(const QDateTime &nowUtc)
{
    QList<Backup> rolling = list();
    rolling.removeIf([](const Backup &b) { return b.reason != Reason::Rolling; });

    QSet<QString> keep;
    QSet<QDate> daysKept;
    const QDate oldestDay = nowUtc.date().addDays(1 - KeepDays);
    for (qsizetype i = 0; i < rolling.size(); ++i) {
        const QDate day = rolling[i].takenAt.date();
        if (i < KeepLatest)
            keep.insert(rolling[i].path);
        // The list is newest first, so the first backup seen on a day is that day's newest.
        if (day >= oldestDay && !daysKept.contains(day)) {
            daysKept.insert(day);
            keep.insert(rolling[i].path);
        }
    }
    // Recent backups of a store that was emptied or replaced would push out the only copies
    // of an older, larger history: the backup holding the most events always stays.
    const Backup *largest = nullptr;
    qint64 largestEvents = -1;
    for (const Backup &backup : rolling) {
        const qint64 events = eventCount(backup.path);
        if (events > largestEvents) {
            largest = &backup;
            largestEvents = events;
        }
    }
    if (largest)
        keep.insert(largest->path);
    for (const Backup &backup : rolling) {
        if (!keep.contains(backup.path))
            QFile::remove(backup.path);
    }
}

void BackupManager::removeUnfinished()
{
    QDir dir(m_dir);
    // "*.partial*" also catches the rollback journal SQLite leaves beside a cut-short copy.
    const QStringList names = dir.entryList({QStringLiteral("*") + UnfinishedSuffix + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : names)
        dir.remove(name);
}

} // namespace loopwise
