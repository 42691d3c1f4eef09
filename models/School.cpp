#include "School.h"

#include "SchoolPolicy.h"

namespace loopwise {

School::School(QObject *parent)
    : QObject(parent)
{}

QString School::source() const
{
    return schoolPolicy().source;
}

QStringList School::problems() const
{
    return schoolPolicy().problems;
}

} // namespace loopwise
