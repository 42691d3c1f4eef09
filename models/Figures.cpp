#include "Figures.h"

#include <QLocale>

#include <cstdlib>

namespace loopwise {

QString Figures::figure(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'g', 4);
    const qsizetype exponentAt = text.indexOf(locale.exponential(), 0, Qt::CaseInsensitive);
    if (exponentAt < 0)
        return text;
    // 6.015E-20 reads as 6.015 × 10⁻²⁰, the way a learner has seen it written.
    const int exponent = text.mid(exponentAt + 1).toInt();
    text.truncate(exponentAt);
    return text + QStringLiteral(" × ") + powerOfTen(exponent);
}

QString Figures::powerOfTen(int exponent)
{
    if (exponent == 0 || exponent == 1)
        return QLocale().toString(exponent == 0 ? 1 : 10);
    static const char16_t superscriptDigits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power = exponent < 0 ? QStringLiteral("10⁻") : QStringLiteral("10");
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += QChar(superscriptDigits[digit.digitValue()]);
    return power;
}

} // namespace loopwise
