#include "loopwise/engine/json.h"
#include "loopwise/engine/model_io.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace loopwise::engine;

namespace {

Trainer trainedModel()
{
    DatasetConfig data;
    data.kind = DatasetKind::Blobs3;
    data.points = 150;
    TrainerConfig c;
    c.protocol = Protocol::Standard;
    c.features = {Feature::X1, Feature::X2, Feature::SinX1};
    c.hidden = {{5, Activation::Relu}, {3, Activation::LeakyRelu}};
    c.loss = LossKind::CategoricalCrossEntropy;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01f;
    c.optimizer.regularization = Regularization::L2;
    c.optimizer.regularizationRate = 0.001f;
    c.init = WeightInit::Glorot;
    c.batchSize = 7;
    c.shuffle = true;
    c.classWeights = {1.0f, 2.0f, 0.5f};
    c.seed = 12345678901234ULL;
    Trainer t(makeDataset(data), c);
    t.run(10);
    return t;
}

std::string errorOf(const std::string &json)
{
    try {
        modelFromJson(json);
    } catch (const std::invalid_argument &e) {
        return e.what();
    } catch (const JsonError &e) {
        return std::string("json: ") + e.what();
    }
    return "";
}

// The saved model with `from` replaced by `to` (once).
std::string edited(const std::string &json, const std::string &from, const std::string &to)
{
    std::string s = json;
    const auto at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? s : s.replace(at, from.size(), to);
}

} // namespace

TEST(ModelIo, RoundTripKeepsTheNetworkAndItsConfig)
{
    Trainer t = trainedModel();
    const Model m = modelFromJson(modelToJson(t));
    EXPECT_EQ(m.task, Task::Classification);
    EXPECT_EQ(m.classes, 3);
    EXPECT_EQ(m.network.config(), t.network().config());
    EXPECT_EQ(m.network.parameters(), t.network().parameters()); // floats survive exactly
    const TrainerConfig &a = m.config;
    const TrainerConfig &b = t.config();
    EXPECT_EQ(a.features, b.features);
    EXPECT_EQ(a.hidden, b.hidden);
    EXPECT_EQ(a.output, Activation::Softmax);
    EXPECT_EQ(a.loss, b.loss);
    EXPECT_EQ(a.optimizer, b.optimizer);
    EXPECT_EQ(a.init, b.init);
    EXPECT_EQ(a.batchSize, b.batchSize);
    EXPECT_EQ(a.shuffle, b.shuffle);
    EXPECT_EQ(a.protocol, b.protocol);
    EXPECT_EQ(a.classWeights, b.classWeights);
    EXPECT_EQ(a.seed, b.seed);
    // A trainer on the same data continues from the loaded network.
    Trainer again(t.dataset(), m.config);
    again.setParameters(m.network);
    EXPECT_EQ(again.loss(Split::Test), t.loss(Split::Test));
}

TEST(ModelIo, Files)
{
    Trainer t = trainedModel();
    const std::string path = LOOPWISE_TEST_DATA_DIR "/model_io_test.json";
    saveModel(path, t);
    EXPECT_EQ(loadModel(path).network.parameters(), t.network().parameters());
    std::remove(path.c_str());
    EXPECT_THROW(loadModel(path), std::runtime_error);
    EXPECT_THROW(saveModel(LOOPWISE_TEST_DATA_DIR "/no/such/dir/model.json", t), std::runtime_error);
}

TEST(ModelIo, ErrorsNameTheJsonPath)
{
    const std::string good = modelToJson(trainedModel());
    EXPECT_EQ(errorOf(good), "");
    EXPECT_EQ(errorOf("[]"), "$: expected an object");
    EXPECT_EQ(errorOf(edited(good, "\"loopwise-network\"", "\"other\"")), "format: not a Loopwise network file");
    EXPECT_EQ(errorOf(edited(good, "\"version\": 1", "\"version\": 2")),
              "version: unsupported version (this build reads version 1)");
    EXPECT_EQ(errorOf(edited(good, "\"sinx1\"", "\"tanx1\"")), "features[2]: unknown name \"tanx1\"");
    EXPECT_EQ(errorOf(edited(good, "\"units\": 5", "\"units\": 0")),
              "layers[0].units: expected a whole number from 1 to 256");
    EXPECT_EQ(errorOf(edited(good, "\"leaky-relu\"", "\"swish\"")), "layers[1].activation: unknown name \"swish\"");
    EXPECT_EQ(errorOf(edited(good, "\"units\": 3,", "\"units\": 4,")),
              "layers[1].weights: expected 4 entries, found 3");
    EXPECT_EQ(errorOf(edited(good, "\"bias\": [", "\"bias\": [true, ")), "layers[0].bias: expected 5 entries, found 6");
    EXPECT_EQ(
        errorOf(edited(good, "\"weights\": [\n        [\n          ", "\"weights\": [\n        [\n          \"x\", ")),
        "layers[0].weights[0]: expected 3 entries, found 4");
    EXPECT_EQ(errorOf(edited(good, "\"batch_size\": 7", "\"batch_size\": 7.5")),
              "training.batch_size: expected a whole number from 1 to 100000");
    EXPECT_EQ(errorOf(edited(good, "\"shuffle\": true", "\"shuffle\": 1")), "training.shuffle: expected true or false");
    EXPECT_EQ(errorOf(edited(good, "\"learning_rate\": 0.01", "\"learning_rate\": -1")),
              "training.optimizer: learning rate must be above 0 (got -1)");
    EXPECT_EQ(errorOf(edited(good, "\"seed\": \"12345678901234\"", "\"seed\": 5")), "training.seed: expected a string");
    EXPECT_EQ(errorOf(edited(good, "\"protocol\": \"standard\",", "")), "training: missing \"protocol\"");
    EXPECT_EQ(errorOf(good.substr(0, good.size() - 3)).rfind("json: line ", 0), 0u);
}
