#pragma once
// Internal: the built-in demonstration model's view of one prompt as it grows by the words
// it generates, and the next-token distribution it gives there.

#include "demo_model_ngram.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopwise::engine::prompts::demo {

// What the model learned from its corpus.
struct Trained
{
    Vocabulary vocabulary;
    TrigramModel trigrams;
    Associations associations;
    long long tokens = 0;
};

// Ids for the tokens of one request: the trained vocabulary's, and beyond it the tokens
// only the prompt has (names, numbers), so the copy component can repeat them.
class RequestTokens
{
public:
    explicit RequestTokens(const Vocabulary &vocabulary)
        : vocabulary_(vocabulary)
    {}
    int idOf(const std::string &token);
    const std::string &token(int id) const;
    int size() const { return vocabulary_.size() + static_cast<int>(extra_.size()); }

private:
    const Vocabulary &vocabulary_;
    std::unordered_map<std::string, int> extraIds_;
    std::vector<std::string> extra_;
};

class Context
{
public:
    // labels: the first tokens of the answers the task allows (may be empty).
    Context(const Trained &trained, const std::vector<int> &prompt, std::vector<int> labels);
    void append(int token);
    int length() const { return static_cast<int>(tokens_.size()); }
    // The next-token probabilities over `size` request tokens into `p` (resized). Returns
    // whether the model is giving a label there (the labels hold at least half of it); the
    // label head has then weighed the labels by the paragraph's words.
    bool nextDistribution(int size, std::vector<float> &p) const;

private:
    // A paragraph of the context (text between blank lines) as informative words with
    // their weights, sorted by token, and its Euclidean norm.
    struct Segment
    {
        std::vector<std::pair<int, float>> words;
        float norm = 0.0f;
        void add(int token, float weight);
    };
    float similarity(const Segment &a, const Segment &b) const;
    void addCopies(int size, std::vector<float> &p) const;
    void applyAssociations(std::vector<float> &p) const;
    bool weighLabels(std::vector<float> &p) const;

    const Trained &trained_;
    std::vector<int> labels_;
    std::vector<int> tokens_;
    std::vector<int> segmentOf_; // per position
    std::vector<Segment> segments_;
    int currentStart_ = 0; // where the last paragraph starts
    std::unordered_map<int, std::vector<int>> positions_; // token -> positions, ascending
};

} // namespace loopwise::engine::prompts::demo
