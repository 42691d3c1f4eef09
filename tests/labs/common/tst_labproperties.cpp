// Every property of every lab controller, as GCompris checks every activity property: a
// writable one is set to a new value, its NOTIFY signal fires exactly once and the getter
// gives the value back; a read-only one either says when it changes or is constant.
#include "CostLab.h"
#include "ExpertsLab.h"
#include "LearningLab.h"
#include "NetworkLab.h"
#include "PromptRunLab.h"
#include "PromptsLab.h"
#include "ShortcutLab.h"
#include "TestStore.h"
#include "ValidationLab.h"

#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using loopwise::LabController;

namespace {

using MakeLab = std::function<std::unique_ptr<LabController>()>;

std::unique_ptr<LabController> ready(std::unique_ptr<LabController> lab)
{
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 5000))
        qWarning("the first snapshot did not arrive");
    return lab;
}

const QList<QPair<QString, MakeLab>> &labs()
{
    static const QList<QPair<QString, MakeLab>> list{
        {QStringLiteral("NetworkLab"), [] { return ready(std::make_unique<loopwise::NetworkLab>()); }},
        {QStringLiteral("LearningLab"), [] { return ready(std::make_unique<loopwise::LearningLab>()); }},
        {QStringLiteral("ShortcutLab"), [] { return ready(std::make_unique<loopwise::ShortcutLab>()); }},
        {QStringLiteral("ValidationLab"), [] { return ready(std::make_unique<loopwise::ValidationLab>()); }},
        {QStringLiteral("CostLab"), [] { return ready(std::make_unique<loopwise::CostLab>()); }},
        {QStringLiteral("PromptsLab"), [] { return ready(std::make_unique<loopwise::PromptsLab>()); }},
        {QStringLiteral("PromptRunLab"), [] { return ready(std::make_unique<loopwise::PromptRunLab>()); }},
        {QStringLiteral("ExpertsLab"), [] { return ready(std::make_unique<loopwise::ExpertsLab>()); }},
    };
    return list;
}

MakeLab makerOf(const QString &className)
{
    for (const auto &[name, make] : labs())
        if (name == className)
            return make;
    return {};
}

bool sameValue(const QVariant &got, const QVariant &expected)
{
    if (expected.typeId() == QMetaType::Double)
        return qFuzzyCompare(got.toDouble(), expected.toDouble());
    return got == expected;
}

} // namespace

class LabPropertiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.isOpen()); }

    void writableProperty_data()
    {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QVariant>("value");
        for (const Row &row : rows())
            QTest::addRow("%s.%s", qPrintable(row.lab), qPrintable(row.property))
                << row.lab << row.property << row.value;
    }
    void writableProperty()
    {
        QFETCH(QString, lab);
        QFETCH(QString, property);
        QFETCH(QVariant, value);
        const std::unique_ptr<LabController> controller = makerOf(lab)();
        if (property == QLatin1String("loopStage")) {
            // The stage can only be chosen once a step of the loop has been traced.
            QMetaObject::invokeMethod(controller.get(), "traceStep");
            QVERIFY(QTest::qWaitFor([&] { return controller->property("loopStage").toInt() == 0; }, 5000));
        }
        const QMetaObject *meta = controller->metaObject();
        const QMetaProperty metaProperty = meta->property(meta->indexOfProperty(property.toLatin1().constData()));
        QVERIFY(metaProperty.isValid());
        QVERIFY2(!sameValue(metaProperty.read(controller.get()), value), "the new value must differ from the default");
        QSignalSpy notify(controller.get(), metaProperty.notifySignal());
        QVERIFY(metaProperty.write(controller.get(), value));
        QCOMPARE(notify.count(), 1);
        QVERIFY2(sameValue(metaProperty.read(controller.get()), value),
                 qPrintable(metaProperty.read(controller.get()).toString()));
        // The same value again changes nothing.
        QVERIFY(metaProperty.write(controller.get(), value));
        QCOMPARE(notify.count(), 1);
    }

    // The sweep covers every property: a writable one has its row above, and every one
    // says when it changes unless it never does.
    void everyPropertyIsCovered()
    {
        QStringList withRows;
        for (const Row &row : rows())
            withRows.append(row.lab + QLatin1Char('.') + row.property);
        for (const auto &[className, make] : labs()) {
            const std::unique_ptr<LabController> controller = make();
            const QMetaObject *meta = controller->metaObject();
            for (int i = QObject::staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
                const QMetaProperty property = meta->property(i);
                const QString name = className + QLatin1Char('.') + QString::fromLatin1(property.name());
                QVERIFY2(property.hasNotifySignal() || property.isConstant(),
                         qPrintable(name + QStringLiteral(" never says it changed")));
                QVERIFY2(!property.isWritable() || withRows.contains(name),
                         qPrintable(name + QStringLiteral(" has no row")));
            }
        }
    }

private:
    struct Row
    {
        QString lab;
        QString property;
        QVariant value; // differs from the lab's default
    };
    QList<Row> rows()
    {
        auto row = [](const char *lab, const char *property, const QVariant &value) {
            return Row{QString::fromLatin1(lab), QString::fromLatin1(property), value};
        };
        return {row("NetworkLab", "dataset", QStringLiteral("xor")),
                row("NetworkLab", "regression", true),
                row("NetworkLab", "noise", 20),
                row("NetworkLab", "trainRatio", 60),
                row("NetworkLab", "batchSize", 5),
                row("NetworkLab", "learningRate", 0.1),
                row("NetworkLab", "regularization", QStringLiteral("l2")),
                row("NetworkLab", "regularizationRate", 0.001),
                row("NetworkLab", "optimizer", QStringLiteral("adam")),
                row("NetworkLab", "crossEntropy", true),
                row("NetworkLab", "showTestData", true),
                row("NetworkLab", "discretize", true),
                row("NetworkLab", "epochLimit", 100),
                row("NetworkLab", "targetLoss", 0.1),
                row("NetworkLab", "speed", 4),
                row("NetworkLab", "gridSide", 50),
                row("NetworkLab", "prediction", QStringLiteral("diverges")),
                row("NetworkLab", "store", QVariant::fromValue(m_store.store())),
                row("LearningLab", "model", QStringLiteral("classes")),
                row("LearningLab", "learningRate", 0.5),
                row("LearningLab", "learningRatePosition", 0.2),
                row("LearningLab", "points", 200),
                row("LearningLab", "noise", 30),
                row("LearningLab", "degree", 5),
                row("LearningLab", "batchSize", 10),
                row("LearningLab", "showLoop", true),
                row("LearningLab", "speed", 3),
                row("LearningLab", "loopStage", 2),
                row("LearningLab", "prediction", QStringLiteral("overfits")),
                row("ShortcutLab", "split", QStringLiteral("time")),
                row("ShortcutLab", "styleFeatures", false),
                row("ShortcutLab", "leakedField", true),
                row("ShortcutLab", "prediction", QStringLiteral("falls")),
                row("ShortcutLab", "store", QVariant::fromValue(m_store.store())),
                row("ValidationLab", "method", QStringLiteral("correct-pipeline")),
                row("ValidationLab", "signal", 1.0),
                row("ValidationLab", "noiseFeatures", 100),
                row("ValidationLab", "copies", 2),
                row("ValidationLab", "cases", 100),
                row("ValidationLab", "keptFeatures", 5),
                row("ValidationLab", "prediction", QStringLiteral("flatters")),
                row("ValidationLab", "store", QVariant::fromValue(m_store.store())),
                row("CostLab", "missCost", 50.0),
                row("CostLab", "falseAlarmCost", 2.0),
                row("CostLab", "repair", QStringLiteral("class-weights")),
                row("CostLab", "threshold", 0.3),
                row("CostLab", "prediction", QStringLiteral("cheap")),
                row("CostLab", "store", QVariant::fromValue(m_store.store())),
                row("PromptsLab", "taskId", QStringLiteral("feedback")),
                row("PromptsLab", "promptA", QStringLiteral("Classify this: {{input}}")),
                row("PromptsLab", "promptB", QStringLiteral("You are a support lead. Classify the ticket.")),
                row("PromptsLab", "seeds", 3),
                row("PromptsLab", "temperature", 1.2),
                row("PromptsLab", "calibrate", true),
                row("PromptsLab", "modelSource", QStringLiteral("server")),
                row("PromptsLab", "tab", QStringLiteral("run")),
                row("PromptsLab", "store", QVariant::fromValue(m_store.store())),
                row("PromptRunLab", "taskId", QStringLiteral("feedback")),
                row("PromptRunLab", "promptA", QStringLiteral("Label this: {{input}}")),
                row("PromptRunLab", "promptB", QStringLiteral("You are a support lead. Label this: {{input}}")),
                row("PromptRunLab", "seeds", 3),
                row("PromptRunLab", "temperature", 1.2),
                row("PromptRunLab", "calibrate", true),
                row("PromptRunLab", "modelSource", QStringLiteral("server")),
                row("PromptRunLab", "store", QVariant::fromValue(m_store.store())),
                row("ExpertsLab", "experts", 6),
                row("ExpertsLab", "topK", 2),
                row("ExpertsLab", "balance", false),
                row("ExpertsLab", "balanceWeight", 0.5),
                row("ExpertsLab", "capacity", 1.25),
                row("ExpertsLab", "dataset", QStringLiteral("moons")),
                row("ExpertsLab", "hiddenLayers", 2),
                row("ExpertsLab", "hiddenUnits", 4),
                row("ExpertsLab", "activation", QStringLiteral("relu")),
                row("ExpertsLab", "learningRate", 0.25),
                row("ExpertsLab", "seed", 7),
                row("ExpertsLab", "speed", 3),
                row("ExpertsLab", "prediction", QStringLiteral("spread")),
                row("ExpertsLab", "store", QVariant::fromValue(m_store.store()))};
    }

    TestStore m_store;
};

QTEST_MAIN(LabPropertiesTest)
#include "tst_labproperties.moc"
