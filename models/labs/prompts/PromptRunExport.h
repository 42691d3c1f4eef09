#pragma once
// A finished test run as a file: a Markdown report (settings, pass rates, the verdict, the
// case-by-case table) or a CSV table with one row per answer and its provenance. The text is
// made from the run's figures at once; the file is written on a pool thread.

#include "PromptRunResults.h"

#include <QFutureWatcher>
#include <QObject>

namespace loopwise {

class PromptRunExport : public QObject
{
    Q_OBJECT

public:
    explicit PromptRunExport(QObject *parent = nullptr);
    ~PromptRunExport() override;

    static QString markdown(const PromptRunResults &results);
    static QString csv(const PromptRunResults &results);
    // A CSV field, quoted; a Markdown table cell, on one line with its bars escaped.
    static QString csvField(const QString &text);
    static QString cell(const QString &text);

    bool busy() const { return m_watcher.isRunning(); }
    // Refused (false) while another write runs.
    bool write(const QString &pathOrUrl, const QString &text);

Q_SIGNALS:
    // `problem` is empty when the file was written.
    void written(const QString &fileName, const QString &problem);

private:
    QFutureWatcher<QString> m_watcher;
    QString m_fileName;
};

} // namespace loopwise
