// The prompts lab's built-in demonstration model shows, measured on the triage task's own
// test cases (24 tickets, 5 seeds, temperature 0.7), the effects research finds in small
// models: few-shot examples set the format; majority label and recency shift the answers;
// contextual calibration reduces that shift; a role changes the style, not the accuracy.
// And what needs a large model it does not show: step-by-step instructions do not help it.
// Each test prints its figures (engine/README.md quotes them).

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/demo_model.h"
#include "loopwise/engine/prompt_tasks.h"
#include "loopwise/engine/tickets.h"
#include "prompt_test_content.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace {

using namespace loopwise::engine;
using namespace loopwise::engine::prompts;

constexpr int kSeeds = 5;

// The model trained on a language's corpus, and that language's triage task.
const DemoModel &model(const std::string &language = "en")
{
    static std::map<std::string, DemoModel> trained;
    auto it = trained.find(language);
    if (it == trained.end())
        it = trained.emplace(language, DemoModel::train(demoCorpus(promptContent(language, "demo_corpus.json")))).first;
    return it->second;
}

const PromptTask &triageTask(const std::string &language = "en")
{
    static std::map<std::string, PromptTask> tasks;
    auto it = tasks.find(language);
    if (it == tasks.end())
        it = tasks.emplace(language, tasksFromJson(promptContent(language, "tasks.json")).front()).first;
    return it->second;
}

// Example tickets from the triage tickets' world with a seed of their own (never a test case).
const std::vector<tickets::Ticket> &examplePool()
{
    static const std::vector<tickets::Ticket> pool = [] {
        tickets::TicketConfig config = assumptions::triageTickets();
        config.count = 300;
        config.urgentShare = 0.3;
        config.seed = 5;
        return tickets::generateTickets(config);
    }();
    return pool;
}

const std::map<std::string, std::string> kInstruction{
    {"en", "Classify each support ticket as urgent or normal.\n\n"},
    {"de", "Ordne jedes Support-Ticket als dringend oder normal ein.\n\n"}};

// A few-shot prompt whose examples have the labels of `arrangement` ('u' urgent, 'n' normal)
// in that order, each the next unused ticket of its kind; labels in the task's language.
std::string fewShot(std::string_view arrangement, std::string_view preamble = "", const std::string &language = "en")
{
    const std::vector<std::string> &labels = triageTask(language).labels;
    std::string prompt(preamble);
    prompt += kInstruction.at(language);
    std::size_t next[2] = {0, 0};
    for (char c : arrangement) {
        const bool urgent = c == 'u';
        std::size_t &i = next[urgent];
        while (examplePool()[i].urgent != urgent)
            ++i;
        const tickets::Ticket &t = examplePool()[i++];
        prompt += "Ticket: " + t.subject + "\n" + t.body + "\nLabel: " + labels[urgent ? 0 : 1] + "\n\n";
    }
    return prompt + "Ticket: {{input}}\nLabel:";
}

struct Figures
{
    double formatPass = 0.0; // the answer's label is one of the task's labels
    double accuracy = 0.0; // passesTask: the expected label
    double urgentShare = 0.0;
    double politeWords = 0.0; // per answer
    double outputTokens = 0.0; // per answer
};

bool polite(const std::string &word)
{
    for (const char *p : {"thank", "please", "sorry", "glad", "happy", "lovely", "appreciate", "patience"})
        if (word == p)
            return true;
    return false;
}

Figures run(const std::string &prompt, bool calibrate = false, const std::string &language = "en")
{
    const PromptTask &task = triageTask(language);
    GenerateOptions options;
    options.labels = task.labels;
    options.calibrate = calibrate;
    Figures f;
    int n = 0;
    for (int seed = 1; seed <= kSeeds; ++seed)
        for (const TestCase &c : task.cases) {
            options.seed = static_cast<std::uint64_t>(seed);
            const DemoAnswer answer = model(language).generate(prompt, c.input, options);
            const std::string label = answerLabel(answer.text);
            ++n;
            f.formatPass += label == task.labels[0] || label == task.labels[1];
            f.urgentShare += label == task.labels[0];
            f.accuracy += passesTask(task, c, answer.text);
            for (const std::string &w : tickets::words(answer.text))
                f.politeWords += polite(w);
            f.outputTokens += answer.outputTokens;
        }
    for (double *x : {&f.formatPass, &f.accuracy, &f.urgentShare, &f.politeWords, &f.outputTokens})
        *x /= n;
    return f;
}

// The figures of a prompt, printed under `what`.
Figures measured(const char *what, const std::string &prompt, const std::string &language = "en")
{
    const Figures f = run(prompt, false, language);
    std::printf("%-44s format %.2f  accuracy %.2f  urgent %.2f  polite words %.2f  tokens %.1f\n", what, f.formatPass,
                f.accuracy, f.urgentShare, f.politeWords, f.outputTokens);
    return f;
}

TEST(DemoModelEffects, FewShotExamplesSetTheAnswerFormat)
{
    const Figures zeroA = measured("zero-shot, the task's prompt A", triageTask().promptA);
    // The format said in words, with no example (the triage task's prompt B before it had examples).
    const Figures zeroB = measured("zero-shot, the format said in words",
                                   "You are a support lead who triages incoming tickets.\n"
                                   "Classify the ticket as urgent or normal.\n"
                                   "Answer with one word: urgent or normal.\n\n<ticket>\n{{input}}\n</ticket>");
    const Figures three = measured("3 examples (u n u)", fewShot("unu"));
    const Figures six = measured("6 examples (u n u n u n)", fewShot("ununun"));
    RecordProperty("format_zero_shot_A", std::to_string(zeroA.formatPass));
    RecordProperty("format_few_shot_6", std::to_string(six.formatPass));
    // Zero-shot it continues the text in the corpus's prose; with examples it answers a label.
    EXPECT_LE(zeroA.formatPass, 0.1);
    EXPECT_LE(zeroB.formatPass, 0.1);
    EXPECT_GE(three.formatPass, 0.85);
    EXPECT_GE(six.formatPass, 0.85);
}

TEST(DemoModelEffects, GoodExamplesGetAFairShareRight)
{
    const Figures six = measured("6 balanced examples", fewShot("ununun"));
    const auto &cases = triageTask().cases;
    const double normalShare
        = static_cast<double>(
              std::count_if(cases.begin(), cases.end(), [](const TestCase &c) { return c.expected == "normal"; }))
        / cases.size();
    std::printf("always answering the majority label \"normal\" would get %.2f\n", normalShare);
    RecordProperty("accuracy_few_shot_6", std::to_string(six.accuracy));
    EXPECT_GE(six.accuracy, 0.68);
    EXPECT_GT(six.accuracy, normalShare + 0.1);
}

struct Shift
{
    double raw = 0.0; // urgent share with the second arrangement minus the first
    double calibrated = 0.0; // the same with calibrate on
};

// How far the urgent share of the answers moves from one arrangement of the examples to
// another, without and with calibration; printed and recorded as <name>_shift(_calibrated).
Shift shift(const std::string &name, std::string_view first, std::string_view second)
{
    const Figures a = run(fewShot(first)), b = run(fewShot(second));
    const Figures ca = run(fewShot(first), true), cb = run(fewShot(second), true);
    const Shift result{b.urgentShare - a.urgentShare, cb.urgentShare - ca.urgentShare};
    std::printf("%s: urgent share %s %.2f vs %s %.2f (shift %.2f); calibrated %.2f vs %.2f (shift %.2f)\n",
                name.c_str(), std::string(first).c_str(), a.urgentShare, std::string(second).c_str(), b.urgentShare,
                result.raw, ca.urgentShare, cb.urgentShare, result.calibrated);
    ::testing::Test::RecordProperty(name + "_shift", std::to_string(result.raw));
    ::testing::Test::RecordProperty(name + "_shift_calibrated", std::to_string(result.calibrated));
    return result;
}

TEST(DemoModelEffects, MajorityLabelShiftsTheAnswersAndCalibrationReducesIt)
{
    // Four normal and one urgent against four urgent and one normal, minority in the middle.
    const Shift s = shift("majority", "nnunn", "uunuu");
    EXPECT_GE(s.raw, 0.3);
    // Calibration reduces the shift; as in Zhao et al., it does not remove it.
    EXPECT_LE(std::abs(s.calibrated), s.raw - 0.1);
}

TEST(DemoModelEffects, RecencyShiftsTheAnswersAndCalibrationReducesIt)
{
    // The same two urgent and four normal examples: urgent ones first, then last.
    const Shift s = shift("recency", "uunnnn", "nnnnuu");
    EXPECT_GE(s.raw, 0.15);
    EXPECT_LE(std::abs(s.calibrated), s.raw - 0.05);
}

TEST(DemoModelEffects, ARoleChangesTheStyleNotTheAccuracy)
{
    const std::string role = "You are a friendly support agent.\n";
    const std::string reply = "Write a reply to the customer who sent this ticket.\n\nTicket: {{input}}\nReply:";
    const Figures plainReply = measured("reply, no role", reply);
    const Figures roleReply = measured("reply, friendly role", role + reply);
    const Figures plainTriage = measured("triage, 6 examples, no role", fewShot("ununun"));
    const Figures roleTriage = measured("triage, 6 examples, friendly role", fewShot("ununun", role));
    RecordProperty("polite_words_without_role", std::to_string(plainReply.politeWords));
    RecordProperty("polite_words_with_role", std::to_string(roleReply.politeWords));
    EXPECT_GE(roleReply.politeWords, plainReply.politeWords + 0.5);
    EXPECT_NEAR(roleTriage.accuracy, plainTriage.accuracy, 0.05); // the stated margin
}

TEST(DemoModelEffects, StepByStepDoesNotHelpThisSmallModel)
{
    // Chain-of-thought prompting helps only large models (Wei et al. 2022); this one has no
    // reasoning to elicit, and the test shows it honestly.
    const std::string steps = "Think step by step first, then give your final answer on the last line.\n\n";
    const Figures plain = measured("6 examples", fewShot("ununun"));
    const Figures stepByStep = measured("6 examples, think step by step", fewShot("ununun", steps));
    RecordProperty("accuracy_step_by_step", std::to_string(stepByStep.accuracy));
    EXPECT_LE(stepByStep.accuracy, plain.accuracy + 0.02);
}

TEST(DemoModelEffects, TheGermanCorpusShowsTheFormatEffectWithGermanLabels)
{
    // English tickets (as in the German task), German notes, replies and labels.
    const Figures zeroA = measured("German: zero-shot, the task's prompt A", triageTask("de").promptA, "de");
    const Figures six = measured("German: 6 examples (u n u n u n)", fewShot("ununun", "", "de"), "de");
    EXPECT_LE(zeroA.formatPass, 0.1);
    EXPECT_GE(six.formatPass, 0.85);
    EXPECT_GE(six.accuracy, 0.68);
}

// The shipped starter pairs on the built-in model, each task's own cases, 5 seeds,
// temperature 0.7 (what the lab's first run shows): where the model can show the effect
// (a label task), prompt B's few-shot examples in the answer format pass far more often than
// prompt A; where it cannot (a summary, JSON), both fail and the lab says so
// (PromptRunWords::builtinLimit).
TEST(DemoModelEffects, StarterPairsShowTheEffectWhereTheModelCan)
{
    struct Expected
    {
        const char *language;
        const char *task;
        double passA;
        double passB;
    };
    const Expected table[] = {
        {"en", "triage", 0.0, 0.667},   {"en", "incident-summary", 0.0, 0.0}, {"en", "feedback", 0.0, 0.217},
        {"en", "extraction", 0.0, 0.0}, {"de", "triage", 0.0, 0.800},         {"de", "feedback", 0.0, 0.333},
        {"es", "triage", 0.0, 0.808},   {"es", "feedback", 0.0, 0.383},       {"fr", "triage", 0.0, 0.467},
        {"fr", "feedback", 0.0, 0.300}, {"de", "extraction", 0.0, 0.0},       {"fr", "incident-summary", 0.0, 0.0},
    };
    for (const char *language : {"en", "de", "es", "fr"})
        for (const PromptTask &task : tasksFromJson(promptContent(language, "tasks.json"))) {
            GenerateOptions options;
            options.labels = task.labels;
            double pass[2] = {0.0, 0.0};
            int n = 0;
            for (int seed = 1; seed <= kSeeds; ++seed)
                for (const TestCase &c : task.cases) {
                    options.seed = static_cast<std::uint64_t>(seed);
                    pass[0] += passesTask(task, c, model(language).generate(task.promptA, c.input, options).text);
                    pass[1] += passesTask(task, c, model(language).generate(task.promptB, c.input, options).text);
                    ++n;
                }
            pass[0] /= n;
            pass[1] /= n;
            std::printf("%s %-18s starter A %.3f  starter B %.3f\n", language, task.id.c_str(), pass[0], pass[1]);
            for (const Expected &e : table)
                if (e.language == std::string(language) && e.task == task.id) {
                    EXPECT_NEAR(pass[0], e.passA, 0.02) << language << " " << task.id;
                    EXPECT_NEAR(pass[1], e.passB, 0.02) << language << " " << task.id;
                }
            // Triage: B far above A. Feedback: B answers in the format, but the corpus says little
            // about feedback, so B's labels are right about as often as a guess among four.
            if (task.id == "triage")
                EXPECT_GE(pass[1], pass[0] + 0.4) << language << " " << task.id;
            else if (!task.labels.empty())
                EXPECT_GE(pass[1], pass[0] + 0.15) << language << " " << task.id;
            else
                EXPECT_EQ(pass[0] + pass[1], 0.0) << language << " " << task.id;
        }
}

} // namespace
