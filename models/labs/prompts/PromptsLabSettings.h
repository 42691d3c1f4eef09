#pragma once
// Everything the "Compare prompt strategies" lab link carries, as plain data: the task, the
// two prompts and the model settings of a test run.
// lab/prompts?task=triage&a=...&b=...&seeds=5&temperature=0.7&calibrate=1&model=builtin&tab=run
// (the prompt texts URL-encoded).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace loopwise {

struct PromptsLabSettings
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::PromptsLabSettings)

public:
    static constexpr int kMinSeeds = 1;
    static constexpr int kMaxSeeds = 10;
    static constexpr double kMaxTemperature = 2.0;
    // The longest prompt a link may carry, in characters.
    static constexpr int kMaxPromptChars = 20000;

    QString taskId = QStringLiteral("triage");
    // Empty: the task's starter prompt.
    QString promptA;
    QString promptB;
    int seeds = 5;
    double temperature = 0.7;
    bool calibrate = false;
    QString modelSource = QStringLiteral("builtin"); // builtin | server
    QString tab = QStringLiteral("structure"); // the page's tab: structure | run

    static bool isModelSource(const QString &name);
    static bool isTab(const QString &name);

    // "task=feedback&a=...": the task, then the values that differ from the defaults.
    QString toQuery() const;
    // Reads a link (or a bare query). Unknown keys and bad values are problems, one sentence
    // each; with any problem nothing is returned. Whether the task exists is the lab's check
    // (it knows the content).
    static std::optional<PromptsLabSettings> fromQuery(const QString &query, QStringList *problems);

    friend bool operator==(const PromptsLabSettings &, const PromptsLabSettings &) = default;
};

} // namespace loopwise
