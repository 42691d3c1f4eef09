#pragma once

#include <QLocale>
#include <QObject>
#include <QValidator>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QJSEngine;
class QQmlEngine;

namespace loopwise {

// Reads a number a learner typed, whatever digits and separators they used: ASCII, Arabic-Indic
// (٠١٢…, with ٫ and ٬) or Eastern Arabic-Indic (۰۱۲…), the locale's decimal and group separators,
// and the ASCII point as a decimal point when it cannot be a group separator ("0.03" in German).
// Bidi marks, spaces and Unicode minus signs are allowed. QLocale::toDouble alone does not do
// this (digits of another script, QTBUG-85409). Empty or not a finite number: nullopt.
std::optional<double> parseTypedNumber(const QString &text, const QLocale &locale = QLocale());

// The same for QML: NumberInput.parse(text) is NaN when the text is not a number.
class NumberInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    Q_INVOKABLE double parse(const QString &text) const;
};

// A TextField validator built on parseTypedNumber, within [bottom, top].
class NumberValidator : public QValidator
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double bottom READ bottom WRITE setBottom NOTIFY rangeChanged)
    Q_PROPERTY(double top READ top WRITE setTop NOTIFY rangeChanged)

public:
    explicit NumberValidator(QObject *parent = nullptr);

    double bottom() const { return m_bottom; }
    void setBottom(double bottom);
    double top() const { return m_top; }
    void setTop(double top);
    State validate(QString &input, int &position) const override;

Q_SIGNALS:
    void rangeChanged();

private:
    double m_bottom = -1e300;
    double m_top = 1e300;
};

} // namespace loopwise
