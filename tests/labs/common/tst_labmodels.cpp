// The lab framework's list models under QAbstractItemModelTester, with exact counts of the
// rows each change inserts, removes and changes; and the lab registry.
#include "Labs.h"
#include "LossHistoryModel.h"
#include "Routes.h"
#include "SavedRunsModel.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using loopwise::LossHistoryModel;
using loopwise::LossPoint;
using loopwise::SavedRunsModel;

namespace {

// Counts what a model says it did, as Elisa's model tests do.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {}
    // Inserted, removed, changed, reset signals since the last call.
    QList<int> take()
    {
        const QList<int> counts{int(inserted.count()), int(removed.count()), int(changed.count()), int(reset.count())};
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        return counts;
    }
    QSignalSpy inserted, removed, changed, reset;
};

} // namespace

class LabModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.isOpen()); }

    void lossHistoryAppendsReplacesAndClears()
    {
        LossHistoryModel history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&history);
        QSignalSpy updated(&history, &LossHistoryModel::updated);

        history.append({1, 0.5, 0.6});
        history.append({2, 0.4, 0.7});
        QCOMPARE(spies.take(), (QList<int>{2, 0, 0, 0}));
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.data(history.index(1), LossHistoryModel::TestRole).toDouble(), 0.7);
        QCOMPARE(history.maxLoss(), 0.7);
        QCOMPARE(history.minLoss(), 0.4);
        QCOMPARE(history.maxEpoch(), 2);

        // A history that extends the one held: only the new rows go in.
        history.setPoints({{1, 0.5, 0.6}, {2, 0.4, 0.7}, {3, 0.3, 0.65}, {4, 0.2, 0.6}});
        QCOMPARE(spies.take(), (QList<int>{1, 0, 0, 0}));
        QCOMPARE(history.rowCount(), 4);
        // The same history again: nothing happens.
        history.setPoints({{1, 0.5, 0.6}, {2, 0.4, 0.7}, {3, 0.3, 0.65}, {4, 0.2, 0.6}});
        QCOMPARE(spies.take(), (QList<int>{0, 0, 0, 0}));
        // A different one (a thinned or restarted history): one reset.
        history.setPoints({{1, 0.5, 0.6}, {3, 0.3, 0.65}});
        QCOMPARE(spies.take(), (QList<int>{0, 0, 0, 1}));
        QCOMPARE(history.maxEpoch(), 3);

        history.clear();
        QCOMPARE(spies.take(), (QList<int>{0, 1, 0, 0}));
        history.clear();
        QCOMPARE(spies.take(), (QList<int>{0, 0, 0, 0}));
        QCOMPARE(history.maxLoss(), 0.0);
        QCOMPARE(history.minLoss(), 0.0);
        QCOMPARE(updated.count(), 5); // two appends, one extension, one reset, one clear
    }

    void savedRunsReadEachRunOnce()
    {
        SavedRunsModel runs(QStringLiteral("test-lab"));
        QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&runs);
        QSignalSpy runsChanged(&runs, &SavedRunsModel::runsChanged);
        QCOMPARE(runs.save(QStringLiteral("lab/test-lab?a=1"), {}, {}, QStringLiteral("nowhere")), QString());
        runs.setStore(m_store.store());
        QCOMPARE(spies.take(), (QList<int>{0, 0, 0, 0}));

        const QVariantList curve{QVariant(QVariantList{1, 0.5, 0.6}), QVariant(QVariantList{2, 0.4, 0.5})};
        const QString first = runs.save(QStringLiteral("lab/test-lab?a=1"), {{QStringLiteral("epoch"), 2}}, curve,
                                        QStringLiteral("first"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(spies.take(), (QList<int>{1, 0, 0, 0}));
        const QString second = runs.save(QStringLiteral("lab/test-lab?a=2"), {{QStringLiteral("epoch"), 5}}, {},
                                         QStringLiteral("second"));
        QCOMPARE(spies.take(), (QList<int>{1, 0, 0, 0}));
        QCOMPARE(runsChanged.count(), 2);

        // Newest first, each run with its link and results; the curve read into a history.
        QCOMPARE(runs.rowCount(), 2);
        QCOMPARE(runs.data(runs.index(0), SavedRunsModel::IdRole).toString(), second);
        QCOMPARE(runs.data(runs.index(1), SavedRunsModel::LabelRole).toString(), QStringLiteral("first"));
        const QVariantMap described = runs.get(first);
        QCOMPARE(described.value(QStringLiteral("link")).toString(), QStringLiteral("lab/test-lab?a=1"));
        QCOMPARE(described.value(QStringLiteral("epoch")).toInt(), 2);
        QVERIFY(!described.contains(QStringLiteral("curve")));
        LossHistoryModel *history = runs.history(first);
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->maxEpoch(), 2);
        QCOMPARE(runs.history(QStringLiteral("no-such-run")), nullptr);
        QVERIFY(runs.get(QStringLiteral("no-such-run")).isEmpty());

        // Other learner actions change the store: the runs are not read again.
        QVERIFY(m_store.store()->markComplete(QStringLiteral("some-module")));
        runs.reload();
        QCOMPARE(spies.take(), (QList<int>{0, 0, 0, 0}));
        QCOMPARE(runsChanged.count(), 2);
        QCOMPARE(runs.history(first), history); // the same object: parsed once

        // Another lab's runs stay out.
        SavedRunsModel other(QStringLiteral("other-lab"));
        other.setStore(m_store.store());
        QCOMPARE(other.rowCount(), 0);

        // A store that closes takes its runs with it.
        SavedRunsModel closing(QStringLiteral("test-lab"));
        closing.setStore(m_store.store());
        QCOMPARE(closing.rowCount(), 2);
        ModelSpies closingSpies(&closing);
        closing.setStore(nullptr);
        QCOMPARE(closingSpies.take(), (QList<int>{0, 2, 0, 0}));
    }

    void registryKnowsEveryLab()
    {
        QCOMPARE(loopwise::labIds(),
                 (QStringList{QStringLiteral("network"), QStringLiteral("learning"), QStringLiteral("prompts"),
                              QStringLiteral("assumptions"), QStringLiteral("experts")}));
        QCOMPARE(loopwise::trainingLabIds(),
                 (QStringList{QStringLiteral("network"), QStringLiteral("learning"), QStringLiteral("assumptions"),
                              QStringLiteral("experts")}));
        loopwise::LabRegistry registry;
        const QVariantList entries = registry.entries();
        QCOMPARE(entries.size(), 5);
        for (const QVariant &entry : entries) {
            const QVariantMap lab = entry.toMap();
            const QString id = lab.value(QStringLiteral("id")).toString();
            QCOMPARE(lab.value(QStringLiteral("route")).toString(), QStringLiteral("lab/") + id);
            QVERIFY(loopwise::Route::parse(lab.value(QStringLiteral("route")).toString()).valid);
            QVERIFY(QFile::exists(QStringLiteral(":/Loopwise/qml/") + registry.page(id)));
            QVERIFY(!registry.title(id).isEmpty());
        }
        QCOMPARE(registry.title(QStringLiteral("prompts")), QStringLiteral("Compare prompt strategies"));
        QCOMPARE(registry.page(QStringLiteral("network")), QStringLiteral("labs/network/NetworkLabPage.qml"));
    }

    // An id the registry does not have is refused as a route, as a content link and in a
    // link check, and has no page.
    void unknownLabIsRefused()
    {
        loopwise::LabRegistry registry;
        QVERIFY(!loopwise::isLabId(QStringLiteral("nosuchlab")));
        QCOMPARE(registry.page(QStringLiteral("nosuchlab")), QString());
        QCOMPARE(registry.title(QStringLiteral("nosuchlab")), QString());
        const loopwise::Route route = loopwise::Route::parse(QStringLiteral("lab/nosuchlab?x=1"));
        QVERIFY(!route.valid);
        QVERIFY(route.error.contains(QStringLiteral("there is no lab \"nosuchlab\"")));
        QVERIFY(loopwise::labLinkProblems(QStringLiteral("nosuchlab"), QStringLiteral("x=1")).isEmpty());
        QVERIFY(!loopwise::labLinkProblems(QStringLiteral("network"), QStringLiteral("hidden=12")).isEmpty());
    }

private:
    TestStore m_store;
};

QTEST_MAIN(LabModelsTest)
#include "tst_labmodels.moc"
