#include "NumberInput.h"

#include <QList>

#include <cmath>
#include <limits>

namespace loopwise {

namespace {

// Digits of the scripts learners type numbers in, mapped to ASCII; -1 for anything else.
int digitValue(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return int(c - U'0');
    if (c >= 0x0660 && c <= 0x0669) // Arabic-Indic
        return int(c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) // Eastern Arabic-Indic (Persian, Urdu)
        return int(c - 0x06F0);
    return -1;
}

bool isIgnorable(char32_t c)
{
    // Bidi marks (LRM, RLM, ALM) and the spaces some locales group digits with.
    return c == 0x200E || c == 0x200F || c == 0x061C || c == U' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

// The one character of a locale's separator; 0 if it has more (or none).
char32_t singleChar(const QString &separator)
{
    const QList<uint> ucs4 = separator.toUcs4();
    return ucs4.size() == 1 ? ucs4.constFirst() : 0;
}

bool isMinus(char32_t c)
{
    return c == U'-' || c == 0x2212 || c == 0x2012;
}

// True if the group separator at each of `positions` (indexes in digits) leaves groups of
// three after the first: "1.000.000", not "0.03".
bool groupsValid(const QList<qsizetype> &positions, qsizetype digitCount)
{
    qsizetype previous = -1;
    for (const qsizetype at : positions) {
        if (previous < 0 ? (at < 1 || at > 3) : (at - previous != 3))
            return false;
        previous = at;
    }
    return previous < 0 || digitCount - previous == 3;
}

} // namespace

std::optional<double> parseTypedNumber(const QString &text, const QLocale &locale)
{
    const char32_t localeDecimal = singleChar(locale.decimalPoint());
    const char32_t decimalChar = localeDecimal != 0 ? localeDecimal : U'.';
    const char32_t groupChar = singleChar(locale.groupSeparator());

    QString mantissa; // ASCII digits of the part before any exponent
    QList<qsizetype> groups; // where a separator other than the decimal point stood
    char32_t groupSeen = 0;
    qsizetype decimalAt = -1;
    QString exponent;
    bool negative = false;
    bool inExponent = false;
    bool started = false;
    for (const char32_t c : text.toUcs4()) {
        if (isIgnorable(c))
            continue;
        const int digit = digitValue(c);
        if (inExponent) {
            if (digit >= 0)
                exponent.append(QChar(u'0' + digit));
            else if (exponent.isEmpty() && (isMinus(c) || c == U'+'))
                exponent.append(isMinus(c) ? QLatin1Char('-') : QLatin1Char('+'));
            else
                return std::nullopt;
            continue;
        }
        if (digit >= 0) {
            mantissa.append(QChar(u'0' + digit));
        } else if (!started && (isMinus(c) || c == U'+')) {
            negative = isMinus(c);
        } else if ((c == U'e' || c == U'E') && !mantissa.isEmpty()) {
            inExponent = true;
        } else if (c == 0x066B || c == decimalChar) { // ٫ is always a decimal point
            if (decimalAt >= 0)
                return std::nullopt;
            decimalAt = mantissa.size();
        } else if ((c == 0x066C || c == groupChar || c == U'.' || c == U',') && decimalAt < 0) {
            // A group separator, unless the groups show it was meant as a decimal point.
            if (groupSeen != 0 && groupSeen != c)
                return std::nullopt;
            groupSeen = c;
            groups.append(mantissa.size());
        } else {
            return std::nullopt;
        }
        started = true;
    }
    if (mantissa.isEmpty()
        || (inExponent && (exponent.isEmpty() || exponent == QLatin1String("-") || exponent == QLatin1String("+"))))
        return std::nullopt;
    const bool groupAllowed = groupSeen == 0x066C || groupSeen == groupChar;
    if (!groups.isEmpty() && !(groupAllowed && groupsValid(groups, decimalAt < 0 ? mantissa.size() : decimalAt))) {
        // "0.03" in German, "0,5" in English: one point or comma, no decimal point yet, is the decimal point.
        if (groups.size() != 1 || decimalAt >= 0 || groupSeen == 0x066C)
            return std::nullopt;
        decimalAt = groups.constFirst();
    }
    QString ascii = negative ? QStringLiteral("-") : QString();
    ascii += decimalAt < 0 ? mantissa : mantissa.left(decimalAt) + QLatin1Char('.') + mantissa.mid(decimalAt);
    if (inExponent)
        ascii += QLatin1Char('e') + exponent;
    bool ok = false;
    const double value = QLocale::c().toDouble(ascii, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

double NumberInput::parse(const QString &text) const
{
    return parseTypedNumber(text).value_or(std::numeric_limits<double>::quiet_NaN());
}

NumberValidator::NumberValidator(QObject *parent)
    : QValidator(parent)
{}

void NumberValidator::setBottom(double bottom)
{
    if (bottom == m_bottom)
        return;
    m_bottom = bottom;
    Q_EMIT rangeChanged();
    Q_EMIT changed();
}

void NumberValidator::setTop(double top)
{
    if (top == m_top)
        return;
    m_top = top;
    Q_EMIT rangeChanged();
    Q_EMIT changed();
}

QValidator::State NumberValidator::validate(QString &input, int &) const
{
    const QLocale current; // the reader's language, which may change while the field is shown
    if (const std::optional<double> value = parseTypedNumber(input, current))
        return *value >= m_bottom && *value <= m_top ? Acceptable : Intermediate;
    // Half-typed ("-", "0.", "1e") stays editable; letters and other symbols are refused.
    const char32_t decimalChar = singleChar(current.decimalPoint());
    const char32_t groupChar = singleChar(current.groupSeparator());
    for (const char32_t c : input.toUcs4()) {
        const bool numeric = digitValue(c) >= 0 || isIgnorable(c) || isMinus(c) || c == U'+' || c == U'.' || c == U','
            || c == U'e' || c == U'E' || c == 0x066B || c == 0x066C || c == decimalChar || c == groupChar;
        if (!numeric)
            return Invalid;
    }
    return Intermediate;
}

} // namespace loopwise
