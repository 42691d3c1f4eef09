#include "loopwise/engine/prompt_analyser.h"

#include "named_enum.h"
#include "prompt_structure.h"
#include "prompt_text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace loopwise::engine::prompts {

using detail::PromptText;
using detail::Token;

namespace {

constexpr std::array<std::string_view, kCriterionCount> kCriterionNames{
    "role",        "task",     "context",      "audience",   "purpose",          "output-format", "length",
    "constraints", "examples", "step-by-step", "delimiters", "success-criteria", "subtasks"};
constexpr std::array<std::string_view, kSignalCount> kSignalNames{
    "vague-word", "conflict", "long-sentence", "undefined-reference", "placeholder", "unbalanced-delimiter"};

// What a word-list phrase stands for.
enum class Kind {
    Role,
    TaskPhrase,
    Context,
    Audience,
    Purpose,
    OutputFormat,
    LengthPhrase,
    Prohibition,
    PositiveRule,
    ExampleMarker,
    StepByStep,
    Success,
    SubtaskWord,
    Negation,
    Vague,
    Brevity,
    Detail,
    BackReference,
    Pronoun,
};

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

WordSet wordSet(const std::vector<std::string> &words)
{
    WordSet set;
    for (const std::string &w : words)
        for (std::string &key : detail::phraseWords(w))
            set.insert(std::move(key));
    return set;
}

bool contains(const WordSet &set, std::string_view key)
{
    return set.find(key) != set.end();
}

struct Match
{
    Kind kind;
    int first; // token indices, inclusive
    int last;
};

Span spanOf(const PromptText &p, int first, int last)
{
    return {p.tokens[first].begin, p.tokens[last].end};
}

bool isNumber(std::string_view key)
{
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

struct PromptAnalyser::Lexicon
{
    PromptWordLists lists;
    struct Phrase
    {
        Kind kind;
        std::vector<std::string> words;
    };
    std::unordered_map<std::string, std::vector<Phrase>, StringHash, std::equal_to<>> byFirstWord;
    WordSet taskVerbs, politeWords, lengthUnits, numberWords;
    detail::ExampleKeys exampleKeys;

    void add(Kind kind, const std::vector<std::string> &phrases)
    {
        for (const std::string &phrase : phrases) {
            std::vector<std::string> words = detail::phraseWords(phrase);
            if (words.empty())
                continue;
            std::string first = words.front();
            byFirstWord[std::move(first)].push_back({kind, std::move(words)});
        }
    }

    std::vector<Match> matches(const PromptText &p) const
    {
        std::vector<Match> found;
        const int n = static_cast<int>(p.tokens.size());
        for (int i = 0; i < n; ++i) {
            const auto it = byFirstWord.find(p.tokens[i].key);
            if (it == byFirstWord.end())
                continue;
            for (const Phrase &phrase : it->second) {
                const int last = i + static_cast<int>(phrase.words.size()) - 1;
                if (last >= n || p.tokens[last].sentence != p.tokens[i].sentence)
                    continue;
                bool same = true;
                for (std::size_t w = 1; w < phrase.words.size() && same; ++w)
                    same = p.tokens[i + w].key == phrase.words[w];
                if (same)
                    found.push_back({phrase.kind, i, last});
            }
        }
        // A phrase inside a longer one of its kind ("above" in "the above") counts once.
        std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.first != b.first)
                return a.first < b.first;
            return a.last > b.last;
        });
        std::vector<Match> kept;
        for (const Match &m : found)
            if (kept.empty() || kept.back().kind != m.kind || m.last > kept.back().last)
                kept.push_back(m);
        std::stable_sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) { return a.first < b.first; });
        return kept;
    }
};

PromptAnalyser::PromptAnalyser(PromptWordLists lists)
    : lexicon_(std::make_unique<Lexicon>())
{
    Lexicon &x = *lexicon_;
    x.add(Kind::Role, lists.role);
    x.add(Kind::TaskPhrase, lists.taskPhrases);
    x.add(Kind::Context, lists.context);
    x.add(Kind::Audience, lists.audience);
    x.add(Kind::Purpose, lists.purpose);
    x.add(Kind::OutputFormat, lists.outputFormat);
    x.add(Kind::LengthPhrase, lists.lengthPhrases);
    x.add(Kind::Prohibition, lists.prohibitions);
    x.add(Kind::PositiveRule, lists.positiveRules);
    x.add(Kind::ExampleMarker, lists.exampleMarkers);
    x.add(Kind::StepByStep, lists.stepByStep);
    x.add(Kind::Success, lists.successCriteria);
    x.add(Kind::SubtaskWord, lists.subtaskWords);
    x.add(Kind::Negation, lists.negations);
    x.add(Kind::Vague, lists.vague);
    x.add(Kind::Brevity, lists.brevity);
    x.add(Kind::Detail, lists.detail);
    x.add(Kind::BackReference, lists.backReferences);
    x.add(Kind::Pronoun, lists.pronouns);
    x.taskVerbs = wordSet(lists.taskVerbs);
    x.politeWords = wordSet(lists.politeWords);
    x.lengthUnits = wordSet(lists.lengthUnits);
    x.numberWords = wordSet(lists.numberWords);
    for (const std::string &k : lists.exampleInputKeys)
        x.exampleKeys.input.push_back(k);
    for (const std::string &k : lists.exampleOutputKeys)
        x.exampleKeys.output.push_back(k);
    x.lists = std::move(lists);
}

PromptAnalyser::~PromptAnalyser() = default;
PromptAnalyser::PromptAnalyser(PromptAnalyser &&) noexcept = default;
PromptAnalyser &PromptAnalyser::operator=(PromptAnalyser &&) noexcept = default;

const PromptWordLists &PromptAnalyser::lists() const
{
    return lexicon_->lists;
}

PromptAnalysis PromptAnalyser::analyse(std::string_view prompt) const
{
    const Lexicon &x = *lexicon_;
    const PromptText p = detail::splitPrompt(prompt);
    const std::vector<Match> matches = x.matches(p);
    const int n = static_cast<int>(p.tokens.size());
    PromptAnalysis result;
    auto add = [&](Criterion c, Span span, Reason reason) { result.findings.push_back({c, span, reason}); };

    // A negation (or a prohibition) ending up to four words before a phrase, in its
    // clause, cancels the phrase: "do not include examples", "avoid bullet points".
    std::vector<char> negationEndsAt(n, 0), prohibitionAt(n, 0);
    for (const Match &m : matches) {
        if (m.kind == Kind::Negation || m.kind == Kind::Prohibition)
            negationEndsAt[m.last] = 1;
        if (m.kind == Kind::Prohibition)
            for (int j = m.first; j <= m.last; ++j)
                prohibitionAt[j] = 1;
    }
    auto negated = [&](const Match &m) {
        for (int j = std::max(0, m.first - 4); j < m.first; ++j)
            if (negationEndsAt[j] && p.tokens[j].clause == p.tokens[m.first].clause)
                return true;
        return false;
    };

    const Match *firstBrevity = nullptr;
    const Match *firstDetail = nullptr;
    int subtaskWords = 0;
    std::vector<Span> subtaskSpans;
    for (const Match &m : matches) {
        const Span span = spanOf(p, m.first, m.last);
        switch (m.kind) {
        case Kind::Prohibition:
            ++result.constraints.prohibitions;
            add(Criterion::Constraints, span, Reason::Prohibition);
            break;
        case Kind::PositiveRule:
            // "do not include" and "must not" are no positive rules.
            if (negated(m) || prohibitionAt[m.first])
                break;
            ++result.constraints.positiveRules;
            add(Criterion::Constraints, span, Reason::PositiveRule);
            break;
        case Kind::LengthPhrase:
            add(Criterion::Length, span, Reason::Phrase);
            break;
        case Kind::Vague:
            result.signals.push_back({Signal::VagueWord, span, {}});
            break;
        case Kind::BackReference:
            // Points back ("the above") from the first sentence: there is nothing above.
            if (p.tokens[m.first].sentence == 0)
                result.signals.push_back({Signal::UndefinedReference, span, {}});
            break;
        case Kind::Pronoun: {
            // "it" with only the task verb (and "please") before it in the whole prompt.
            bool onlyVerbs = true;
            for (int j = 0; j < m.first && onlyVerbs; ++j)
                onlyVerbs = contains(x.taskVerbs, p.tokens[j].key) || contains(x.politeWords, p.tokens[j].key);
            if (onlyVerbs)
                result.signals.push_back({Signal::UndefinedReference, span, {}});
            break;
        }
        case Kind::Negation:
            break;
        default: {
            if (negated(m))
                break;
            switch (m.kind) {
            case Kind::Role:
                add(Criterion::Role, span, Reason::Phrase);
                break;
            case Kind::TaskPhrase:
                add(Criterion::Task, span, Reason::Phrase);
                break;
            case Kind::Context:
                add(Criterion::Context, span, Reason::Phrase);
                break;
            case Kind::Audience:
                add(Criterion::Audience, span, Reason::Phrase);
                break;
            case Kind::Purpose:
                add(Criterion::Purpose, span, Reason::Phrase);
                break;
            case Kind::OutputFormat:
                add(Criterion::OutputFormat, span, Reason::Phrase);
                break;
            case Kind::ExampleMarker:
                add(Criterion::Examples, span, Reason::Phrase);
                break;
            case Kind::StepByStep:
                add(Criterion::StepByStep, span, Reason::Phrase);
                break;
            case Kind::Success:
                add(Criterion::SuccessCriteria, span, Reason::Phrase);
                break;
            case Kind::SubtaskWord:
                ++subtaskWords;
                subtaskSpans.push_back(span);
                break;
            case Kind::Brevity:
                if (!firstBrevity)
                    firstBrevity = &m;
                break;
            case Kind::Detail:
                if (!firstDetail)
                    firstDetail = &m;
                break;
            default:
                break;
            }
        }
        }
    }
    if (firstBrevity && firstDetail)
        result.signals.push_back({Signal::Conflict, spanOf(p, firstBrevity->first, firstBrevity->last),
                                  spanOf(p, firstDetail->first, firstDetail->last)});
    // Sequence words count as subtasks from two on ("first ..., then ...").
    if (subtaskWords >= 2)
        for (const Span &s : subtaskSpans)
            add(Criterion::Subtasks, s, Reason::Phrase);

    for (int i = 0; i < n; ++i) {
        const Token &t = p.tokens[i];
        // The task as an instruction: a sentence opens with an imperative (after "please").
        if (t.opensSentence) {
            int v = i;
            while (v < n && p.tokens[v].sentence == t.sentence && contains(x.politeWords, p.tokens[v].key))
                ++v;
            if (v < n && p.tokens[v].sentence == t.sentence && contains(x.taskVerbs, p.tokens[v].key))
                add(Criterion::Task, spanOf(p, v, v), Reason::OpeningVerb);
        }
        // A length: a number followed by a unit ("50 words", "three sentences").
        if (i + 1 < n && (isNumber(t.key) || contains(x.numberWords, t.key))
            && contains(x.lengthUnits, p.tokens[i + 1].key) && p.tokens[i + 1].sentence == t.sentence)
            add(Criterion::Length, spanOf(p, i, i + 1), Reason::NumberWithUnit);
    }
    for (const auto &[first, last] : p.sentences)
        if (last - first > x.lists.longSentenceWords)
            result.signals.push_back({Signal::LongSentence, spanOf(p, first, last - 1), {}});

    detail::findStructure(prompt, p, x.exampleKeys, result);

    std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding &a, const Finding &b) {
        if (a.criterion != b.criterion)
            return a.criterion < b.criterion;
        return a.span.begin < b.span.begin;
    });
    std::stable_sort(result.signals.begin(), result.signals.end(),
                     [](const SignalFinding &a, const SignalFinding &b) { return a.span.begin < b.span.begin; });
    return result;
}

std::string_view criterionName(Criterion criterion)
{
    return nameOf(kCriterionNames, criterion);
}
std::string_view signalName(Signal signal)
{
    return nameOf(kSignalNames, signal);
}

bool PromptAnalysis::has(Criterion criterion) const
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) { return f.criterion == criterion; });
}

int PromptAnalysis::count(Signal signal) const
{
    return static_cast<int>(
        std::count_if(signals.begin(), signals.end(), [&](const SignalFinding &s) { return s.signal == signal; }));
}

} // namespace loopwise::engine::prompts
