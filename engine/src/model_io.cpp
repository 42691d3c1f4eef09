#include "loopwise/engine/model_io.h"

#include "loopwise/engine/json.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace loopwise::engine {

namespace {

constexpr std::string_view kFormat = "loopwise-network";
constexpr int kVersion = 1;

// The shortest decimal that reads back as the same float, held as a double.
Json number(float value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    double d = 0.0;
    std::from_chars(buffer, end, d);
    return Json(d);
}

Json numbers(const float *values, int count)
{
    Json::Array out;
    for (int i = 0; i < count; ++i)
        out.push_back(number(values[i]));
    return Json(std::move(out));
}

// Reading with checks that name the JSON path of any problem.
struct Reader
{
    [[noreturn]] static void fail(const std::string &path, const std::string &problem)
    {
        throw std::invalid_argument(path + ": " + problem);
    }

    static const Json &member(const Json &object, const std::string &path, std::string_view key)
    {
        if (object.type() != Json::Type::Object)
            fail(path, "expected an object");
        const Json *v = object.find(key);
        if (!v)
            fail(path, "missing \"" + std::string(key) + "\"");
        return *v;
    }

    static double numberAt(const Json &v, const std::string &path)
    {
        if (v.type() != Json::Type::Number)
            fail(path, "expected a number");
        return v.asNumber();
    }

    static float floatAt(const Json &v, const std::string &path)
    {
        const double d = numberAt(v, path);
        if (std::abs(d) > 3.0e38)
            fail(path, "number out of float range");
        return static_cast<float>(d);
    }

    static int intAt(const Json &v, const std::string &path, int min, int max)
    {
        const double d = numberAt(v, path);
        if (d != std::floor(d) || d < min || d > max)
            fail(path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        return static_cast<int>(d);
    }

    static bool boolAt(const Json &v, const std::string &path)
    {
        if (v.type() != Json::Type::Bool)
            fail(path, "expected true or false");
        return v.asBool();
    }

    static const std::string &stringAt(const Json &v, const std::string &path)
    {
        if (v.type() != Json::Type::String)
            fail(path, "expected a string");
        return v.asString();
    }

    static const Json::Array &arrayAt(const Json &v, const std::string &path, std::size_t expectedSize = SIZE_MAX)
    {
        if (v.type() != Json::Type::Array)
            fail(path, "expected an array");
        const auto &a = v.asArray();
        if (expectedSize != SIZE_MAX && a.size() != expectedSize)
            fail(path, "expected " + std::to_string(expectedSize) + " entries, found " + std::to_string(a.size()));
        return a;
    }

    template<typename E, typename FromName>
    static E nameAt(const Json &v, const std::string &path, FromName fromName)
    {
        const std::string &name = stringAt(v, path);
        const auto parsed = fromName(name);
        if (!parsed)
            fail(path, "unknown name \"" + name + "\"");
        return *parsed;
    }
};

} // namespace

std::string modelToJson(const Trainer &trainer)
{
    const TrainerConfig &c = trainer.config();
    const Network &net = trainer.network();
    const Dataset &data = trainer.dataset();
    Json doc;
    doc.set("format", Json(kFormat));
    doc.set("version", kVersion);
    doc.set("task", data.task == Task::Classification ? "classification" : "regression");
    doc.set("classes", data.task == Task::Classification ? data.numClasses : 0);
    Json::Array features;
    for (Feature f : c.features)
        features.emplace_back(featureName(f));
    doc.set("features", Json(std::move(features)));
    doc.set("init", c.init == WeightInit::Playground ? "playground" : "glorot");
    Json::Array layers;
    for (int l = 0; l < net.layerCount(); ++l) {
        const DenseLayer &layer = net.layer(l);
        Json entry;
        entry.set("units", layer.units);
        entry.set("activation", Json(activationName(layer.activation)));
        Json::Array rows;
        const auto w = net.weights(l);
        for (int j = 0; j < layer.units; ++j)
            rows.push_back(numbers(w.data() + j * w.outerStride(), layer.inputs));
        entry.set("weights", Json(std::move(rows)));
        entry.set("bias", numbers(net.bias(l).data(), layer.units));
        layers.push_back(std::move(entry));
    }
    doc.set("layers", Json(std::move(layers)));

    Json training;
    training.set("loss", Json(lossName(c.loss)));
    Json optimizer;
    optimizer.set("kind", Json(optimizerName(c.optimizer.kind)));
    optimizer.set("learning_rate", number(c.optimizer.learningRate));
    optimizer.set("momentum", number(c.optimizer.momentum));
    optimizer.set("beta1", number(c.optimizer.beta1));
    optimizer.set("beta2", number(c.optimizer.beta2));
    optimizer.set("epsilon", number(c.optimizer.epsilon));
    optimizer.set("regularization", Json(regularizationName(c.optimizer.regularization)));
    optimizer.set("regularization_rate", number(c.optimizer.regularizationRate));
    training.set("optimizer", std::move(optimizer));
    training.set("batch_size", c.batchSize);
    training.set("shuffle", c.shuffle);
    training.set("protocol", Json(protocolName(c.protocol)));
    training.set("class_weights", numbers(c.classWeights.data(), static_cast<int>(c.classWeights.size())));
    training.set("divergence_factor", number(c.divergenceFactor));
    training.set("seed", Json(std::to_string(c.seed))); // 64 bits do not fit a JSON number
    doc.set("training", std::move(training));
    return toJson(doc, 2) + "\n";
}

Model modelFromJson(std::string_view text)
{
    const Json doc = parseJson(text);
    using R = Reader;
    if (R::stringAt(R::member(doc, "$", "format"), "format") != kFormat)
        R::fail("format", "not a Loopwise network file");
    if (R::intAt(R::member(doc, "$", "version"), "version", 1, 1000) != kVersion)
        R::fail("version", "unsupported version (this build reads version 1)");

    const std::string &taskName = R::stringAt(R::member(doc, "$", "task"), "task");
    if (taskName != "classification" && taskName != "regression")
        R::fail("task", "expected \"classification\" or \"regression\"");
    const Task task = taskName == "classification" ? Task::Classification : Task::Regression;
    const int classes = task == Task::Classification ? R::intAt(R::member(doc, "$", "classes"), "classes", 2, 100) : 0;

    TrainerConfig c;
    c.features.clear();
    const auto &features = R::arrayAt(R::member(doc, "$", "features"), "features");
    for (std::size_t i = 0; i < features.size(); ++i)
        c.features.push_back(R::nameAt<Feature>(features[i], "features[" + std::to_string(i) + "]", featureFromName));
    const std::string &init = R::stringAt(R::member(doc, "$", "init"), "init");
    if (init != "playground" && init != "glorot")
        R::fail("init", "expected \"playground\" or \"glorot\"");
    c.init = init == "playground" ? WeightInit::Playground : WeightInit::Glorot;

    const auto &layers = R::arrayAt(R::member(doc, "$", "layers"), "layers");
    if (layers.empty())
        R::fail("layers", "expected at least the output layer");
    NetworkConfig net{static_cast<int>(c.features.size()), {}, c.init};
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "]";
        net.layers.push_back({R::intAt(R::member(layers[l], path, "units"), path + ".units", 1, 256),
                              R::nameAt<Activation>(R::member(layers[l], path, "activation"), path + ".activation",
                                                    activationFromName)});
    }
    try {
        checkNetworkConfig(net);
    } catch (const std::invalid_argument &e) {
        R::fail("layers", e.what());
    }
    c.hidden.assign(net.layers.begin(), net.layers.end() - 1);
    c.output = net.layers.back().activation;

    Network network(net, 1);
    int inputs = net.inputs;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "]";
        const int units = net.layers[l].units;
        const auto &rows
            = R::arrayAt(R::member(layers[l], path, "weights"), path + ".weights", static_cast<std::size_t>(units));
        auto w = network.weights(static_cast<int>(l));
        for (int j = 0; j < units; ++j) {
            const std::string rowPath = path + ".weights[" + std::to_string(j) + "]";
            const auto &row = R::arrayAt(rows[static_cast<std::size_t>(j)], rowPath, static_cast<std::size_t>(inputs));
            for (int i = 0; i < inputs; ++i)
                w(j, i) = R::floatAt(row[static_cast<std::size_t>(i)], rowPath + "[" + std::to_string(i) + "]");
        }
        const auto &bias
            = R::arrayAt(R::member(layers[l], path, "bias"), path + ".bias", static_cast<std::size_t>(units));
        for (int j = 0; j < units; ++j)
            network.bias(static_cast<int>(l))[j]
                = R::floatAt(bias[static_cast<std::size_t>(j)], path + ".bias[" + std::to_string(j) + "]");
        inputs = units;
    }

    const Json &training = R::member(doc, "$", "training");
    c.loss = R::nameAt<LossKind>(R::member(training, "training", "loss"), "training.loss", lossFromName);
    const Json &opt = R::member(training, "training", "optimizer");
    const auto optNumber = [&](std::string_view key) {
        const std::string path = "training.optimizer." + std::string(key);
        return R::floatAt(R::member(opt, "training.optimizer", key), path);
    };
    c.optimizer.kind = R::nameAt<OptimizerKind>(R::member(opt, "training.optimizer", "kind"), "training.optimizer.kind",
                                                optimizerFromName);
    c.optimizer.learningRate = optNumber("learning_rate");
    c.optimizer.momentum = optNumber("momentum");
    c.optimizer.beta1 = optNumber("beta1");
    c.optimizer.beta2 = optNumber("beta2");
    c.optimizer.epsilon = optNumber("epsilon");
    c.optimizer.regularization = R::nameAt<Regularization>(R::member(opt, "training.optimizer", "regularization"),
                                                           "training.optimizer.regularization", regularizationFromName);
    c.optimizer.regularizationRate = optNumber("regularization_rate");
    try {
        checkOptimizerConfig(c.optimizer);
    } catch (const std::invalid_argument &e) {
        R::fail("training.optimizer", e.what());
    }
    c.batchSize = R::intAt(R::member(training, "training", "batch_size"), "training.batch_size", 1, 100000);
    c.shuffle = R::boolAt(R::member(training, "training", "shuffle"), "training.shuffle");
    c.protocol
        = R::nameAt<Protocol>(R::member(training, "training", "protocol"), "training.protocol", protocolFromName);
    const auto &weights = R::arrayAt(R::member(training, "training", "class_weights"), "training.class_weights");
    for (std::size_t i = 0; i < weights.size(); ++i)
        c.classWeights.push_back(R::floatAt(weights[i], "training.class_weights[" + std::to_string(i) + "]"));
    c.divergenceFactor = R::floatAt(R::member(training, "training", "divergence_factor"), "training.divergence_factor");
    const std::string &seed = R::stringAt(R::member(training, "training", "seed"), "training.seed");
    const auto [end, ec] = std::from_chars(seed.data(), seed.data() + seed.size(), c.seed);
    if (ec != std::errc() || end != seed.data() + seed.size() || seed.empty())
        R::fail("training.seed", "expected a whole number in a string");
    return Model{std::move(c), task, classes, std::move(network)};
}

void saveModel(const std::string &path, const Trainer &trainer)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << modelToJson(trainer);
    out.flush();
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

Model loadModel(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return modelFromJson(text.str());
}

} // namespace loopwise::engine
