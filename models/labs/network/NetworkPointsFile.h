#pragma once
// The learner's points as a CSV file (x1,x2,label per line): read and written on a pool
// thread, so a large or slow file never stalls the page. Every problem arrives as one
// sentence in the UI's language; points that do not fit the lab are refused whole.

#include "loopwise/engine/dataset.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <vector>

namespace loopwise {

class NetworkPointsFile : public QObject
{
    Q_OBJECT

public:
    // What one read or write ended with: the points read, or the problem.
    struct Outcome
    {
        std::vector<engine::Point> points;
        QString fileName;
        QString problem; // empty when it worked
    };

    explicit NetworkPointsFile(QObject *parent = nullptr);
    ~NetworkPointsFile() override;

    bool busy() const { return m_watcher.isRunning(); }
    // Refused (returns false) while another read or write runs.
    bool read(const QString &pathOrUrl);
    bool write(const QString &pathOrUrl, std::vector<engine::Point> points);

    // What a file must hold, in one sentence for the page.
    static QString formatHint();
    // The checks a read applies, for tests: on the canvas, classes 0..3, at most maxPoints.
    static QString pointProblem(const std::vector<engine::Point> &points, int maxPoints);

Q_SIGNALS:
    void pointsRead(const std::vector<engine::Point> &points);
    void written(const QString &fileName);
    void readFailed(const QString &problem);
    void writeFailed(const QString &problem);

private:
    void finish();

    QFutureWatcher<Outcome> m_watcher;
    bool m_writing = false;
};

} // namespace loopwise
