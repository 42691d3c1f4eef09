#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// Figures as a learner reads them, in the reader's number format (QLocale's default,
// which follows the language setting).
class Figures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Figures(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // Four significant digits ("0.04403", "0,04403"); very small and very large
    // ones with a power of ten ("6.015 × 10⁻²⁰").
    Q_INVOKABLE static QString figure(double value);
    // Ten to the given power: "1", "10", "10²", "10⁻³".
    Q_INVOKABLE static QString powerOfTen(int exponent);
};

} // namespace loopwise
