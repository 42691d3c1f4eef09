#include "loopwise/engine/config_error.h"

#include <cmath>
#include <cstdio>

namespace loopwise::engine {

namespace {

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// "between 0 and 0.5", "at least 0 and below 1", "above 0", ...
std::string rangeText(const AllowedRange &r)
{
    const std::string low = (r.minIncluded ? "at least " : "above ") + number(r.min);
    if (std::isinf(r.max))
        return low;
    if (r.minIncluded && r.maxIncluded)
        return "between " + number(r.min) + " and " + number(r.max);
    return low + (r.maxIncluded ? " and at most " : " and below ") + number(r.max);
}

std::string emptyText(Setting setting)
{
    switch (setting) {
    case Setting::Features:
        return "choose at least one input feature";
    case Setting::Points:
        return "there are no points";
    default:
        return std::string("the ") + settingName(setting) + " is empty";
    }
}

} // namespace

const char *settingName(Setting setting)
{
    switch (setting) {
    case Setting::LearningRate:
        return "learning rate";
    case Setting::Momentum:
        return "momentum";
    case Setting::AdamBeta:
        return "Adam's betas";
    case Setting::AdamEpsilon:
        return "Adam's epsilon";
    case Setting::RegularizationRate:
        return "regularization rate";
    case Setting::BatchSize:
        return "batch size";
    case Setting::DivergenceFactor:
        return "divergence factor";
    case Setting::PointCount:
        return "point count";
    case Setting::Noise:
        return "noise";
    case Setting::TrainRatio:
        return "train ratio";
    case Setting::ValidationRatio:
        return "validation ratio";
    case Setting::Degree:
        return "degree";
    case Setting::Features:
        return "input features";
    case Setting::Inputs:
        return "inputs";
    case Setting::Layers:
        return "layers (hidden and output)";
    case Setting::Units:
        return "units";
    case Setting::Activation:
        return "activation";
    case Setting::Loss:
        return "loss";
    case Setting::OutputUnits:
        return "output units";
    case Setting::ClassWeights:
        return "class weights";
    case Setting::Classes:
        return "classes";
    case Setting::TrainingSet:
        return "training set";
    case Setting::Points:
        return "points";
    case Setting::Protocol:
        return "protocol";
    case Setting::Temperature:
        return "temperature";
    case Setting::MaxTokens:
        return "maximum tokens";
    case Setting::Experts:
        return "experts";
    case Setting::TopK:
        return "experts per input";
    case Setting::BalanceWeight:
        return "balance weight";
    case Setting::Capacity:
        return "capacity factor";
    }
    return "setting";
}

ConfigError::ConfigError(Setting setting, Rule rule, int item, std::string name)
    : ConfigError(Fields{setting, rule, 0.0, {}, item, 0, std::move(name)})
{}

ConfigError::ConfigError(const Fields &fields)
    : std::invalid_argument(englishText(fields))
    , fields_(fields)
{}

ConfigError ConfigError::outOfRange(Setting setting, double value, AllowedRange range, int item)
{
    return ConfigError(Fields{setting, Rule::OutOfRange, value, range, item, 0, {}});
}

ConfigError ConfigError::onePerClass(Setting setting, int classes, int expected, int given)
{
    const double wanted = expected;
    return ConfigError(
        Fields{setting, Rule::OnePerClass, static_cast<double>(given), {wanted, wanted}, 0, classes, {}});
}

std::string ConfigError::englishText(const Fields &f)
{
    const std::string where = f.item <= 0 ? ""
        : f.setting == Setting::Points    ? "point " + std::to_string(f.item) + ": "
                                          : "layer " + std::to_string(f.item) + ": ";
    switch (f.rule) {
    case Rule::OutOfRange:
        return where + settingName(f.setting) + " must be " + rangeText(f.range) + " (got " + number(f.value) + ")";
    case Rule::Empty:
        return emptyText(f.setting);
    case Rule::Duplicate:
        return "input feature " + f.name + " is listed twice";
    case Rule::NotFinite:
        return where + "coordinates and label must be finite numbers";
    case Rule::NotAClass:
        return where + "label must be a class number 0..99";
    case Rule::SoftmaxOnlyForOutput:
        return "softmax is only for an output layer of at least two units";
    case Rule::NeedsSigmoidOutput:
        return "binary cross-entropy needs a sigmoid output layer";
    case Rule::NeedsSoftmaxOutput:
        return "categorical cross-entropy needs a softmax output layer";
    case Rule::RegressionOneOutput:
        return "regression has exactly one output";
    case Rule::RegressionSquaredError:
        return "regression is trained with the squared error";
    case Rule::NeedsClassification:
        return "class weights need a classification task";
    case Rule::OnePerClass:
        return std::to_string(f.classes) + " classes need " + number(f.range.min) + " " + settingName(f.setting)
            + ", not " + number(f.value);
    case Rule::TooFewClasses:
        return "classification needs at least two classes";
    case Rule::PlaygroundSquaredError:
        return "the playground protocol trains with the squared error";
    case Rule::PlaygroundSgd:
        return "the playground protocol trains with plain SGD";
    case Rule::PlaygroundInit:
        return "the playground protocol uses Playground's initial weights";
    case Rule::PlaygroundOrder:
        return "the playground protocol keeps the training order";
    case Rule::PlaygroundBatch:
        return "the playground protocol needs a batch no larger than the training set";
    }
    return where + settingName(f.setting) + " cannot be used";
}

} // namespace loopwise::engine
