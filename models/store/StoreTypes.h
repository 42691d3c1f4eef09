// Plain value types shared by every layer of the progress store.
#pragma once

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loopwise {

// Limits shared by the facade (what a learner may save) and the importer (what a file may
// contain), so that every exported profile can be imported again.
namespace Limits {
inline constexpr qsizetype MaxTextChars = 1024 * 1024;
inline constexpr qsizetype MaxNameChars = 100;
inline constexpr qsizetype MaxLabelChars = 200;
inline constexpr qint64 MaxSecondsPerEntry = 24 * 60 * 60;
inline constexpr qsizetype MaxImageBytes = 8 * 1024 * 1024; // one evidence chart as PNG
} // namespace Limits

// Module, card, section, question, lab ids and setting keys: short ASCII identifiers.
bool isIdentifier(const QString &text);
QString newUuid();
qint64 nowMs();
QString isoTimestamp(qint64 msSinceEpoch);

// Every learner action is one of these. The names are stored in files, so never rename them.
enum class EventKind {
    ModuleOpened,
    CardOpened,
    ModuleCompleted,
    ModuleReopened,
    TimeSpent,
    PositionSet,
    QuestionAnswered,
    NoteSaved,
    LabRunSaved,
    SettingChanged,
    EvidenceAttached,
    EvidenceRemoved,
};
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString &name);
// Kinds that belong to a module (they need a module id and move it out of "not started").
bool isModuleEvent(EventKind kind);

struct Event
{
    QString id;
    QString profileId;
    EventKind kind = EventKind::ModuleOpened;
    QString moduleId;
    QJsonObject payload;
    qint64 at = 0; // ms since epoch, UTC

    // A new event with a fresh UUID, stamped with a clock that never goes backwards.
    static Event create(const QString &profileId, EventKind kind, const QString &moduleId,
                        const QJsonObject &payload = {});
};

enum class ModuleStatus { NotStarted = 0, InProgress = 1, Completed = 2 };
QString moduleStatusName(ModuleStatus status);

// The progress of one module, as a fold over that module's events. Used by the UI cache,
// by the worker when it writes module_status, and by the recompute check.
struct ModuleProgress
{
    ModuleStatus status = ModuleStatus::NotStarted;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    qint64 secondsSpent = 0;
    QString readingPosition;

    void apply(const Event &event);
    bool operator==(const ModuleProgress &) const = default;
};

// Note kinds and their fields, in display order.
QStringList noteKinds();
QStringList noteFields(const QString &kind);

struct NoteRevision
{
    QString id; // the id of the event that saved it
    QString kind;
    QJsonObject fields;
    qint64 savedAt = 0;
    QString restoredFrom;

    static NoteRevision fromEvent(const Event &event);
};

struct LabRun
{
    QString id; // the id of the event that saved it
    QString labId;
    QString config;
    QString results;
    QString label;
    qint64 savedAt = 0;

    static LabRun fromEvent(const Event &event);
};

// A lab run attached to a note as evidence: its chart is kept in the evidence_images table
// (the event names it), its settings and figures went into the note's text.
struct Evidence
{
    QString id; // the chart's id, a UUID; the same in both events
    QString noteKind;
    QString labId;
    QString title;
    QString runKey; // the same run attached twice has the same key (see evidenceKey())
    qint64 attachedAt = 0;
    QImage image; // as grabbed, or a thumbnail of the stored PNG; null if none is kept

    static Evidence fromEvent(const Event &event);
};

// What a lab hands over to attach a run as evidence: whole translated lines and the chart.
struct EvidenceRun
{
    QString labId;
    QString title;
    QStringList settings;
    QStringList figures;
    QString link; // the lab link that reopens the run
    QImage chart;
};

struct ProfileInfo
{
    QString id;
    QString name;
    qint64 createdAt = 0;
};

// What an import did, counted per event of the file, for the sentence the learner reads.
struct ImportReport
{
    QString profileName;
    bool profileIsNew = false; // the import added this profile to the store
    int eventsInFile = 0;
    int added = 0;
    int alreadyStored = 0; // the same event is in this profile already
    int ofOtherProfile = 0; // the same event id is stored under another profile
    int datesClamped = 0; // impossible dates set to the time of the import
    QString refusal; // why nothing could be imported (the store refused it); empty otherwise
};

// Everything the UI shows for one profile; kept in memory by the facade.
struct ProfileState
{
    QString profileId;
    QHash<QString, ModuleProgress> modules;
    QHash<QString, QStringList> openedCards; // module id -> card ids in opening order
    QHash<QString, QList<NoteRevision>> notes; // kind -> revisions, oldest first
    QHash<QString, QList<LabRun>> labRuns; // lab id -> runs, oldest first
    QHash<QString, QJsonValue> settings;
    QList<Evidence> evidence; // attached and not removed, oldest first

    // chart: the chart of an EvidenceAttached event, when the caller holds it.
    void apply(const Event &event, const QImage &chart = QImage());
};

// JSON kept in TEXT columns.
QString jsonText(const QJsonObject &object);
QJsonObject jsonObjectFromText(const QString &text);
// Setting values are JSON scalars; SQLite stores them as JSON text.
QString settingToText(const QJsonValue &value);
QJsonValue settingFromText(const QString &text);

} // namespace loopwise
