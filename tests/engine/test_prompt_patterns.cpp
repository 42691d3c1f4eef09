#include "loopwise/engine/prompt_patterns.h"

#include "prompt_test_content.h"

#include <gtest/gtest.h>

using namespace loopwise::engine::prompts;

namespace {

PatternPhrases english()
{
    return patternPhrasesFromJson(promptContent("en", "patterns.json"));
}

std::string spanText(const std::string &text, Span span)
{
    return text.substr(span.begin, span.end - span.begin);
}

const std::string kTriage = "Classify the ticket as urgent or normal.\n\nTicket: {{input}}\nLabel:";

} // namespace

TEST(PromptPatterns, AddRoleAtTheTopShowsTheDiffAndUndoes)
{
    const PromptEdit edit = addRole(kTriage, english(), "an experienced support lead");
    EXPECT_EQ(edit.text, "You are an experienced support lead.\n" + kTriage);
    ASSERT_EQ(edit.added().size(), 1u);
    EXPECT_EQ(spanText(edit.text, edit.added()[0]), "You are an experienced support lead.\n");
    EXPECT_TRUE(edit.removed().empty());
    EXPECT_EQ(undoEdit(edit.text, edit.changes), kTriage);
}

TEST(PromptPatterns, ExamplesStepsAndFormatGoBeforeTheInputSlot)
{
    const PatternPhrases en = english();
    const PromptEdit examples = addExamples(kTriage, en, {{"Server down", "urgent"}, {"New logo?", "normal"}});
    EXPECT_EQ(examples.text,
              "Classify the ticket as urgent or normal.\n\nExamples:\n\nInput: Server down\nOutput: urgent"
              "\n\nInput: New logo?\nOutput: normal\n\nTicket: {{input}}\nLabel:");
    EXPECT_EQ(undoEdit(examples.text, examples.changes), kTriage);

    const PromptEdit steps = addStepByStep(kTriage, en);
    EXPECT_NE(steps.text.find(en.stepByStep + "\n\nTicket: {{input}}"), std::string::npos);
    EXPECT_EQ(undoEdit(steps.text, steps.changes), kTriage);

    const PromptEdit format = addOutputFormat("Summarise the incident.", en, "three bullet points");
    EXPECT_EQ(format.text, "Summarise the incident.\n\nAnswer in this format: three bullet points");
    EXPECT_EQ(spanText(format.text, format.added()[0]), "\n\nAnswer in this format: three bullet points");
    EXPECT_EQ(undoEdit(format.text, format.changes), "Summarise the incident.");
}

TEST(PromptPatterns, DelimitersWrapTheSlotOrTheLastParagraph)
{
    const PatternPhrases en = english();
    const PromptEdit slot = addDelimiters(kTriage, en);
    EXPECT_EQ(slot.text, "Classify the ticket as urgent or normal.\n\nTicket: <input>\n{{input}}\n</input>\nLabel:");
    ASSERT_EQ(slot.added().size(), 2u);
    EXPECT_EQ(spanText(slot.text, slot.added()[0]), "<input>\n");
    EXPECT_EQ(spanText(slot.text, slot.added()[1]), "\n</input>");
    EXPECT_EQ(undoEdit(slot.text, slot.changes), kTriage);

    const std::string pasted = "Summarise this incident.\n\nDB failover at 02:00, 40 minutes down.\n";
    const PromptEdit paragraph = addDelimiters(pasted, en);
    EXPECT_EQ(paragraph.text,
              "Summarise this incident.\n\n<input>\nDB failover at 02:00, 40 minutes down.\n</input>\n");
    EXPECT_EQ(undoEdit(paragraph.text, paragraph.changes), pasted);

    const PromptEdit nothing = addDelimiters("One line only.", en);
    EXPECT_EQ(nothing.text, "One line only.");
    EXPECT_TRUE(nothing.changes.empty());
}

TEST(PromptPatterns, UndoRestoresAReplacement)
{
    // A change that removes text too (as a caller's own edit may): undo puts it back.
    const std::string before = "Be brief. Explain in detail.";
    const std::vector<Replacement> changes{{0, "Be brief.", "Use at most 60 words."}};
    PromptEdit edit{"Use at most 60 words. Explain in detail.", changes};
    EXPECT_EQ(spanText(before, edit.removed()[0]), "Be brief.");
    EXPECT_EQ(spanText(edit.text, edit.added()[0]), "Use at most 60 words.");
    EXPECT_EQ(undoEdit(edit.text, edit.changes), before);
}

TEST(PromptPatterns, GermanPhrases)
{
    const PatternPhrases de = patternPhrasesFromJson(promptContent("de", "patterns.json"));
    EXPECT_EQ(addRole("Fasse zusammen.", de, "eine Support-Leiterin").text,
              "Du bist eine Support-Leiterin.\nFasse zusammen.");
    loopwise::engine::Json broken = promptContent("de", "patterns.json");
    loopwise::engine::Json::Object fields = broken.asObject();
    fields.pop_back();
    EXPECT_THROW(patternPhrasesFromJson(loopwise::engine::Json(fields)), loopwise::engine::JsonError);
}
