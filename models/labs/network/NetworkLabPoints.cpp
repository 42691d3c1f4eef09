// NetworkLab: the learner's own points, placed on the canvas, erased, or read from and
// written to a CSV file.

#include "NetworkLab.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace loopwise {

QRectF NetworkLab::extent() const
{
    const engine::Extent &e = m_data.extent;
    return QRectF(QPointF(e.xMin, e.yMin), QPointF(e.xMax, e.yMax));
}

void NetworkLab::makePointsOwn()
{
    if (m_settings.isCustom())
        return;
    setDataset(QStringLiteral("custom"));
}

void NetworkLab::addPoint(double x, double y, int label)
{
    if (m_settings.isRegression()) {
        setMessage(tr("Your own points are for classification: choose a classification set first."));
        return;
    }
    const engine::Extent &e = m_data.extent;
    if (!std::isfinite(x) || !std::isfinite(y) || x < e.xMin || x > e.xMax || y < e.yMin || y > e.yMax)
        return;
    makePointsOwn();
    if (m_settings.customPoints.size() >= static_cast<size_t>(NetworkLabSettings::kMaxCustomPoints)) {
        //: %1 the largest number of points the learner may place
        setMessage(tr("The canvas holds at most %1 points.").arg(NetworkLabSettings::kMaxCustomPoints));
        return;
    }
    NetworkLabSettings next = m_settings;
    next.customPoints.push_back(
        {static_cast<float>(x), static_cast<float>(y), static_cast<float>(std::clamp(label, 0, 3))});
    changeSettings(next, true);
}

bool NetworkLab::erasePoint(double x, double y, double radius)
{
    if (m_settings.isRegression())
        return false;
    std::optional<engine::Point> nearest;
    double best = radius * radius;
    for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
        for (const engine::Point &point : *split) {
            const double distance = (point.x1 - x) * (point.x1 - x) + (point.x2 - y) * (point.x2 - y);
            if (distance <= best) {
                best = distance;
                nearest = point;
            }
        }
    if (!nearest)
        return false;
    makePointsOwn();
    NetworkLabSettings next = m_settings;
    const auto found = std::find(next.customPoints.begin(), next.customPoints.end(), *nearest);
    if (found == next.customPoints.end())
        return false;
    next.customPoints.erase(found);
    changeSettings(next, true);
    return m_settings.customPoints.size() == next.customPoints.size();
}

void NetworkLab::importCsv(const QString &pathOrUrl)
{
    if (!m_pointsFile.read(pathOrUrl))
        setMessage(tr("Wait until the file being read or written is done."));
}

void NetworkLab::exportCsv(const QString &pathOrUrl)
{
    std::vector<engine::Point> points;
    for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
        points.insert(points.end(), split->begin(), split->end());
    if (!m_pointsFile.write(pathOrUrl, std::move(points)))
        setMessage(tr("Wait until the file being read or written is done."));
}

void NetworkLab::takeImportedPoints(const std::vector<engine::Point> &points)
{
    NetworkLabSettings next = m_settings;
    next.dataset = QStringLiteral("custom");
    next.customPoints = points;
    const NetworkLabSettings before = m_settings;
    changeSettings(next, false);
    const bool taken = !(m_settings == before);
    if (taken)
        setMessage(tr("%n point(s) imported.", nullptr, static_cast<int>(m_settings.customPoints.size())));
    Q_EMIT pointsImported(taken);
}

} // namespace loopwise
