#pragma once
// The losses of a run, one row per recorded epoch: what a lab's loss chart draws. A lab
// appends as it trains (or hands over the whole history); QML reads the rows and the ranges
// the chart's axes need, and LossSeries fills chart series from it.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace loopwise {

struct LossPoint
{
    long epoch = 0;
    double train = 0.0;
    double test = 0.0; // the test or validation loss
    bool operator==(const LossPoint &) const = default;
};

class LossHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY updated)
    Q_PROPERTY(double maxLoss READ maxLoss NOTIFY updated)
    // The lowest loss above zero (for a log axis), or 0 when there is none.
    Q_PROPERTY(double minLoss READ minLoss NOTIFY updated)
    Q_PROPERTY(int maxEpoch READ maxEpoch NOTIFY updated)

public:
    enum Role { EpochRole = Qt::UserRole + 1, TrainRole, TestRole };
    Q_ENUM(Role)

    explicit LossHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const std::vector<LossPoint> &points() const { return m_points; }
    double maxLoss() const;
    double minLoss() const;
    int maxEpoch() const;

    void append(const LossPoint &point);
    // The whole history at once: appended rows when it extends the one held, else a reset.
    void setPoints(std::vector<LossPoint> points);
    void clear();

Q_SIGNALS:
    // Once per change of the rows, whatever the change.
    void updated();

private:
    std::vector<LossPoint> m_points;
};

} // namespace loopwise
