#include "EngineErrorText.h"
#include "LossSeries.h"
#include "NetworkExplanations.h"
#include "NetworkLab.h"
#include "NetworkLabSettings.h"
#include "ReadyNetworkLab.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QtCharts/QLineSeries>

#include <cmath>
#include <memory>

using loopwise::NetworkLab;
using loopwise::NetworkLabSettings;

namespace {

// Waits until the lab shows `epochs` epochs and is idle.
bool waitForIdleAt(NetworkLab &lab, int epochs)
{
    return QTest::qWaitFor([&] { return !lab.busy() && !lab.running() && lab.epoch() == epochs; }, 10000);
}

} // namespace

class NetworkLabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.isOpen()); }
    // Any warning (a timer stopped from the wrong thread, a lost snapshot) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void startsWithPlaygroundsDefaults()
    {
        auto lab = readyLab();
        QCOMPARE(lab->dataset(), QStringLiteral("circle"));
        QCOMPARE(lab->epoch(), 0);
        QCOMPARE(lab->points()->rowCount(), 500);
        QCOMPARE(lab->layerSizes(), (QVariantList{2, 4, 2, 1}));
        QVERIFY(!lab->boundaryImage().isNull());
        QCOMPARE(lab->neuronImage(0).isNull(), false);
        QVERIFY(lab->summary().contains(QStringLiteral("Not trained yet")));
    }

    void stepTrainsOneEpoch()
    {
        auto lab = readyLab();
        lab->step();
        QVERIFY(waitForIdleAt(*lab, 1));
        lab->step();
        QVERIFY(waitForIdleAt(*lab, 2));
        QVERIFY(lab->summary().startsWith(QStringLiteral("Epoch 2")));
    }

    // Playground: the learning rate, batch size and regularization go on with the same
    // weights; features, layers, neurons, activations and data start a fresh network.
    void whatResetsAndWhatDoesNot_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("resets");
        QTest::newRow("learning rate") << "lr" << false;
        QTest::newRow("batch size") << "batch" << false;
        QTest::newRow("regularization") << "reg" << false;
        QTest::newRow("optimizer") << "optimizer" << false;
        QTest::newRow("feature") << "feature" << true;
        QTest::newRow("layer") << "layer" << true;
        QTest::newRow("neuron") << "neuron" << true;
        QTest::newRow("activation") << "activation" << true;
        QTest::newRow("noise") << "noise" << true;
        QTest::newRow("dataset") << "dataset" << true;
    }
    void whatResetsAndWhatDoesNot()
    {
        QFETCH(QString, change);
        QFETCH(bool, resets);
        auto lab = readyLab();
        lab->runEpochs(5);
        QVERIFY(waitForIdleAt(*lab, 5));
        const double weightBefore = lab->weight(0, 0, 0);
        QSignalSpy settings(lab.get(), &NetworkLab::settingsChanged);
        if (change == QLatin1String("lr"))
            lab->setLearningRate(0.1);
        else if (change == QLatin1String("batch"))
            lab->setBatchSize(20);
        else if (change == QLatin1String("reg"))
            lab->setRegularization(QStringLiteral("l2"));
        else if (change == QLatin1String("optimizer"))
            lab->setOptimizer(QStringLiteral("momentum"));
        else if (change == QLatin1String("feature"))
            lab->toggleFeature(QStringLiteral("x1sq"));
        else if (change == QLatin1String("layer"))
            lab->addLayer();
        else if (change == QLatin1String("neuron"))
            lab->addNeuron(0);
        else if (change == QLatin1String("activation"))
            lab->setActivation(0, QStringLiteral("relu"));
        else if (change == QLatin1String("noise"))
            lab->setNoise(20);
        else if (change == QLatin1String("dataset"))
            lab->setDataset(QStringLiteral("xor"));
        QCOMPARE(settings.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy(); }, 5000));
        if (resets) {
            QCOMPARE(lab->epoch(), 0);
        } else {
            QCOMPARE(lab->epoch(), 5);
            QCOMPARE(lab->weight(0, 0, 0), weightBefore);
        }
    }

    void refusesWhatCannotBeTrained()
    {
        auto lab = readyLab();
        lab->toggleFeature(QStringLiteral("x2"));
        QCOMPARE(lab->features(), QStringList{QStringLiteral("x1")});
        QSignalSpy message(lab.get(), &NetworkLab::messageChanged);
        lab->toggleFeature(QStringLiteral("x1")); // the last input
        QCOMPARE(lab->features(), QStringList{QStringLiteral("x1")});
        QCOMPARE(message.count(), 1);
        QVERIFY(!lab->message().isEmpty());
    }

    void playAndPause()
    {
        auto lab = readyLab();
        lab->setSpeed(5); // full speed
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->running() && lab->epoch() > 50; }, 10000));
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
        const int stopped = lab->epoch();
        QTest::qWait(100);
        QCOMPARE(lab->epoch(), stopped);
    }

    // Speed is epochs per frame: at the slowest, every snapshot is exactly one epoch on.
    void slowestSpeedIsOneEpochPerFrame()
    {
        auto lab = readyLab();
        lab->setSpeed(0);
        QList<int> seen;
        connect(lab.get(), &NetworkLab::snapshotChanged, this, [&] { seen.append(lab->epoch()); });
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() >= 10; }, 10000));
        lab->pause();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running(); }, 5000));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] - seen[i - 1] <= 1, qPrintable(QStringLiteral("%1 -> %2").arg(seen[i - 1]).arg(seen[i])));
    }

    void fullSpeedSkipsFrames()
    {
        auto lab = readyLab();
        lab->setSpeed(5);
        int largestJump = 0;
        int last = 0;
        connect(lab.get(), &NetworkLab::snapshotChanged, this, [&] {
            largestJump = std::max(largestJump, lab->epoch() - last);
            last = lab->epoch();
        });
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() > 500; }, 20000));
        lab->pause();
        QVERIFY(largestJump > 1);
    }

    void stopsAtTheEpochLimit()
    {
        auto lab = readyLab();
        lab->setSpeed(5);
        lab->setEpochLimit(40);
        lab->play();
        QVERIFY(waitForIdleAt(*lab, 40));
        QVERIFY(lab->stopMessage().contains(QStringLiteral("40")));
        // Playing on goes past the limit that already stopped it.
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return lab->epoch() > 40; }, 10000));
        lab->pause();
    }

    void stopsAtTheTargetLoss()
    {
        auto lab = readyLab();
        lab->setSpeed(5);
        lab->setTargetLoss(0.1);
        lab->play();
        QVERIFY(QTest::qWaitFor([&] { return !lab->running() && lab->epoch() > 0; }, 20000));
        QVERIFY(lab->testLoss() <= 0.1);
        QVERIFY(lab->stopMessage().contains(QStringLiteral("target")));
    }

    void runEpochsIsBusyUntilDone()
    {
        auto lab = readyLab();
        QSignalSpy busy(lab.get(), &NetworkLab::busyChanged);
        lab->runEpochs(300);
        QVERIFY(lab->busy());
        QVERIFY(waitForIdleAt(*lab, 300));
        QVERIFY(lab->testAccuracy() > 0.9); // Playground's circle with 4-2 tanh learns quickly
        QVERIFY(lab->summary().contains(QStringLiteral("% of test points on the right side")));
    }

    void divergesWithoutNumbersThatCannotBeDrawn()
    {
        auto lab = readyLab();
        QVERIFY(lab->applyLink(QStringLiteral("dataset=plane&hidden=8,8&activation=relu&lr=10")));
        lab->runEpochs(200);
        QVERIFY(QTest::qWaitFor([&] { return !lab->busy() && !lab->running(); }, 20000));
        QVERIFY(lab->diverged());
        QVERIFY(std::isfinite(lab->trainLoss()));
        QVERIFY(std::isfinite(lab->testLoss()));
        QVERIFY(lab->summary().contains(QStringLiteral("diverged")));
    }

    void linkRoundTrip()
    {
        auto lab = readyLab();
        QVERIFY(lab->applyLink(QStringLiteral("lab/network?dataset=spiral&hidden=8,8,8,8&activation=tanh&lr=0.03")));
        QCOMPARE(lab->dataset(), QStringLiteral("spiral"));
        QCOMPARE(lab->layerSizes(), (QVariantList{2, 8, 8, 8, 8, 1}));
        lab->setNoise(15);
        lab->setActivation(1, QStringLiteral("relu"));
        lab->setOptimizer(QStringLiteral("adam"));
        lab->setRegularization(QStringLiteral("l1"));
        lab->setRegularizationRate(0.003);
        lab->toggleFeature(QStringLiteral("sinx1"));
        lab->setShowTestData(true);
        const NetworkLabSettings before = lab->settings();
        QStringList problems;
        const auto read = NetworkLabSettings::fromQuery(lab->link(), &problems);
        QVERIFY2(read.has_value(), qPrintable(problems.join(QLatin1Char(' '))));
        QVERIFY(*read == before);
        QVERIFY(lab->link().contains(QStringLiteral("activation=tanh,relu,tanh,tanh")));
    }

    void badLinksSayWhy_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown key") << "dataset=spiral&colour=red"
                                     << "\"colour\" is not a setting";
        QTest::newRow("bad dataset") << "dataset=square"
                                     << "dataset must be one of";
        QTest::newRow("too many layers") << "hidden=1,1,1,1,1,1,1"
                                         << "at most 6 layers";
        QTest::newRow("too wide") << "hidden=9"
                                  << "from 1 to 8";
        QTest::newRow("lr") << "lr=fast"
                            << "lr must be a number";
        QTest::newRow("activation") << "hidden=2&activation=softmax"
                                    << "activation must be one of";
        QTest::newRow("points") << "dataset=custom&points=1:2"
                                << "points:";
    }
    void badLinksSayWhy()
    {
        QFETCH(QString, link);
        QFETCH(QString, problem);
        auto lab = readyLab();
        const NetworkLabSettings before = lab->settings();
        QVERIFY(!lab->applyLink(link));
        QVERIFY2(lab->message().contains(problem), qPrintable(lab->message()));
        QVERIFY(lab->settings() == before);
    }

    // What the command line accepts, the lab accepts: one reader refuses what cannot be trained.
    void linkReaderRefusesWhatCannotBeTrained()
    {
        QStringList problems;
        QVERIFY(!NetworkLabSettings::fromQuery(QStringLiteral("dataset=custom&points=1:1:0"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("These settings cannot be trained: ")),
                 qPrintable(problems.first()));
    }

    // A pasted link may be huge and hold anything: each problem once, quoted short and escaped.
    void linkProblemsAreShortAndSaidOnce()
    {
        const QString link = QStringLiteral("hidden=12,12,12&dataset=%1B[31m") + QString(100000, u'x');
        QStringList problems;
        QVERIFY(!NetworkLabSettings::fromQuery(link, &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0), QStringLiteral("hidden must be a whole number from 1 to 8, not \"12\"."));
        const QString dataset = problems.at(1);
        QVERIFY2(dataset.size() < 200, qPrintable(dataset));
        QVERIFY2(dataset.endsWith(QStringLiteral("not \"\\x1b[31mxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026\".")),
                 qPrintable(dataset));
        for (const QChar c : dataset)
            QVERIFY2(c.isPrint(), qPrintable(dataset));
    }

    void ownPointsByAddingAndErasing()
    {
        auto lab = readyLab();
        QAbstractItemModelTester tester(lab->points(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(lab->points(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(lab->points(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(lab->points(), &QAbstractItemModel::modelReset);
        // The generated points become the learner's own and one more joins them: one row
        // inserted, none of the 500 dots on the canvas made again.
        lab->addPoint(1.0, 2.0, 1);
        QCOMPARE(lab->dataset(), QStringLiteral("custom"));
        QCOMPARE(lab->points()->rowCount(), 501);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 500);
        QCOMPARE(inserted.at(0).at(2).toInt(), 500);
        QCOMPARE(removed.count(), 0);
        const int added = lab->points()->rowNear(1.0, 2.0, 0.01);
        QCOMPARE(lab->points()->get(added).value(QStringLiteral("label")).toDouble(), 1.0);
        QVERIFY(lab->erasePoint(1.0, 2.0, 0.01));
        QCOMPARE(lab->points()->rowCount(), 500);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(lab->points()->rowNear(1.0, 2.0, 0.01), -1);
        QVERIFY(!lab->erasePoint(5.9, -5.9, 0.001));
        // A third class makes it a three-class problem with a softmax output.
        lab->addPoint(0, 0, 2);
        QCOMPARE(lab->classes(), 3);
        QCOMPARE(lab->layerSizes().last().toInt(), 3);
        QVERIFY(lab->link().contains(QStringLiteral("points=")));
    }

    // Reads and writes run off the UI thread; the outcome comes as a signal and a message.
    static bool imported(NetworkLab &lab, const QString &pathOrUrl)
    {
        QSignalSpy done(&lab, &NetworkLab::pointsImported);
        lab.importCsv(pathOrUrl);
        return done.wait(5000) && done.first().first().toBool();
    }

    static bool exported(NetworkLab &lab, const QString &pathOrUrl)
    {
        QSignalSpy done(&lab, &NetworkLab::pointsExported);
        lab.exportCsv(pathOrUrl);
        return done.wait(5000) && done.first().first().toBool();
    }

    void csvExportAndImport()
    {
        auto lab = readyLab();
        const QString path = m_store.filePath(QStringLiteral("points.csv"));
        QVERIFY(exported(*lab, path));
        QVERIFY2(lab->message().contains(QStringLiteral("points.csv")), qPrintable(lab->message()));
        lab->setDataset(QStringLiteral("xor"));
        QVERIFY(imported(*lab, QUrl::fromLocalFile(path).toString()));
        QCOMPARE(lab->dataset(), QStringLiteral("custom"));
        QCOMPARE(lab->points()->rowCount(), 500);
        QVERIFY(!exported(*lab, m_store.filePath(QStringLiteral("no-such-folder/points.csv"))));
        QVERIFY2(lab->message().startsWith(QStringLiteral("Cannot write")), qPrintable(lab->message()));
    }

    void csvProblemsNameTheLine()
    {
        auto lab = readyLab();
        const QString path = m_store.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x1,x2,label\n1,2,0\n3,four,1\n");
        file.close();
        QVERIFY(!imported(*lab, path));
        QCOMPARE(lab->message(), QStringLiteral("Line 3 of the file: x2 holds \"four\", which is not a number."));
        QCOMPARE(lab->dataset(), QStringLiteral("circle"));
        QFile outside(m_store.filePath(QStringLiteral("outside.csv")));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("1,2,0\n30,1,1\n");
        outside.close();
        QVERIFY(!imported(*lab, outside.fileName()));
        QVERIFY2(lab->message().contains(QStringLiteral("outside the canvas: x1 and x2 run from -6 to 6")),
                 qPrintable(lab->message()));
        QVERIFY(!imported(*lab, m_store.filePath(QStringLiteral("missing.csv"))));
        QVERIFY2(lab->message().startsWith(QStringLiteral("Cannot read")), qPrintable(lab->message()));
        QCOMPARE(lab->dataset(), QStringLiteral("circle"));
    }

    // The engine's CSV problems reach a German learner in German, with no English inside.
    void csvProblemsAreTranslated()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto worded = [](const char *text) {
            try {
                loopwise::engine::parseCsv(text, loopwise::engine::Task::Classification);
            } catch (const loopwise::engine::CsvError &error) {
                return loopwise::EngineErrorText::ofCsv(error);
            }
            return QString();
        };
        const QString notANumber = worded("1,2,0\n3,four,1\n");
        const QString mixed = worded("1,2,-1\n1,2,1\n3,4,2\n");
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(notANumber.startsWith(QStringLiteral("Zeile 2")), qPrintable(notANumber));
        QVERIFY2(!notANumber.contains(QStringLiteral("not a number")), qPrintable(notANumber));
        QVERIFY2(mixed.contains(QStringLiteral("Zeile 1")), qPrintable(mixed));
    }

    void editsAWeight()
    {
        auto lab = readyLab();
        lab->setWeight(0, 1, 0, 0.75);
        QVERIFY(QTest::qWaitFor([&] { return std::abs(lab->weight(0, 1, 0) - 0.75) < 1e-6; }, 5000));
        QSignalSpy message(lab.get(), &NetworkLab::messageChanged);
        lab->setWeight(0, 1, 0, std::nan(""));
        QCOMPARE(message.count(), 1);
    }

    void predictionThenOutcome()
    {
        auto lab = readyLab();
        lab->setPrediction(QStringLiteral("learns"));
        QCOMPARE(lab->prediction(), QStringLiteral("learns"));
        QVERIFY(lab->predictionOutcome().isEmpty());
        lab->runEpochs(300);
        QVERIFY(waitForIdleAt(*lab, 300));
        QVERIFY2(lab->predictionOutcome().startsWith(QStringLiteral("Your prediction held")),
                 qPrintable(lab->predictionOutcome()));
        lab->setPrediction(QStringLiteral("diverges")); // too late: training has started
        QCOMPARE(lab->prediction(), QStringLiteral("learns"));
    }

    void savesAndComparesRuns()
    {
        auto lab = readyLab();
        QCOMPARE(lab->saveRun(QString()), QString()); // no store given: nowhere to save
        lab->setStore(m_store.store());
        lab->runEpochs(50);
        QVERIFY(waitForIdleAt(*lab, 50));
        const QString first = lab->saveRun(QStringLiteral("first"));
        QVERIFY(!first.isEmpty());
        lab->setLearningRate(0.3);
        lab->runEpochs(50);
        QVERIFY(waitForIdleAt(*lab, 100));
        const QString second = lab->saveRun(QString());
        QVERIFY(!second.isEmpty());
        const QVariantList runs = lab->savedRuns()->runs();
        QVERIFY(runs.size() >= 2);
        const QVariantMap saved = lab->savedRuns()->get(first);
        QCOMPARE(saved.value(QStringLiteral("label")).toString(), QStringLiteral("first"));
        QCOMPARE(saved.value(QStringLiteral("epoch")).toInt(), 50);
        QVERIFY(saved.value(QStringLiteral("link")).toString().startsWith(QStringLiteral("lab/network?")));
        QCOMPARE(lab->savedRuns()->get(second).value(QStringLiteral("label")).toString(),
                 QStringLiteral("Run of 100 epochs"));
        QLineSeries train, test;
        loopwise::LossSeries series;
        series.fill(lab->savedRuns()->history(second), &train, &test);
        QVERIFY(test.count() >= 2);
        QCOMPARE(test.at(test.count() - 1).x(), 100.0);
        series.fill(lab->lossHistory(), &train, &test);
        QCOMPARE(train.count(), test.count());
        QCOMPARE(train.count(), lab->lossHistory()->rowCount());
    }

    // The summary is one whole sentence, never one with a translated word put in.
    void summaryIsAWholeSentence()
    {
        loopwise::NetworkSnapshot s;
        s.epoch = 3;
        s.test.count = 10;
        s.test.loss = 0.044;
        s.test.accuracy = 0.97;
        QCOMPARE(loopwise::networkSummary(s, false),
                 QStringLiteral("Epoch 3, test loss 0.044, 97 % of test points on the right side."));
        QCOMPARE(loopwise::networkSummary(s, true), QStringLiteral("Epoch 3, test loss 0.044."));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
        QCOMPARE(loopwise::networkSummary(s, true), QStringLiteral("Epoche 3, Testverlust 0,044."));
        QCOMPARE(loopwise::networkSummary(s, false),
                 QStringLiteral("Epoche 3, Testverlust 0,044, 97 % der Testpunkte liegen auf der richtigen Seite."));
        loopwise::PredictionResult result;
        result.held = true;
        result.diverged = true;
        result.epoch = 7;
        QCOMPARE(loopwise::networkPredictionOutcome(result),
                 QStringLiteral("Deine Vorhersage hat gestimmt: Das Training ist in Epoche 7 divergiert."));
    }

    // The saved runs are read again only when this lab's runs change, not on every action.
    // The saved runs are read again only when this lab's runs change, not on every action.
    void savedRunsFollowOnlyThisLabsRuns()
    {
        auto lab = readyLab();
        lab->setStore(m_store.store());
        loopwise::ProgressStore *store = m_store.store();
        QSignalSpy inserted(lab->savedRuns(), &QAbstractItemModel::rowsInserted);
        store->openCard(QStringLiteral("intro"), QStringLiteral("card-1"));
        store->setSetting(QStringLiteral("darkTheme"), false);
        store->saveLabRun(QStringLiteral("learning"), QStringLiteral("{}"), QStringLiteral("{}"), QString());
        QCOMPARE(inserted.count(), 0);
        store->saveLabRun(QStringLiteral("network"), QStringLiteral("{}"), QStringLiteral("{}"), QString());
        QCOMPARE(inserted.count(), 1);
    }

    // The worker thread must end cleanly whatever it is doing.
    void teardownWhileTraining()
    {
        for (int round = 0; round < 20; ++round) {
            auto lab = std::make_unique<NetworkLab>();
            lab->setSpeed(round % 6);
            lab->play();
            lab->addLayer(); // a new configuration on its way to the worker
            if (round % 2) {
                // Destroyed mid-run, with snapshots in flight.
                QVERIFY(QTest::qWaitFor([&] { return lab->running(); }, 5000));
                lab->runEpochs(100000);
            }
        }
    }

private:
    TestStore m_store;
};

QTEST_MAIN(NetworkLabTest)
#include "tst_networklab.moc"
