#pragma once
// Fills Qt Charts line series from a loss history, so that no lab controller needs to know
// Qt Charts: `LossSeries.fill(lab.lossHistory, trainSeries, testSeries)` in QML.

#include <QObject>
#include <QtCharts/QAbstractSeries>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class LossHistoryModel;

class LossSeries : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LossSeries(QObject *parent = nullptr);

    // Train and test loss over the epochs; an empty history (or none) empties the series.
    Q_INVOKABLE void fill(loopwise::LossHistoryModel *history, QAbstractSeries *train, QAbstractSeries *test) const;
};

} // namespace loopwise
