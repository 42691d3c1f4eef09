#pragma once
// The prompts lab's structure and clarity analyser: finds in a prompt the parts that the
// published prompt-writing guides agree on (role, task, context, examples, ...) and the
// signals of an unclear prompt (vague words, conflicts, ...), each with the byte spans of
// the UTF-8 text it rests on and a reason code. The words it looks for are data
// (PromptWordLists, one set per language in the content pack), so a school can add its own.
//
// Matching is by whole words (runs of letters, digits and apostrophes; "etc" is not found in
// "sketch") and case-insensitive for ASCII and Latin-1 letters. A phrase preceded by a negation
// in its sentence ("do not include examples") does not count as the part it names.
// The engine returns codes and spans, never English sentences: the lab translates them.

#include "loopwise/engine/json.h"

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts {

// The slot where a test case's input goes; it is filled at run time, so it is no
// unfilled placeholder.
inline constexpr std::string_view kInputSlot = "{{input}}";

// Each list holds lower-case words or phrases (several words separated by spaces).
struct PromptWordLists
{
    std::string language; // "en", "de", ...
    std::vector<std::string> role; // "you are", "act as"
    std::vector<std::string> taskVerbs; // imperatives that open a sentence: "classify"
    std::vector<std::string> taskPhrases; // "your task is"
    std::vector<std::string> politeWords; // may come before the verb: "please"
    std::vector<std::string> context; // "background", "here is"
    std::vector<std::string> audience; // "for a manager", "audience"
    std::vector<std::string> purpose; // "so that", "the goal is"
    std::vector<std::string> outputFormat; // "json", "bullet points"
    std::vector<std::string> lengthPhrases; // "at most", "briefly"
    std::vector<std::string> lengthUnits; // after a number: "words", "sentences"
    std::vector<std::string> numberWords; // "one", "two", ...
    std::vector<std::string> prohibitions; // "do not", "never"
    std::vector<std::string> positiveRules; // "always", "must", "only"
    std::vector<std::string> exampleMarkers; // "example", "for instance"
    std::vector<std::string> exampleInputKeys; // line keys before ':' ("input", "ticket")
    std::vector<std::string> exampleOutputKeys; // line keys before ':' ("label", "output")
    std::vector<std::string> stepByStep; // "step by step", "think first"
    std::vector<std::string> successCriteria; // "a good answer", "success"
    std::vector<std::string> subtaskWords; // "first", "then", "finally"
    std::vector<std::string> negations; // "not", "no", "without"
    std::vector<std::string> vague; // "etc", "some", "things"
    std::vector<std::string> brevity; // "be brief", "short"
    std::vector<std::string> detail; // "in detail", "thoroughly"
    std::vector<std::string> backReferences; // "the above": need text before them
    std::vector<std::string> pronouns; // "it", "this": need a noun before them
    int longSentenceWords = 35; // a sentence with more words is very long
};

// Reads the lists from a content-pack file (resources/content/<lang>/prompts/analyser.json).
// Throws JsonError naming the missing or mistyped field.
PromptWordLists wordListsFromJson(const Json &json);

enum class Criterion {
    Role,
    Task,
    Context,
    Audience,
    Purpose,
    OutputFormat,
    Length,
    Constraints,
    Examples,
    StepByStep,
    Delimiters,
    SuccessCriteria,
    Subtasks,
};
inline constexpr int kCriterionCount = 13;
// role, task, context, audience, purpose, output-format, length, constraints, examples,
// step-by-step, delimiters, success-criteria, subtasks.
std::string_view criterionName(Criterion criterion);

enum class Signal { VagueWord, Conflict, LongSentence, UndefinedReference, Placeholder, UnbalancedDelimiter };
inline constexpr int kSignalCount = 6;
// vague-word, conflict, long-sentence, undefined-reference, placeholder, unbalanced-delimiter.
std::string_view signalName(Signal signal);

// Why a part was found.
enum class Reason {
    Phrase, // a phrase of the criterion's word list
    OpeningVerb, // a sentence opens with an imperative from taskVerbs
    NumberWithUnit, // "50 words", "three sentences"
    Prohibition, // a "do not" rule (Constraints)
    PositiveRule, // an "always"/"must" rule (Constraints)
    ExamplePair, // an input line followed by an output line ("Ticket: ...", "Label: ...")
    DelimitedBlock, // text inside tags, fences or triple quotes
    ListItem, // a numbered or bulleted line
    Section, // a heading, a label line ("Context:") or a "---" rule
};

struct Span
{
    std::size_t begin = 0; // byte offsets into the prompt's UTF-8 text
    std::size_t end = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

struct Finding
{
    Criterion criterion;
    Span span;
    Reason reason;
};

struct SignalFinding
{
    Signal signal;
    Span span;
    Span other; // Conflict: the instruction it conflicts with; else empty
};

struct ExampleFacts
{
    int count = 0; // input/output pairs
    bool consistentFormat = true; // every pair uses the same two keys
    std::string majorityLabel; // the most frequent output (lower case); ties: first seen
    double majorityShare = 0.0; // its share of the examples
    bool balanced = true; // no label is more than half again as frequent as another
    std::string lastLabel; // the last example's output (lower case)
};

struct ConstraintFacts
{
    int prohibitions = 0; // "do not ..." rules
    int positiveRules = 0; // "always/must/only ..." rules
    // There are rules, and they only say what not to do (the guides advise saying what to do).
    bool onlyProhibitions() const { return prohibitions > 0 && positiveRules == 0; }
};

struct DelimiterFacts
{
    int blocks = 0; // delimited blocks (tag pairs, fences, triple quotes)
    int sections = 0; // markdown headings and lines that are a label ending in ':'
    bool balanced = true; // every tag, fence and quote has its partner
};

struct PromptAnalysis
{
    std::vector<Finding> findings; // in text order within each criterion
    std::vector<SignalFinding> signals;
    ExampleFacts examples;
    ConstraintFacts constraints;
    DelimiterFacts delimiters;

    bool has(Criterion criterion) const;
    int count(Signal signal) const;
};

// The word lists prepared for fast matching; build it once per language and keep it.
class PromptAnalyser
{
public:
    explicit PromptAnalyser(PromptWordLists lists);
    ~PromptAnalyser();
    PromptAnalyser(PromptAnalyser &&) noexcept;
    PromptAnalyser &operator=(PromptAnalyser &&) noexcept;

    PromptAnalysis analyse(std::string_view prompt) const;
    const PromptWordLists &lists() const;

private:
    struct Lexicon;
    std::unique_ptr<Lexicon> lexicon_;
};

// The guides that recommend a criterion, as bit flags.
enum Guide : unsigned { OpenAIGuide = 1u, AnthropicGuide = 2u, GoogleGuide = 4u };
// openai, anthropic, google: the guides are OpenAI's "Prompt engineering" guide, Anthropic's
// "Prompt engineering overview" and Google's "Prompt design strategies" (Gemini API).
std::string_view guideName(Guide guide);
unsigned guidesRecommending(Criterion criterion);

// A against B criterion by criterion, and the facts for a summary of what B does that A
// does not (and the reverse). It never says which prompt works: only a test run can.
struct CriterionRow
{
    Criterion criterion;
    bool inA = false;
    bool inB = false;
    unsigned guides = 0;
};

struct PromptComparison
{
    std::array<CriterionRow, kCriterionCount> rows{};
    std::vector<Criterion> onlyInB;
    std::vector<Criterion> onlyInA;
    std::vector<Signal> fewerInB; // clarity signals B has fewer of than A
    std::vector<Signal> moreInB;
};

PromptComparison comparePrompts(const PromptAnalysis &a, const PromptAnalysis &b);

} // namespace loopwise::engine::prompts
