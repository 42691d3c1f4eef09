#pragma once
// The network lab's diagram: one column of neurons per layer and a line per weight, its width
// showing the weight's size and its colour its sign. Neuron thumbnails sit on top in QML,
// placed where nodeRect() says. Painted with QPainter, so it draws the same with the GPU
// and with the software renderer.

#include <QPointer>
#include <QVariantMap>

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace loopwise {

class NetworkLab;

class NetworkView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(loopwise::NetworkLab *lab READ lab WRITE setLab NOTIFY labChanged)
    Q_PROPERTY(qreal nodeSize READ nodeSize WRITE setNodeSize NOTIFY layoutChanged)
    Q_PROPERTY(qreal nodeGap READ nodeGap WRITE setNodeGap NOTIFY layoutChanged)
    // Height the tallest column needs.
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY contentHeightChanged)
    // Bumped by whoever decides how often the weights are redrawn (QML throttles it).
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    // The weight picked from the keyboard (an index of weight()), drawn highlighted; -1: none.
    Q_PROPERTY(int selectedWeight READ selectedWeight WRITE setSelectedWeight NOTIFY selectedWeightChanged)

public:
    explicit NetworkView(QQuickItem *parent = nullptr);

    NetworkLab *lab() const { return m_lab; }
    void setLab(NetworkLab *lab);
    qreal nodeSize() const { return m_nodeSize; }
    void setNodeSize(qreal size);
    qreal nodeGap() const { return m_nodeGap; }
    void setNodeGap(qreal gap);
    qreal contentHeight() const;
    int selectedWeight() const { return m_selectedWeight; }
    int revision() const { return m_revision; }
    void setRevision(int revision);
    void setSelectedWeight(int index);

    // Where neuron `index` of layer column `column` (0: the inputs) is drawn.
    Q_INVOKABLE QRectF nodeRect(int column, int index) const;
    // The weight whose line passes within a few pixels of (x, y):
    // {index, layer, unit, input, value, x, y} or an empty map.
    Q_INVOKABLE QVariantMap weightAt(qreal x, qreal y) const;
    // Every weight in drawing order, for the keyboard: layer by layer, unit by unit.
    Q_INVOKABLE int weightCount() const;
    Q_INVOKABLE QVariantMap weight(int index) const;

Q_SIGNALS:
    void labChanged();
    void layoutChanged();
    void contentHeightChanged();
    void selectedWeightChanged();
    void revisionChanged();

protected:
    void paint(QPainter *painter) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct WeightLine
    {
        int layer;
        int unit;
        int input;
        float value;
        QPointF from;
        QPointF to;
    };
    std::vector<WeightLine> lines() const;
    static QVariantMap describe(const WeightLine &line, int index);
    QList<int> columns() const;
    void relayout();

    QPointer<NetworkLab> m_lab;
    qreal m_nodeSize = 40;
    qreal m_nodeGap = 12;
    int m_selectedWeight = -1;
    int m_revision = 0;
};

} // namespace loopwise
