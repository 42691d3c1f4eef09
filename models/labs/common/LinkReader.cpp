#include "LinkReader.h"

#include "Routes.h"

#include <cmath>

namespace loopwise {

std::optional<long long> LinkReader::integer(const QString &name, const QString &text, long long low, long long high)
{
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (ok && value >= low && value <= high)
        return value;
    problem(tr("%1 must be a whole number from %2 to %3, not \"%4\".").arg(name).arg(low).arg(high).arg(excerpt(text)));
    return std::nullopt;
}

std::optional<double> LinkReader::real(const QString &name, const QString &text, double low, double high)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= low && value <= high)
        return value;
    problem(tr("%1 must be a number from %2 to %3, not \"%4\".").arg(name, number(low), number(high), excerpt(text)));
    return std::nullopt;
}

std::optional<bool> LinkReader::flag(const QString &name, const QString &text)
{
    if (text == QLatin1String("1") || text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("0") || text == QLatin1String("false"))
        return false;
    problem(tr("%1 must be 1 or 0, not \"%2\".").arg(name, excerpt(text)));
    return std::nullopt;
}

void LinkReader::problemNotOneOf(const QString &name, const QString &choices, const QString &text)
{
    problem(tr("%1 must be one of %2, not \"%3\".").arg(name, choices, excerpt(text)));
}

} // namespace loopwise
