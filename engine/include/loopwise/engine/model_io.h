#pragma once
// Saving and loading a trained network with its training configuration, as JSON.

#include "loopwise/engine/dataset.h"
#include "loopwise/engine/network.h"
#include "loopwise/engine/trainer.h"

#include <string>
#include <string_view>

namespace loopwise::engine {

struct Model
{
    TrainerConfig config; // how the network was trained; config.output is always set
    Task task = Task::Classification;
    int classes = 2; // 0 for regression
    Network network;
};

// The trainer's configuration and current network.
std::string modelToJson(const Trainer &trainer);
// Throws JsonError for malformed JSON and std::invalid_argument for a valid JSON document
// that is not a usable model; messages name the JSON path (e.g. "layers[1].bias").
Model modelFromJson(std::string_view json);

// File variants; a file that cannot be written or read is a std::runtime_error.
void saveModel(const std::string &path, const Trainer &trainer);
Model loadModel(const std::string &path);

} // namespace loopwise::engine
