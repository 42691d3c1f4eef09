#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// WCAG 2 contrast between two colours: the tests check every button style of Theme with it.
class ColourContrast : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ColourContrast(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // Relative luminance (WCAG 2): 0 for black, 1 for white; alpha is ignored.
    static qreal luminance(const QColor &colour);
    // (lighter + 0.05) / (darker + 0.05): from 1 (same) to 21 (black on white).
    static qreal contrast(const QColor &a, const QColor &b);
    // The same for QML.
    Q_INVOKABLE qreal ratio(const QColor &a, const QColor &b) const { return contrast(a, b); }
};

} // namespace loopwise
