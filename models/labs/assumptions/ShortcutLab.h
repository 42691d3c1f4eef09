#pragma once
// "Check the assumptions", experiment 1: the urgent tickets. The learner chooses how the
// ticket history is split for validation, whether the model sees the agents' style and
// whether it gets a field known only after the fact, trains, and compares training,
// validation and production accuracy, the largest weights, the importance of each feature
// group, real tickets with the model's verdict and the production confusion matrix.

#include "AssumptionsController.h"
#include "ShortcutWorker.h"
#include "WorkerThread.h"

#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class ShortcutLab : public AssumptionsController
{
    Q_OBJECT
    QML_ELEMENT

    // Settings: random, time or writer; the style features; the leaked fields.
    Q_PROPERTY(QString split READ split WRITE setSplit NOTIFY settingsChanged)
    Q_PROPERTY(bool styleFeatures READ styleFeatures WRITE setStyleFeatures NOTIFY settingsChanged)
    Q_PROPERTY(bool leakedField READ leakedField WRITE setLeakedField NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList splitChoices READ splitChoices CONSTANT) // [{id, label}]

    // After a run (empty before):
    // [{label, value (0..1), text}]: training, validation and production accuracy.
    Q_PROPERTY(QVariantList accuracyBars READ accuracyBars NOTIFY resultChanged)
    Q_PROPERTY(QString accuracyDescription READ accuracyDescription NOTIFY resultChanged)
    // [{label ("name (group)"), value (|weight| / the largest), text, urgent (positive)}]
    Q_PROPERTY(QVariantList weights READ weights NOTIFY resultChanged)
    Q_PROPERTY(QString weightsDescription READ weightsDescription NOTIFY resultChanged)
    // [{label, value (accuracy lost, 0..1), text}] per feature group
    Q_PROPERTY(QVariantList importance READ importance NOTIFY resultChanged)
    Q_PROPERTY(QString importanceDescription READ importanceDescription NOTIFY resultChanged)
    // [{subject, body, writer, when, urgent, verdict, beforeChange}]
    Q_PROPERTY(QVariantList tickets READ tickets NOTIFY resultChanged)
    // Production at 0.5: {truePositives, falseNegatives, falsePositives, trueNegatives}
    Q_PROPERTY(QVariantMap confusion READ confusion NOTIFY resultChanged)
    Q_PROPERTY(QString confusionDescription READ confusionDescription NOTIFY resultChanged)

public:
    explicit ShortcutLab(QObject *parent = nullptr);
    ~ShortcutLab() override;

    const ShortcutSnapshot *snapshot() const { return m_snapshot.get(); }

    QString split() const;
    void setSplit(const QString &name);
    bool styleFeatures() const { return m_settings.shortcut.features.style; }
    void setStyleFeatures(bool on);
    bool leakedField() const { return m_settings.shortcut.features.afterTheFact; }
    void setLeakedField(bool on);
    QVariantList splitChoices() const;

    QVariantList accuracyBars() const;
    QString accuracyDescription() const;
    QVariantList weights() const;
    QString weightsDescription() const;
    QVariantList importance() const;
    QString importanceDescription() const;
    QVariantList tickets() const;
    QVariantMap confusion() const;
    QString confusionDescription() const;
    QString explanation() const override;

protected:
    void configure() override;
    QString outcomeId() const override;
    QVariantMap makeQuestion() const override;
    QStringList evidenceSettings() const override;
    QStringList evidenceFigures() const override;
    QVariantMap runResults() const override;

private:
    void takeSnapshot(std::shared_ptr<const ShortcutSnapshot> snapshot);
    const engine::assumptions::ShortcutResult *result() const;

    std::shared_ptr<const ShortcutSnapshot> m_snapshot;

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<ShortcutWorker> m_worker;
};

} // namespace loopwise
