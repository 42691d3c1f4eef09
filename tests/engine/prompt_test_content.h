#pragma once
// The prompts lab's content-pack files, read for the engine tests.

#include "loopwise/engine/json.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

inline loopwise::engine::Json promptContent(const std::string &language, const std::string &file)
{
    const std::string path = std::string(LOOPWISE_CONTENT_DIR) + "/" + language + "/prompts/" + file;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return loopwise::engine::parseJson(text.str());
}
