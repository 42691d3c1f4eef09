#pragma once
// Input features computed from a point's coordinates, as Playground's input column.

#include <optional>
#include <string_view>
#include <vector>

namespace loopwise::engine {

enum class Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2, CosX1, CosX2 };

// The features feeding the network, in input order (no duplicates, at least one).
using FeatureSet = std::vector<Feature>;

// Names: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2.
std::string_view featureName(Feature feature);
std::optional<Feature> featureFromName(std::string_view name);

float featureValue(Feature feature, float x1, float x2);

// Throws ConfigError if the set is empty or repeats a feature.
void checkFeatures(const FeatureSet &features);

} // namespace loopwise::engine
