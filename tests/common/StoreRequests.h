// The store answers open, close, profile switch, exports and import by signal. A test that
// needs the answer before going on makes the request here and waits for its result signal
// (the test's own event loop keeps running meanwhile).
#pragma once

#include "ProgressStore.h"

#include <QSignalSpy>
#include <QTest>

namespace storerequests {

constexpr int kTimeoutMs = 30000;

// The arguments of the result signal that followed request(), or nothing on a timeout.
template<typename Signal, typename Request>
QList<QVariant> await(loopwise::ProgressStore &store, Signal signal, Request request)
{
    QSignalSpy spy(&store, signal);
    request();
    if (!QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, kTimeoutMs))
        return {};
    return spy.takeFirst();
}

inline bool open(loopwise::ProgressStore &store, const QString &dataDir, bool takeOverLock = false)
{
    const QList<QVariant> result
        = await(store, &loopwise::ProgressStore::opened, [&] { store.open(dataDir, takeOverLock); });
    return !result.isEmpty() && result.constFirst().toBool();
}

inline bool close(loopwise::ProgressStore &store)
{
    const QList<QVariant> result = await(store, &loopwise::ProgressStore::closed, [&] { store.close(); });
    return !result.isEmpty() && result.constFirst().toBool();
}

// False for an unknown profile (refused at once) or if the switch did not complete.
inline bool switchTo(loopwise::ProgressStore &store, const QString &profileId)
{
    QSignalSpy switched(&store, &loopwise::ProgressStore::profileSwitched);
    if (!store.switchProfile(profileId))
        return false;
    return QTest::qWaitFor([&switched] { return !switched.isEmpty(); }, kTimeoutMs)
        && switched.constFirst().constFirst().toString() == profileId;
}

// exportRequest: a call of one of the store's export requests. True if the file was written.
template<typename Export>
bool exported(loopwise::ProgressStore &store, Export exportRequest)
{
    const QList<QVariant> result = await(store, &loopwise::ProgressStore::exportFinished, exportRequest);
    return result.size() == 4 && result.at(2).toBool();
}

inline bool imported(loopwise::ProgressStore &store, const QString &path)
{
    const QList<QVariant> result
        = await(store, &loopwise::ProgressStore::importFinished, [&] { store.importProfile(path); });
    return result.size() == 3 && result.at(1).toBool();
}

} // namespace storerequests
