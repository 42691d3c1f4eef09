#include "demo_model_context.h"

#include <algorithm>
#include <cmath>

namespace loopwise::engine::prompts::demo {

namespace {

// The copy component (an induction head): an earlier position whose preceding tokens match
// the context's last ones proposes the token that followed it. Its weight grows with the
// match length (up to kLongestMatch tokens), falls with distance (recency) and grows with
// the word overlap of its paragraph with the current one.
constexpr int kLongestMatch = 6;
constexpr float kMatchGrowth = 1.6f; // weight factor per further matching token
constexpr float kSingleMatchWeight = 0.15f;
constexpr float kRecencyTokens = 160.0f; // weight halves about every 110 tokens back
constexpr float kOverlapGain = 3.0f; // exp(gain * cosine overlap)
constexpr float kCopyHalfWeight = 1.5f; // copy share = weight / (weight + this)
// Word associations scale P(w) by exp(kAssociationGain * its strongest association with a
// word of the context): a trigger model.
constexpr float kAssociationGain = 1.0f;

// Where the labels hold at least this share of the probability, the model is giving a
// label; the label head weighs them by exp(gain * evidence).
constexpr float kLabelSlotShare = 0.5f;
constexpr float kLabelHeadGain = 1.0f; // plain naive Bayes

} // namespace

int RequestTokens::idOf(const std::string &token)
{
    const int known = vocabulary_.idOf(token);
    if (known >= 0)
        return known;
    const auto [it, added] = extraIds_.try_emplace(token, size());
    if (added)
        extra_.push_back(token);
    return it->second;
}

const std::string &RequestTokens::token(int id) const
{
    if (id < vocabulary_.size())
        return vocabulary_.token(id);
    return extra_[static_cast<std::size_t>(id - vocabulary_.size())];
}

void Context::Segment::add(int token, float weight)
{
    const auto it = std::lower_bound(words.begin(), words.end(), std::make_pair(token, 0.0f),
                                     [](const auto &a, const auto &b) { return a.first < b.first; });
    if (it != words.end() && it->first == token)
        return;
    words.insert(it, {token, weight});
    norm = std::sqrt(norm * norm + weight * weight);
}

Context::Context(const Trained &trained, const std::vector<int> &prompt, std::vector<int> labels)
    : trained_(trained)
    , labels_(std::move(labels))
{
    segments_.emplace_back();
    for (int t : prompt)
        append(t);
}

void Context::append(int token)
{
    const int n = length();
    // A blank line closes the paragraph: what follows starts a new one.
    if (n >= 2 && tokens_[static_cast<std::size_t>(n - 1)] == tokens_[static_cast<std::size_t>(n - 2)]
        && tokens_[static_cast<std::size_t>(n - 1)] == trained_.vocabulary.idOf(kLineBreak)
        && !segments_.back().words.empty()) {
        segments_.emplace_back();
        currentStart_ = n;
    }
    tokens_.push_back(token);
    segmentOf_.push_back(static_cast<int>(segments_.size()) - 1);
    positions_[token].push_back(n);
    const float weight = trained_.associations.informativeness(token);
    if (weight > 0.0f)
        segments_.back().add(token, weight);
}

float Context::similarity(const Segment &a, const Segment &b) const
{
    if (a.norm == 0.0f || b.norm == 0.0f)
        return 0.0f;
    float dot = 0.0f;
    auto i = a.words.begin();
    auto j = b.words.begin();
    while (i != a.words.end() && j != b.words.end()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else
            dot += (i++)->second * (j++)->second;
    }
    return dot / (a.norm * b.norm);
}

bool Context::nextDistribution(int size, std::vector<float> &p) const
{
    p.assign(static_cast<std::size_t>(size), 0.0f);
    const int n = length();
    const int v = n >= 1 ? tokens_[static_cast<std::size_t>(n - 1)] : -1;
    const int u = n >= 2 ? tokens_[static_cast<std::size_t>(n - 2)] : -1;
    trained_.trigrams.distribution(u, v, p);
    addCopies(size, p);
    applyAssociations(p);
    float total = 0.0f;
    for (float x : p)
        total += x;
    for (float &x : p)
        x /= total;
    return weighLabels(p);
}

bool Context::weighLabels(std::vector<float> &p) const
{
    float labelTotal = 0.0f;
    for (int l : labels_)
        labelTotal += p[static_cast<std::size_t>(l)];
    if (labels_.empty() || labelTotal < kLabelSlotShare)
        return false;
    // Naive Bayes over the paragraph's words: log P(label | words) = log P(label) + the sum
    // of the words' associations with the label.
    std::vector<double> weights;
    double sum = 0.0;
    for (int l : labels_) {
        float evidence = 0.0f;
        for (const auto &[h, idf] : segments_.back().words)
            evidence += trained_.associations.between(h, l);
        weights.push_back(p[static_cast<std::size_t>(l)] * std::exp(kLabelHeadGain * evidence));
        sum += weights.back();
    }
    for (std::size_t i = 0; i < labels_.size(); ++i)
        p[static_cast<std::size_t>(labels_[i])] = static_cast<float>(labelTotal * weights[i] / sum);
    return true;
}

void Context::addCopies(int size, std::vector<float> &p) const
{
    const int n = length();
    if (n == 0)
        return;
    const auto found = positions_.find(tokens_.back());
    if (found == positions_.end())
        return;
    const Segment &current = segments_.back();
    std::vector<float> overlap(segments_.size(), -1.0f);
    std::vector<float> copies(static_cast<std::size_t>(size), 0.0f);
    float weight = 0.0f;
    // Only earlier paragraphs (the examples) are copied from: copying the answer's own
    // paragraph makes a small model repeat itself without end.
    for (int q : found->second) {
        if (q >= currentStart_)
            break;
        int match = 1;
        while (match < kLongestMatch && q - match >= 0
               && tokens_[static_cast<std::size_t>(q - match)] == tokens_[static_cast<std::size_t>(n - 1 - match)])
            ++match;
        const auto segment = static_cast<std::size_t>(segmentOf_[static_cast<std::size_t>(q)]);
        float &o = overlap[segment];
        if (o < 0.0f)
            o = similarity(segments_[segment], current);
        const float matchWeight
            = match == 1 ? kSingleMatchWeight : std::pow(kMatchGrowth, static_cast<float>(match - 1));
        const float w
            = matchWeight * std::exp(-static_cast<float>(n - 1 - q) / kRecencyTokens) * std::exp(kOverlapGain * o);
        copies[static_cast<std::size_t>(tokens_[static_cast<std::size_t>(q + 1)])] += w;
        weight += w;
    }
    if (weight <= 0.0f)
        return;
    const float share = weight / (weight + kCopyHalfWeight);
    for (std::size_t i = 0; i < p.size(); ++i)
        p[i] = (1.0f - share) * p[i] + share * copies[i] / weight;
}

void Context::applyAssociations(std::vector<float> &p) const
{
    // Each word is raised by its strongest association with a word of the context.
    std::vector<float> strongest(p.size(), 0.0f);
    for (const Segment &segment : segments_)
        for (const auto &[h, idf] : segment.words)
            for (const auto &[w, pmi] : trained_.associations.of(h)) {
                float &s = strongest[static_cast<std::size_t>(w)];
                s = std::max(s, pmi);
            }
    for (std::size_t w = 0; w < p.size(); ++w)
        if (strongest[w] > 0.0f)
            p[w] *= std::exp(kAssociationGain * strongest[w]);
}

} // namespace loopwise::engine::prompts::demo
