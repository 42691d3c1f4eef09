#pragma once
// The "Compare prompt strategies" lab's controller. It holds the settings both halves of the
// page share (the task, prompts A and B, and the model settings of a test run: P4's run
// panel binds to them) and the structure half: each prompt analysed on every change, the
// comparison table, the clarity signals with where they are, the summary of what B does
// that A does not, and the pattern helpers with their diff and their undo.

#include "LabController.h"
#include "PromptComparisonExport.h"
#include "PromptComparisonModel.h"
#include "PromptContent.h"
#include "PromptRunExport.h"
#include "PromptsLabSettings.h"
#include "SavedRunsModel.h"

#include "loopwise/engine/prompt_analyser.h"
#include "loopwise/engine/prompt_patterns.h"

#include <QStringList>
#include <QTimer>
#include <QVariantList>

#include <array>
#include <vector>

namespace loopwise {

class ProgressStore;

class PromptsLab : public LabController
{
    Q_OBJECT
    QML_ELEMENT

    // The shared settings (names fixed: the run panel binds to them).
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY taskIdChanged)
    Q_PROPERTY(QString promptA READ promptA WRITE setPromptA NOTIFY promptAChanged)
    Q_PROPERTY(QString promptB READ promptB WRITE setPromptB NOTIFY promptBChanged)
    Q_PROPERTY(int seeds READ seeds WRITE setSeeds NOTIFY seedsChanged)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY temperatureChanged)
    Q_PROPERTY(bool calibrate READ calibrate WRITE setCalibrate NOTIFY calibrateChanged)
    Q_PROPERTY(QString modelSource READ modelSource WRITE setModelSource NOTIFY modelSourceChanged)
    // The page's tab, as the link carries it: structure | run.
    Q_PROPERTY(QString tab READ tab WRITE setTab NOTIFY tabChanged)
    // [{id, title, label}] of the content's tasks, for a chooser (label = title, as ChoiceBox reads it).
    Q_PROPERTY(QVariantList tasks READ tasks NOTIFY contentChanged)
    // One sentence per content file that could not be used.
    Q_PROPERTY(QStringList contentProblems READ contentProblems NOTIFY contentChanged)

    // The structure half.
    Q_PROPERTY(loopwise::PromptComparisonModel *comparison READ comparison CONSTANT)
    // [{title, line, excerpt}] per prompt: each clarity signal and where it is.
    Q_PROPERTY(QVariantList signalsA READ signalsA NOTIFY analysisChanged)
    Q_PROPERTY(QVariantList signalsB READ signalsB NOTIFY analysisChanged)
    // Whole sentences: what B does that A does not, then the reverse.
    Q_PROPERTY(QStringList summary READ summary NOTIFY analysisChanged)
    // The last pattern's change as rich text (inserted text bold and underlined), "" if none.
    Q_PROPERTY(QString diffA READ diffA NOTIFY patternsChanged)
    Q_PROPERTY(QString diffB READ diffB NOTIFY patternsChanged)
    Q_PROPERTY(bool canUndoA READ canUndoA NOTIFY patternsChanged)
    Q_PROPERTY(bool canUndoB READ canUndoB NOTIFY patternsChanged)
    // The answer format the task suggests for the output-format helper ("urgent / normal").
    Q_PROPERTY(QString suggestedFormat READ suggestedFormat NOTIFY taskIdChanged)

    // Saved pairs, kept in the store the page gives the lab (Progress.store in the app):
    // [{id, label, note, savedAt}], newest first.
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QVariantList savedPairs READ savedPairs NOTIFY savedPairsChanged)
    // A structure comparison is being written to a file.
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)

public:
    enum Prompt { A = 0, B = 1 };
    Q_ENUM(Prompt)
    // How long the table must stay as it is before a comparison counts as progress.
    static constexpr int kRecordComparisonAfterMs = 1500;

    explicit PromptsLab(QObject *parent = nullptr);
    // With content of its own (tests); the default follows the course's language.
    PromptsLab(const PromptContent &content, QObject *parent);
    ~PromptsLab() override;

    QString taskId() const { return m_settings.taskId; }
    void setTaskId(const QString &id);
    QString promptA() const { return m_sides[A].text; }
    void setPromptA(const QString &text) { setPrompt(A, text); }
    QString promptB() const { return m_sides[B].text; }
    void setPromptB(const QString &text) { setPrompt(B, text); }
    int seeds() const { return m_settings.seeds; }
    void setSeeds(int seeds);
    double temperature() const { return m_settings.temperature; }
    void setTemperature(double temperature);
    bool calibrate() const { return m_settings.calibrate; }
    void setCalibrate(bool calibrate);
    QString modelSource() const { return m_settings.modelSource; }
    void setModelSource(const QString &source);
    QString tab() const { return m_settings.tab; }
    void setTab(const QString &tab);
    QVariantList tasks() const;
    QStringList contentProblems() const { return m_content.problems(); }
    const PromptContent &content() const { return m_content; }

    PromptComparisonModel *comparison() { return &m_comparison; }
    QVariantList signalsA() const { return signalsOf(A); }
    QVariantList signalsB() const { return signalsOf(B); }
    QStringList summary() const { return m_summary; }
    QString diffA() const { return m_sides[A].diff; }
    QString diffB() const { return m_sides[B].diff; }
    bool canUndoA() const { return !m_sides[A].undo.empty(); }
    bool canUndoB() const { return !m_sides[B].undo.empty(); }
    QString suggestedFormat() const;

    // For the highlighter: a prompt's analysis, and where a byte of its UTF-8 text is in
    // its UTF-16 text (the editor's positions).
    const engine::prompts::PromptAnalysis &analysis(int prompt) const { return m_sides[side(prompt)].analysis; }
    int textPosition(int prompt, std::size_t byte) const;

    // The pattern helpers on prompt A or B; false (and a message) when nothing changed.
    Q_INVOKABLE bool addRole(int prompt, const QString &role);
    // The learner's own examples, one a line: "input | answer".
    Q_INVOKABLE bool addOwnExamples(int prompt, const QString &lines);
    // `count` examples drawn from the task's test cases, the labels taken in turn.
    Q_INVOKABLE bool addCaseExamples(int prompt, int count);
    Q_INVOKABLE bool addStepByStep(int prompt);
    Q_INVOKABLE bool addOutputFormat(int prompt, const QString &format);
    Q_INVOKABLE bool addDelimiters(int prompt);
    // Takes back the last pattern on that prompt: the text is exactly as before it.
    Q_INVOKABLE bool undoPattern(int prompt);

    ProgressStore *store() const { return m_savedRuns.store(); }
    void setStore(ProgressStore *store);
    QVariantList savedPairs() const;
    // Saves the pair (its link) with the learner's note; its id, or "".
    Q_INVOKABLE QString savePair(const QString &note);
    // Opens a saved pair again (its task, prompts and settings).
    Q_INVOKABLE bool openPair(const QString &id);

    // The structure comparison (both prompts, the summary, the table) as a Markdown report or
    // a CSV table, written on a pool thread; false while another export runs.
    bool exporting() const { return m_export.busy(); }
    Q_INVOKABLE bool exportMarkdown(const QString &pathOrUrl);
    Q_INVOKABLE bool exportCsv(const QString &pathOrUrl);
    // What those exports write.
    PromptComparisonText comparisonText() const;

    // Nothing trains in the structure half: a test run is the run panel's.
    bool running() const override { return false; }
    int epoch() const override { return 0; }
    bool canPredict() const override { return false; }
    void play() override {}
    void pause() override {}
    void step() override {}
    // Back to the task's starter pair.
    void reset() override;
    bool applyLink(const QString &text) override;
    // The comparison: the task and both prompts, the parts each has and its signals.
    QVariantMap evidence() const override;

Q_SIGNALS:
    void taskIdChanged();
    void promptAChanged();
    void promptBChanged();
    void seedsChanged();
    void temperatureChanged();
    void calibrateChanged();
    void modelSourceChanged();
    void tabChanged();
    void contentChanged();
    void analysisChanged();
    void patternsChanged();
    void storeChanged();
    void savedPairsChanged();
    void exportingChanged();

protected:
    QString settingsQuery() const override;
    void postRun(int) override {}

private:
    struct Undo
    {
        std::string before;
        std::vector<engine::prompts::Replacement> changes;
    };
    struct Side
    {
        QString text;
        std::string utf8;
        engine::prompts::PromptAnalysis analysis;
        std::vector<int> positions; // UTF-16 position of each byte of utf8, and of its end
        std::vector<Undo> undo;
        QString diff;
    };
    static int side(int prompt) { return prompt == B ? B : A; }
    void setPrompt(int prompt, const QString &text);
    // Sets the text and analyses it; `keepUndo`: a pattern's own change.
    void changeText(int prompt, const QString &text, bool keepUndo);
    void analyse(int prompt);
    void compare();
    bool applyEdit(int prompt, const engine::prompts::PromptEdit &edit);
    void loadTask(const engine::prompts::PromptTask &task);
    QVariantList signalsOf(int prompt) const;
    void reloadContent();
    QStringList evidenceSettings() const;
    QStringList evidenceFigures() const;
    // A comparison the learner made (the prompts are not the task's starters) counts as
    // progress once the table has stayed the same for a moment, once per table.
    QString comparisonKey() const;
    void recordComparisonSoon();
    void recordComparison();

    PromptContent m_content;
    PromptsLabSettings m_settings;
    std::array<Side, 2> m_sides;
    engine::prompts::PromptComparison m_result;
    PromptComparisonModel m_comparison;
    QStringList m_summary;
    SavedRunsModel m_savedRuns;
    QTimer m_recordTimer;
    QString m_recordedComparison; // comparisonKey() of the last comparison kept
    PromptRunExport m_export;
};

} // namespace loopwise
