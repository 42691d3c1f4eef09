// loopwise-train: trains a network from command-line flags and reports the result.
// Exit codes: 0 done, 1 an output file could not be written, 2 bad flags or values.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/json.h"
#include "loopwise/engine/model_io.h"
#include "loopwise/engine/trainer.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace loopwise::engine;

constexpr const char *kUsage = R"(Usage: loopwise-train [options]

Trains a neural network on a 2-D dataset and prints the result.

Data
  --dataset NAME         spiral (default), circle, xor, gauss, moons, blobs3, blobs4,
                         plane, regress-gauss, curve
  --csv FILE             the learner's own points: lines "x1,x2,label"
  --task TASK            for --csv: classification (default) or regression
  --points N             number of points (default 500)
  --noise X              noise, 0 to 0.5 (default 0)
  --train-ratio X        share of points for training (default 0.5)
  --validation-ratio X   share of points for validation (default 0)
Network
  --features LIST        inputs: x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2,cosx1,cosx2 (default x1,x2)
  --hidden LIST          hidden layer sizes, e.g. 8,8,8,8, or none (default 4,2)
  --activation NAME      hidden activation: tanh (default), relu, leaky-relu, sigmoid, linear
  --output NAME          output activation: tanh, sigmoid, softmax, linear (default: by task)
  --init NAME            playground or glorot (default: playground with the playground
                         protocol, else glorot)
Training
  --protocol NAME        standard (default) or playground (trains as Playground's nn.ts)
  --loss NAME            squared, bce, cce (default: squared, cce for more than two classes)
  --optimizer NAME       sgd (default), momentum, adam
  --lr X                 learning rate, 0.00001 to 10 (default 0.03)
  --momentum X           momentum for the momentum optimizer (default 0.9)
  --regularization NAME  none (default), l1, l2
  --reg-rate X           regularization rate, 0 to 10 (default 0)
  --batch N              batch size (default 10)
  --shuffle              reshuffle the training set every epoch
  --class-weights LIST   one weight per class, e.g. 1,3
  --epochs N             epochs to train (default 1000)
  --seed N               seed for data, split, weights and shuffling (default 1)
Output
  --json                 print one JSON object instead of text
  --curve FILE           write the loss after every epoch as CSV
  --save FILE            save the trained network as JSON
  --help                 show this help
)";

struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

struct Options
{
    std::optional<DatasetKind> dataset;
    std::string csv;
    Task csvTask = Task::Classification;
    int points = 500;
    double noise = 0.0;
    SplitConfig split;
    TrainerConfig trainer = [] {
        TrainerConfig c;
        c.protocol = Protocol::Standard;
        return c;
    }();
    std::optional<LossKind> loss;
    std::optional<WeightInit> init;
    Activation hiddenActivation = Activation::Tanh;
    std::vector<int> hiddenSizes{4, 2};
    long epochs = 1000;
    bool json = false;
    std::string curve;
    std::string save;
};

std::string shortNumber(double value)
{
    char text[32];
    const auto [end, ec] = std::to_chars(text, text + sizeof text, value);
    return std::string(text, end);
}

double parseNumber(const std::string &flag, const std::string &text)
{
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        throw UsageError(flag + ": expected a number, got '" + text + "'");
    return value;
}

// A number from min to max; the message says the range, for inf and nan too.
double parseNumberIn(const std::string &flag, const std::string &text, double min, double max)
{
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !(value >= min && value <= max))
        throw UsageError(flag + ": expected a number from " + shortNumber(min) + " to " + shortNumber(max) + ", got '"
                         + text + "'");
    return value;
}

long parseWhole(const std::string &flag, const std::string &text, long min, long max)
{
    long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        throw UsageError(flag + ": expected a whole number from " + std::to_string(min) + " to " + std::to_string(max)
                         + ", got '" + text + "'");
    return value;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        items.push_back(text.substr(start, comma - start));
        if (comma == std::string::npos)
            return items;
        start = comma + 1;
    }
}

template<typename T>
T parseName(const std::string &flag, const std::string &text, std::optional<T> (*fromName)(std::string_view),
            const char *choices)
{
    const auto value = fromName(text);
    if (!value)
        throw UsageError(flag + ": unknown value '" + text + "' (choose " + choices + ")");
    return *value;
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    OptimizerConfig &opt = o.trainer.optimizer;
    using Handler = std::function<void(const std::string &flag, const std::string &value)>;
    const std::map<std::string, Handler> withValue{
        {"--dataset",
         [&](auto &f, auto &v) {
             o.dataset = parseName(f, v, datasetFromName,
                                   "spiral, circle, xor, gauss, moons, "
                                   "blobs3, blobs4, plane, regress-gauss, curve");
         }},
        {"--csv", [&](auto &, auto &v) { o.csv = v; }},
        {"--task",
         [&](auto &f, auto &v) {
             if (v != "classification" && v != "regression")
                 throw UsageError(f + ": expected classification or regression, got '" + v + "'");
             o.csvTask = v == "classification" ? Task::Classification : Task::Regression;
         }},
        {"--points", [&](auto &f, auto &v) { o.points = static_cast<int>(parseWhole(f, v, 4, 1000000)); }},
        {"--noise", [&](auto &f, auto &v) { o.noise = parseNumber(f, v); }},
        {"--train-ratio", [&](auto &f, auto &v) { o.split.trainRatio = parseNumber(f, v); }},
        {"--validation-ratio", [&](auto &f, auto &v) { o.split.validationRatio = parseNumber(f, v); }},
        {"--features",
         [&](auto &f, auto &v) {
             o.trainer.features.clear();
             for (const auto &name : splitList(v))
                 o.trainer.features.push_back(
                     parseName(f, name, featureFromName, "from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2"));
         }},
        {"--hidden",
         [&](auto &f, auto &v) {
             o.hiddenSizes.clear();
             if (v == "none")
                 return;
             for (const auto &size : splitList(v))
                 o.hiddenSizes.push_back(static_cast<int>(parseWhole(f, size, 1, 256)));
         }},
        {"--activation",
         [&](auto &f, auto &v) {
             o.hiddenActivation = parseName(f, v, activationFromName, "tanh, relu, leaky-relu, sigmoid, linear");
         }},
        {"--output",
         [&](auto &f, auto &v) {
             o.trainer.output = parseName(f, v, activationFromName, "tanh, sigmoid, softmax, linear");
         }},
        {"--init",
         [&](auto &f, auto &v) {
             if (v != "playground" && v != "glorot")
                 throw UsageError(f + ": expected playground or glorot, got '" + v + "'");
             o.init = v == "playground" ? WeightInit::Playground : WeightInit::Glorot;
         }},
        {"--protocol",
         [&](auto &f, auto &v) { o.trainer.protocol = parseName(f, v, protocolFromName, "standard or playground"); }},
        {"--loss", [&](auto &f, auto &v) { o.loss = parseName(f, v, lossFromName, "squared, bce, cce"); }},
        {"--optimizer",
         [&](auto &f, auto &v) { opt.kind = parseName(f, v, optimizerFromName, "sgd, momentum, adam"); }},
        {"--lr",
         [&](auto &f, auto &v) {
             opt.learningRate
                 = static_cast<float>(parseNumberIn(f, v, kMinNetworkLearningRate, kMaxNetworkLearningRate));
         }},
        {"--momentum", [&](auto &f, auto &v) { opt.momentum = static_cast<float>(parseNumber(f, v)); }},
        {"--regularization",
         [&](auto &f, auto &v) { opt.regularization = parseName(f, v, regularizationFromName, "none, l1, l2"); }},
        {"--reg-rate",
         [&](auto &f, auto &v) {
             opt.regularizationRate = static_cast<float>(parseNumberIn(f, v, 0.0, kMaxNetworkRegularizationRate));
         }},
        {"--batch", [&](auto &f, auto &v) { o.trainer.batchSize = static_cast<int>(parseWhole(f, v, 1, 100000)); }},
        {"--class-weights",
         [&](auto &f, auto &v) {
             o.trainer.classWeights.clear();
             for (const auto &w : splitList(v))
                 o.trainer.classWeights.push_back(static_cast<float>(parseNumber(f, w)));
         }},
        {"--epochs", [&](auto &f, auto &v) { o.epochs = parseWhole(f, v, 0, 100000000); }},
        {"--seed",
         [&](auto &f, auto &v) { o.trainer.seed = static_cast<std::uint64_t>(parseWhole(f, v, 0, 2147483647)); }},
        {"--curve", [&](auto &, auto &v) { o.curve = v; }},
        {"--save", [&](auto &, auto &v) { o.save = v; }},
    };
    const std::map<std::string, std::function<void()>> switches{
        {"--shuffle", [&] { o.trainer.shuffle = true; }},
        {"--json", [&] { o.json = true; }},
    };

    std::set<std::string> seen;
    for (int i = 1; i < argc; ++i) {
        std::string flag = argv[i];
        std::optional<std::string> value;
        if (const auto eq = flag.find('='); flag.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = flag.substr(eq + 1);
            flag.resize(eq);
        }
        if (!seen.insert(flag).second)
            throw UsageError(flag + " is given twice");
        if (const auto s = switches.find(flag); s != switches.end()) {
            if (value)
                throw UsageError(flag + " takes no value");
            s->second();
            continue;
        }
        const auto h = withValue.find(flag);
        if (h == withValue.end())
            throw UsageError("unknown option '" + flag + "' (see --help)");
        if (!value) {
            if (i + 1 >= argc)
                throw UsageError(flag + " needs a value");
            value = argv[++i];
        }
        h->second(flag, *value);
    }
    if (o.dataset && !o.csv.empty())
        throw UsageError("give --dataset or --csv, not both");
    if (seen.count("--task") && o.csv.empty())
        throw UsageError("--task only applies to --csv");
    return o;
}

Dataset loadData(const Options &o)
{
    if (!o.csv.empty()) {
        try {
            return makeDataset(readCsvFile(o.csv, o.csvTask), o.csvTask, o.split, o.trainer.seed);
        } catch (const CsvError &e) {
            throw UsageError(o.csv + ": " + e.what());
        }
    }
    DatasetConfig config;
    config.kind = o.dataset.value_or(DatasetKind::Spiral);
    config.points = o.points;
    config.noise = o.noise;
    config.split = o.split;
    config.seed = o.trainer.seed;
    return makeDataset(config);
}

TrainerConfig trainerConfig(const Options &o, const Dataset &data)
{
    TrainerConfig c = o.trainer;
    c.hidden.clear();
    for (int size : o.hiddenSizes)
        c.hidden.push_back({size, o.hiddenActivation});
    const bool playground = c.protocol == Protocol::Playground;
    c.init = o.init.value_or(playground ? WeightInit::Playground : WeightInit::Glorot);
    c.loss
        = o.loss.value_or(data.task == Task::Classification && data.numClasses > 2 ? LossKind::CategoricalCrossEntropy
                                                                                   : LossKind::SquaredError);
    return c;
}

// JSON has no NaN: a missing figure (an empty test set, a regression's accuracy) is null.
Json value(double x)
{
    return std::isfinite(x) ? Json(x) : Json();
}

int run(const Options &o)
{
    const Dataset data = loadData(o);
    Trainer trainer(data, trainerConfig(o, data));

    std::ofstream curve;
    if (!o.curve.empty()) {
        curve.open(o.curve, std::ios::trunc);
        if (!curve)
            throw std::runtime_error("cannot write " + o.curve);
        curve << "epoch,train_loss,test_loss\n";
    }
    using Clock = std::chrono::steady_clock;
    Clock::duration training{};
    for (long e = 0; e < o.epochs; ++e) {
        const auto start = Clock::now();
        const bool ok = trainer.epoch();
        training += Clock::now() - start;
        if (curve.is_open())
            curve << trainer.epochs() << ',' << trainer.loss(Split::Train) << ',' << trainer.loss(Split::Test) << '\n';
        if (!ok)
            break;
    }
    if (curve.is_open() && !curve.flush())
        throw std::runtime_error("cannot write " + o.curve);
    if (!o.save.empty())
        saveModel(o.save, trainer);

    const double seconds = std::chrono::duration<double>(training).count();
    const Metrics test = trainer.metrics(Split::Test);
    Json result;
    result.set("epochs", trainer.epochs());
    result.set("train_loss", value(trainer.loss(Split::Train)));
    result.set("test_loss", value(test.count ? test.loss : NAN));
    result.set("test_accuracy", value(data.task == Task::Classification && test.count ? test.accuracy : NAN));
    if (data.task == Task::Regression)
        result.set("test_r2", value(test.count ? test.r2 : NAN));
    result.set("epochs_per_second", value(seconds > 0 ? trainer.epochs() / seconds : NAN));
    result.set("diverged", trainer.diverged());
    if (o.json) {
        std::cout << toJson(result) << '\n';
    } else {
        for (const auto &[key, v] : result.asObject())
            std::cout << key << ": " << (v.isNull() ? "n/a" : toJson(v)) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
            std::cout << kUsage;
            return 0;
        }
    try {
        return run(parseArgs(argc, argv));
    } catch (const UsageError &e) {
        std::cerr << "loopwise-train: " << e.what() << '\n';
        return 2;
    } catch (const std::invalid_argument &e) {
        std::cerr << "loopwise-train: " << e.what() << '\n';
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "loopwise-train: " << e.what() << '\n';
        return 1;
    }
}
