#include "NetworkPointsModel.h"

#include <array>
#include <map>

namespace loopwise {

NetworkPointsModel::NetworkPointsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int NetworkPointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

QVariant NetworkPointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CanvasPoint &p = m_points[static_cast<size_t>(index.row())];
    switch (role) {
    case XRole:
        return p.point.x1;
    case YRole:
        return p.point.x2;
    case LabelRole:
        return p.point.label;
    case TestRole:
        return p.test;
    default:
        return {};
    }
}

QHash<int, QByteArray> NetworkPointsModel::roleNames() const
{
    // Not x and y: a delegate's own position has those names.
    return {{XRole, "dataX"}, {YRole, "dataY"}, {LabelRole, "label"}, {TestRole, "isTest"}};
}

int NetworkPointsModel::rowNear(double x, double y, double radius) const
{
    int nearest = -1;
    double best = radius * radius;
    for (size_t row = 0; row < m_points.size(); ++row) {
        const engine::Point &p = m_points[row].point;
        const double distance = (p.x1 - x) * (p.x1 - x) + (p.x2 - y) * (p.x2 - y);
        if (distance <= best) {
            best = distance;
            nearest = static_cast<int>(row);
        }
    }
    return nearest;
}

QVariantMap NetworkPointsModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const CanvasPoint &p = m_points[static_cast<size_t>(row)];
    return {{QStringLiteral("dataX"), p.point.x1},
            {QStringLiteral("dataY"), p.point.x2},
            {QStringLiteral("label"), p.point.label},
            {QStringLiteral("isTest"), p.test}};
}

void NetworkPointsModel::setDataset(const engine::Dataset &data)
{
    // The new points by position and class, each with whether it is a test point now.
    using Key = std::array<float, 3>;
    std::map<Key, std::vector<bool>> incoming;
    for (const auto *split : {&data.train, &data.validation, &data.test})
        for (const engine::Point &point : *split)
            incoming[{point.x1, point.x2, point.label}].push_back(split == &data.test);
    const size_t held = m_points.size();
    // A row whose point is still there stays (its test mark may change); the others go.
    std::vector<bool> keep(held, false);
    std::vector<bool> nowTest(held, false);
    for (size_t row = 0; row < held; ++row) {
        const engine::Point &p = m_points[row].point;
        const auto found = incoming.find({p.x1, p.x2, p.label});
        if (found == incoming.end() || found->second.empty())
            continue;
        keep[row] = true;
        nowTest[row] = found->second.back();
        found->second.pop_back();
    }
    for (size_t end = held; end > 0;) {
        if (keep[end - 1]) {
            --end;
            continue;
        }
        size_t begin = end - 1;
        while (begin > 0 && !keep[begin - 1])
            --begin;
        beginRemoveRows(QModelIndex(), static_cast<int>(begin), static_cast<int>(end) - 1);
        m_points.erase(m_points.begin() + static_cast<std::ptrdiff_t>(begin),
                       m_points.begin() + static_cast<std::ptrdiff_t>(end));
        keep.erase(keep.begin() + static_cast<std::ptrdiff_t>(begin), keep.begin() + static_cast<std::ptrdiff_t>(end));
        nowTest.erase(nowTest.begin() + static_cast<std::ptrdiff_t>(begin),
                      nowTest.begin() + static_cast<std::ptrdiff_t>(end));
        endRemoveRows();
        end = begin;
    }
    for (size_t row = 0; row < m_points.size(); ++row) {
        if (m_points[row].test == nowTest[row])
            continue;
        m_points[row].test = nowTest[row];
        Q_EMIT dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)), {TestRole});
    }
    // New points join at the end, training points first.
    std::vector<CanvasPoint> added;
    for (const auto *split : {&data.train, &data.validation, &data.test})
        for (const engine::Point &point : *split) {
            std::vector<bool> &left = incoming[{point.x1, point.x2, point.label}];
            if (left.empty())
                continue;
            added.push_back({point, split == &data.test});
            left.pop_back();
        }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        m_points.insert(m_points.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (held != m_points.size())
        Q_EMIT countChanged();
}

} // namespace loopwise
