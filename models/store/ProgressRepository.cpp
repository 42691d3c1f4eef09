#include "ProgressRepository.h"

#include "Database.h"
#include "ProfileArchive.h"

#include <QImage>

namespace loopwise {

namespace {

const QString LastProfileKey = QStringLiteral("last_profile");

ModuleProgress moduleFromRow(const QSqlQuery &row, int first)
{
    ModuleProgress m;
    m.status = static_cast<ModuleStatus>(row.value(first).toInt());
    m.startedAt = row.value(first + 1).toLongLong();
    m.completedAt = row.value(first + 2).toLongLong();
    m.secondsSpent = row.value(first + 3).toLongLong();
    m.readingPosition = row.value(first + 4).toString();
    return m;
}

} // namespace

ProgressRepository::ProgressRepository(Database &db)
    : m_db(db)
{}

QList<ProfileInfo> ProgressRepository::profiles()
{
    QList<ProfileInfo> result;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT id, name, created_at FROM profiles "
                                              "ORDER BY created_at, id"));
    while (rows.next())
        result.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toLongLong()});
    return result;
}

bool ProgressRepository::hasProfile(const QString &id)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {id}).isValid();
}

void ProgressRepository::createProfile(const ProfileInfo &profile)
{
    m_db.exec(QStringLiteral("INSERT OR IGNORE INTO profiles (id, name, created_at) VALUES (?, ?, ?)"),
              {profile.id, profile.name, profile.createdAt});
}

void ProgressRepository::renameProfile(const QString &id, const QString &name)
{
    m_db.exec(QStringLiteral("UPDATE profiles SET name = ? WHERE id = ?"), {name, id});
}

void ProgressRepository::deleteProfile(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ? AND value = ?"), {LastProfileKey, id});
}

QString ProgressRepository::lastProfileId()
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {LastProfileKey}).toString();
}

void ProgressRepository::setLastProfileId(const QString &id)
{
    m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {LastProfileKey, id});
}

bool ProgressRepository::record(const Event &event)
{
    if (insertEvent(event) != Insert::Added)
        return false;
    project(event);
    return true;
}

ImportReport ProgressRepository::merge(const ProfileArchive &archive)
{
    ImportReport report;
    report.profileName = archive.profile.name;
    report.profileIsNew = !hasProfile(archive.profile.id);
    report.eventsInFile = static_cast<int>(archive.events.size());
    report.datesClamped = archive.datesClamped;
    // The profile row comes first (events refer to it); it goes again if nothing was new.
    createProfile(archive.profile);
    for (auto it = archive.evidenceImages.cbegin(); it != archive.evidenceImages.cend(); ++it)
        storeEvidenceImage(it.key(), archive.profile.id, it.value());
    for (const Event &event : archive.events) {
        switch (insertEvent(event)) {
        case Insert::Added:
            ++report.added;
            break;
        case Insert::AlreadyStored:
            ++report.alreadyStored;
            break;
        case Insert::OfOtherProfile:
            ++report.ofOtherProfile;
            break;
        }
    }
    if (report.added > 0)
        rebuildProjections(archive.profile.id);
    else if (report.profileIsNew)
        deleteProfile(archive.profile.id);
    return report;
}

ProgressRepository::Insert ProgressRepository::insertEvent(const Event &event)
{
    const QVariant owner = m_db.scalar(QStringLiteral("SELECT profile_id FROM events WHERE id = ?"), {event.id});
    if (owner.isValid())
        return owner.toString() == event.profileId ? Insert::AlreadyStored : Insert::OfOtherProfile;
    m_db.exec(
        QStringLiteral("INSERT INTO events (id, profile_id, kind, module_id, payload, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {event.id, event.profileId, eventKindName(event.kind), event.moduleId, jsonText(event.payload), event.at});
    return Insert::Added;
}

void ProgressRepository::project(const Event &event)
{
    if (isModuleEvent(event.kind)) {
        ModuleProgress m = storedModule(event.profileId, event.moduleId);
        m.apply(event);
        m_db.exec(QStringLiteral("INSERT INTO module_status (profile_id, module_id, status, started_at, "
                                 "completed_at, seconds_spent, reading_position) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (profile_id, module_id) DO UPDATE SET "
                                 "status = excluded.status, started_at = excluded.started_at, "
                                 "completed_at = excluded.completed_at, "
                                 "seconds_spent = excluded.seconds_spent, "
                                 "reading_position = excluded.reading_position"),
                  {event.profileId, event.moduleId, static_cast<int>(m.status), m.startedAt, m.completedAt,
                   m.secondsSpent, m.readingPosition});
    }
    switch (event.kind) {
    case EventKind::CardOpened:
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO opened_cards (profile_id, module_id, card_id, "
                                 "opened_at) VALUES (?, ?, ?, ?)"),
                  {event.profileId, event.moduleId, event.payload.value(QLatin1String("cardId")).toString(), event.at});
        break;
    case EventKind::NoteSaved: {
        const NoteRevision r = NoteRevision::fromEvent(event);
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO note_revisions (id, profile_id, kind, fields, "
                                 "saved_at, restored_from) VALUES (?, ?, ?, ?, ?, ?)"),
                  {r.id, event.profileId, r.kind, jsonText(r.fields), r.savedAt, r.restoredFrom});
        break;
    }
    case EventKind::LabRunSaved: {
        const LabRun run = LabRun::fromEvent(event);
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO lab_runs (id, profile_id, lab_id, config, "
                                 "results, label, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {run.id, event.profileId, run.labId, run.config, run.results, run.label, run.savedAt});
        break;
    }
    case EventKind::SettingChanged:
        m_db.exec(QStringLiteral("INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value"),
                  {event.profileId, event.payload.value(QLatin1String("key")).toString(),
                   settingToText(event.payload.value(QLatin1String("value")))});
        break;
    default:
        break;
    }
}

void ProgressRepository::rebuildProjections(const QString &profileId)
{
    static const QStringList clear = {
        QStringLiteral("DELETE FROM module_status WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM opened_cards WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM note_revisions WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM lab_runs WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM settings WHERE profile_id = ?"),
    };
    for (const QString &statement : clear)
        m_db.exec(statement, {profileId});
    const QList<Event> log = events(profileId);
    for (const Event &event : log)
        project(event);
}

ModuleProgress ProgressRepository::storedModule(const QString &profileId, const QString &moduleId)
{
    QSqlQuery row = m_db.exec(QStringLiteral("SELECT status, started_at, completed_at, seconds_spent, "
                                             "reading_position FROM module_status "
                                             "WHERE profile_id = ? AND module_id = ?"),
                              {profileId, moduleId});
    return row.next() ? moduleFromRow(row, 0) : ModuleProgress{};
}

QHash<QString, ModuleProgress> ProgressRepository::storedModules(const QString &profileId)
{
    QHash<QString, ModuleProgress> modules;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT module_id, status, started_at, completed_at, "
                                              "seconds_spent, reading_position FROM module_status "
                                              "WHERE profile_id = ?"),
                               {profileId});
    while (rows.next())
        modules.insert(rows.value(0).toString(), moduleFromRow(rows, 1));
    return modules;
}

ProfileState ProgressRepository::loadProfile(const QString &id)
{
    ProfileState state;
    state.profileId = id;
    state.modules = storedModules(id);

    QSqlQuery cards = m_db.exec(QStringLiteral("SELECT module_id, card_id FROM opened_cards "
                                               "WHERE profile_id = ? ORDER BY opened_at, card_id"),
                                {id});
    while (cards.next())
        state.openedCards[cards.value(0).toString()].append(cards.value(1).toString());

    // Revisions and runs in the order this store saved them, which is the order the cache
    // appended them in; never by their dates, which a device with a wrong clock wrote.
    QSqlQuery notes = m_db.exec(QStringLiteral("SELECT r.id, r.kind, r.fields, r.saved_at, r.restored_from "
                                               "FROM note_revisions r JOIN events e ON e.id = r.id "
                                               "WHERE r.profile_id = ? ORDER BY e.seq"),
                                {id});
    while (notes.next()) {
        const QString kind = notes.value(1).toString();
        state.notes[kind].append({notes.value(0).toString(), kind, jsonObjectFromText(notes.value(2).toString()),
                                  notes.value(3).toLongLong(), notes.value(4).toString()});
    }

    QSqlQuery runs = m_db.exec(QStringLiteral("SELECT r.id, r.lab_id, r.config, r.results, r.label, r.saved_at "
                                              "FROM lab_runs r JOIN events e ON e.id = r.id "
                                              "WHERE r.profile_id = ? ORDER BY e.seq"),
                               {id});
    while (runs.next()) {
        const QString labId = runs.value(1).toString();
        state.labRuns[labId].append({runs.value(0).toString(), labId, runs.value(2).toString(),
                                     runs.value(3).toString(), runs.value(4).toString(), runs.value(5).toLongLong()});
    }

    QSqlQuery settings = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE profile_id = ?"), {id});
    while (settings.next())
        state.settings.insert(settings.value(0).toString(), settingFromText(settings.value(1).toString()));
    state.evidence = loadEvidence(id);
    return state;
}

QList<Evidence> ProgressRepository::loadEvidence(const QString &profileId)
{
    // Few events, so the list is replayed from the log rather than kept in a derived table.
    ProfileState replay;
    QSqlQuery rows
        = m_db.exec(QStringLiteral("SELECT id, kind, payload, at FROM events "
                                   "WHERE profile_id = ? AND kind IN (?, ?) ORDER BY seq"),
                    {profileId, eventKindName(EventKind::EvidenceAttached), eventKindName(EventKind::EvidenceRemoved)});
    while (rows.next()) {
        replay.apply({rows.value(0).toString(), profileId, *eventKindFromName(rows.value(1).toString()), QString(),
                      jsonObjectFromText(rows.value(2).toString()), rows.value(3).toLongLong()});
    }
    if (replay.evidence.isEmpty())
        return {};
    QStringList ids;
    for (const Evidence &evidence : std::as_const(replay.evidence))
        ids.append(evidence.id);
    const QHash<QString, QByteArray> pngs = evidenceImages(profileId, ids);
    for (Evidence &evidence : replay.evidence) {
        const QImage image = QImage::fromData(pngs.value(evidence.id), "PNG");
        const bool large = image.width() > ThumbnailSide || image.height() > ThumbnailSide;
        evidence.image
            = large ? image.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation) : image;
    }
    return replay.evidence;
}

void ProgressRepository::storeEvidenceImage(const QString &id, const QString &profileId, const QByteArray &png)
{
    m_db.exec(QStringLiteral("INSERT OR IGNORE INTO evidence_images (id, profile_id, png) VALUES (?, ?, ?)"),
              {id, profileId, png});
}

QHash<QString, QByteArray> ProgressRepository::evidenceImages(const QString &profileId, const QStringList &ids)
{
    QHash<QString, QByteArray> images;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT id, png FROM evidence_images WHERE profile_id = ?"), {profileId});
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        if (ids.isEmpty() || ids.contains(id))
            images.insert(id, rows.value(1).toByteArray());
    }
    return images;
}

QList<Event> ProgressRepository::events(const QString &profileId)
{
    QList<Event> log;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT id, kind, module_id, payload, at FROM events "
                                              "WHERE profile_id = ? ORDER BY at, seq"),
                               {profileId});
    while (rows.next()) {
        const auto kind = eventKindFromName(rows.value(1).toString());
        if (!kind)
            throw StoreError(QStringLiteral("unknown event kind %1").arg(rows.value(1).toString()), false);
        log.append({rows.value(0).toString(), profileId, *kind, rows.value(2).toString(),
                    jsonObjectFromText(rows.value(3).toString()), rows.value(4).toLongLong()});
    }
    return log;
}

} // namespace loopwise
