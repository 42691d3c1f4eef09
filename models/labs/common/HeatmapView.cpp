#include "HeatmapView.h"

#include "LabColours.h"

#include <QQuickWindow>
#include <QSGSimpleTextureNode>

namespace loopwise {

HeatmapView::HeatmapView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    // A theme change recolours the picture already shown, paused or not.
    connect(LabColours::instance(), &LabColours::changed, this, [this] {
        m_imageDirty = true;
        update();
    });
}

void HeatmapView::setImage(const QImage &image)
{
    // QImage shares its data: the same snapshot's picture is not uploaded twice.
    if (image.cacheKey() == m_image.cacheKey())
        return;
    m_image = image;
    m_imageDirty = true;
    update();
    Q_EMIT imageChanged();
}

void HeatmapView::setInterpolate(bool on)
{
    if (on == m_interpolate)
        return;
    m_interpolate = on;
    update();
    Q_EMIT interpolateChanged();
}

QSGNode *HeatmapView::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGSimpleTextureNode *>(oldNode);
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = new QSGSimpleTextureNode;
        node->setOwnsTexture(true);
        m_imageDirty = true;
    }
    if (m_imageDirty) {
        // setTexture() deletes the old texture, as the node owns it.
        node->setTexture(window()->createTextureFromImage(LabColours::instance()->themed(m_image)));
        m_imageDirty = false;
    }
    node->setFiltering(m_interpolate ? QSGTexture::Linear : QSGTexture::Nearest);
    node->setRect(boundingRect());
    return node;
}

} // namespace loopwise
