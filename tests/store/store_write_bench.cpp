// Write latency of one learner action (a measurement, not a pass/fail test).
//
//   store_write_bench [--iterations N] [--dir PATH]
//
// Prints p50/p90/p99/max over N sequential writes for:
//   ui-call   how long the facade call blocks the UI thread,
//   committed from the facade call until saved() arrives (queue + transaction + signal),
//   raw-txn   one transaction (BEGIN IMMEDIATE, insert event, update module, COMMIT with
//             synchronous=FULL) on a connection of its own, without the facade.
// The data folder defaults to a temporary folder; pass --dir to measure a particular disk.

#include "../common/StoreRequests.h"
#include "Database.h"
#include "Migrations.h"
#include "ProgressRepository.h"
#include "ProgressStore.h"
#include "StoreSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace loopwise;

namespace {

void report(const char *name, std::vector<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    auto at = [&nanoseconds](double q) {
        const auto index = static_cast<size_t>(q * static_cast<double>(nanoseconds.size() - 1));
        return static_cast<double>(nanoseconds[index]) / 1000.0;
    };
    std::printf("%-10s n=%zu  p50=%9.1f us  p90=%9.1f us  p99=%9.1f us  max=%9.1f us\n", name, nanoseconds.size(),
                at(0.5), at(0.9), at(0.99), at(1.0));
}

std::pair<std::vector<qint64>, std::vector<qint64>> measureFacade(const QString &dir, int iterations)
{
    std::vector<qint64> call;
    std::vector<qint64> committed;
    ProgressStore store;
    if (!storerequests::open(store, dir))
        qFatal("cannot open the store: %s", qPrintable(store.lastError()));
    QEventLoop loop;
    QObject::connect(&store, &ProgressStore::saved, &loop, &QEventLoop::quit);
    while (store.pendingWrites() > 0) // the first profile is being created
        loop.exec();

    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        store.addTimeSpent(QStringLiteral("module-%1").arg(i % 8), 1);
        call.push_back(timer.nsecsElapsed());
        loop.exec();
        committed.push_back(timer.nsecsElapsed());
    }
    return {call, committed};
}

std::vector<qint64> measureRawTransactions(const QString &dir, int iterations)
{
    QDir().mkpath(dir);
    Database db(StoreSession::databasePath(dir));
    db.configureForWriting();
    BackupManager backups(dir);
    Migrations::run(db, backups);
    ProgressRepository repo(db);
    const ProfileInfo profile{newUuid(), QStringLiteral("bench"), nowMs()};
    {
        Transaction t(db);
        repo.createProfile(profile);
        t.commit();
    }

    std::vector<qint64> durations;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        const Event event = Event::create(profile.id, EventKind::TimeSpent, QStringLiteral("module-%1").arg(i % 8),
                                          {{QStringLiteral("seconds"), 1}});
        timer.start();
        Transaction t(db);
        repo.record(event);
        t.commit();
        durations.push_back(timer.nsecsElapsed());
    }
    return durations;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QStringLiteral("Writes per measurement."),
                                              QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the test databases."),
                                       QStringLiteral("path"));
    parser.addOptions({iterationsOption, dirOption});
    parser.process(app);
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                                    : QString());
    if (!temporary.isValid())
        qFatal("cannot create a temporary folder");
    std::printf("store_write_bench: %d sequential writes each, data in %s\n", iterations, qPrintable(temporary.path()));

    const auto [call, committed] = measureFacade(temporary.filePath(QStringLiteral("facade")), iterations);
    report("ui-call", call);
    report("committed", committed);
    report("raw-txn", measureRawTransactions(temporary.filePath(QStringLiteral("raw")), iterations));
    return 0;
}
