#pragma once
// The "See how models learn" lab's picture: the model's curve (Curve) over the training
// points (filled circles) and validation points (hollow squares), told apart by shape as
// well as colour. For Classes a HeatmapView underneath shows the probabilities; this item
// draws the points on top. Painted with QPainter, so it draws the same with the GPU and
// with the software renderer.

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class LearningLab;

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
