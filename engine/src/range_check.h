#pragma once
// The check every experiment config makes of its fields, with one wording for the message.

#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace loopwise::engine {

// Throws std::invalid_argument "<what> must be between <lo> and <hi>" unless lo <= value <= hi
// (NaN fails).
inline void requireRange(double value, double lo, double hi, std::string_view what)
{
    if (value >= lo && value <= hi)
        return;
    std::ostringstream message;
    message << what << " must be between " << lo << " and " << hi;
    throw std::invalid_argument(message.str());
}

} // namespace loopwise::engine
