#include "LossHistoryModel.h"

#include <algorithm>

namespace loopwise {

LossHistoryModel::LossHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int LossHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

QVariant LossHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LossPoint &point = m_points[static_cast<size_t>(index.row())];
    switch (role) {
    case EpochRole:
        return static_cast<int>(point.epoch);
    case TrainRole:
        return point.train;
    case TestRole:
        return point.test;
    default:
        return {};
    }
}

QHash<int, QByteArray> LossHistoryModel::roleNames() const
{
    return {{EpochRole, "epoch"}, {TrainRole, "train"}, {TestRole, "test"}};
}

double LossHistoryModel::maxLoss() const
{
    double highest = 0.0;
    for (const LossPoint &point : m_points)
        highest = std::max({highest, point.train, point.test});
    return highest;
}

double LossHistoryModel::minLoss() const
{
    double lowest = 0.0;
    for (const LossPoint &point : m_points)
        for (double loss : {point.train, point.test})
            if (loss > 0 && (lowest == 0.0 || loss < lowest))
                lowest = loss;
    return lowest;
}

int LossHistoryModel::maxEpoch() const
{
    return m_points.empty() ? 0 : static_cast<int>(m_points.back().epoch);
}

void LossHistoryModel::append(const LossPoint &point)
{
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_points.push_back(point);
    endInsertRows();
    Q_EMIT updated();
}

void LossHistoryModel::setPoints(std::vector<LossPoint> points)
{
    const size_t held = m_points.size();
    const bool extends = points.size() >= held && std::equal(m_points.begin(), m_points.end(), points.begin());
    if (extends && points.size() == held)
        return;
    if (extends) {
        beginInsertRows(QModelIndex(), static_cast<int>(held), static_cast<int>(points.size()) - 1);
        m_points = std::move(points);
        endInsertRows();
    } else {
        beginResetModel();
        m_points = std::move(points);
        endResetModel();
    }
    Q_EMIT updated();
}

void LossHistoryModel::clear()
{
    if (m_points.empty())
        return;
    beginRemoveRows(QModelIndex(), 0, rowCount() - 1);
    m_points.clear();
    endRemoveRows();
    Q_EMIT updated();
}

} // namespace loopwise
