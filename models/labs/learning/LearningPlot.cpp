#include "LearningPlot.h"

#include "LabColours.h"
#include "LearningLab.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace loopwise {

std::vector<OffPlot> offPlotStretches(const std::vector<double> &curve, double yMin, double yMax)
{
    std::vector<OffPlot> stretches;
    const double last = static_cast<double>(std::max<size_t>(curve.size(), 2) - 1);
    size_t i = 0;
    while (i < curve.size()) {
        const bool above = curve[i] > yMax;
        if (!above && curve[i] >= yMin) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end + 1 < curve.size() && (above ? curve[end + 1] > yMax : curve[end + 1] < yMin))
            ++end;
        stretches.push_back({static_cast<double>(i + end) / 2.0 / last, above});
        i = end + 1;
    }
    return stretches;
}

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
        connect(m_lab, &LearningLab::pictureChanged, this, [this] { update(); });
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
    const std::vector<double> &curve = m_lab->plottedCurve();
    if (!classes && curve.size() >= 2) {
        QPainterPath path;
        const size_t n = curve.size();
        for (size_t i = 0; i < n; ++i) {
            const double x = e.xMin + (e.xMax - e.xMin) * static_cast<double>(i) / static_cast<double>(n - 1);
            // A wild curve is clipped to a little beyond the plot, not drawn miles away.
            const double span = e.yMax - e.yMin;
            const double y = std::clamp(curve[i], e.yMin - span, e.yMax + span);
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
        // Where the curve went off the plot: an arrowhead on that edge, pointing out.
        painter->setPen(QPen(halo, 2));
        painter->setBrush(QColor::fromRgb(palette.curve));
        const qreal arrow = size * 1.4;
        for (const OffPlot &stretch : offPlotStretches(curve, e.yMin, e.yMax)) {
            const qreal x = stretch.at * width();
            const qreal edge = stretch.above ? 0 : height();
            const qreal inward = stretch.above ? arrow : -arrow;
            const QPointF head[3]{{x, edge}, {x - arrow / 1.5, edge + inward}, {x + arrow / 1.5, edge + inward}};
            painter->drawPolygon(head, 3);
        }
    }
}

} // namespace loopwise
