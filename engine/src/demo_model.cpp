#include "loopwise/engine/demo_model.h"

#include "demo_model_context.h"
#include "loopwise/engine/config_error.h"
#include "loopwise/engine/prompt_analyser.h"
#include "loopwise/engine/rng.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace loopwise::engine::prompts {

namespace {

using demo::Context;
using demo::RequestTokens;

constexpr long long kMinTrainingWords = 1000;

void checkOptions(const GenerateOptions &options)
{
    if (!(options.temperature >= 0.0 && options.temperature <= 2.0))
        throw ConfigError::outOfRange(Setting::Temperature, options.temperature, {0.0, 2.0});
    if (options.maxTokens < 1 || options.maxTokens > 1024)
        throw ConfigError::outOfRange(Setting::MaxTokens, options.maxTokens, {1.0, 1024.0});
}

} // namespace

std::string filledPrompt(std::string_view promptTemplate, std::string_view input)
{
    std::string prompt(promptTemplate);
    const std::size_t slot = prompt.find(kInputSlot);
    if (slot == std::string::npos) {
        if (!prompt.empty() && prompt.back() != '\n')
            prompt += '\n';
        return prompt + std::string(input);
    }
    return prompt.replace(slot, kInputSlot.size(), input);
}

namespace {

std::vector<int> ids(const std::vector<std::string> &tokens, RequestTokens &request)
{
    std::vector<int> out;
    out.reserve(tokens.size());
    for (const std::string &t : tokens)
        out.push_back(request.idOf(t));
    return out;
}

// Each label's share of the labels' probability, and the labels' share of all.
std::pair<std::vector<double>, float> labelShares(const std::vector<float> &p, const std::vector<int> &labelTokens)
{
    float total = 0.0f;
    for (int t : labelTokens)
        total += p[static_cast<std::size_t>(t)];
    std::vector<double> shares;
    for (int t : labelTokens)
        shares.push_back(total > 0.0f ? p[static_cast<std::size_t>(t)] / total : 1.0 / labelTokens.size());
    return {shares, total};
}

// Zhao et al.'s calibration: each label's probability divided by the one the content-free
// prompt gives it, keeping the labels' total share; the shares come back calibrated.
void calibrate(std::vector<float> &p, const std::vector<int> &labelTokens, float labelTotal,
               const std::vector<double> &contentFree, std::vector<double> &shares)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        shares[i] /= std::max(contentFree[i], 1e-6);
        sum += shares[i];
    }
    for (std::size_t i = 0; i < shares.size(); ++i) {
        shares[i] /= sum;
        p[static_cast<std::size_t>(labelTokens[i])] = static_cast<float>(labelTotal * shares[i]);
    }
}

int sample(const std::vector<float> &p, double temperature, Rng &rng)
{
    if (temperature == 0.0)
        return static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    std::vector<double> weights(p.size());
    double total = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        weights[i] = p[i] > 0.0f ? std::pow(static_cast<double>(p[i]), 1.0 / temperature) : 0.0;
        total += weights[i];
    }
    double r = rng.uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        r -= weights[i];
        if (r < 0.0)
            return static_cast<int>(i);
    }
    return static_cast<int>(weights.size()) - 1;
}

} // namespace

struct DemoModel::Impl
{
    demo::Trained trained;
};

DemoModel::DemoModel(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl))
{}
DemoModel::DemoModel(DemoModel &&) noexcept = default;
DemoModel &DemoModel::operator=(DemoModel &&) noexcept = default;
DemoModel::~DemoModel() = default;

DemoModel DemoModel::train(std::string_view corpus)
{
    const std::vector<std::string> tokens = demo::tokenize(corpus);
    const auto words
        = std::count_if(tokens.begin(), tokens.end(), [](const std::string &t) { return demo::isWord(t); });
    if (words < kMinTrainingWords)
        throw std::invalid_argument("demo model: the corpus needs at least 1000 words");
    demo::Vocabulary vocabulary;
    const int lineBreak = vocabulary.add(demo::kLineBreak);
    std::vector<int> stream;
    std::vector<std::vector<int>> paragraphs(1);
    for (const std::string &t : tokens) {
        const int id = vocabulary.add(t);
        if (id == lineBreak && !stream.empty() && stream.back() == lineBreak && !paragraphs.back().empty())
            paragraphs.emplace_back();
        else if (id != lineBreak)
            paragraphs.back().push_back(id);
        stream.push_back(id);
    }
    demo::TrigramModel trigrams(stream, vocabulary.size());
    demo::Associations associations(paragraphs, vocabulary);
    auto impl = std::make_unique<Impl>(Impl{demo::Trained{
        std::move(vocabulary), std::move(trigrams), std::move(associations), static_cast<long long>(stream.size())}});
    return DemoModel(std::move(impl));
}

int DemoModel::vocabularySize() const
{
    return impl_->trained.vocabulary.size();
}
long long DemoModel::trainingTokens() const
{
    return impl_->trained.tokens;
}

DemoAnswer DemoModel::generate(std::string_view promptTemplate, std::string_view input, const GenerateOptions &options,
                               const std::atomic<bool> *stop) const
{
    checkOptions(options);
    const demo::Trained &trained = impl_->trained;
    RequestTokens request(trained.vocabulary);
    const std::vector<int> prompt = ids(demo::tokenize(filledPrompt(promptTemplate, input)), request);
    std::vector<int> labelTokens;
    for (const std::string &label : options.labels) {
        const std::vector<std::string> words = demo::tokenize(label);
        if (!words.empty())
            labelTokens.push_back(request.idOf(words.front()));
    }
    const bool calibrating = options.calibrate && !labelTokens.empty();
    std::optional<Context> contentFree;
    if (calibrating)
        contentFree.emplace(trained, ids(demo::tokenize(filledPrompt(promptTemplate, kContentFreeInput)), request),
                            labelTokens);
    Context context(trained, prompt, labelTokens);

    DemoAnswer answer;
    answer.promptTokens = static_cast<int>(prompt.size());
    const int lineBreak = trained.vocabulary.idOf(demo::kLineBreak);
    Rng rng(options.seed);
    std::vector<float> p, q;
    std::vector<int> generated;
    bool labelGiven = false;
    bool wordGiven = false;
    while (static_cast<int>(generated.size()) < options.maxTokens && !(stop && stop->load())) {
        const bool slot = context.nextDistribution(request.size(), p);
        if (!labelTokens.empty() && !labelGiven) {
            auto [shares, total] = labelShares(p, labelTokens);
            if (slot && calibrating) {
                contentFree->nextDistribution(request.size(), q);
                calibrate(p, labelTokens, total, labelShares(q, labelTokens).first, shares);
            }
            if (slot || generated.empty())
                answer.labelScores = shares;
            labelGiven = slot;
        }
        const int next = sample(p, options.temperature, rng);
        const bool blankLine = next == lineBreak && !generated.empty() && generated.back() == lineBreak;
        if (blankLine && wordGiven) {
            generated.pop_back();
            break;
        }
        generated.push_back(next);
        wordGiven = wordGiven || next != lineBreak;
        context.append(next);
        if (contentFree)
            contentFree->append(next);
    }
    std::vector<std::string> words;
    for (int t : generated)
        words.push_back(request.token(t));
    answer.text = demo::detokenize(words);
    answer.outputTokens = static_cast<int>(generated.size());
    return answer;
}

} // namespace loopwise::engine::prompts
