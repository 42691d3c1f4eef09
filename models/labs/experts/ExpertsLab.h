#pragma once
// The "Mixture of experts" lab: what QML's controls write and read. It keeps the learner's
// settings, sends them to an ExpertsWorker on its own thread and holds the latest snapshot:
// the routing picture, each expert's own boundary, how many inputs each expert took, the
// balance figure, the comparison with the two dense networks, predict-then-run, the
// explanation and the check-yourself question about the run, saved runs and evidence.

#include "ExpertsLabSettings.h"
#include "ExpertsWorker.h"
#include "PacedLab.h"
#include "SavedRunsModel.h"
#include "WorkerThread.h"

#include <QImage>
#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class ProgressStore;

class ExpertsLab : public PacedLab
{
    Q_OBJECT
    QML_ELEMENT

    // Settings (the lab link carries all of them)
    Q_PROPERTY(int experts READ experts WRITE setExperts NOTIFY settingsChanged)
    Q_PROPERTY(int topK READ topK WRITE setTopK NOTIFY settingsChanged)
    Q_PROPERTY(bool balance READ balance WRITE setBalance NOTIFY settingsChanged)
    Q_PROPERTY(double balanceWeight READ balanceWeight WRITE setBalanceWeight NOTIFY settingsChanged)
    Q_PROPERTY(double capacity READ capacity WRITE setCapacity NOTIFY settingsChanged) // 0: none
    Q_PROPERTY(QString dataset READ dataset WRITE setDataset NOTIFY settingsChanged)
    Q_PROPERTY(int hiddenLayers READ hiddenLayers WRITE setHiddenLayers NOTIFY settingsChanged)
    Q_PROPERTY(int hiddenUnits READ hiddenUnits WRITE setHiddenUnits NOTIFY settingsChanged)
    Q_PROPERTY(QString activation READ activation WRITE setActivation NOTIFY settingsChanged)
    Q_PROPERTY(double learningRate READ learningRate WRITE setLearningRate NOTIFY settingsChanged)
    Q_PROPERTY(int seed READ seed WRITE setSeed NOTIFY settingsChanged)
    // [{id, label}]
    Q_PROPERTY(QVariantList datasetChoices READ datasetChoices CONSTANT)
    Q_PROPERTY(QVariantList activationChoices READ activationChoices CONSTANT)
    Q_PROPERTY(QVariantList predictionChoices READ predictionChoices CONSTANT)
    Q_PROPERTY(QVariantList presetChoices READ presetChoices CONSTANT)

    // What training shows
    Q_PROPERTY(QImage routingImage READ routingImage NOTIFY snapshotChanged)
    Q_PROPERTY(int revision READ revision NOTIFY snapshotChanged)
    Q_PROPERTY(int expertCount READ expertCount NOTIFY snapshotChanged)
    // [{expert, share (0..1), text}]: the training inputs each expert takes first.
    Q_PROPERTY(QVariantList loadBars READ loadBars NOTIFY snapshotChanged)
    Q_PROPERTY(double largestShare READ largestShare NOTIFY snapshotChanged)
    Q_PROPERTY(double balanceFigure READ balanceFigure NOTIFY snapshotChanged)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY snapshotChanged)
    Q_PROPERTY(QString droppedText READ droppedText NOTIFY snapshotChanged)
    // [{model, accuracy, loss, compute, parameters}] as text: the mixture, then the dense
    // network with its total parameters, then the one with its active parameters.
    Q_PROPERTY(QVariantList comparison READ comparison NOTIFY snapshotChanged)
    Q_PROPERTY(QString routingDescription READ routingDescription NOTIFY snapshotChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY snapshotChanged)
    Q_PROPERTY(QString guarantee READ guarantee CONSTANT)

    // After a run
    Q_PROPERTY(QString explanation READ explanation NOTIFY runChanged)
    Q_PROPERTY(QString prediction READ prediction WRITE setPrediction NOTIFY predictionChanged)
    Q_PROPERTY(QString predictionOutcome READ predictionOutcome NOTIFY predictionChanged)
    // {text, choices: [{id, label}], right, chosen (-1 until answered), feedback, correct}; {} before.
    Q_PROPERTY(QVariantMap question READ question NOTIFY runChanged)

    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(loopwise::SavedRunsModel *savedRuns READ savedRuns CONSTANT)

public:
    explicit ExpertsLab(QObject *parent = nullptr);
    ~ExpertsLab() override;

    const ExpertsLabSettings &settings() const { return m_settings; }
    const ExpertsSnapshot *snapshot() const { return m_snapshot.get(); }

    int experts() const { return m_settings.mixture.experts; }
    void setExperts(int count);
    int topK() const { return m_settings.mixture.topK; }
    void setTopK(int k);
    bool balance() const { return m_settings.mixture.balance; }
    void setBalance(bool on);
    double balanceWeight() const { return m_settings.mixture.balanceWeight; }
    void setBalanceWeight(double weight);
    double capacity() const { return m_settings.mixture.capacityFactor; }
    void setCapacity(double factor);
    QString dataset() const;
    void setDataset(const QString &name);
    int hiddenLayers() const { return static_cast<int>(m_settings.mixture.hidden.size()); }
    void setHiddenLayers(int layers);
    int hiddenUnits() const { return m_settings.mixture.hidden.front().units; }
    void setHiddenUnits(int units);
    QString activation() const;
    void setActivation(const QString &name);
    double learningRate() const { return m_settings.mixture.learningRate; }
    void setLearningRate(double rate);
    int seed() const { return static_cast<int>(m_settings.mixture.seed); }
    void setSeed(int seed);
    QVariantList datasetChoices() const;
    QVariantList activationChoices() const;
    QVariantList predictionChoices() const;
    QVariantList presetChoices() const;
    Q_INVOKABLE void applyPreset(const QString &id);

    bool running() const override;
    int epoch() const override;
    bool canPredict() const override;
    QImage routingImage() const { return m_routingImage; }
    int revision() const { return m_revision; }
    int expertCount() const;
    Q_INVOKABLE QImage expertImage(int expert) const;
    QVariantList loadBars() const;
    double largestShare() const;
    double balanceFigure() const;
    QString balanceText() const;
    QString droppedText() const;
    QVariantList comparison() const;
    QString routingDescription() const;
    QString progressText() const;
    static QString guarantee();

    QString explanation() const;
    QString prediction() const { return m_prediction; }
    void setPrediction(const QString &id);
    QString predictionOutcome() const;
    QVariantMap question() const { return m_question; }
    Q_INVOKABLE void answer(int choice);

    ProgressStore *store() const { return m_savedRuns.store(); }
    void setStore(ProgressStore *store);
    SavedRunsModel *savedRuns() { return &m_savedRuns; }
    Q_INVOKABLE QString saveRun(const QString &label);

    void play() override;
    void pause() override;
    void step() override;
    void reset() override;
    bool applyLink(const QString &text) override;
    QVariantMap evidence() const override;

Q_SIGNALS:
    void runChanged();
    void storeChanged();

protected:
    QString settingsQuery() const override { return m_settings.toQuery(); }
    void postRun(int epochs) override;

private:
    void changeSettings(const ExpertsLabSettings &next);
    void configure();
    long startGeneration();
    void takeSnapshot(std::shared_ptr<const ExpertsSnapshot> snapshot);
    void repaint();
    void clearRun();
    void finishRun();

    ExpertsLabSettings m_settings;
    std::shared_ptr<const ExpertsSnapshot> m_snapshot;
    QImage m_routingImage;
    int m_revision = 0;
    bool m_runStarted = false;
    QString m_prediction;
    QString m_outcome; // the prediction choice that happened, once a run has ended
    QVariantMap m_question;
    SavedRunsModel m_savedRuns;
    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<ExpertsWorker> m_worker;
};

} // namespace loopwise
