#include "StoreTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <array>

namespace loopwise {

namespace {

struct KindName
{
    EventKind kind;
    const char *name;
};

constexpr std::array<KindName, 12> kindNames{{
    {EventKind::ModuleOpened, "module.opened"},
    {EventKind::CardOpened, "card.opened"},
    {EventKind::ModuleCompleted, "module.completed"},
    {EventKind::ModuleReopened, "module.reopened"},
    {EventKind::TimeSpent, "time.spent"},
    {EventKind::PositionSet, "position.set"},
    {EventKind::QuestionAnswered, "question.answered"},
    {EventKind::NoteSaved, "note.saved"},
    {EventKind::LabRunSaved, "lab.saved"},
    {EventKind::SettingChanged, "setting.changed"},
    {EventKind::EvidenceAttached, "evidence.attached"},
    {EventKind::EvidenceRemoved, "evidence.removed"},
}};

} // namespace

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"));
    return pattern.match(text).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTimestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString eventKindName(EventKind kind)
{
    const auto *found
        = std::find_if(kindNames.begin(), kindNames.end(), [kind](const KindName &k) { return k.kind == kind; });
    return QString::fromLatin1(found->name);
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool isModuleEvent(EventKind kind)
{
    switch (kind) {
    case EventKind::NoteSaved:
    case EventKind::LabRunSaved:
    case EventKind::SettingChanged:
    case EventKind::EvidenceAttached:
    case EventKind::EvidenceRemoved:
        return false;
    default:
        return true;
    }
}

Event Event::create(const QString &profileId, EventKind kind, const QString &moduleId, const QJsonObject &payload)
{
    // Events are replayed in time order; a clock step backwards must not reorder them.
    // Events are created on the UI thread only, so a plain static is enough.
    static qint64 lastAt = 0;
    const qint64 at = std::max(nowMs(), lastAt);
    lastAt = at;
    return Event{newUuid(), profileId, kind, moduleId, payload, at};
}

QString moduleStatusName(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::InProgress:
        return QStringLiteral("in-progress");
    case ModuleStatus::Completed:
        return QStringLiteral("completed");
    case ModuleStatus::NotStarted:
        break;
    }
    return QStringLiteral("not-started");
}

void ModuleProgress::apply(const Event &event)
{
    if (!isModuleEvent(event.kind))
        return;
    if (status == ModuleStatus::NotStarted) {
        status = ModuleStatus::InProgress;
        startedAt = event.at;
    }
    switch (event.kind) {
    case EventKind::ModuleCompleted:
        status = ModuleStatus::Completed;
        completedAt = event.at;
        break;
    case EventKind::ModuleReopened:
        status = ModuleStatus::InProgress;
        completedAt = 0;
        break;
    case EventKind::TimeSpent:
        secondsSpent += event.payload.value(QLatin1String("seconds")).toInteger();
        break;
    case EventKind::PositionSet:
        readingPosition = event.payload.value(QLatin1String("sectionId")).toString();
        break;
    default:
        break;
    }
}

QStringList noteKinds()
{
    return {QStringLiteral("decision"), QStringLiteral("model"), QStringLiteral("reflection")};
}

QStringList noteFields(const QString &kind)
{
    if (kind == QLatin1String("decision"))
        return {QStringLiteral("assumption"), QStringLiteral("evidence"), QStringLiteral("action")};
    if (kind == QLatin1String("model"))
        return {QStringLiteral("decision"), QStringLiteral("failureCost"), QStringLiteral("baseline"),
                QStringLiteral("keyRisks"), QStringLiteral("rollback")};
    if (kind == QLatin1String("reflection"))
        return {QStringLiteral("text")};
    return {};
}

NoteRevision NoteRevision::fromEvent(const Event &event)
{
    const QJsonObject &p = event.payload;
    return NoteRevision{event.id, p.value(QLatin1String("kind")).toString(),
                        p.value(QLatin1String("fields")).toObject(), event.at,
                        p.value(QLatin1String("restoredFrom")).toString()};
}

LabRun LabRun::fromEvent(const Event &event)
{
    const QJsonObject &p = event.payload;
    return LabRun{event.id,
                  p.value(QLatin1String("labId")).toString(),
                  p.value(QLatin1String("config")).toString(),
                  p.value(QLatin1String("results")).toString(),
                  p.value(QLatin1String("label")).toString(),
                  event.at};
}

Evidence Evidence::fromEvent(const Event &event)
{
    const QJsonObject &p = event.payload;
    return Evidence{p.value(QLatin1String("evidenceId")).toString(),
                    p.value(QLatin1String("note")).toString(),
                    p.value(QLatin1String("labId")).toString(),
                    p.value(QLatin1String("title")).toString(),
                    p.value(QLatin1String("runKey")).toString(),
                    event.at,
                    QImage()};
}

void ProfileState::apply(const Event &event, const QImage &chart)
{
    if (isModuleEvent(event.kind))
        modules[event.moduleId].apply(event);
    switch (event.kind) {
    case EventKind::CardOpened: {
        QStringList &cards = openedCards[event.moduleId];
        const QString card = event.payload.value(QLatin1String("cardId")).toString();
        if (!cards.contains(card))
            cards.append(card);
        break;
    }
    case EventKind::NoteSaved: {
        const NoteRevision revision = NoteRevision::fromEvent(event);
        notes[revision.kind].append(revision);
        break;
    }
    case EventKind::LabRunSaved: {
        const LabRun run = LabRun::fromEvent(event);
        labRuns[run.labId].append(run);
        break;
    }
    case EventKind::SettingChanged:
        settings.insert(event.payload.value(QLatin1String("key")).toString(),
                        event.payload.value(QLatin1String("value")));
        break;
    case EventKind::EvidenceAttached: {
        Evidence attached = Evidence::fromEvent(event);
        attached.image = chart;
        evidence.append(attached);
        break;
    }
    case EventKind::EvidenceRemoved: {
        const QString id = event.payload.value(QLatin1String("evidenceId")).toString();
        evidence.removeIf([&id](const Evidence &e) { return e.id == id; });
        break;
    }
    default:
        break;
    }
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObjectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString settingToText(const QJsonValue &value)
{
    // QJsonDocument cannot hold a bare scalar, so the value travels inside a one-item array.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue settingFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace loopwise
