// A second process for the store tests.
//
//   store_test_helper record <dataDir> <seed> <backupIntervalMs>
//       Opens the store and records learner actions without end, keeping a few in flight.
//       Prints "ready" once open, "notice <text>" if recovery happened, and
//       "committed <id>" for each action only after its transaction committed.
//       The crash test kills it with SIGKILL at random moments.
//   store_test_helper open <dataDir>
//       Prints "ready" and exits 0, or prints "error <message>" and exits 2.

#include "../common/StoreRequests.h"
#include "ProgressStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using loopwise::ProgressStore;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// One learner action of a random kind, as the app would make it.
void act(ProgressStore &store, QRandomGenerator &random, int n)
{
    const QString module = QStringLiteral("module-%1").arg(random.bounded(4));
    switch (random.bounded(7)) {
    case 0:
        store.openCard(module, QStringLiteral("card-%1").arg(random.bounded(10)));
        break;
    case 1:
        store.saveNote(QStringLiteral("decision"),
                       {{QStringLiteral("assumption"), QStringLiteral("draft %1").arg(n)},
                        {QStringLiteral("evidence"), QStringLiteral("seen %1").arg(n)}});
        break;
    case 2:
        store.addTimeSpent(module, 1 + random.bounded(120));
        break;
    case 3:
        store.markComplete(module);
        break;
    case 4:
        store.markIncomplete(module);
        break;
    case 5:
        store.saveLabRun(QStringLiteral("network"), QStringLiteral("{\"lr\":0.1}"),
                         QStringLiteral("{\"loss\":[0.9,0.5,0.3]}"), QStringLiteral("run %1").arg(n));
        break;
    default:
        store.setReadingPosition(module, QStringLiteral("section-%1").arg(random.bounded(6)));
        break;
    }
}

int record(ProgressStore &store, const QStringList &args)
{
    QRandomGenerator random(args.value(3).toUInt());
    store.setBackupInterval(args.value(4).toInt());
    if (!storerequests::open(store, args.value(2))) {
        say(QStringLiteral("error ") + store.lastError());
        return 2;
    }
    if (!store.notice().isEmpty())
        say(QStringLiteral("notice ") + store.notice());
    say(QStringLiteral("ready"));

    constexpr int InFlight = 4;
    int n = 0;
    QObject::connect(&store, &ProgressStore::saved, &store, [&](const QString &, const QString &id) {
        say(QStringLiteral("committed ") + id);
        act(store, random, ++n);
    });
    for (int i = 0; i < InFlight; ++i)
        act(store, random, ++n);
    // Only a safety net: the test always kills this process long before.
    QTimer::singleShot(30000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

int openOnly(ProgressStore &store, const QStringList &args)
{
    if (!storerequests::open(store, args.value(2))) {
        say(QStringLiteral("error ") + store.lastError());
        return 2;
    }
    say(QStringLiteral("ready"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    ProgressStore store;
    if (args.value(1) == QLatin1String("record") && args.size() == 5)
        return record(store, args);
    if (args.value(1) == QLatin1String("open") && args.size() == 3)
        return openOnly(store, args);
    std::fputs("usage: store_test_helper record <dataDir> <seed> <backupIntervalMs> | open <dataDir>\n", stderr);
    return 1;
}
