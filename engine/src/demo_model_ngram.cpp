#include "demo_model_ngram.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace loopwise::engine::prompts::demo {

namespace {

bool wordByte(unsigned char c)
{
    return std::isalnum(c) != 0 || c >= 0x80;
}

// Absolute discount of every seen count (Kneser & Ney's usual 0.75).
constexpr float kDiscount = 0.75f;
// Associations: a trigger word is in at most this share of paragraphs, and in at least
// kMinCount of them; a pair counts when seen together kMinCount times.
constexpr double kMaxTriggerShare = 0.2;
constexpr int kMinCount = 3;
constexpr std::size_t kAssociationsPerWord = 400;

} // namespace

bool isWord(std::string_view token)
{
    return !token.empty() && wordByte(static_cast<unsigned char>(token.front()));
}

std::vector<std::string> tokenize(std::string_view text)
{
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (wordByte(c)) {
            std::string word;
            while (i < text.size()) {
                const auto b = static_cast<unsigned char>(text[i]);
                const bool innerApostrophe = b == '\'' && !word.empty() && i + 1 < text.size()
                    && wordByte(static_cast<unsigned char>(text[i + 1]));
                if (!wordByte(b) && !innerApostrophe)
                    break;
                word += static_cast<char>(b < 0x80 ? std::tolower(b) : b);
                ++i;
            }
            tokens.push_back(std::move(word));
            continue;
        }
        if (c == '\n')
            tokens.push_back(kLineBreak);
        else if (c > ' ' && c < 0x7f)
            tokens.emplace_back(1, static_cast<char>(c));
        ++i; // spaces, tabs, carriage returns and control characters only separate
    }
    return tokens;
}

std::string detokenize(const std::vector<std::string> &tokens)
{
    constexpr std::string_view attachLeft = ".,:;!?)]}>%-/";
    constexpr std::string_view attachRight = "([{<-/$#";
    std::string text;
    bool glueNext = true;
    for (const std::string &t : tokens) {
        if (t == kLineBreak) {
            text += '\n';
            glueNext = true;
            continue;
        }
        const bool punctuation = t.size() == 1 && !isWord(t);
        if (!glueNext && !(punctuation && attachLeft.find(t[0]) != std::string_view::npos))
            text += ' ';
        text += t;
        glueNext = punctuation && attachRight.find(t[0]) != std::string_view::npos;
    }
    return text;
}

int Vocabulary::idOf(std::string_view token) const
{
    const auto it = ids_.find(std::string(token));
    return it == ids_.end() ? -1 : it->second;
}

int Vocabulary::add(std::string_view token)
{
    const auto [it, added] = ids_.try_emplace(std::string(token), size());
    if (added)
        tokens_.emplace_back(token);
    return it->second;
}

TrigramModel::TrigramModel(const std::vector<int> &corpus, int vocabularySize)
    : vocabularySize_(vocabularySize)
    , unigram_(static_cast<std::size_t>(vocabularySize), 0.0f)
    , bigrams_(static_cast<std::size_t>(vocabularySize))
{
    std::unordered_map<std::uint64_t, int> bigramCounts;
    std::unordered_map<std::uint64_t, std::unordered_map<int, int>> trigramCounts;
    for (std::size_t i = 1; i < corpus.size(); ++i) {
        ++bigramCounts[key(corpus[i - 1], corpus[i])];
        if (i >= 2)
            ++trigramCounts[key(corpus[i - 2], corpus[i - 1])][corpus[i]];
    }
    // Kneser-Ney's lowest order: in how many different contexts a word appears.
    double distinctPairs = 0.0;
    for (const auto &[k, count] : bigramCounts) {
        const auto v = static_cast<int>(k >> 32);
        const auto w = static_cast<int>(k & 0xffffffffu);
        unigram_[static_cast<std::size_t>(w)] += 1.0f;
        bigrams_[static_cast<std::size_t>(v)].next.emplace_back(w, count);
        bigrams_[static_cast<std::size_t>(v)].total += count;
        distinctPairs += 1.0;
    }
    const double smoothing = 0.5;
    for (float &u : unigram_)
        u = static_cast<float>((u + smoothing) / (distinctPairs + smoothing * vocabularySize));
    for (auto &[k, next] : trigramCounts) {
        Continuations &c = trigrams_[k];
        for (const auto &[w, count] : next) {
            c.next.emplace_back(w, count);
            c.total += count;
        }
        std::sort(c.next.begin(), c.next.end()); // the same sums on every platform
    }
    for (Continuations &c : bigrams_)
        std::sort(c.next.begin(), c.next.end());
}

void TrigramModel::interpolate(const Continuations &c, std::vector<float> &p, int known)
{
    const float total = static_cast<float>(c.total);
    const float lowerWeight = kDiscount * static_cast<float>(c.next.size()) / total;
    for (int i = 0; i < known; ++i)
        p[static_cast<std::size_t>(i)] *= lowerWeight;
    for (const auto &[w, count] : c.next)
        p[static_cast<std::size_t>(w)] += (static_cast<float>(count) - kDiscount) / total;
}

void TrigramModel::distribution(int u, int v, std::vector<float> &p) const
{
    std::copy(unigram_.begin(), unigram_.end(), p.begin());
    if (v < 0 || v >= vocabularySize_)
        return;
    const Continuations &bigram = bigrams_[static_cast<std::size_t>(v)];
    if (bigram.total == 0)
        return;
    interpolate(bigram, p, vocabularySize_);
    if (u < 0 || u >= vocabularySize_)
        return;
    const auto it = trigrams_.find(key(u, v));
    if (it != trigrams_.end())
        interpolate(it->second, p, vocabularySize_);
}

Associations::Associations(const std::vector<std::vector<int>> &paragraphs, const Vocabulary &vocabulary)
    : lists_(static_cast<std::size_t>(vocabulary.size()))
    , idf_(static_cast<std::size_t>(vocabulary.size()), 0.0f)
{
    const auto n = static_cast<double>(paragraphs.size());
    std::vector<int> documentFrequency(static_cast<std::size_t>(vocabulary.size()), 0);
    std::vector<std::vector<int>> distinctWords;
    for (const std::vector<int> &paragraph : paragraphs) {
        std::vector<int> words;
        for (int t : paragraph)
            if (isWord(vocabulary.token(t)))
                words.push_back(t);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        for (int w : words)
            ++documentFrequency[static_cast<std::size_t>(w)];
        distinctWords.push_back(std::move(words));
    }
    const auto isTrigger = [&](int w) {
        const int df = documentFrequency[static_cast<std::size_t>(w)];
        return df >= kMinCount && df <= kMaxTriggerShare * n;
    };
    std::unordered_map<std::uint64_t, int> together;
    for (const std::vector<int> &words : distinctWords)
        for (int h : words) {
            if (!isTrigger(h))
                continue;
            for (int w : words)
                if (w != h)
                    ++together[(static_cast<std::uint64_t>(h) << 32) | static_cast<std::uint32_t>(w)];
        }
    for (const auto &[k, count] : together) {
        if (count < kMinCount)
            continue;
        const auto h = static_cast<std::size_t>(k >> 32);
        const auto w = static_cast<int>(k & 0xffffffffu);
        // P(w | h), shrunk towards nothing for rare triggers, against P(w).
        const double given = count / (documentFrequency[h] + 2.0);
        const double pmi = std::log(given * n / documentFrequency[static_cast<std::size_t>(w)]);
        if (pmi > 0.0)
            lists_[h].emplace_back(w, static_cast<float>(pmi));
    }
    for (auto &list : lists_) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (list.size() > kAssociationsPerWord)
            list.resize(kAssociationsPerWord);
    }
    for (std::size_t w = 0; w < idf_.size(); ++w)
        if (documentFrequency[w] > 0)
            idf_[w] = static_cast<float>(std::log(n / documentFrequency[w]));
}

float Associations::between(int trigger, int word) const
{
    for (const auto &[w, pmi] : of(trigger))
        if (w == word)
            return pmi;
    return 0.0f;
}

const std::vector<std::pair<int, float>> &Associations::of(int token) const
{
    static const std::vector<std::pair<int, float>> none;
    if (token < 0 || token >= static_cast<int>(lists_.size()))
        return none;
    return lists_[static_cast<std::size_t>(token)];
}

float Associations::informativeness(int token) const
{
    if (token < 0 || token >= static_cast<int>(idf_.size()))
        return 0.0f;
    return idf_[static_cast<std::size_t>(token)];
}

} // namespace loopwise::engine::prompts::demo
