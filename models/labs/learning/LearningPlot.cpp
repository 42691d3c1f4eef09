#include "LearningPlot.h"

#include "LabColours.h"
#include "LearningLab.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace loopwise {

namespace {
const QColor kTrainColour(0x1c, 0x23, 0x30);       // curve data: dark filled circles
const QColor kValidationColour(0xc2, 0x4e, 0x00);  // curve data: orange hollow squares
const QColor kCurveColour(0x1f, 0x5f, 0xbf);
} // namespace

LearningPlot::LearningPlot(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void LearningPlot::setLab(LearningLab *lab)
{
    if (lab == m_lab)
        return;
    if (m_lab)
        disconnect(m_lab, nullptr, this, nullptr);
    m_lab = lab;
    if (m_lab)
        connect(m_lab, &LearningLab::snapshotChanged, this, [this] { update(); });
    Q_EMIT labChanged();
    update();
}

void LearningPlot::paint(QPainter *painter)
{
    const LearningSnapshot *snapshot = m_lab ? m_lab->snapshot() : nullptr;
    if (!snapshot || !snapshot->data || width() <= 0 || height() <= 0)
        return;
    const LearningData &data = *snapshot->data;
    const engine::Extent &e = data.extent;
    const auto toScreen = [&](double x, double y) {
        return QPointF((x - e.xMin) / (e.xMax - e.xMin) * width(), (1.0 - (y - e.yMin) / (e.yMax - e.yMin)) * height());
    };
    const bool classes = data.config.model == engine::learning::ModelKind::Classes;
    const qreal size = std::clamp(std::min(width(), height()) / 40.0, 7.0, 12.0);

    if (!classes) {
        // The zero line gives the curve something to be read against.
        painter->setPen(QPen(QColor(0x9a, 0xa3, 0xae), 1, Qt::DashLine));
        painter->drawLine(toScreen(e.xMin, 0), toScreen(e.xMax, 0));
    }

    const auto pointColour = [&](const engine::Point &p, const QColor &curveColour) {
        return classes ? classColour(static_cast<int>(p.label)) : curveColour;
    };
    painter->setBrush(Qt::NoBrush);
    for (const engine::Point &p : data.validation) {
        const QPointF at = toScreen(p.x1, classes ? p.x2 : p.label);
        const QRectF square(at.x() - size / 2, at.y() - size / 2, size, size);
        // Hollow squares with a white halo, so they read on any background.
        painter->setPen(QPen(Qt::white, 4));
        painter->drawRect(square);
        painter->setPen(QPen(pointColour(p, kValidationColour), 2));
        painter->drawRect(square);
    }
    painter->setPen(QPen(Qt::white, 1));
    for (const engine::Point &p : data.train) {
        painter->setBrush(pointColour(p, kTrainColour));
        painter->drawEllipse(toScreen(p.x1, classes ? p.x2 : p.label), size / 2, size / 2);
    }

    // The model on top: with a thousand points it must still be seen; its white halo keeps
    // the points under it apart from it.
    if (!classes && snapshot->curve.size() >= 2) {
        QPainterPath path;
        const size_t n = snapshot->curve.size();
        for (size_t i = 0; i < n; ++i) {
            const double x = e.xMin + (e.xMax - e.xMin) * static_cast<double>(i) / static_cast<double>(n - 1);
            // A wild curve is clipped to a little beyond the plot, not drawn miles away.
            const double span = e.yMax - e.yMin;
            const double y = std::clamp(snapshot->curve[i], e.yMin - span, e.yMax + span);
            i == 0 ? path.moveTo(toScreen(x, y)) : path.lineTo(toScreen(x, y));
        }
        painter->save();
        painter->setClipRect(boundingRect());
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->setPen(QPen(kCurveColour, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->restore();
    }
}

} // namespace loopwise
