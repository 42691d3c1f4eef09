#include "LearningPlot.h"

#include "LabColours.h"
#include "LearningLab.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace loopwise {

LearningPlot::LearningPlot(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(LabColours::instance(), &LabColours::changed, this, [this] { update(); });
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
    const LabColours &colours = *LabColours::instance();
    const LabPalette &palette = colours.palette();
    const QColor halo = QColor::fromRgb(palette.backdrop);

    if (!classes) {
        // The zero line gives the curve something to be read against.
        painter->setPen(QPen(QColor::fromRgb(palette.zeroLine), 1, Qt::DashLine));
        painter->drawLine(toScreen(e.xMin, 0), toScreen(e.xMax, 0));
    }

    const auto pointColour = [&](const engine::Point &p, QRgb curveColour) {
        return classes ? colours.classColour(static_cast<int>(p.label)) : QColor::fromRgb(curveColour);
    };
    painter->setBrush(Qt::NoBrush);
    for (const engine::Point &p : data.validation) {
        const QPointF at = toScreen(p.x1, classes ? p.x2 : p.label);
        const QRectF square(at.x() - size / 2, at.y() - size / 2, size, size);
        // Hollow squares with a halo of the background's colour, so they read on any picture.
        painter->setPen(QPen(halo, 4));
        painter->drawRect(square);
        painter->setPen(QPen(pointColour(p, palette.validationPoint), 2));
        painter->drawRect(square);
    }
    painter->setPen(QPen(QColor::fromRgb(palette.trainRing), 1));
    for (const engine::Point &p : data.train) {
        painter->setBrush(pointColour(p, palette.trainPoint));
        painter->drawEllipse(toScreen(p.x1, classes ? p.x2 : p.label), size / 2, size / 2);
    }

    // The model on top: with a thousand points it must still be seen; its halo keeps
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
        painter->setPen(QPen(halo, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->setPen(QPen(QColor::fromRgb(palette.curve), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        painter->restore();
    }
}

} // namespace loopwise
