// The store's SQL for profiles, the event log and the tables derived from it. Every method
// throws StoreError; callers wrap writes in a Transaction.
#pragma once

#include "StoreTypes.h"

namespace loopwise {

class Database;
class ProfileArchive;

class ProgressRepository
{
public:
    explicit ProgressRepository(Database &db);

    QList<ProfileInfo> profiles(); // oldest first
    bool hasProfile(const QString &id);
    // Does nothing if the profile exists, so a retried or imported create is harmless.
    void createProfile(const ProfileInfo &profile);
    void renameProfile(const QString &id, const QString &name);
    // Removes the profile with its log and everything derived from it.
    void deleteProfile(const QString &id);
    QString lastProfileId();
    void setLastProfileId(const QString &id);

    // Appends the event and updates the derived tables. Returns false (and changes nothing)
    // if an event with this id is already stored: a retried write must not count twice.
    bool record(const Event &event);
    // Adds the archive's events this store does not have yet and rebuilds the profile's
    // derived tables from its whole log, so merging logs from two devices gives one history.
    // An event id stored under another profile stays there. Adds no profile when no event
    // is new: an import that brings nothing must not leave an empty profile behind.
    ImportReport merge(const ProfileArchive &archive);

    // The chart of evidence `id` as PNG, written with the event that attaches it. Does
    // nothing if it is stored already (a retried write, an import).
    void storeEvidenceImage(const QString &id, const QString &profileId, const QByteArray &png);
    // The PNGs of a profile's evidence charts by id; of the given ids only, if any are given.
    QHash<QString, QByteArray> evidenceImages(const QString &profileId, const QStringList &ids = {});

    // The evidence list carries thumbnails (at most ThumbnailSide pixels wide or high).
    static constexpr int ThumbnailSide = 480;
    ProfileState loadProfile(const QString &id);
    QHash<QString, ModuleProgress> storedModules(const QString &profileId);
    // In time order, so progress merged from two devices replays as it happened (an import
    // sets impossible dates to its own time first). Notes and lab runs are shown in the
    // order they were stored instead: see loadProfile().
    QList<Event> events(const QString &profileId);

private:
    enum class Insert { Added, AlreadyStored, OfOtherProfile };
    Insert insertEvent(const Event &event);
    // Brings the derived tables up to date with one more event.
    void project(const Event &event);
    void rebuildProjections(const QString &profileId);
    ModuleProgress storedModule(const QString &profileId, const QString &moduleId);
    QList<Evidence> loadEvidence(const QString &profileId);

    Database &m_db;
};

} // namespace loopwise
