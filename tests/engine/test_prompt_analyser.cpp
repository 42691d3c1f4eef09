#include "loopwise/engine/prompt_analyser.h"

#include "prompt_test_content.h"

#include <gtest/gtest.h>

#include <string>

using namespace loopwise::engine::prompts;

namespace {

const PromptAnalyser &analyser(const std::string &language)
{
    static const PromptAnalyser en(wordListsFromJson(promptContent("en", "analyser.json")));
    static const PromptAnalyser de(wordListsFromJson(promptContent("de", "analyser.json")));
    return language == "de" ? de : en;
}

std::string spanText(const std::string &text, Span span)
{
    return text.substr(span.begin, span.end - span.begin);
}

struct CriterionCase
{
    const char *language;
    const char *prompt;
    Criterion criterion;
    bool found;
};

class CriterionTable : public ::testing::TestWithParam<CriterionCase>
{};

TEST_P(CriterionTable, FoundOrNot)
{
    const CriterionCase &c = GetParam();
    const PromptAnalysis a = analyser(c.language).analyse(c.prompt);
    EXPECT_EQ(a.has(c.criterion), c.found) << c.language << " '" << c.prompt << "' " << criterionName(c.criterion);
}

INSTANTIATE_TEST_SUITE_P(
    Prompts, CriterionTable,
    ::testing::Values(
        CriterionCase{"en", "You are an experienced support lead.", Criterion::Role, true},
        CriterionCase{"en", "Support tickets arrive all day.", Criterion::Role, false},
        CriterionCase{"en", "Please classify the ticket below.", Criterion::Task, true},
        CriterionCase{"en", "The ticket below is about a login.", Criterion::Task, false},
        CriterionCase{"en", "Background: we sell accounting software.", Criterion::Context, true},
        CriterionCase{"en", "Summarise the incident.", Criterion::Context, false},
        CriterionCase{"en", "Write it for a manager who is not technical.", Criterion::Audience, true},
        CriterionCase{"en", "Write a summary.", Criterion::Audience, false},
        CriterionCase{"en", "Summarise the incident so that the manager can decide.", Criterion::Purpose, true},
        CriterionCase{"en", "Answer with one word: urgent or normal.", Criterion::OutputFormat, true},
        CriterionCase{"en", "Return the fields as JSON.", Criterion::OutputFormat, true},
        CriterionCase{"en", "Do not use a table.", Criterion::OutputFormat, false},
        CriterionCase{"en", "Use at most 60 words.", Criterion::Length, true},
        CriterionCase{"en", "Write three sentences.", Criterion::Length, true},
        CriterionCase{"en", "Write a summary of the incident.", Criterion::Length, false},
        CriterionCase{"en", "Never guess a customer's name.", Criterion::Constraints, true},
        CriterionCase{"en", "Summarise the incident.", Criterion::Constraints, false},
        CriterionCase{"en", "Here are two examples.", Criterion::Examples, true},
        CriterionCase{"en", "Do not include examples in your answer.", Criterion::Examples, false},
        CriterionCase{"en", "Ticket: Login fails\nLabel: urgent", Criterion::Examples, true},
        CriterionCase{"en", "Think step by step before you answer.", Criterion::StepByStep, true},
        CriterionCase{"en", "Do not think step by step, just answer.", Criterion::StepByStep, false},
        CriterionCase{"en", "Classify this:\n<ticket>\nLogin fails\n</ticket>", Criterion::Delimiters, true},
        CriterionCase{"en", "Classify the ticket.", Criterion::Delimiters, false},
        CriterionCase{"en", "A good answer names the cause and the next step.", Criterion::SuccessCriteria, true},
        CriterionCase{"en", "Name the cause.", Criterion::SuccessCriteria, false},
        CriterionCase{"en", "1. Read the ticket.\n2. Decide the urgency.\n3. Give the label.", Criterion::Subtasks,
                      true},
        CriterionCase{"en", "First read the ticket, then decide.", Criterion::Subtasks, true},
        CriterionCase{"en", "First read the ticket.", Criterion::Subtasks, false},
        CriterionCase{"de", "Du bist eine erfahrene Support-Leiterin.", Criterion::Role, true},
        CriterionCase{"de", "Bitte klassifiziere das Ticket.", Criterion::Task, true},
        CriterionCase{"de", "Das Ticket kam gestern.", Criterion::Task, false},
        CriterionCase{"de", "Schreibe für eine Führungskraft ohne Technikwissen.", Criterion::Audience, true},
        CriterionCase{"de", "Antworte mit einem Wort.", Criterion::OutputFormat, true},
        CriterionCase{"de", "Höchstens 60 Wörter.", Criterion::Length, true},
        CriterionCase{"de", "Nenne keine Beispiele.", Criterion::Examples, false},
        CriterionCase{"de", "Hier sind zwei Beispiele.", Criterion::Examples, true},
        CriterionCase{"de", "Denke zuerst Schritt für Schritt nach.", Criterion::StepByStep, true},
        CriterionCase{"de", "Eine gute Antwort nennt die Ursache.", Criterion::SuccessCriteria, true},
        CriterionCase{"de", "Zuerst liest du das Ticket, dann entscheidest du.", Criterion::Subtasks, true}));

} // namespace

TEST(PromptAnalyser, SpansPointAtTheWordsFound)
{
    const std::string prompt = "Please classify the ticket. You are a support lead.";
    const PromptAnalysis a = analyser("en").analyse(prompt);
    ASSERT_TRUE(a.has(Criterion::Task));
    ASSERT_TRUE(a.has(Criterion::Role));
    for (const Finding &f : a.findings) {
        if (f.criterion == Criterion::Task) {
            EXPECT_EQ(spanText(prompt, f.span), "classify");
            EXPECT_EQ(f.reason, Reason::OpeningVerb);
        }
        if (f.criterion == Criterion::Role) {
            EXPECT_EQ(spanText(prompt, f.span), "You are");
        }
    }
}

TEST(PromptAnalyser, WholeWordsOnly)
{
    // "etc" inside "sketch", "some" inside "awesome", "it" inside "with": nothing.
    const PromptAnalysis a = analyser("en").analyse("Sketch an awesome plan with the team.");
    EXPECT_EQ(a.count(Signal::VagueWord), 0);
    EXPECT_EQ(a.count(Signal::UndefinedReference), 0);
    const std::string vague = "Add things like dates etc.";
    const PromptAnalysis b = analyser("en").analyse(vague);
    ASSERT_EQ(b.count(Signal::VagueWord), 2);
    EXPECT_EQ(spanText(vague, b.signals[0].span), "things");
    EXPECT_EQ(spanText(vague, b.signals[1].span), "etc");
}

TEST(PromptAnalyser, ConstraintsSayWhatToDoOrOnlyWhatNot)
{
    const PromptAnalysis onlyNot = analyser("en").analyse("Do not use jargon. Never guess.");
    EXPECT_EQ(onlyNot.constraints.prohibitions, 2);
    EXPECT_EQ(onlyNot.constraints.positiveRules, 0);
    EXPECT_TRUE(onlyNot.constraints.onlyProhibitions());
    // "do not include" is no positive rule; "must not" is one prohibition, not a "must".
    const PromptAnalysis negatedRules = analyser("en").analyse("Do not include names. You must not guess.");
    EXPECT_EQ(negatedRules.constraints.positiveRules, 0);
    EXPECT_EQ(negatedRules.constraints.prohibitions, 2);
    const PromptAnalysis both = analyser("en").analyse("Do not use jargon; always use plain words.");
    EXPECT_GE(both.constraints.positiveRules, 1);
    EXPECT_FALSE(both.constraints.onlyProhibitions());
}

TEST(PromptAnalyser, ExamplesCountFormatBalanceAndLastLabel)
{
    const std::string prompt = "Classify each ticket.\n"
                               "Ticket: Server down for everyone\nLabel: urgent\n"
                               "Ticket: How do I change my avatar?\nLabel: normal\n"
                               "Ticket: Invoice has a typo\nLabel: normal\n"
                               "Message: Cannot log in since noon\nAnswer: urgent\n"
                               "Ticket: {{input}}\nLabel:";
    const PromptAnalysis a = analyser("en").analyse(prompt);
    EXPECT_EQ(a.examples.count, 4); // the slot at the end is the question, no example
    EXPECT_FALSE(a.examples.consistentFormat);
    EXPECT_EQ(a.examples.majorityLabel, "urgent"); // 2 : 2, first seen wins
    EXPECT_DOUBLE_EQ(a.examples.majorityShare, 0.5);
    EXPECT_TRUE(a.examples.balanced);
    EXPECT_EQ(a.examples.lastLabel, "urgent");
    EXPECT_EQ(a.count(Signal::Placeholder), 0); // {{input}} is filled per test case

    const PromptAnalysis skewed
        = analyser("en").analyse("Ticket: a\nLabel: normal\nTicket: b\nLabel: normal\nTicket: c\nLabel: normal\n"
                                 "Ticket: d\nLabel: urgent.");
    EXPECT_EQ(skewed.examples.count, 4);
    EXPECT_TRUE(skewed.examples.consistentFormat);
    EXPECT_EQ(skewed.examples.majorityLabel, "normal");
    EXPECT_DOUBLE_EQ(skewed.examples.majorityShare, 0.75);
    EXPECT_FALSE(skewed.examples.balanced);
    EXPECT_EQ(skewed.examples.lastLabel, "urgent");
}

TEST(PromptAnalyser, DelimitersAndTheirBalance)
{
    const std::string balanced = "Summarise:\n<incident>\nDB failover at 02:00\n</incident>\n\"\"\"notes\"\"\"";
    const PromptAnalysis a = analyser("en").analyse(balanced);
    EXPECT_EQ(a.delimiters.blocks, 2);
    EXPECT_TRUE(a.delimiters.balanced);
    EXPECT_EQ(a.count(Signal::UnbalancedDelimiter), 0);
    EXPECT_TRUE(a.has(Criterion::Context)); // the delimited text is reference text
    EXPECT_EQ(a.delimiters.sections, 1); // "Summarise:"

    const std::string broken = "Summarise <incident>\nDB failover\n</incdent> and \"the notes.\n```\ncode";
    const PromptAnalysis b = analyser("en").analyse(broken);
    EXPECT_FALSE(b.delimiters.balanced);
    // The misspelt closing tag, the open tag, the lone quote and the unclosed fence.
    EXPECT_EQ(b.count(Signal::UnbalancedDelimiter), 4);
    const PromptAnalysis notATag = analyser("en").analyse("Flag it if a < b and c > d.");
    EXPECT_EQ(notATag.count(Signal::UnbalancedDelimiter), 0);
}

TEST(PromptAnalyser, ClaritySignals)
{
    const PromptAnalysis conflict = analyser("en").analyse("Be brief. Explain the cause in detail.");
    ASSERT_EQ(conflict.count(Signal::Conflict), 1);
    const std::string c = "Be brief. Explain the cause in detail.";
    for (const SignalFinding &s : conflict.signals)
        if (s.signal == Signal::Conflict) {
            EXPECT_EQ(spanText(c, s.span), "Be brief");
            EXPECT_EQ(spanText(c, s.other), "in detail");
        }
    EXPECT_EQ(analyser("en").analyse("Be brief. Do not explain in detail.").count(Signal::Conflict), 0);

    std::string longSentence = "Write";
    for (int i = 0; i < 40; ++i)
        longSentence += " word";
    longSentence += ". Short one.";
    EXPECT_EQ(analyser("en").analyse(longSentence).count(Signal::LongSentence), 1);

    EXPECT_EQ(analyser("en").analyse("Summarise the above.").count(Signal::UndefinedReference), 1);
    EXPECT_EQ(analyser("en").analyse("Please summarise it.").count(Signal::UndefinedReference), 1);
    EXPECT_EQ(analyser("en").analyse("Read the ticket and classify it.").count(Signal::UndefinedReference), 0);
    EXPECT_EQ(analyser("en").analyse("Ticket: a crash.\nSummarise the above.").count(Signal::UndefinedReference), 0);

    const std::string holes = "Write to {customer_name} about [PRODUCT NAME] and {{tone}}.";
    const PromptAnalysis p = analyser("en").analyse(holes);
    ASSERT_EQ(p.count(Signal::Placeholder), 3);
    EXPECT_EQ(spanText(holes, p.signals[0].span), "{customer_name}");
    EXPECT_EQ(spanText(holes, p.signals[1].span), "[PRODUCT NAME]");
    EXPECT_EQ(spanText(holes, p.signals[2].span), "{{tone}}");
    EXPECT_EQ(analyser("en").analyse("Answer as {\"label\": \"urgent\"}.").count(Signal::Placeholder), 0);
}

TEST(PromptAnalyser, GermanSignalsAndCapitalUmlauts)
{
    const std::string prompt = "Fasse das Obige kurz zusammen. Erkläre ausführlich Dinge usw.";
    const PromptAnalysis a = analyser("de").analyse(prompt);
    EXPECT_EQ(a.count(Signal::UndefinedReference), 1); // "Obige": nothing above
    EXPECT_EQ(a.count(Signal::Conflict), 1); // kurz / ausführlich
    EXPECT_EQ(a.count(Signal::VagueWord), 2); // Dinge, usw
    EXPECT_TRUE(analyser("de").analyse("ÜBERSETZE den Text.").has(Criterion::Task));
}

TEST(PromptAnalyser, ComparisonRowsGuidesAndSummaryFacts)
{
    const PromptAnalysis a = analyser("en").analyse("Sort it: urgent or not, etc.");
    const PromptAnalysis b = analyser("en").analyse("You are a support lead. Classify the ticket as urgent or normal.\n"
                                                    "Answer with one word.\n<ticket>\n{{input}}\n</ticket>");
    const PromptComparison c = comparePrompts(a, b);
    EXPECT_EQ(c.rows[static_cast<int>(Criterion::Role)].criterion, Criterion::Role);
    EXPECT_FALSE(c.rows[static_cast<int>(Criterion::Role)].inA);
    EXPECT_TRUE(c.rows[static_cast<int>(Criterion::Role)].inB);
    const std::vector<Criterion> expected{Criterion::Role, Criterion::Context, Criterion::OutputFormat,
                                          Criterion::Length, Criterion::Delimiters};
    EXPECT_EQ(c.onlyInB, expected);
    EXPECT_TRUE(c.onlyInA.empty());
    EXPECT_EQ(c.fewerInB, (std::vector<Signal>{Signal::VagueWord, Signal::UndefinedReference}));
    EXPECT_EQ(c.rows[static_cast<int>(Criterion::SuccessCriteria)].guides, unsigned(AnthropicGuide));
    for (const CriterionRow &row : c.rows)
        EXPECT_NE(row.guides, 0u) << criterionName(row.criterion);
    EXPECT_EQ(guideName(GoogleGuide), "google");
}

TEST(PromptAnalyser, WordListsNeedEveryField)
{
    loopwise::engine::Json lists = promptContent("en", "analyser.json");
    EXPECT_EQ(wordListsFromJson(lists).language, "en");
    loopwise::engine::Json::Object fields = lists.asObject();
    fields.erase(fields.begin() + 3);
    EXPECT_THROW(wordListsFromJson(loopwise::engine::Json(fields)), loopwise::engine::JsonError);
    lists.set("longSentenceWords", 1);
    EXPECT_THROW(wordListsFromJson(lists), loopwise::engine::JsonError);
}

TEST(PromptAnalyser, EmptyTextTypographicApostropheAndMultibyteSpans)
{
    const PromptAnalysis empty = analyser("en").analyse("");
    EXPECT_TRUE(empty.findings.empty());
    EXPECT_TRUE(empty.signals.empty());
    // "don’t" with a typographic apostrophe negates like "don't".
    EXPECT_FALSE(analyser("en").analyse("Don’t include examples.").has(Criterion::Examples));
    // Spans are bytes of the UTF-8 text, after multi-byte letters too.
    const std::string prompt = "Für Kundinnen: Antworte mit höchstens 50 Wörtern.";
    const PromptAnalysis a = analyser("de").analyse(prompt);
    bool numberWithUnit = false;
    for (const Finding &f : a.findings)
        if (f.criterion == Criterion::Length && f.reason == Reason::NumberWithUnit) {
            numberWithUnit = true;
            EXPECT_EQ(spanText(prompt, f.span), "50 Wörtern");
        }
    EXPECT_TRUE(numberWithUnit);
}
