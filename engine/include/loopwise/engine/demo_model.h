#pragma once
// The prompts lab's built-in demonstration language model: small, made by the project,
// trained in well under a second from text the project ships plus tickets of the engine's
// own generator, deterministic for a seed. It answers a prompt by generating words.
//
// What it is (engine/README.md, "The built-in demonstration model", says why each effect
// is real): a word-level trigram model with Kneser-Ney-style smoothing, mixed with an
// in-context copy component (what followed the same words earlier in the prompt, weighted
// by match length, recency and word overlap: a cache language model / induction head), and
// scaled by word associations learned from the corpus (trigger pairs). Few-shot examples
// set the answer's format, unbalanced or reordered examples shift its answers, contextual
// calibration reduces that shift, a role changes the style of its words. It has no
// reasoning: step-by-step instructions do not make it more accurate.

#include "loopwise/engine/json.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts {

// The generated part of the training text: tickets of the shared generator in the triage
// tickets' world (no night-desk period, so no style shortcut) with a seed of its own, never
// the test cases' tickets.
struct DemoCorpusConfig
{
    int tickets = 1500; // 100 .. 100000
    std::uint64_t seed = 11; // the ticket generator's seed
};

// The training text from the shipped corpus (resources/content/<lang>/prompts/
// demo_corpus.json): its "paragraphs", then the generated ticket log written with its
// "ticketLog" sentences: under each ticket a note from "urgentNotes" or "normalNotes" and a
// reply of one of the "voices" ({"role", "replies"}; voice k > 0 answers ticket k of every
// eight, its role line above the ticket; the first voice the rest). Paragraphs are
// separated by blank lines. Throws JsonError naming what is missing, empty or not text,
// std::invalid_argument for a config out of range.
std::string demoCorpus(const Json &shipped, const DemoCorpusConfig &config = {});

struct GenerateOptions
{
    std::uint64_t seed = 1;
    double temperature = 0.7; // 0 .. 2; 0 always takes the likeliest word (seed unused)
    int maxTokens = 48; // 1 .. 1024 generated tokens (words, punctuation, line breaks)
    // The answers the task allows (e.g. "urgent", "normal"). Given, the answer reports
    // labelScores, and calibrate can act. Labels are told apart by their first word.
    std::vector<std::string> labels;
    // Contextual calibration (Zhao et al. 2021): where the model is about to give a label,
    // divide the label probabilities by those it gives to the same prompt with the
    // content-free input "N/A". Without labels it changes nothing.
    bool calibrate = false;
};

struct DemoAnswer
{
    std::string text;
    int promptTokens = 0;
    int outputTokens = 0;
    // One per option label, summing to 1: the model's label probabilities where it first
    // gives a label (or, if it never does, right after the prompt), after calibration when
    // that is on. Empty without labels.
    std::vector<double> labelScores;
};

class DemoModel
{
public:
    // Trains on the text; throws std::invalid_argument when it has fewer than 1,000 words.
    static DemoModel train(std::string_view corpus);

    DemoModel(DemoModel &&) noexcept;
    DemoModel &operator=(DemoModel &&) noexcept;
    ~DemoModel();

    // Answers the prompt template with its "{{input}}" slot filled by the input (the input
    // is appended on a new line when the template has no slot). Generation stops at a blank
    // line (the end of a paragraph), at maxTokens, or when `stop` becomes true. Throws
    // ConfigError for options out of range (Setting::Temperature, Setting::MaxTokens).
    DemoAnswer generate(std::string_view promptTemplate, std::string_view input, const GenerateOptions &options,
                        const std::atomic<bool> *stop = nullptr) const;

    int vocabularySize() const;
    long long trainingTokens() const;

private:
    struct Impl;
    explicit DemoModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The prompt the model reads: the template with its "{{input}}" slot filled by the input, or
// the input on a new line after it when it has no slot.
std::string filledPrompt(std::string_view promptTemplate, std::string_view input);

// The content-free input calibration puts into the slot.
inline constexpr std::string_view kContentFreeInput = "N/A";

} // namespace loopwise::engine::prompts
