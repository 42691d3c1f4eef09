#pragma once
// Test cases from a CSV file (header input,expected[,contains]; contains holds words
// separated by ';'), read on a pool thread so a large or slow file never stalls the page.
// Rows that cannot be used are named with their line numbers; the good rows still arrive.

#include "loopwise/engine/prompt_tasks.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace loopwise {

class PromptCasesFile : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::vector<engine::prompts::TestCase> cases;
        QStringList badRows; // one sentence each, with the line number
        QString problem; // the whole file cannot be used
    };

    explicit PromptCasesFile(QObject *parent = nullptr);
    ~PromptCasesFile() override;

    bool busy() const { return m_watcher.isRunning(); }
    // Refused (false) while another read runs.
    bool read(const QString &pathOrUrl);
    // The parsing itself, for tests: the file's text.
    static Outcome parse(const QByteArray &text);

Q_SIGNALS:
    void finished(const loopwise::PromptCasesFile::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace loopwise
