// Every list model under QAbstractItemModelTester, and every property's NOTIFY.
#include "CourseController.h"
#include "CourseRepository.h"
#include "GlossaryModel.h"
#include "ModuleModel.h"
#include "OutlineModel.h"
#include "QuizModel.h"
#include "TrainingLoopModel.h"
#include "UiScale.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace loopwise;

namespace {
QVariantList threeQuestions()
{
    QVariantList questions;
    for (const char *id : {"q1", "q2", "q3"})
        questions.append(QVariantMap{{QStringLiteral("id"), QString::fromLatin1(id)},
                                     {QStringLiteral("question"), QStringLiteral("Q")},
                                     {QStringLiteral("answer"), QStringLiteral("A")}});
    return questions;
}

QVariantList fiveStages()
{
    QVariantList stages;
    for (const char *node : {"Training data", "Predict", "Loss", "Update", "Parameters"})
        stages.append(QVariantMap{{QStringLiteral("node"), QString::fromLatin1(node)},
                                  {QStringLiteral("title"), QString::fromLatin1(node)},
                                  {QStringLiteral("text"), QStringLiteral("...")}});
    return stages;
}
} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineModel()
    {
        CourseRepository repository;
        repository.load(QStringLiteral("en"));
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &OutlineModel::countChanged);
        model.setEntries(repository.course().outline);
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data(OutlineModel::ModuleIdRole).toString(),
                 QStringLiteral("models-parameters-training"));
        QCOMPARE(model.index(2).data(OutlineModel::AvailableRole).toBool(), false);
        QCOMPARE(model.index(2).data(OutlineModel::TeaserRole).toString(),
                 QStringLiteral("Before a model can learn from it, data has to be cleaned, chosen and turned into "
                                "inputs the model can use."));
        QVERIFY(model.roleNames().values().contains("teaser"));
    }

    void glossaryModelAndSearch()
    {
        CourseRepository repository;
        repository.load(QStringLiteral("en"));
        GlossaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerms(repository.glossary());
        QVERIFY(model.rowCount() >= 15);

        GlossaryFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QSignalSpy querySpy(&filter, &GlossaryFilterModel::queryChanged);
        QSignalSpy countSpy(&filter, &GlossaryFilterModel::countChanged);
        filter.setQuery(QStringLiteral("experts"));
        QCOMPARE(querySpy.count(), 1);
        QVERIFY(countSpy.count() >= 1);
        QVERIFY(filter.count() >= 1);
        QVERIFY(filter.rowOf(QStringLiteral("mixture-of-experts")) >= 0);
        filter.setQuery(QStringLiteral("zzzz-nothing"));
        QCOMPARE(filter.count(), 0);
        filter.setQuery(QString());
        QCOMPARE(filter.count(), model.rowCount());
        filter.setQuery(QString());
        QCOMPARE(querySpy.count(), 3); // no signal when nothing changed
    }

    void moduleModel()
    {
        CourseRepository repository;
        repository.load(QStringLiteral("en"));
        ModuleModel model(*repository.module(QStringLiteral("models-parameters-training")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.outcomeCount(), 4);
        QCOMPARE(model.minutes(), 48);
        const int row = model.rowOfSection(QStringLiteral("check-yourself"));
        QVERIFY(row > 0);
        QCOMPARE(model.index(row).data(ModuleModel::KindRole).toString(), QStringLiteral("heading"));
        QCOMPARE(model.index(row + 1).data(ModuleModel::KindRole).toString(), QStringLiteral("quiz"));
        QCOMPARE(model.sectionAt(row + 1), QStringLiteral("check-yourself"));
        QCOMPARE(model.rowOfSection(QStringLiteral("no-such-section")), -1);
        QCOMPARE(model.sectionAt(-1), QString());
        QCOMPARE(model.sections().size(), 30);
    }

    void quizModelCountsOpenedCards()
    {
        QuizModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy questionsSpy(&model, &QuizModel::questionsChanged);
        QSignalSpy openedSpy(&model, &QuizModel::openedCountChanged);
        QSignalSpy cardSpy(&model, &QuizModel::cardOpened);
        model.setQuestions(threeQuestions());
        QCOMPARE(questionsSpy.count(), 1);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.openedCount(), 0);

        openedSpy.clear();
        model.open(1);
        QCOMPARE(model.openedCount(), 1);
        QCOMPARE(openedSpy.count(), 1);
        QCOMPARE(cardSpy.takeFirst().at(0).toString(), QStringLiteral("q2"));
        QVERIFY(model.index(1).data(QuizModel::OpenedRole).toBool());
        model.open(1); // opening again counts once
        QCOMPARE(model.openedCount(), 1);
        QCOMPARE(openedSpy.count(), 1);
        model.open(7); // out of range: ignored
        QCOMPARE(model.openedCount(), 1);

        model.setOpenedIds({QStringLiteral("q1"), QStringLiteral("q3"), QStringLiteral("gone")});
        QCOMPARE(model.openedCount(), 2); // ids of other questions do not count
        QCOMPARE(model.openedIds(), (QStringList{QStringLiteral("q1"), QStringLiteral("q3")}));
    }

    void trainingLoopSteppingWrapsRound()
    {
        TrainingLoopModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy stagesSpy(&model, &TrainingLoopModel::stagesChanged);
        QSignalSpy activeSpy(&model, &TrainingLoopModel::activeStageChanged);
        model.setStages(fiveStages());
        QCOMPARE(stagesSpy.count(), 1);
        QCOMPARE(model.count(), 5);
        QCOMPARE(model.activeStage(), 0);

        activeSpy.clear();
        model.previous(); // nothing before the first stage of the first round
        QCOMPARE(activeSpy.count(), 0);
        for (int i = 0; i < 4; ++i)
            model.next();
        QCOMPARE(model.activeStage(), 4);
        QVERIFY(model.index(4).data(TrainingLoopModel::ActiveRole).toBool());
        QVERIFY(!model.index(0).data(TrainingLoopModel::ActiveRole).toBool());
        model.next(); // round again
        QCOMPARE(model.activeStage(), 0);
        QCOMPARE(model.round(), 1);
        model.previous();
        QCOMPARE(model.activeStage(), 4);
        QCOMPARE(model.round(), 0);
        QCOMPARE(activeSpy.count(), 6);

        model.setActiveStage(2); // a lab drives the diagram directly
        QCOMPARE(model.activeStage(), 2);
        model.setActiveStage(9); // out of range: ignored
        QCOMPARE(model.activeStage(), 2);
    }

    void trainingLoopAutoplay()
    {
        TrainingLoopModel model;
        QSignalSpy playingSpy(&model, &TrainingLoopModel::playingChanged);
        QSignalSpy intervalSpy(&model, &TrainingLoopModel::intervalChanged);
        model.setPlaying(true); // no stages: nothing to play
        QVERIFY(!model.playing());
        model.setStages(fiveStages());
        model.setInterval(10);
        QCOMPARE(intervalSpy.count(), 1);
        model.setPlaying(true);
        QVERIFY(model.playing());
        QTRY_VERIFY(model.activeStage() >= 2);
        model.setPlaying(false);
        QCOMPARE(playingSpy.count(), 2);
    }

    void uiScaleFollowsWindow()
    {
        UiScale scale;
        QSignalSpy spy(&scale, &UiScale::ratioChanged);
        scale.updateForWindow(1280, 800);
        QCOMPARE(scale.ratio(), 1.0);
        scale.updateForWindow(800, 1280); // portrait tablet: same short side
        QCOMPARE(scale.ratio(), 1.0);
        scale.updateForWindow(2560, 1600);
        QCOMPARE(scale.ratio(), UiScale::kMaxRatio);
        scale.updateForWindow(400, 300);
        QCOMPARE(scale.ratio(), UiScale::kMinRatio);
        QCOMPARE(spy.count(), 2);
        scale.setTextScale(1.25);
        QCOMPARE(scale.fontRatio(), UiScale::kMinRatio * 1.25);
        scale.setTextScale(5);
        QCOMPARE(scale.textScale(), UiScale::kMaxTextScale);
    }

    void courseControllerMarkupHelpers()
    {
        CourseController course({CourseRepository::shippedRoot()});
        QSignalSpy spy(&course, &CourseController::contentChanged);
        course.setLocale(QStringLiteral("en"));
        QCOMPARE(spy.count(), 1);
        const QString markup
            = QStringLiteral("Turn the [[parameter|knobs]] to lower the [[loss]]; see [[lab:learning|the lab]].");
        QCOMPARE(course.linkCount(markup), 3);
        QCOMPARE(course.linkAt(markup, 1), QStringLiteral("term:loss"));
        QCOMPARE(course.linkAt(markup, 2), QStringLiteral("lab:learning"));
        QCOMPARE(course.linkAt(markup, 3), QString());
        QCOMPARE(course.plainText(markup), QStringLiteral("Turn the knobs to lower the Loss; see the lab."));
        QVERIFY(course.styledText(markup, QStringLiteral("#00f")).contains(QStringLiteral("href=\"lab:learning\"")));
        QCOMPARE(course.term(QStringLiteral("loss")).value(QStringLiteral("term")).toString(), QStringLiteral("Loss"));
        QVERIFY(course.term(QStringLiteral("nope")).isEmpty());
        QCOMPARE(course.outlineEntry(QStringLiteral("data-features-representation"))
                     .value(QStringLiteral("available"))
                     .toBool(),
                 false);
        QVERIFY(course.openModule(QStringLiteral("nope")) == nullptr);
        std::unique_ptr<ModuleModel> module(course.openModule(QStringLiteral("models-parameters-training")));
        QVERIFY(module);
        course.setLocale(QStringLiteral("de"));
        QCOMPARE(course.locale(), QStringLiteral("de"));
        QCOMPARE(course.term(QStringLiteral("overfitting")).value(QStringLiteral("term")).toString(),
                 QStringLiteral("Überanpassung (Overfitting)"));
    }
};

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
