// The prompts lab's built-in demonstration model: its interface (options, determinism,
// token counts, cancelling, the corpus) and the tokenizer.

#include "demo_model_ngram.h"
#include "loopwise/engine/config_error.h"
#include "loopwise/engine/demo_model.h"
#include "loopwise/engine/prompt_tasks.h"
#include "prompt_test_content.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <iostream>

namespace {

using namespace loopwise::engine;
using namespace loopwise::engine::prompts;

Json shippedCorpus()
{
    return promptContent("en", "demo_corpus.json");
}

const DemoModel &model()
{
    static const DemoModel trained = DemoModel::train(demoCorpus(shippedCorpus()));
    return trained;
}

const std::string kZeroShot = "Is this ticket urgent? {{input}}";

TEST(DemoModel, TrainsInWellUnderASecondFromTheShippedText)
{
    const auto start = std::chrono::steady_clock::now();
    const DemoModel trained = DemoModel::train(demoCorpus(shippedCorpus()));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::cout << "demo model: " << trained.trainingTokens() << " training tokens, " << trained.vocabularySize()
              << " words, trained in " << ms << " ms\n";
    RecordProperty("train_ms", std::to_string(ms));
    EXPECT_GT(trained.trainingTokens(), 50000);
    EXPECT_GT(trained.vocabularySize(), 400);
    EXPECT_LT(ms, 5000.0); // "a few seconds at first use", with room for a loaded machine
}

TEST(DemoModel, RefusesATooSmallCorpus)
{
    EXPECT_THROW(DemoModel::train("Only a few words here."), std::invalid_argument);
}

TEST(DemoModel, CorpusHasTheShippedTextAndTheGeneratedTicketLog)
{
    const Json shipped = parseJson(R"({"paragraphs": ["Shipped text.", "A second paragraph."],
        "ticketLog": {"urgentNotes": ["It was urgent."], "normalNotes": ["It was normal."],
                      "voices": [{"role": "", "replies": ["Reply: plain."]},
                                 {"role": "You are kind.", "replies": ["Reply: kind."]}]}})");
    const std::string corpus = demoCorpus(shipped, {200, 11});
    EXPECT_EQ(corpus.rfind("Shipped text.\n\nA second paragraph.\n\n", 0), 0u);
    EXPECT_NE(corpus.find("\nIt was urgent.\nReply: plain.\n\n"), std::string::npos);
    EXPECT_NE(corpus.find("\nIt was normal.\nReply: plain.\n\n"), std::string::npos);
    // Voice 1 answers ticket 1 of every eight, its role above the ticket.
    const std::size_t kind = corpus.find("\n\nYou are kind.\n");
    ASSERT_NE(kind, std::string::npos);
    EXPECT_NE(corpus.find("Reply: kind.\n\n", kind), std::string::npos);
    // The shipped log writes prose notes, never the "Label: urgent" format of the examples.
    EXPECT_EQ(demoCorpus(shippedCorpus()).find("Label:"), std::string::npos);
    EXPECT_EQ(demoCorpus(shipped, {200, 11}), demoCorpus(shipped, {200, 11}));
    EXPECT_NE(demoCorpus(shipped, {200, 11}), demoCorpus(shipped, {200, 12}));
    EXPECT_THROW(demoCorpus(shipped, {5, 11}), std::invalid_argument);
    EXPECT_THROW(demoCorpus(parseJson(R"({"schema": 1})")), JsonError);
    EXPECT_THROW(demoCorpus(parseJson(R"({"paragraphs": [1], "ticketLog": {}})")), JsonError);
    EXPECT_THROW(demoCorpus(parseJson(R"({"paragraphs": [], "ticketLog": {"urgentNotes": [],
        "normalNotes": ["n"], "voices": [{"role": "", "replies": ["r"]}]}})")),
                 JsonError);
}

TEST(DemoModel, SameSeedSameAnswerOtherSeedsVary)
{
    const std::vector<TestCase> cases = ticketTriageCases(24, "urgent", "normal");
    GenerateOptions options;
    int differing = 0;
    for (const TestCase &c : cases) {
        options.seed = 3;
        const DemoAnswer first = model().generate(kZeroShot, c.input, options);
        const DemoAnswer again = model().generate(kZeroShot, c.input, options);
        EXPECT_EQ(first.text, again.text);
        EXPECT_EQ(first.outputTokens, again.outputTokens);
        options.seed = 4;
        differing += model().generate(kZeroShot, c.input, options).text != first.text;
    }
    EXPECT_GT(differing, 6); // temperature 0.7 samples: other seeds, other words
}

TEST(DemoModel, TemperatureZeroTakesTheLikeliestWordWhateverTheSeed)
{
    const std::string input = ticketTriageCases(24, "urgent", "normal")[16].input;
    GenerateOptions options;
    options.temperature = 0.0;
    options.seed = 1;
    const std::string first = model().generate(kZeroShot, input, options).text;
    options.seed = 99;
    EXPECT_EQ(model().generate(kZeroShot, input, options).text, first);
}

TEST(DemoModel, CountsPromptAndOutputTokens)
{
    const std::string input = "The whole app is down since 9 pm.";
    GenerateOptions options;
    options.maxTokens = 5;
    const DemoAnswer answer = model().generate(kZeroShot, input, options);
    EXPECT_EQ(answer.promptTokens, static_cast<int>(demo::tokenize("Is this ticket urgent? " + input).size()));
    EXPECT_GE(answer.outputTokens, 1);
    EXPECT_LE(answer.outputTokens, 5);
    EXPECT_EQ(static_cast<int>(demo::tokenize(answer.text).size()), answer.outputTokens);
    // Without a slot the input goes on a line of its own after the template.
    EXPECT_EQ(model().generate("Triage this.", input, options).promptTokens,
              static_cast<int>(demo::tokenize("Triage this.\n" + input).size()));
}

TEST(DemoModel, StopsWhenAskedTo)
{
    const std::atomic<bool> stop{true};
    const DemoAnswer answer = model().generate(kZeroShot, "The app is down.", {}, &stop);
    EXPECT_EQ(answer.outputTokens, 0);
    EXPECT_EQ(answer.text, "");
}

TEST(DemoModel, LabelScoresSumToOneAndOnlyWithLabels)
{
    GenerateOptions options;
    EXPECT_TRUE(model().generate(kZeroShot, "The app is down.", options).labelScores.empty());
    options.labels = {"urgent", "normal"};
    for (bool calibrate : {false, true}) {
        options.calibrate = calibrate;
        const DemoAnswer answer = model().generate(kZeroShot, "The app is down.", options);
        ASSERT_EQ(answer.labelScores.size(), 2u);
        EXPECT_NEAR(answer.labelScores[0] + answer.labelScores[1], 1.0, 1e-6);
    }
}

TEST(DemoModel, BadOptionsThrowConfigError)
{
    const auto refused = [](GenerateOptions options, Setting setting) {
        try {
            model().generate(kZeroShot, "x", options);
        } catch (const ConfigError &e) {
            EXPECT_EQ(e.setting(), setting);
            EXPECT_EQ(e.rule(), Rule::OutOfRange);
            return true;
        }
        return false;
    };
    GenerateOptions options;
    for (double t : {-0.1, 2.01, std::nan("")}) {
        options.temperature = t;
        EXPECT_TRUE(refused(options, Setting::Temperature)) << t;
    }
    options.temperature = 1.0;
    for (int n : {0, -3, 1025}) {
        options.maxTokens = n;
        EXPECT_TRUE(refused(options, Setting::MaxTokens)) << n;
    }
}

TEST(DemoModelTokens, SplitsWordsPunctuationAndLineBreaks)
{
    const std::vector<std::string> expected{"label", ":", "urgent", "\n", "can't", "log", "in", "!"};
    EXPECT_EQ(demo::tokenize("Label: URGENT\r\n  Can't log in!"), expected);
    EXPECT_EQ(demo::tokenize("Grüße"), std::vector<std::string>{"grüße"});
    EXPECT_EQ(demo::detokenize(expected), "label: urgent\ncan't log in!");
    EXPECT_EQ(demo::detokenize(demo::tokenize("feature-request (see <ticket>)")), "feature-request (see <ticket>)");
}

} // namespace
