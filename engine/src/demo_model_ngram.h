#pragma once
// Internal: the built-in demonstration model's parts learned from the corpus: its tokens,
// a trigram model with Kneser-Ney-style smoothing, and word associations (trigger pairs).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loopwise::engine::prompts::demo {

// Tokens: lower-case words (ASCII letters and digits, UTF-8 letters, inner apostrophes),
// each other punctuation character, and each line break ("\n").
std::vector<std::string> tokenize(std::string_view text);
// Tokens back to text: words spaced, punctuation attached, line breaks kept.
std::string detokenize(const std::vector<std::string> &tokens);
bool isWord(std::string_view token);

inline const std::string kLineBreak = "\n";

class Vocabulary
{
public:
    int idOf(std::string_view token) const; // -1 when unknown
    int add(std::string_view token);
    const std::string &token(int id) const { return tokens_[static_cast<std::size_t>(id)]; }
    int size() const { return static_cast<int>(tokens_.size()); }

private:
    std::unordered_map<std::string, int> ids_;
    std::vector<std::string> tokens_;
};

// The words seen after a context, with their counts.
struct Continuations
{
    int total = 0;
    std::vector<std::pair<int, int>> next; // (token, count)
};

// Interpolated absolute discounting over trigrams and bigrams, down to the Kneser-Ney
// continuation unigram (how many different words a word follows).
class TrigramModel
{
public:
    explicit TrigramModel(const std::vector<int> &corpus, int vocabularySize);
    // P(w | u v) for every known token into `p` (size >= vocabulary); u or v may be -1.
    void distribution(int u, int v, std::vector<float> &p) const;

private:
    static std::uint64_t key(int u, int v)
    {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(u)) << 32) | static_cast<std::uint32_t>(v);
    }
    static void interpolate(const Continuations &c, std::vector<float> &p, int known);

    int vocabularySize_ = 0;
    std::vector<float> unigram_;
    std::vector<Continuations> bigrams_;
    std::unordered_map<std::uint64_t, Continuations> trigrams_;
};

// For a content word h, the words w that appear in the same corpus paragraphs more often
// than chance, with their pointwise mutual information log(P(w | h) / P(w)) > 0.
class Associations
{
public:
    Associations(const std::vector<std::vector<int>> &paragraphs, const Vocabulary &vocabulary);
    // Empty for function words (in more than a fifth of the paragraphs) and rare words.
    const std::vector<std::pair<int, float>> &of(int token) const;
    // The association of word with trigger, 0 when none.
    float between(int trigger, int word) const;
    // How much a word tells: log(paragraphs / paragraphs with it), 0 for unknown tokens.
    float informativeness(int token) const;

private:
    std::vector<std::vector<std::pair<int, float>>> lists_;
    std::vector<float> idf_;
};

} // namespace loopwise::engine::prompts::demo
