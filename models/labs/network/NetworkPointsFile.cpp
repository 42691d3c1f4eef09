#include "NetworkPointsFile.h"

#include "EngineErrorText.h"
#include "NetworkLabSettings.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace loopwise {

namespace {

constexpr int kLargestClass = 3;

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

NetworkPointsFile::Outcome readFile(const QString &path)
{
    NetworkPointsFile::Outcome outcome;
    outcome.fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file name, %2 the system's reason
        outcome.problem = NetworkPointsFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    const QByteArray text = file.readAll();
    try {
        outcome.points = engine::parseCsv(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                                          engine::Task::Classification);
    } catch (const engine::CsvError &error) {
        outcome.problem = EngineErrorText::ofCsv(error);
        return outcome;
    }
    outcome.problem = NetworkPointsFile::pointProblem(outcome.points, NetworkLabSettings::kMaxCustomPoints);
    if (!outcome.problem.isEmpty())
        outcome.points.clear();
    return outcome;
}

NetworkPointsFile::Outcome writeFile(const QString &path, const std::vector<engine::Point> &points)
{
    NetworkPointsFile::Outcome outcome;
    QSaveFile file(path);
    outcome.fileName = file.fileName();
    QByteArray text("x1,x2,label\n");
    for (const engine::Point &point : points)
        text += QByteArray::number(point.x1, 'g', 7) + ',' + QByteArray::number(point.x2, 'g', 7) + ','
            + QByteArray::number(point.label, 'g', 7) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text) != text.size() || !file.commit())
        //: %1 a file name, %2 the system's reason
        outcome.problem = NetworkPointsFile::tr("Cannot write %1: %2").arg(path, file.errorString());
    return outcome;
}

} // namespace

NetworkPointsFile::NetworkPointsFile(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &NetworkPointsFile::finish);
}

NetworkPointsFile::~NetworkPointsFile()
{
    // The job owns copies of its inputs; waiting keeps its result from reaching a dead object.
    m_watcher.waitForFinished();
}

bool NetworkPointsFile::read(const QString &pathOrUrl)
{
    if (busy())
        return false;
    m_writing = false;
    m_watcher.setFuture(QtConcurrent::run(readFile, localPath(pathOrUrl)));
    return true;
}

bool NetworkPointsFile::write(const QString &pathOrUrl, std::vector<engine::Point> points)
{
    if (busy())
        return false;
    m_writing = true;
    m_watcher.setFuture(QtConcurrent::run(writeFile, localPath(pathOrUrl), std::move(points)));
    return true;
}

QString NetworkPointsFile::pointProblem(const std::vector<engine::Point> &points, int maxPoints)
{
    const engine::Extent canvas;
    const QLocale locale;
    for (size_t i = 0; i < points.size(); ++i) {
        const engine::Point &p = points[i];
        if (p.x1 < canvas.xMin || p.x1 > canvas.xMax || p.x2 < canvas.yMin || p.x2 > canvas.yMax
            || p.label > kLargestClass)
            //: %1 the point's number in the file, %2 and %3 its coordinates, %4 its class; %5 to %6 the canvas's range,
            //: %7 the largest class
            return tr("Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from %5 to %6, classes from 0 "
                      "to %7.")
                .arg(i + 1)
                .arg(locale.toString(p.x1), locale.toString(p.x2), locale.toString(p.label),
                     locale.toString(canvas.xMin), locale.toString(canvas.xMax))
                .arg(kLargestClass);
    }
    if (points.size() > static_cast<size_t>(maxPoints))
        //: %1 points in the file, %2 the most the lab takes
        return tr("The file has %1 points; the lab takes at most %2.").arg(points.size()).arg(maxPoints);
    return {};
}

QString NetworkPointsFile::formatHint()
{
    const engine::Extent canvas;
    const QLocale locale;
    //: x1,x2,class: the CSV columns, not to be translated; %1 to %2 the canvas's range, %3 the largest class; -1 and 1
    //: is TensorFlow Playground's way of naming two classes
    return tr("CSV lines are x1,x2,class with x1 and x2 from %1 to %2 and classes 0 to %3 (or -1 and 1).")
        .arg(locale.toString(canvas.xMin), locale.toString(canvas.xMax))
        .arg(kLargestClass);
}

void NetworkPointsFile::finish()
{
    Outcome outcome = m_watcher.result();
    if (!outcome.problem.isEmpty())
        Q_EMIT m_writing ? writeFailed(outcome.problem) : readFailed(outcome.problem);
    else if (m_writing)
        Q_EMIT written(outcome.fileName);
    else
        Q_EMIT pointsRead(outcome.points);
}

} // namespace loopwise
