#pragma once
// The "See how models learn" lab's picture: the model's curve (Curve) over the training
// points (filled circles) and validation points (hollow squares), told apart by shape as
// well as colour. For Classes a HeatmapView underneath shows the probabilities; this item
// draws the points on top. Where the curve leaves the plot (an overshooting, diverging
// model), an arrowhead on the edge shows where it went. Painted with QPainter, so it draws the same with the GPU and
// with the software renderer.

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace loopwise {

class LearningLab;

// A stretch of the curve beyond the top or bottom of the plot: where to mark it.
struct OffPlot
{
    double at = 0; // the stretch's middle, from 0 (left edge) to 1 (right edge)
    bool above = false;
    bool operator==(const OffPlot &) const = default;
};
// The stretches of `curve` (evenly spaced samples) outside [yMin, yMax], left to right.
std::vector<OffPlot> offPlotStretches(const std::vector<double> &curve, double yMin, double yMax);

class LearningPlot : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(loopwise::LearningLab *lab READ lab WRITE setLab NOTIFY labChanged)

public:
    explicit LearningPlot(QQuickItem *parent = nullptr);

    LearningLab *lab() const { return m_lab; }
    void setLab(LearningLab *lab);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void labChanged();

private:
    QPointer<LearningLab> m_lab;
};

} // namespace loopwise
