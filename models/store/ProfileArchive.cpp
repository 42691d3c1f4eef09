#include "ProfileArchive.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace loopwise {

namespace {

const QString FormatName = QStringLiteral("loopwise-profile");

// Thrown inside the reader; fromJson turns it into the caller's error text.
struct Invalid
{
    QString reason;
};

enum class FieldType { Identifier, Text, Label, Seconds, Bool, Uuid, NoteKind, NoteFields, JsonText, Scalar };

struct FieldRule
{
    const char *key;
    FieldType type;
    bool required;
};

// The payload each kind of event may carry. Anything else in a file is refused.
QList<FieldRule> payloadRules(EventKind kind)
{
    using T = FieldType;
    switch (kind) {
    case EventKind::CardOpened:
        return {{"cardId", T::Identifier, true}};
    case EventKind::TimeSpent:
        return {{"seconds", T::Seconds, true}};
    case EventKind::PositionSet:
        return {{"sectionId", T::Identifier, true}};
    case EventKind::QuestionAnswered:
        return {{"questionId", T::Identifier, true}, {"response", T::Text, true}, {"correct", T::Bool, true}};
    case EventKind::NoteSaved:
        return {{"kind", T::NoteKind, true}, {"fields", T::NoteFields, true}, {"restoredFrom", T::Uuid, false}};
    case EventKind::LabRunSaved:
        return {{"labId", T::Identifier, true},
                {"config", T::JsonText, true},
                {"results", T::JsonText, true},
                {"label", T::Label, true}};
    case EventKind::SettingChanged:
        return {{"key", T::Identifier, true}, {"value", T::Scalar, true}};
    case EventKind::EvidenceAttached:
        return {{"evidenceId", T::Uuid, true},
                {"note", T::NoteKind, true},
                {"labId", T::Identifier, true},
                {"title", T::Label, true},
                {"runKey", T::Identifier, true}};
    case EventKind::EvidenceRemoved:
        return {{"evidenceId", T::Uuid, true}};
    case EventKind::ModuleOpened:
    case EventKind::ModuleCompleted:
    case EventKind::ModuleReopened:
        break;
    }
    return {};
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

class Reader
{
public:
    explicit Reader(qint64 now)
        : m_now(now)
    {}

    ProfileArchive read(const QJsonDocument &document)
    {
        if (!document.isObject())
            throw Invalid{ProfileArchive::tr("The file is not a Loopwise profile export.")};
        const QJsonObject root = document.object();
        onlyKeys(root,
                 {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("exportedAt"),
                  QStringLiteral("profile"), QStringLiteral("events"), QStringLiteral("evidenceImages")},
                 QString());
        if (root.value(QLatin1String("format")).toString() != FormatName)
            throw Invalid{ProfileArchive::tr("The file is not a Loopwise profile export.")};
        const QJsonValue version = root.value(QLatin1String("formatVersion"));
        if (!version.isDouble() || version.toInt() < 1)
            throw Invalid{ProfileArchive::tr("The file has no valid “formatVersion”.")};
        if (version.toInt() > ProfileArchive::FormatVersion)
            throw Invalid{ProfileArchive::tr("The file was exported by a newer version of Loopwise "
                                             "(format %1). Please update Loopwise.")
                              .arg(version.toInt())};

        ProfileArchive archive;
        const QJsonObject profile = object(root, QStringLiteral("profile"), QString());
        onlyKeys(profile, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("createdAt")},
                 QStringLiteral("profile"));
        archive.profile.id = uuid(profile, QStringLiteral("id"), QStringLiteral("profile"));
        archive.profile.name = name(profile, QStringLiteral("profile"));
        archive.profile.createdAt = timestamp(profile, QStringLiteral("createdAt"), QStringLiteral("profile"));

        const QJsonValue events = root.value(QLatin1String("events"));
        if (!events.isArray())
            throw Invalid{ProfileArchive::tr("“events” must be a list.")};
        const QJsonArray list = events.toArray();
        if (list.size() > ProfileArchive::MaxEvents)
            throw Invalid{ProfileArchive::tr("The file has more than %1 events.").arg(ProfileArchive::MaxEvents)};
        for (qsizetype i = 0; i < list.size(); ++i) {
            Event event = readEvent(list.at(i), item(QStringLiteral("events"), i));
            event.profileId = archive.profile.id;
            archive.events.append(event);
        }
        archive.evidenceImages = readImages(root.value(QLatin1String("evidenceImages")));
        for (qsizetype i = 0; i < archive.events.size(); ++i) {
            const Event &event = archive.events.at(i);
            const QString id = event.payload.value(QLatin1String("evidenceId")).toString();
            if (event.kind == EventKind::EvidenceAttached && !archive.evidenceImages.contains(id))
                throw Invalid{ProfileArchive::tr("“%1” names a chart that is not in “evidenceImages”.")
                                  .arg(child(item(QStringLiteral("events"), i), QStringLiteral("payload.evidenceId")))};
        }
        archive.datesClamped = m_datesClamped;
        return archive;
    }

private:
    static QHash<QString, QByteArray> readImages(const QJsonValue &value)
    {
        QHash<QString, QByteArray> images;
        const QString path = QStringLiteral("evidenceImages");
        if (value.isUndefined())
            return images;
        if (!value.isArray())
            throw Invalid{ProfileArchive::tr("“%1” must be a list.").arg(path)};
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = item(path, i);
            if (!list.at(i).isObject())
                throw Invalid{ProfileArchive::tr("“%1” must be an object.").arg(where)};
            const QJsonObject o = list.at(i).toObject();
            onlyKeys(o, {QStringLiteral("id"), QStringLiteral("png")}, where);
            const QString id = uuid(o, QStringLiteral("id"), where);
            const QString pngPath = child(where, QStringLiteral("png"));
            const QByteArray png = QByteArray::fromBase64(
                text(o.value(QLatin1String("png")), pngPath, Limits::MaxImageBytes * 4 / 3 + 4).toLatin1());
            if (!png.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) || png.size() > Limits::MaxImageBytes)
                throw Invalid{ProfileArchive::tr("“%1” must be a PNG image in base64.").arg(pngPath)};
            images.insert(id, png);
        }
        return images;
    }

    Event readEvent(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            throw Invalid{ProfileArchive::tr("“%1” must be an object.").arg(path)};
        const QJsonObject o = value.toObject();
        onlyKeys(o,
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("module"), QStringLiteral("at"),
                  QStringLiteral("payload")},
                 path);
        Event event;
        event.id = uuid(o, QStringLiteral("id"), path);
        const QString kindPath = child(path, QStringLiteral("kind"));
        const auto kind = eventKindFromName(o.value(QLatin1String("kind")).toString());
        if (!kind)
            throw Invalid{ProfileArchive::tr("“%1” is not a known kind of event.").arg(kindPath)};
        event.kind = *kind;
        event.at = timestamp(o, QStringLiteral("at"), path);
        if (isModuleEvent(event.kind)) {
            event.moduleId = identifier(o.value(QLatin1String("module")), child(path, QStringLiteral("module")));
        } else if (o.contains(QLatin1String("module"))) {
            throw Invalid{ProfileArchive::tr("“%1” must be left out for this kind of event.")
                              .arg(child(path, QStringLiteral("module")))};
        }
        event.payload = readPayload(object(o, QStringLiteral("payload"), path), event.kind,
                                    child(path, QStringLiteral("payload")));
        return event;
    }

    QJsonObject readPayload(const QJsonObject &p, EventKind kind, const QString &path)
    {
        const QList<FieldRule> rules = payloadRules(kind);
        QStringList allowed;
        for (const FieldRule &rule : rules)
            allowed.append(QString::fromLatin1(rule.key));
        onlyKeys(p, allowed, path);
        for (const FieldRule &rule : rules) {
            const QString key = QString::fromLatin1(rule.key);
            if (!p.contains(key) && !rule.required)
                continue;
            check(p.value(key), rule.type, child(path, key), p.value(QLatin1String("kind")).toString());
        }
        return p;
    }

    void check(const QJsonValue &value, FieldType type, const QString &path, const QString &noteKind)
    {
        switch (type) {
        case FieldType::Identifier:
            identifier(value, path);
            break;
        case FieldType::Text:
            text(value, path, Limits::MaxTextChars);
            break;
        case FieldType::Label:
            text(value, path, Limits::MaxLabelChars);
            break;
        case FieldType::Seconds:
            if (!value.isDouble() || value.toInteger(-1) < 1 || value.toInteger() > Limits::MaxSecondsPerEntry)
                throw Invalid{ProfileArchive::tr("“%1” must be a whole number of seconds from 1 to %2.")
                                  .arg(path)
                                  .arg(Limits::MaxSecondsPerEntry)};
            break;
        case FieldType::Bool:
            if (!value.isBool())
                throw Invalid{ProfileArchive::tr("“%1” must be true or false.").arg(path)};
            break;
        case FieldType::Uuid:
            uuid(value, path);
            break;
        case FieldType::NoteKind:
            if (!noteKinds().contains(value.toString()))
                throw Invalid{ProfileArchive::tr("“%1” is not a kind of note.").arg(path)};
            break;
        case FieldType::NoteFields: {
            if (!value.isObject())
                throw Invalid{ProfileArchive::tr("“%1” must be an object.").arg(path)};
            const QJsonObject fields = value.toObject();
            onlyKeys(fields, noteFields(noteKind), path);
            for (auto it = fields.begin(); it != fields.end(); ++it)
                text(it.value(), child(path, it.key()), Limits::MaxTextChars);
            break;
        }
        case FieldType::JsonText: {
            const QString json = text(value, path, Limits::MaxTextChars);
            if (QJsonDocument::fromJson(json.toUtf8()).isNull())
                throw Invalid{ProfileArchive::tr("“%1” must hold valid JSON.").arg(path)};
            break;
        }
        case FieldType::Scalar:
            if (value.isString())
                text(value, path, Limits::MaxTextChars);
            else if (!value.isDouble() && !value.isBool())
                throw Invalid{ProfileArchive::tr("“%1” must be text, a number or true/false.").arg(path)};
            break;
        }
    }

    static void onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                throw Invalid{
                    ProfileArchive::tr("“%1” is not part of a profile export.").arg(child(path, it.key().left(40)))};
        }
    }

    static QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            throw Invalid{ProfileArchive::tr("“%1” must be an object.").arg(child(path, key))};
        return value.toObject();
    }

    static QString text(const QJsonValue &value, const QString &path, qsizetype limit)
    {
        if (!value.isString())
            throw Invalid{ProfileArchive::tr("“%1” must be text.").arg(path)};
        const QString s = value.toString();
        if (s.size() > limit)
            throw Invalid{ProfileArchive::tr("“%1” is longer than %2 characters.").arg(path).arg(limit)};
        return s;
    }

    static QString identifier(const QJsonValue &value, const QString &path)
    {
        const QString s = value.toString();
        if (!value.isString() || !isIdentifier(s))
            throw Invalid{ProfileArchive::tr("“%1” must be a short id (letters, digits and . _ : / -).").arg(path)};
        return s;
    }

    static QString uuid(const QJsonValue &value, const QString &path)
    {
        const QString s = value.toString();
        if (!value.isString() || QUuid::fromString(s).toString(QUuid::WithoutBraces) != s)
            throw Invalid{ProfileArchive::tr("“%1” must be a UUID.").arg(path)};
        return s;
    }

    static QString uuid(const QJsonObject &o, const QString &key, const QString &path)
    {
        return uuid(o.value(key), child(path, key));
    }

    static QString name(const QJsonObject &profile, const QString &path)
    {
        const QString where = child(path, QStringLiteral("name"));
        const QString s = text(profile.value(QLatin1String("name")), where, Limits::MaxNameChars);
        if (s.trimmed().isEmpty())
            throw Invalid{ProfileArchive::tr("“%1” must not be empty.").arg(where)};
        return s;
    }

    qint64 timestamp(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QDateTime time = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            throw Invalid{ProfileArchive::tr("“%1” must be a date and time like 2024-05-01T09:30:00.000Z.")
                              .arg(child(path, key))};
        const qint64 ms = time.toMSecsSinceEpoch();
        if (ms >= ProfileArchive::EarliestPossibleMs && ms <= m_now + ProfileArchive::FutureMarginMs)
            return ms;
        ++m_datesClamped;
        return m_now;
    }

    const qint64 m_now;
    int m_datesClamped = 0;
};

} // namespace

QByteArray ProfileArchive::toJson() const
{
    QJsonArray list;
    for (const Event &event : events) {
        QJsonObject o{{QStringLiteral("id"), event.id},
                      {QStringLiteral("kind"), eventKindName(event.kind)},
                      {QStringLiteral("at"), isoTimestamp(event.at)},
                      {QStringLiteral("payload"), event.payload}};
        if (isModuleEvent(event.kind))
            o.insert(QStringLiteral("module"), event.moduleId);
        list.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), FormatName},
        // Older Loopwise reads files without charts: they stay at the version it knows.
        {QStringLiteral("formatVersion"), evidenceImages.isEmpty() ? 1 : FormatVersion},
        {QStringLiteral("exportedAt"), isoTimestamp(nowMs())},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("id"), profile.id},
                     {QStringLiteral("name"), profile.name},
                     {QStringLiteral("createdAt"), isoTimestamp(profile.createdAt)}}},
        {QStringLiteral("events"), list},
    };
    if (!evidenceImages.isEmpty()) {
        QJsonArray images;
        for (auto it = evidenceImages.cbegin(); it != evidenceImages.cend(); ++it)
            images.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                      {QStringLiteral("png"), QString::fromLatin1(it.value().toBase64())}});
        root.insert(QStringLiteral("evidenceImages"), images);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ProfileArchive> ProfileArchive::fromJson(const QByteArray &json, QString *error, qint64 now)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        //: %1 is the parser's technical message, %2 a byte offset in the file.
        *error = tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    try {
        return Reader(now).read(document);
    } catch (const Invalid &invalid) {
        *error = invalid.reason;
        return std::nullopt;
    }
}

std::optional<ProfileArchive> ProfileArchive::readFile(const QString &path, QString *error, qint64 now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("The file is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error, now);
}

} // namespace loopwise
