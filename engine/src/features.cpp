#include "loopwise/engine/features.h"
#include "loopwise/engine/config_error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

namespace loopwise::engine {

namespace {

constexpr std::array<std::string_view, 9> kNames{"x1",    "x2",    "x1sq",  "x2sq", "x1x2",
                                                 "sinx1", "sinx2", "cosx1", "cosx2"};

} // namespace

std::string_view featureName(Feature feature)
{
    return kNames[static_cast<std::size_t>(feature)];
}

std::optional<Feature> featureFromName(std::string_view name)
{
    const auto it = std::find(kNames.begin(), kNames.end(), name);
    if (it == kNames.end())
        return std::nullopt;
    return static_cast<Feature>(it - kNames.begin());
}

float featureValue(Feature feature, float x1, float x2)
{
    switch (feature) {
    case Feature::X1:
        return x1;
    case Feature::X2:
        return x2;
    case Feature::X1Squared:
        return x1 * x1;
    case Feature::X2Squared:
        return x2 * x2;
    case Feature::X1X2:
        return x1 * x2;
    case Feature::SinX1:
        return std::sin(x1);
    case Feature::SinX2:
        return std::sin(x2);
    case Feature::CosX1:
        return std::cos(x1);
    case Feature::CosX2:
        return std::cos(x2);
    }
    return 0.0f;
}

void checkFeatures(const FeatureSet &features)
{
    if (features.empty())
        throw ConfigError(Setting::Features, Rule::Empty);
    for (std::size_t i = 0; i < features.size(); ++i)
        if (std::find(features.begin() + static_cast<std::ptrdiff_t>(i) + 1, features.end(), features[i])
            != features.end())
            throw ConfigError(Setting::Features, Rule::Duplicate, 0, std::string(featureName(features[i])));
}

} // namespace loopwise::engine
