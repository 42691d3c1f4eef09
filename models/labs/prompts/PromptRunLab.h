#pragma once
// "Measure on test cases" of the prompts lab: runs prompt A and prompt B over every test
// case of the task, with several seeds, on the same model and settings, on a worker thread
// with progress and cancel; then shows the pass rate per prompt with its spread over seeds,
// the repeated answers grouped, the case-by-case table, tokens and time, and whether the
// difference is larger than the run-to-run noise. The model is the built-in demonstration
// model, or the learner's local model server (ModelServer), falling back to the built-in
// model with a message when the server fails. Finished runs are kept in the learner's
// progress, export to Markdown and CSV, and can be attached to the decision note.

#include "LabController.h"
#include "ModelServer.h"
#include "PromptCaseRowsModel.h"
#include "PromptCasesModel.h"
#include "PromptRunExport.h"
#include "PromptRunWorker.h"
#include "SavedRunsModel.h"
#include "ServerPromptRun.h"
#include "WorkerThread.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class ProgressStore;

class PromptRunLab : public LabController
{
    Q_OBJECT
    QML_ELEMENT

    // Settings: the panel binds them to the lab page's settings object.
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY settingsChanged)
    Q_PROPERTY(QString promptA READ promptA WRITE setPromptA NOTIFY settingsChanged)
    Q_PROPERTY(QString promptB READ promptB WRITE setPromptB NOTIFY settingsChanged)
    Q_PROPERTY(int seeds READ seeds WRITE setSeeds NOTIFY settingsChanged) // 1–10
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY settingsChanged) // 0–2
    Q_PROPERTY(bool calibrate READ calibrate WRITE setCalibrate NOTIFY settingsChanged)
    Q_PROPERTY(QString modelSource READ modelSource WRITE setModelSource NOTIFY settingsChanged) // builtin | server
    Q_PROPERTY(QString taskTitle READ taskTitle NOTIFY settingsChanged)

    Q_PROPERTY(loopwise::PromptCasesModel *cases READ cases CONSTANT)
    Q_PROPERTY(loopwise::PromptCaseRowsModel *rows READ rows CONSTANT)
    Q_PROPERTY(loopwise::ModelServer *server READ server CONSTANT)
    // The model the next run uses, as the learner sees it.
    Q_PROPERTY(QString modelName READ modelName NOTIFY modelChanged)

    // The run
    Q_PROPERTY(bool finished READ finished NOTIFY resultChanged)
    Q_PROPERTY(double progress READ progress NOTIFY snapshotChanged) // 0 .. 1
    Q_PROPERTY(QString progressText READ progressText NOTIFY snapshotChanged)

    // After a run: [{prompt: "A"|"B", mean, min, max, sd (shares 0..1), text}]
    Q_PROPERTY(QVariantList passRates READ passRates NOTIFY resultChanged)
    Q_PROPERTY(QString verdict READ verdict NOTIFY resultChanged)
    Q_PROPERTY(bool largerThanNoise READ largerThanNoise NOTIFY resultChanged)
    Q_PROPERTY(QStringList costs READ costs NOTIFY resultChanged) // tokens and time, A then B
    // What the model that ran cannot show; empty for a run on a local model server.
    Q_PROPERTY(QString honestNotes READ honestNotes NOTIFY resultChanged)
    // Before a run: the built-in model cannot answer this task (no labels); empty otherwise.
    Q_PROPERTY(QString builtinLimit READ builtinLimit NOTIFY settingsChanged)
    Q_PROPERTY(QString provenance READ provenance NOTIFY resultChanged)

    // Saved runs (every finished run; the store the page gives, Progress.store in the app).
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(loopwise::SavedRunsModel *savedRuns READ savedRuns CONSTANT)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)

public:
    explicit PromptRunLab(QObject *parent = nullptr);
    ~PromptRunLab() override;

    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &id);
    QString promptA() const { return m_prompts[0]; }
    void setPromptA(const QString &text);
    QString promptB() const { return m_prompts[1]; }
    void setPromptB(const QString &text);
    int seeds() const { return m_seeds; }
    void setSeeds(int seeds);
    double temperature() const { return m_temperature; }
    void setTemperature(double temperature);
    bool calibrate() const { return m_calibrate; }
    void setCalibrate(bool calibrate);
    QString modelSource() const { return m_useServer ? QStringLiteral("server") : QStringLiteral("builtin"); }
    void setModelSource(const QString &source);
    QString taskTitle() const;

    PromptCasesModel *cases() { return &m_cases; }
    PromptCaseRowsModel *rows() { return &m_rows; }
    ModelServer *server() { return &m_server; }
    QString modelName() const;

    const PromptRunResults *results() const { return m_results.get(); }
    bool finished() const { return m_results != nullptr; }
    double progress() const;
    QString progressText() const;
    QVariantList passRates() const;
    QString verdict() const;
    bool largerThanNoise() const;
    QStringList costs() const;
    QString honestNotes() const;
    QString builtinLimit() const;
    QString provenance() const;

    ProgressStore *store() const { return m_savedRuns.store(); }
    void setStore(ProgressStore *store);
    SavedRunsModel *savedRuns() { return &m_savedRuns; }
    bool exporting() const { return m_export.busy(); }

    bool running() const override { return m_progress.running || m_serverRun.running(); }
    int epoch() const override { return m_progress.done; }
    bool canPredict() const override { return false; }

    // Runs A and B over every case and seed (the same as play()).
    Q_INVOKABLE void run();
    Q_INVOKABLE void cancel();
    // The finished run as a Markdown report or a CSV table (one row per answer); written on
    // a pool thread, message() says where or why not.
    Q_INVOKABLE bool exportMarkdown(const QString &pathOrUrl);
    Q_INVOKABLE bool exportCsv(const QString &pathOrUrl);

    void play() override { run(); }
    void pause() override { cancel(); }
    void step() override { run(); }
    void reset() override;
    bool applyLink(const QString &text) override;
    QVariantMap evidence() const override;

Q_SIGNALS:
    void resultChanged();
    void modelChanged();
    void storeChanged();
    void exportingChanged();

protected:
    QString settingsQuery() const override;
    void postRun(int epochs) override;

private:
    const engine::prompts::PromptTask *findTask(const QString &id) const;
    void loadContent();
    void startRun(bool countsAsRun);
    void runOnServer();
    PromptRunRequest request() const;
    void takeProgress(const PromptRunProgress &progress);
    void takeResults(std::shared_ptr<const PromptRunResults> results);
    void clearResults();
    void keepCases();
    void changeSetting();

    QString m_taskId = QStringLiteral("triage");
    std::array<QString, 2> m_prompts;
    int m_seeds = 5;
    double m_temperature = 0.7;
    bool m_calibrate = false;
    bool m_useServer = false;

    std::vector<engine::prompts::PromptTask> m_tasks;
    std::shared_ptr<const engine::Json> m_corpus;
    QString m_language;

    PromptCasesModel m_cases;
    PromptCaseRowsModel m_rows;
    ModelServer m_server;
    ServerPromptRun m_serverRun;
    SavedRunsModel m_savedRuns;
    PromptRunExport m_export;
    PromptRunProgress m_progress;
    std::shared_ptr<const PromptRunResults> m_results;

    // Last, so the worker is stopped and deleted before the members above go.
    WorkerThread<PromptRunWorker> m_worker;
};

} // namespace loopwise
