#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// The one source of size ratios. Every size in the UI is one of these base
// sizes (in device-independent pixels at ratio 1) times `ratio` (layout) or
// `fontRatio` (text). The ratio follows the window's shorter side, so a tablet
// held upright and a laptop both get comfortable touch targets.
class UiScale : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal ratio READ ratio NOTIFY ratioChanged)
    Q_PROPERTY(qreal fontRatio READ fontRatio NOTIFY ratioChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY ratioChanged)
    Q_PROPERTY(qreal gridUnit MEMBER kGridUnit CONSTANT)
    Q_PROPERTY(qreal touchTarget MEMBER kTouchTarget CONSTANT)
    Q_PROPERTY(qreal radius MEMBER kRadius CONSTANT)
    Q_PROPERTY(qreal readingWidth MEMBER kReadingWidth CONSTANT)
    Q_PROPERTY(qreal fontSmall MEMBER kFontSmall CONSTANT)
    Q_PROPERTY(qreal fontBody MEMBER kFontBody CONSTANT)
    Q_PROPERTY(qreal fontHeading MEMBER kFontHeading CONSTANT)
    Q_PROPERTY(qreal fontTitle MEMBER kFontTitle CONSTANT)

public:
    static constexpr qreal kReferenceShortSide = 800;
    static constexpr qreal kMinRatio = 0.85;
    static constexpr qreal kMaxRatio = 1.6;
    static constexpr qreal kMinTextScale = 0.8;
    static constexpr qreal kMaxTextScale = 1.6;

    explicit UiScale(QObject *parent = nullptr);

    qreal ratio() const { return m_ratio; }
    qreal fontRatio() const { return m_ratio * m_textScale; }
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);

    // Called by the main window whenever its size changes.
    Q_INVOKABLE void updateForWindow(qreal width, qreal height);

Q_SIGNALS:
    void ratioChanged();

private:
    qreal kGridUnit = 8;
    qreal kTouchTarget = 48;
    qreal kRadius = 10;
    qreal kReadingWidth = 760;
    qreal kFontSmall = 13;
    qreal kFontBody = 16;
    qreal kFontHeading = 21;
    qreal kFontTitle = 30;
    qreal m_ratio = 1;
    qreal m_textScale = 1;
};

} // namespace loopwise
