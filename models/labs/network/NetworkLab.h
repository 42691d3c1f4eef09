#pragma once
// The "Build a neural network" lab: what QML's controls write and read. It keeps the
// learner's settings, sends them to a NetworkWorker on its own thread and holds the latest
// snapshot the worker sends back, with the loss history, saved runs and the prediction.

#include "NetworkLabSettings.h"
#include "NetworkPointsFile.h"
#include "NetworkPointsModel.h"
#include "NetworkWorker.h"
#include "PacedLab.h"
#include "SavedRunsModel.h"
#include "WorkerThread.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace loopwise {

class ProgressStore;

class NetworkLab : public PacedLab
{
    Q_OBJECT
    QML_ELEMENT

    // Settings (the lab link carries all of them)
    Q_PROPERTY(QString dataset READ dataset WRITE setDataset NOTIFY settingsChanged)
    // The problem type: choosing it picks that type's first dataset (circle or plane).
    Q_PROPERTY(bool regression READ regression WRITE setRegression NOTIFY settingsChanged)
    Q_PROPERTY(int classes READ classes NOTIFY settingsChanged)
    Q_PROPERTY(int noise READ noise WRITE setNoise NOTIFY settingsChanged)
    Q_PROPERTY(int trainRatio READ trainRatio WRITE setTrainRatio NOTIFY settingsChanged)
    Q_PROPERTY(int batchSize READ batchSize WRITE setBatchSize NOTIFY settingsChanged)
    Q_PROPERTY(QStringList features READ features NOTIFY settingsChanged)
    // The labels of `features` ("x₁²"), in the same order.
    Q_PROPERTY(QStringList featureLabels READ featureLabels NOTIFY settingsChanged)
    // [{units, activation, canAddNeuron}] per hidden layer.
    Q_PROPERTY(QVariantList layers READ layers NOTIFY settingsChanged)
    Q_PROPERTY(bool canAddLayer READ canAddLayer NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList layerSizes READ layerSizes NOTIFY settingsChanged)
    // The weights and biases of this shape: the network's capacity as a number.
    Q_PROPERTY(int parameterCount READ parameterCount NOTIFY settingsChanged)
    Q_PROPERTY(QString parameterText READ parameterText NOTIFY settingsChanged)
    Q_PROPERTY(double learningRate READ learningRate WRITE setLearningRate NOTIFY settingsChanged)
    Q_PROPERTY(QString regularization READ regularization WRITE setRegularization NOTIFY settingsChanged)
    Q_PROPERTY(double regularizationRate READ regularizationRate WRITE setRegularizationRate NOTIFY settingsChanged)
    Q_PROPERTY(QString optimizer READ optimizer WRITE setOptimizer NOTIFY settingsChanged)
    Q_PROPERTY(bool crossEntropy READ crossEntropy WRITE setCrossEntropy NOTIFY settingsChanged)
    // The loss can be chosen for two classes only (regression and more classes have theirs).
    Q_PROPERTY(bool lossChoiceShown READ lossChoiceShown NOTIFY settingsChanged)
    Q_PROPERTY(bool showTestData READ showTestData WRITE setShowTestData NOTIFY settingsChanged)
    Q_PROPERTY(bool discretize READ discretize WRITE setDiscretize NOTIFY settingsChanged)
    Q_PROPERTY(int epochLimit READ epochLimit WRITE setEpochLimit NOTIFY settingsChanged)
    Q_PROPERTY(double targetLoss READ targetLoss WRITE setTargetLoss NOTIFY settingsChanged)
    // How finely the boundary is computed: the canvas's size in pixels (at most 400).
    Q_PROPERTY(int gridSide READ gridSide WRITE setGridSide NOTIFY gridSideChanged)

    // The choices offered
    Q_PROPERTY(QString pointsFileHint READ pointsFileHint CONSTANT)
    Q_PROPERTY(QVariantList datasetChoices READ datasetChoices CONSTANT)
    Q_PROPERTY(QVariantList featureChoices READ featureChoices CONSTANT)
    Q_PROPERTY(QVariantList activationChoices READ activationChoices CONSTANT)
    Q_PROPERTY(QVariantList optimizerChoices READ optimizerChoices CONSTANT)
    // [{id: rate, label}]: each rate in the reader's number format, with the digits it needs.
    Q_PROPERTY(QVariantList learningRates READ learningRates CONSTANT)
    Q_PROPERTY(QVariantList regularizationRates READ regularizationRates CONSTANT)
    Q_PROPERTY(QVariantList predictionChoices READ predictionChoices CONSTANT)

    // The data
    // One row per point: the canvas draws one dot per row.
    Q_PROPERTY(loopwise::NetworkPointsModel *points READ points CONSTANT)
    Q_PROPERTY(QRectF extent READ extent NOTIFY extentChanged)

    // What training shows
    Q_PROPERTY(double trainLoss READ trainLoss NOTIFY snapshotChanged)
    Q_PROPERTY(double testLoss READ testLoss NOTIFY snapshotChanged)
    Q_PROPERTY(double trainAccuracy READ trainAccuracy NOTIFY snapshotChanged)
    Q_PROPERTY(double testAccuracy READ testAccuracy NOTIFY snapshotChanged)
    // "87 %" in the reader's format; "—" for regression, which has no accuracy.
    Q_PROPERTY(QString testAccuracyText READ testAccuracyText NOTIFY snapshotChanged)
    Q_PROPERTY(QVariantList confusion READ confusion NOTIFY snapshotChanged)
    Q_PROPERTY(bool diverged READ diverged NOTIFY snapshotChanged)
    Q_PROPERTY(QString stopMessage READ stopMessage NOTIFY snapshotChanged)
    Q_PROPERTY(QImage boundaryImage READ boundaryImage NOTIFY snapshotChanged)
    Q_PROPERTY(int revision READ revision NOTIFY snapshotChanged)
    Q_PROPERTY(double epochsPerSecond READ epochsPerSecond NOTIFY snapshotChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY snapshotChanged)
    // What the run is doing (still learning, oscillating, overfitting, ...) and what to change.
    Q_PROPERTY(QString diagnosis READ diagnosis NOTIFY snapshotChanged)

    // Predict, then run
    Q_PROPERTY(QString prediction READ prediction WRITE setPrediction NOTIFY predictionChanged)
    Q_PROPERTY(QString predictionOutcome READ predictionOutcome NOTIFY predictionChanged)

    // Saved runs: kept in the store the page gives the lab (Progress.store in the app).
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(loopwise::SavedRunsModel *savedRuns READ savedRuns CONSTANT)

public:
    explicit NetworkLab(QObject *parent = nullptr);
    ~NetworkLab() override;

    ProgressStore *store() const { return m_savedRuns.store(); }
    void setStore(ProgressStore *store);
    const NetworkLabSettings &settings() const { return m_settings; }
    const NetworkSnapshot *snapshot() const { return m_snapshot.get(); }

    QString dataset() const { return m_settings.dataset; }
    void setDataset(const QString &name);
    bool regression() const { return m_settings.isRegression(); }
    void setRegression(bool regression);
    int classes() const { return m_settings.classes(); }
    int noise() const { return m_settings.noisePercent; }
    void setNoise(int percent);
    int trainRatio() const { return m_settings.trainPercent; }
    void setTrainRatio(int percent);
    int batchSize() const { return m_settings.batchSize; }
    void setBatchSize(int size);
    QStringList features() const;
    QStringList featureLabels() const;
    QVariantList layers() const;
    bool canAddLayer() const;
    Q_INVOKABLE bool canAddNeuron(int layer) const;
    QVariantList layerSizes() const;
    int parameterCount() const;
    QString parameterText() const;
    double learningRate() const;
    void setLearningRate(double rate);
    QString regularization() const;
    void setRegularization(const QString &name);
    double regularizationRate() const;
    void setRegularizationRate(double rate);
    QString optimizer() const;
    void setOptimizer(const QString &name);
    bool crossEntropy() const { return m_settings.crossEntropy; }
    void setCrossEntropy(bool on);
    bool lossChoiceShown() const { return !regression() && classes() == 2; }
    bool showTestData() const { return m_settings.showTestData; }
    void setShowTestData(bool on);
    bool discretize() const { return m_settings.discretize; }
    void setDiscretize(bool on);
    int epochLimit() const { return static_cast<int>(m_settings.epochLimit); }
    void setEpochLimit(int epochs);
    double targetLoss() const { return m_settings.targetLoss; }
    void setTargetLoss(double loss);
    int gridSide() const { return m_gridSide; }
    void setGridSide(int side);

    QVariantList datasetChoices() const;
    QVariantList featureChoices() const;
    QVariantList activationChoices() const;
    QVariantList optimizerChoices() const;
    QVariantList learningRates() const;
    QVariantList regularizationRates() const;
    QVariantList predictionChoices() const;

    NetworkPointsModel *points() { return &m_points; }
    QRectF extent() const;

    bool running() const override;
    int epoch() const override;
    double trainLoss() const;
    double testLoss() const;
    double trainAccuracy() const;
    double testAccuracy() const;
    QString testAccuracyText() const;
    // A whole percentage as the reader writes it ("50 %").
    Q_INVOKABLE static QString percentText(int percent);
    QVariantList confusion() const;
    bool diverged() const;
    QString stopMessage() const;
    QImage boundaryImage() const;
    int revision() const { return m_revision; }
    double epochsPerSecond() const;
    QString summary() const { return m_summary; }
    QString diagnosis() const { return m_diagnosis; }

    // Before the first epoch, and never while a run is under way (it may still be at epoch 0).
    bool canPredict() const override { return epoch() == 0 && !running(); }
    QString prediction() const { return m_prediction; }
    void setPrediction(const QString &id);
    QString predictionOutcome() const;

    SavedRunsModel *savedRuns() { return &m_savedRuns; }

    // Layers and features: each change builds a fresh network, as Playground does.
    Q_INVOKABLE void toggleFeature(const QString &name);
    Q_INVOKABLE void addLayer();
    Q_INVOKABLE void removeLayer();
    Q_INVOKABLE void addNeuron(int layer);
    Q_INVOKABLE void removeNeuron(int layer);
    Q_INVOKABLE void setActivation(int layer, const QString &name);
    Q_INVOKABLE void setAllActivations(const QString &name);

    void play() override;
    void pause() override;
    void step() override;
    void reset() override;
    Q_INVOKABLE void regenerate();

    // The learner's own points, in data coordinates. The first edit of a generated set
    // turns its points into the learner's own.
    Q_INVOKABLE void addPoint(double x, double y, int label);
    Q_INVOKABLE bool erasePoint(double x, double y, double radius);
    // Read and written off the UI thread: pointsImported / pointsExported tell the outcome,
    // and message() says it in words.
    QString pointsFileHint() const { return NetworkPointsFile::formatHint(); }
    Q_INVOKABLE void importCsv(const QString &pathOrUrl);
    Q_INVOKABLE void exportCsv(const QString &pathOrUrl);

    // Weights: layer 0 is the first hidden layer (its inputs are the features).
    Q_INVOKABLE double weight(int layer, int unit, int input) const;
    Q_INVOKABLE double bias(int layer, int unit) const;
    Q_INVOKABLE void setWeight(int layer, int unit, int input, double value);
    Q_INVOKABLE void setBias(int layer, int unit, double value);
    // Neuron n's output as a picture (features first, then each layer's units).
    Q_INVOKABLE QImage neuronImage(int neuron) const;

    bool applyLink(const QString &text) override;
    // In NetworkEvidence.cpp.
    QVariantMap evidence() const override;

    // Saves the run so far (its curve, figures and link) under `label`; its id, or "".
    Q_INVOKABLE QString saveRun(const QString &label);

Q_SIGNALS:
    void gridSideChanged();
    void extentChanged();
    void storeChanged();
    void pointsImported(bool ok);
    void pointsExported(bool ok);

protected:
    QString settingsQuery() const override { return m_settings.toQuery(); }
    void postRun(int epochs) override;

private:
    // Sends the settings to the worker: with a fresh network, or keeping the weights.
    void rebuild(bool keepWeights);
    void changeSettings(const NetworkLabSettings &next, bool keepWeights);
    void sendView();
    void sendStops();
    void takeSnapshot(std::shared_ptr<const NetworkSnapshot> snapshot);
    void clearHistory();
    void recordHistory(const NetworkSnapshot &snapshot);
    void updateSummary();
    // The lab's bar for "has learned the data": 90 % of test points right (regression: test loss at most 0.05).
    bool learned(const NetworkSnapshot &snapshot) const;
    void makePointsOwn();
    void takeImportedPoints(const std::vector<engine::Point> &points);

    NetworkLabSettings m_settings;
    engine::Dataset m_data; // the points on the canvas, as the worker trains on them
    std::shared_ptr<const NetworkSnapshot> m_snapshot;
    int m_revision = 0;
    int m_gridSide = 100;
    NetworkPointsModel m_points;
    QString m_summary;
    QString m_diagnosis;
    QString m_prediction;
    long m_predictionEpoch = -1; // the epoch the prediction was made at
    SavedRunsModel m_savedRuns;
    NetworkPointsFile m_pointsFile;

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<NetworkWorker> m_worker;
};

} // namespace loopwise
