#include "LossSeries.h"

#include "LossHistoryModel.h"

#include <QtCharts/QXYSeries>

namespace loopwise {

LossSeries::LossSeries(QObject *parent)
    : QObject(parent)
{}

void LossSeries::fill(LossHistoryModel *history, QAbstractSeries *train, QAbstractSeries *test) const
{
    QList<QPointF> trainPoints, testPoints;
    if (history) {
        trainPoints.reserve(history->rowCount());
        testPoints.reserve(history->rowCount());
        for (const LossPoint &point : history->points()) {
            trainPoints.append(QPointF(static_cast<double>(point.epoch), point.train));
            testPoints.append(QPointF(static_cast<double>(point.epoch), point.test));
        }
    }
    if (auto *series = qobject_cast<QXYSeries *>(train))
        series->replace(trainPoints);
    if (auto *series = qobject_cast<QXYSeries *>(test))
        series->replace(testPoints);
}

} // namespace loopwise
