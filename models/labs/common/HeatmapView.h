#pragma once
// Shows a picture computed in C++ (the decision boundary, a neuron's output) as one texture,
// stretched over the item: no per-cell QML items, no JavaScript painting. A picture from
// paintOutputs() is shown in the colours of the app's theme (LabColours), and recoloured
// when the theme changes.

#include <QImage>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class HeatmapView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
    // Blend neighbouring cells (a soft boundary) or show them as crisp squares.
    Q_PROPERTY(bool interpolate READ interpolate WRITE setInterpolate NOTIFY interpolateChanged)

public:
    explicit HeatmapView(QQuickItem *parent = nullptr);

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    bool interpolate() const { return m_interpolate; }
    void setInterpolate(bool on);

Q_SIGNALS:
    void imageChanged();
    void interpolateChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    QImage m_image;
    bool m_interpolate = true;
    bool m_imageDirty = false;
};

} // namespace loopwise
