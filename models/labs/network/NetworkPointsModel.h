#pragma once
// The points on the network lab's canvas, one row per point. A new data set changes only
// the rows that differ: a point the learner adds is one inserted row, one erased is one
// removed row, a point moved between training and test one changed row; so the canvas
// never rebuilds all its dots for one edit.

#include "loopwise/engine/dataset.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace loopwise {

struct CanvasPoint
{
    engine::Point point;
    bool test = false;
    bool operator==(const CanvasPoint &) const = default;
};

class NetworkPointsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NetworkLab.points")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { XRole = Qt::UserRole + 1, YRole, LabelRole, TestRole };
    Q_ENUM(Role)

    explicit NetworkPointsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the point nearest (x, y) within `radius`, or -1.
    Q_INVOKABLE int rowNear(double x, double y, double radius) const;
    // {dataX, dataY, label, isTest} of a row; {} out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

    // The data set's points; rows of points still in it stay where they are.
    void setDataset(const engine::Dataset &data);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<CanvasPoint> m_points;
};

} // namespace loopwise
