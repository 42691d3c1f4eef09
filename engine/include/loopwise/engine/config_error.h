#pragma once
// Why the engine refuses a configuration, as data: which setting, which rule it breaks and,
// for a number, the range it must lie in. what() words it in English (loopwise-train prints
// that); the app words the same fields in the learner's language, so no English sentence
// of the engine reaches a translated page.

#include <stdexcept>
#include <string>

namespace loopwise::engine {

// The settings the engine checks.
enum class Setting {
    LearningRate,
    Momentum,
    AdamBeta,
    AdamEpsilon,
    RegularizationRate,
    BatchSize,
    DivergenceFactor,
    PointCount, // how many points a dataset has
    Noise,
    TrainRatio,
    ValidationRatio,
    Degree, // a polynomial's degree
    Features,
    Inputs, // a network's inputs
    Layers, // a network's layers, hidden and output
    Units, // the units of layer item()
    Activation, // the activation of a layer
    Loss,
    OutputUnits, // the units of the output layer
    ClassWeights,
    Classes, // how many classes the data has
    TrainingSet,
    Points, // the learner's own points; item() is the point
    Protocol, // the playground protocol's conditions
    Temperature, // the built-in language model's sampling temperature
    MaxTokens, // the most tokens the built-in language model may generate
    Experts, // how many experts a mixture has
    TopK, // how many experts each input goes to
    BalanceWeight, // the weight of a mixture's load-balancing term
    Capacity, // a mixture's capacity factor per expert
};

// The rule a setting breaks.
enum class Rule {
    OutOfRange, // value() lies outside range()
    Empty, // none given (features, points) or none left (training set)
    Duplicate, // a feature, name(), is listed twice
    NotFinite, // point item() has a coordinate or label that is not a finite number
    NotAClass, // point item()'s label is not a class number 0..99
    SoftmaxOnlyForOutput, // softmax on a hidden layer, or on an output of one unit
    NeedsSigmoidOutput, // binary cross-entropy without a sigmoid output
    NeedsSoftmaxOutput, // categorical cross-entropy without a softmax output
    RegressionOneOutput, // regression with other than one output
    RegressionSquaredError, // regression with another loss
    NeedsClassification, // class weights for a regression task
    OnePerClass, // classes() classes need range().min of this (units, weights), not value()
    TooFewClasses, // classification with fewer than two classes
    PlaygroundSquaredError, // the playground protocol trains with the squared error
    PlaygroundSgd, // ... with plain SGD
    PlaygroundInit, // ... from Playground's initial weights
    PlaygroundOrder, // ... in the training set's order
    PlaygroundBatch, // ... with a batch no larger than the training set
};

// The values a number may take: from min to max, each end included or not (max may be
// infinity: no upper end).
struct AllowedRange
{
    double min = 0.0;
    double max = 0.0;
    bool minIncluded = true;
    bool maxIncluded = true;
};

class ConfigError : public std::invalid_argument
{
public:
    // A rule without a number.
    ConfigError(Setting setting, Rule rule, int item = 0, std::string name = {});
    // A number outside the values it may take.
    static ConfigError outOfRange(Setting setting, double value, AllowedRange range, int item = 0);
    // classes classes need expected of the setting (output units, class weights), not given.
    static ConfigError onePerClass(Setting setting, int classes, int expected, int given);

    Setting setting() const noexcept { return fields_.setting; }
    Rule rule() const noexcept { return fields_.rule; }
    double value() const noexcept { return fields_.value; } // OutOfRange, OnePerClass
    AllowedRange range() const noexcept { return fields_.range; } // OutOfRange, OnePerClass
    int item() const noexcept { return fields_.item; } // 1-based layer or point, 0 if none
    int classes() const noexcept { return fields_.classes; } // OnePerClass
    const std::string &name() const noexcept { return fields_.name; } // Duplicate: the feature

private:
    struct Fields
    {
        Setting setting;
        Rule rule;
        double value = 0.0;
        AllowedRange range{};
        int item = 0;
        int classes = 0;
        std::string name;
    };
    explicit ConfigError(const Fields &fields);
    static std::string englishText(const Fields &fields);

    Fields fields_;
};

// The setting's name in English, as what() uses it ("learning rate").
const char *settingName(Setting setting);

} // namespace loopwise::engine
