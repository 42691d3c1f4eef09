#pragma once
// "Check the assumptions", experiment 2: validation is separate. The learner picks how the
// validation is made (or all five ways side by side), how much signal the data holds, how
// many pure-noise features it has, how many near-copies each case has, and sees each
// validation score beside the same model's accuracy on fresh production cases and chance.

#include "AssumptionsController.h"
#include "ValidationWorker.h"
#include "WorkerThread.h"

#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class ValidationLab : public AssumptionsController
{
    Q_OBJECT
    QML_ELEMENT

    // Settings. method: one of the five methods' names, or "all".
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY settingsChanged)
    Q_PROPERTY(double signal READ signal WRITE setSignal NOTIFY settingsChanged) // 0 .. 5; 0: pure noise
    Q_PROPERTY(int noiseFeatures READ noiseFeatures WRITE setNoiseFeatures NOTIFY settingsChanged)
    Q_PROPERTY(int copies READ copies WRITE setCopies NOTIFY settingsChanged) // rows per case, 1 .. 5
    Q_PROPERTY(int cases READ cases WRITE setCases NOTIFY settingsChanged)
    Q_PROPERTY(int keptFeatures READ keptFeatures WRITE setKeptFeatures NOTIFY settingsChanged) // 0: all
    Q_PROPERTY(int maxNoiseFeatures READ maxNoiseFeatures CONSTANT)
    Q_PROPERTY(QVariantList methodChoices READ methodChoices CONSTANT) // [{id, label}]

    // [{label, validation, production, chance (0..1), validationText, productionText,
    //   chanceText, finished}], one row per method run.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY resultChanged)
    Q_PROPERTY(QString chartDescription READ chartDescription NOTIFY resultChanged)

public:
    static constexpr int kMaxNoiseFeatures = 2000;

    explicit ValidationLab(QObject *parent = nullptr);
    ~ValidationLab() override;

    const ValidationSnapshot *snapshot() const { return m_snapshot.get(); }

    QString method() const;
    void setMethod(const QString &name);
    double signal() const { return m_settings.validation.data.signal; }
    void setSignal(double signal);
    int noiseFeatures() const { return m_settings.validation.data.noiseFeatures; }
    void setNoiseFeatures(int count);
    int copies() const { return m_settings.validation.data.copiesPerItem; }
    void setCopies(int copies);
    int cases() const { return m_settings.validation.data.items; }
    void setCases(int cases);
    int keptFeatures() const { return m_settings.validation.selectedFeatures; }
    void setKeptFeatures(int count);
    static int maxNoiseFeatures() { return kMaxNoiseFeatures; }
    QVariantList methodChoices() const;

    QVariantList rows() const;
    QString chartDescription() const;
    QString explanation() const override;

protected:
    void configure() override;
    QString outcomeId() const override;
    QVariantMap makeQuestion() const override;
    QStringList evidenceSettings() const override;
    QStringList evidenceFigures() const override;
    QVariantMap runResults() const override;

private:
    void takeSnapshot(std::shared_ptr<const ValidationSnapshot> snapshot);
    // The finished rows, and their methods and results.
    std::vector<const ValidationRow *> finishedRows() const;
    std::vector<engine::assumptions::ValidationMethod> methods() const;
    std::vector<engine::assumptions::ValidationResult> results() const;
    // What the prediction and the question are about: the method run, or of all five the
    // one whose validation flatters itself most; null before the run has finished.
    const engine::assumptions::ValidationResult *askedAbout() const;
    void changeData(const std::function<void(engine::assumptions::ValidationConfig &)> &change);

    std::shared_ptr<const ValidationSnapshot> m_snapshot;

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<ValidationWorker> m_worker;
};

} // namespace loopwise
