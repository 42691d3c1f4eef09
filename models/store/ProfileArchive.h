// One profile as a JSON file: the profile, its whole event log and the evidence charts its
// events name (PNG, base64). Everything else is derived from the log, so importing the log
// (deduplicated by event id) merges devices.
#pragma once

#include "StoreTypes.h"

#include <QCoreApplication>

#include <optional>

namespace loopwise {

class ProfileArchive
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::ProfileArchive)

public:
    // 2 added "evidenceImages"; a file without any is still written as version 1.
    static constexpr int FormatVersion = 2;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxEvents = 1'000'000;
    // A device with a wrong clock may stamp dates that cannot be true: later than the
    // importing device's clock plus this margin, or before Loopwise could exist.
    static constexpr qint64 FutureMarginMs = 60 * 60 * 1000;
    static constexpr qint64 EarliestPossibleMs = 946'684'800'000; // 2000-01-01T00:00:00Z

    ProfileInfo profile;
    QList<Event> events;
    QHash<QString, QByteArray> evidenceImages; // evidence id -> PNG
    // How many dates of the file were impossible and were set to the time of reading.
    int datesClamped = 0;

    QByteArray toJson() const;

    // Parses and checks everything (types, ids, sizes, known kinds and fields) before the
    // caller touches the database. On failure returns nothing and a plain reason in *error
    // that names the offending place, e.g. "events[12].payload.cardId". Impossible dates
    // (see FutureMarginMs) become `now` and are counted in datesClamped.
    static std::optional<ProfileArchive> fromJson(const QByteArray &json, QString *error, qint64 now = nowMs());
    static std::optional<ProfileArchive> readFile(const QString &path, QString *error, qint64 now = nowMs());
};

} // namespace loopwise
