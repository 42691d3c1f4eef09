#pragma once
// "Check the assumptions", experiment 3: loss matches the decision. The learner sets what a
// missed urgent ticket and a false alarm cost and how the model is repaired (not at all,
// class weights in the loss, or a threshold chosen by cost), trains, and moves a threshold
// along the held-out cost curve: the confusion matrix, accuracy and cost follow without
// retraining, beside the test figures and the all-normal baseline.

#include "AssumptionsController.h"
#include "CostWorker.h"
#include "WorkerThread.h"

#include <QPointF>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class CostLab : public AssumptionsController
{
    Q_OBJECT
    QML_ELEMENT

    // Settings
    Q_PROPERTY(double missCost READ missCost WRITE setMissCost NOTIFY settingsChanged)
    Q_PROPERTY(double falseAlarmCost READ falseAlarmCost WRITE setFalseAlarmCost NOTIFY settingsChanged)
    Q_PROPERTY(QString repair READ repair WRITE setRepair NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList repairChoices READ repairChoices CONSTANT) // [{id, label}]

    // After a run. The threshold the learner looks at (the run's own at first); it moves
    // along the held-out curve, nothing is trained again.
    Q_PROPERTY(double threshold READ threshold WRITE setThreshold NOTIFY thresholdChanged)
    Q_PROPERTY(double chosenThreshold READ chosenThreshold NOTIFY resultChanged)
    // At the threshold, on the held-out tickets: {threshold, accuracy, cost (texts),
    // costValue, description (of its confusion matrix, for screen readers), truePositives,
    // falseNegatives, falsePositives, trueNegatives}.
    Q_PROPERTY(QVariantMap atThreshold READ atThreshold NOTIFY thresholdChanged)
    // The run's threshold on the test tickets and calling every test ticket normal:
    // [{label, accuracy, cost (texts), costValue}].
    Q_PROPERTY(QVariantList testRows READ testRows NOTIFY resultChanged)
    // The cost curve: points (threshold, cost) and the largest cost, for drawing.
    Q_PROPERTY(QVariantList curve READ curve NOTIFY resultChanged)
    Q_PROPERTY(double curveMaxCost READ curveMaxCost NOTIFY resultChanged)
    Q_PROPERTY(QString curveDescription READ curveDescription NOTIFY thresholdChanged)

public:
    explicit CostLab(QObject *parent = nullptr);
    ~CostLab() override;

    const CostSnapshot *snapshot() const { return m_snapshot.get(); }

    double missCost() const { return m_settings.cost.missCost; }
    void setMissCost(double cost);
    double falseAlarmCost() const { return m_settings.cost.falseAlarmCost; }
    void setFalseAlarmCost(double cost);
    QString repair() const;
    void setRepair(const QString &name);
    QVariantList repairChoices() const;

    double threshold() const;
    void setThreshold(double threshold);
    double chosenThreshold() const;
    QVariantMap atThreshold() const;
    QVariantList testRows() const;
    QVariantList curve() const;
    double curveMaxCost() const;
    QString curveDescription() const;
    QString explanation() const override;

Q_SIGNALS:
    void thresholdChanged();

protected:
    void configure() override;
    QString outcomeId() const override;
    QVariantMap makeQuestion() const override;
    QStringList evidenceSettings() const override;
    QStringList evidenceFigures() const override;
    QVariantMap runResults() const override;

private:
    void takeSnapshot(std::shared_ptr<const CostSnapshot> snapshot);
    // Sets one of the two costs (kept within the engine's range).
    void setCost(double engine::assumptions::CostConfig::*which, double cost);
    const engine::assumptions::CostResult *result() const;
    // The held-out curve's point nearest the threshold.
    const engine::assumptions::ThresholdPoint *pointAtThreshold() const;

    std::shared_ptr<const CostSnapshot> m_snapshot;
    double m_threshold = 0.5; // the run's own once it has finished

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<CostWorker> m_worker;
};

} // namespace loopwise
