#include "UiScale.h"

#include <algorithm>

namespace loopwise {

UiScale::UiScale(QObject *parent)
    : QObject(parent)
{}

void UiScale::setTextScale(qreal scale)
{
    scale = std::clamp(scale, kMinTextScale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    Q_EMIT ratioChanged();
}

void UiScale::updateForWindow(qreal width, qreal height)
{
    if (width <= 0 || height <= 0)
        return;
    const qreal ratio = std::clamp(std::min(width, height) / kReferenceShortSide, kMinRatio, kMaxRatio);
    if (qFuzzyCompare(ratio, m_ratio))
        return;
    m_ratio = ratio;
    Q_EMIT ratioChanged();
}

} // namespace loopwise
