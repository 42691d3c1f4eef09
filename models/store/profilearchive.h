// One profile as a JSON file: the profile and its whole event log. Everything else is
// derived from the log, so importing the log (deduplicated by event id) merges devices.
#pragma once

#include "storetypes.h"

#include <QCoreApplication>

#include <optional>

namespace loopwise {

class ProfileArchive {
    Q_DECLARE_TR_FUNCTIONS(loopwise::ProfileArchive)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxEvents = 1'000'000;

    ProfileInfo profile;
    QList<Event> events;

    QByteArray toJson() const;

    // Parses and checks everything (types, ids, sizes, known kinds and fields) before the
    // caller touches the database. On failure returns nothing and a plain reason in *error
    // that names the offending place, e.g. "events[12].payload.cardId".
    static std::optional<ProfileArchive> fromJson(const QByteArray& json, QString* error);
    static std::optional<ProfileArchive> readFile(const QString& path, QString* error);
};

} // namespace loopwise
