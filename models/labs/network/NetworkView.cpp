#include "NetworkView.h"

#include "LabColours.h"
#include "NetworkLab.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

constexpr qreal kHitDistance = 6;
constexpr float kMinLineWidth = 0.6f;
constexpr float kMaxLineWidth = 7.0f;

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

NetworkView::NetworkView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(LabColours::instance(), &LabColours::changed, this, [this] { update(); });
}

void NetworkView::relayout()
{
    Q_EMIT layoutChanged();
    Q_EMIT contentHeightChanged();
    update();
}

void NetworkView::setLab(NetworkLab *lab)
{
    if (lab == m_lab)
        return;
    if (m_lab)
        disconnect(m_lab, nullptr, this, nullptr);
    m_lab = lab;
    if (m_lab) {
        connect(m_lab, &NetworkLab::settingsChanged, this, &NetworkView::relayout);
    }
    Q_EMIT labChanged();
    relayout();
}

void NetworkView::setNodeSize(qreal size)
{
    if (qFuzzyCompare(size, m_nodeSize))
        return;
    m_nodeSize = size;
    relayout();
}

void NetworkView::setNodeGap(qreal gap)
{
    if (qFuzzyCompare(gap, m_nodeGap))
        return;
    m_nodeGap = gap;
    relayout();
}

void NetworkView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    // Columns spread over the width; the height follows from the tallest column, not the item.
    if (newGeometry.width() != oldGeometry.width()) {
        Q_EMIT layoutChanged();
        update();
    }
}

QList<int> NetworkView::columns() const
{
    QList<int> sizes;
    if (m_lab)
        for (const QVariant &size : m_lab->layerSizes())
            sizes.append(size.toInt());
    return sizes;
}

qreal NetworkView::contentHeight() const
{
    const QList<int> sizes = columns();
    const int tallest = sizes.isEmpty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    return tallest * m_nodeSize + std::max(0, tallest - 1) * m_nodeGap;
}

QRectF NetworkView::nodeRect(int column, int index) const
{
    const QList<int> sizes = columns();
    if (column < 0 || column >= sizes.size() || index < 0 || index >= sizes[column])
        return {};
    const int count = static_cast<int>(sizes.size());
    const qreal step = count > 1 ? (width() - m_nodeSize) / (count - 1) : 0;
    const qreal x = count > 1 ? column * step : (width() - m_nodeSize) / 2;
    return QRectF(x, index * (m_nodeSize + m_nodeGap), m_nodeSize, m_nodeSize);
}

std::vector<NetworkView::WeightLine> NetworkView::lines() const
{
    std::vector<WeightLine> found;
    const QList<int> sizes = columns();
    const NetworkSnapshot *snapshot = m_lab ? m_lab->snapshot() : nullptr;
    if (!snapshot)
        return found;
    for (int layer = 0; layer + 1 < sizes.size() && layer < static_cast<int>(snapshot->weights.size()); ++layer) {
        const auto &weights = snapshot->weights[static_cast<size_t>(layer)];
        for (int unit = 0; unit < std::min<int>(sizes[layer + 1], static_cast<int>(weights.rows())); ++unit)
            for (int input = 0; input < std::min<int>(sizes[layer], static_cast<int>(weights.cols())); ++input) {
                const QRectF from = nodeRect(layer, input);
                const QRectF to = nodeRect(layer + 1, unit);
                found.push_back({layer, unit, input, weights(unit, input), QPointF(from.right(), from.center().y()),
                                 QPointF(to.left(), to.center().y())});
            }
    }
    return found;
}

QVariantMap NetworkView::describe(const WeightLine &line, int index)
{
    const QPointF middle = (line.from + line.to) / 2;
    return {{QStringLiteral("index"), index},      {QStringLiteral("layer"), line.layer},
            {QStringLiteral("unit"), line.unit},   {QStringLiteral("input"), line.input},
            {QStringLiteral("value"), line.value}, {QStringLiteral("x"), middle.x()},
            {QStringLiteral("y"), middle.y()}};
}

QVariantMap NetworkView::weightAt(qreal x, qreal y) const
{
    const std::vector<WeightLine> all = lines();
    int best = -1;
    qreal bestDistance = kHitDistance;
    for (size_t i = 0; i < all.size(); ++i) {
        const qreal distance = distanceToSegment(QPointF(x, y), all[i].from, all[i].to);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best < 0 ? QVariantMap() : describe(all[static_cast<size_t>(best)], best);
}

int NetworkView::weightCount() const
{
    return static_cast<int>(lines().size());
}

QVariantMap NetworkView::weight(int index) const
{
    const std::vector<WeightLine> all = lines();
    return index >= 0 && index < static_cast<int>(all.size()) ? describe(all[static_cast<size_t>(index)], index)
                                                              : QVariantMap();
}

void NetworkView::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    update();
    Q_EMIT revisionChanged();
}

void NetworkView::setSelectedWeight(int index)
{
    if (index == m_selectedWeight)
        return;
    m_selectedWeight = index;
    update();
    Q_EMIT selectedWeightChanged();
}

void NetworkView::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const LabPalette &palette = LabColours::instance()->palette();
    const std::vector<WeightLine> all = lines();
    for (size_t i = 0; i < all.size(); ++i) {
        const WeightLine &line = all[i];
        const qreal width = std::clamp(std::abs(line.value) * 2.0f, kMinLineWidth, kMaxLineWidth);
        if (static_cast<int>(i) == m_selectedWeight) {
            // The weight chosen from the keyboard: a dark band under its line.
            QPen outline(QColor::fromRgb(palette.selection));
            outline.setWidthF(width + 6);
            painter->setPen(outline);
            painter->drawLine(line.from, line.to);
        }
        QPen pen(QColor::fromRgb(valueColour(palette, line.value, false)));
        pen.setWidthF(width);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLine(line.from, line.to);
    }
}

} // namespace loopwise
