#include "EngineErrorText.h"

#include "loopwise/engine/config_error.h"
#include "loopwise/engine/dataset.h"

#include <QLocale>

#include <cmath>

namespace loopwise {

namespace {

using engine::ConfigError;
using engine::Rule;
using engine::Setting;

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString settingLabel(Setting setting)
{
    switch (setting) {
    //: The name of a training setting, quoted in a sentence such as: "Learning rate" must be between 0.0001 and 10,
    //: not 20.
    case Setting::LearningRate:
        return EngineErrorText::tr("Learning rate");
    //: The name of a training setting (the momentum optimizer's factor), quoted in a sentence.
    case Setting::Momentum:
        return EngineErrorText::tr("Momentum");
    //: The name of a training setting (the Adam optimizer's decay rates beta1 and beta2), quoted in a sentence.
    case Setting::AdamBeta:
        return EngineErrorText::tr("Adam's betas");
    //: The name of a training setting (the Adam optimizer's small constant), quoted in a sentence.
    case Setting::AdamEpsilon:
        return EngineErrorText::tr("Adam's epsilon");
    //: The name of a training setting, quoted in a sentence.
    case Setting::RegularizationRate:
        return EngineErrorText::tr("Regularization rate");
    //: The name of a training setting (examples per training step), quoted in a sentence.
    case Setting::BatchSize:
        return EngineErrorText::tr("Batch size");
    //: The name of a training setting (how many times the first loss counts as diverged), quoted in a sentence.
    case Setting::DivergenceFactor:
        return EngineErrorText::tr("Divergence factor");
    //: The name of a training setting (how many points the data has), quoted in a sentence.
    case Setting::PointCount:
        return EngineErrorText::tr("Number of points");
    //: The name of a training setting (how noisy the data is), quoted in a sentence.
    case Setting::Noise:
        return EngineErrorText::tr("Noise");
    //: The name of a training setting (the share of the points used for training), quoted in a sentence.
    case Setting::TrainRatio:
        return EngineErrorText::tr("Training share");
    //: The name of a training setting (the share of the points held out for validation), quoted in a sentence.
    case Setting::ValidationRatio:
        return EngineErrorText::tr("Validation share");
    //: The name of a training setting (the degree of a polynomial model), quoted in a sentence.
    case Setting::Degree:
        return EngineErrorText::tr("Degree");
    //: The name of a training setting (the input features x1, x2, ...), quoted in a sentence.
    case Setting::Features:
        return EngineErrorText::tr("Inputs");
    //: The name of a training setting (how many inputs a network has), quoted in a sentence.
    case Setting::Inputs:
        return EngineErrorText::tr("Number of inputs");
    //: The name of a training setting (how many layers a network has, hidden and output), quoted in a sentence.
    case Setting::Layers:
        return EngineErrorText::tr("Number of layers");
    //: The name of a training setting (how many units a layer has), quoted in a sentence.
    case Setting::Units:
        return EngineErrorText::tr("Units");
    //: The name of a training setting (a layer's activation function), quoted in a sentence.
    case Setting::Activation:
        return EngineErrorText::tr("Activation");
    //: The name of a training setting (the loss function), quoted in a sentence.
    case Setting::Loss:
        return EngineErrorText::tr("Loss");
    //: The name of a training setting (how many units the output layer has), quoted in a sentence.
    case Setting::OutputUnits:
        return EngineErrorText::tr("Output units");
    //: The name of a training setting (a weight per class in the loss), quoted in a sentence.
    case Setting::ClassWeights:
        return EngineErrorText::tr("Class weights");
    //: The name of a training setting (how many classes the data has), quoted in a sentence.
    case Setting::Classes:
        return EngineErrorText::tr("Classes");
    //: The name of a training setting (the points used for training), quoted in a sentence.
    case Setting::TrainingSet:
        return EngineErrorText::tr("Training set");
    //: The name of a training setting (the learner's own points), quoted in a sentence.
    case Setting::Points:
        return EngineErrorText::tr("Points");
    //: The name of a training setting (train exactly as TensorFlow Playground does), quoted in a sentence.
    case Setting::Protocol:
        return EngineErrorText::tr("Playground protocol");
    //: The name of a language model's setting (how random its word choice is), quoted in a sentence.
    case Setting::Temperature:
        return EngineErrorText::tr("Temperature");
    //: The name of a language model's setting (the longest answer it may generate, in tokens), quoted in a sentence.
    case Setting::MaxTokens:
        return EngineErrorText::tr("Maximum tokens");
    //: The name of a mixture-of-experts setting (how many expert networks it has), quoted in a sentence.
    case Setting::Experts:
        return EngineErrorText::tr("Experts");
    //: The name of a mixture-of-experts setting (how many experts work on each input, "top k"), quoted in a sentence.
    case Setting::TopK:
        return EngineErrorText::tr("Experts per input");
    //: The name of a mixture-of-experts setting (the weight of the term that spreads inputs evenly over the experts),
    //: quoted in a sentence.
    case Setting::BalanceWeight:
        return EngineErrorText::tr("Balance weight");
    //: The name of a mixture-of-experts setting (how many inputs an expert may take, as a multiple of an even share),
    //: quoted in a sentence.
    case Setting::Capacity:
        return EngineErrorText::tr("Capacity");
    }
    return {};
}

QString outOfRange(const ConfigError &error)
{
    const engine::AllowedRange range = error.range();
    const QString value = number(error.value());
    if (error.setting() == Setting::Units)
        //: %1 is the layer's number (hidden layers first, the output layer last), %2 and %3 the allowed counts, %4 the
        //: given one
        return EngineErrorText::tr("Layer %1 must have between %2 and %3 units, not %4.")
            .arg(error.item())
            .arg(number(range.min), number(range.max), value);
    const QString label = settingLabel(error.setting());
    if (std::isinf(range.max))
        return range.minIncluded
            //: %1 is a setting's name, %2 its smallest allowed value, %3 the value given
            ? EngineErrorText::tr("\"%1\" must be at least %2, not %3.").arg(label, number(range.min), value)
            //: %1 is a setting's name, %2 the value it must exceed, %3 the value given
            : EngineErrorText::tr("\"%1\" must be above %2, not %3.").arg(label, number(range.min), value);
    if (range.minIncluded && range.maxIncluded)
        //: %1 is a setting's name, %2 and %3 its smallest and largest allowed values, %4 the value given
        return EngineErrorText::tr("\"%1\" must be between %2 and %3, not %4.")
            .arg(label, number(range.min), number(range.max), value);
    if (range.minIncluded)
        //: %1 is a setting's name, %2 its smallest allowed value, %3 the value it must stay below, %4 the value given
        return EngineErrorText::tr("\"%1\" must be at least %2 and below %3, not %4.")
            .arg(label, number(range.min), number(range.max), value);
    //: %1 is a setting's name, %2 the value it must exceed, %3 its largest allowed value, %4 the value given
    return EngineErrorText::tr("\"%1\" must be above %2 and at most %3, not %4.")
        .arg(label, number(range.min), number(range.max), value);
}

QString empty(Setting setting)
{
    switch (setting) {
    case Setting::Features:
        return EngineErrorText::tr("Choose at least one input.");
    case Setting::Points:
        return EngineErrorText::tr("There are no points.");
    case Setting::TrainingSet:
        //: The training share of the learner's points rounds down to no point at all
        return EngineErrorText::tr("No point is left for training: add points or raise the training share.");
    default:
        //: %1 is a setting's name
        return EngineErrorText::tr("\"%1\" is empty.").arg(settingLabel(setting));
    }
}

QString onePerClass(const ConfigError &error)
{
    const QString classes = QLocale().toString(error.classes());
    const QString expected = number(error.range().min);
    const QString given = number(error.value());
    if (error.setting() == Setting::ClassWeights)
        //: %1 is the number of classes in the data, %2 the class weights needed, %3 the class weights given
        return EngineErrorText::tr("With %1 classes there must be %2 class weights, not %3.")
            .arg(classes, expected, given);
    //: %1 is the number of classes in the data, %2 the output units needed, %3 the output units the network has
    return EngineErrorText::tr("With %1 classes the output layer needs %2 units, not %3.")
        .arg(classes, expected, given);
}

QString wording(const ConfigError &error)
{
    switch (error.rule()) {
    case Rule::OutOfRange:
        return outOfRange(error);
    case Rule::Empty:
        return empty(error.setting());
    case Rule::Duplicate:
        //: %1 is an input feature's name, e.g. x1 or sin x2
        return EngineErrorText::tr("The input %1 is chosen twice.").arg(QString::fromStdString(error.name()));
    case Rule::NotFinite:
        //: %1 is the number of one of the learner's own points
        return EngineErrorText::tr("Point %1 must have finite numbers as its coordinates and class.").arg(error.item());
    case Rule::NotAClass:
        //: %1 is the number of one of the learner's own points
        return EngineErrorText::tr("The class of point %1 must be a whole number from 0 to 99.").arg(error.item());
    case Rule::SoftmaxOnlyForOutput:
        return EngineErrorText::tr("Softmax can only be the activation of an output layer of at least two units.");
    case Rule::NeedsSigmoidOutput:
        return EngineErrorText::tr("Binary cross-entropy needs a sigmoid output layer.");
    case Rule::NeedsSoftmaxOutput:
        return EngineErrorText::tr("Categorical cross-entropy needs a softmax output layer.");
    case Rule::RegressionOneOutput:
        return EngineErrorText::tr("A regression has exactly one output.");
    case Rule::RegressionSquaredError:
        return EngineErrorText::tr("A regression is trained with the squared error.");
    case Rule::NeedsClassification:
        return EngineErrorText::tr("Class weights need a classification task.");
    case Rule::OnePerClass:
        return onePerClass(error);
    case Rule::TooFewClasses:
        //: The learner's points all have the same class
        return EngineErrorText::tr("The points must belong to at least two classes.");
    case Rule::PlaygroundSquaredError:
        //: Playground: TensorFlow Playground, whose way of training the lab copies
        return EngineErrorText::tr("Playground's protocol trains with the squared error.");
    case Rule::PlaygroundSgd:
        //: Playground: TensorFlow Playground; SGD: stochastic gradient descent
        return EngineErrorText::tr("Playground's protocol trains with plain SGD.");
    case Rule::PlaygroundInit:
        //: Playground: TensorFlow Playground, whose way of training the lab copies
        return EngineErrorText::tr("Playground's protocol starts from Playground's initial weights.");
    case Rule::PlaygroundOrder:
        //: Playground: TensorFlow Playground, whose way of training the lab copies
        return EngineErrorText::tr("Playground's protocol keeps the order of the training set.");
    case Rule::PlaygroundBatch:
        //: Playground: TensorFlow Playground, whose way of training the lab copies
        return EngineErrorText::tr("Playground's protocol needs a batch no larger than the training set.");
    }
    return {};
}

// What is wrong in one line (or the file), without the line number.
QString csvProblem(const engine::CsvError &error)
{
    using Problem = engine::CsvError::Problem;
    const QString field = QString::fromStdString(error.field());
    const QString value = QString::fromStdString(error.value());
    switch (error.problem()) {
    case Problem::Unreadable:
        //: %1 the path of a file the learner picked
        return EngineErrorText::tr("%1 cannot be opened.").arg(value);
    case Problem::NoData:
        //: x1,x2,label: the CSV header, not to be translated
        return EngineErrorText::tr("The file has no points: each line needs x1,x2,label.");
    case Problem::FieldCount:
        //: %1 how many comma-separated fields the line has; x1,x2,label: the CSV header, not to be translated
        return EngineErrorText::tr("it has %1 fields where x1,x2,label needs 3.").arg(error.count());
    case Problem::Empty:
        //: %1 a column name (x1, x2 or label), not to be translated
        return EngineErrorText::tr("%1 is empty.").arg(field);
    case Problem::NotANumber:
        //: %1 a column name (x1, x2 or label), not to be translated; %2 the text found there
        return EngineErrorText::tr("%1 holds \"%2\", which is not a number.").arg(field, value);
    case Problem::OutOfRange:
        //: %1 a column name (x1, x2 or label), not to be translated; %2 the number found there
        return EngineErrorText::tr("%1 holds %2, which is far too large.").arg(field, value);
    case Problem::NotAClass:
        //: %1 the label found; classes are whole numbers 0, 1, 2... (or TensorFlow Playground's -1 and 1)
        return EngineErrorText::tr("the label %1 is not a class: use 0, 1, 2, ... or -1 and 1.").arg(value);
    case Problem::MixedWithMinusOne:
        //: %1 the label found; %2 the line number of a label -1. -1 and 1 is TensorFlow Playground's way of naming two
        //: classes.
        return EngineErrorText::tr(
                   "the label %1 cannot go with the label -1 on line %2: use 0, 1, 2, ... or only -1 and 1.")
            .arg(value)
            .arg(error.otherLine());
    }
    return EngineErrorText::tr("The file cannot be read as points.");
}

} // namespace

QString EngineErrorText::ofCsv(const engine::CsvError &error)
{
    const QString problem = csvProblem(error);
    if (error.line() <= 0 || error.problem() == engine::CsvError::Problem::NoData)
        return problem;
    //: %1 a line number of the learner's CSV file; %2 what is wrong in it, a clause starting in lower case
    return tr("Line %1 of the file: %2").arg(error.line()).arg(problem);
}

QString EngineErrorText::of(const std::exception &error)
{
    if (const auto *config = dynamic_cast<const ConfigError *>(&error)) {
        const QString text = wording(*config);
        if (!text.isEmpty())
            return text;
    }
    return tr("The training engine cannot use these settings.");
}

} // namespace loopwise
