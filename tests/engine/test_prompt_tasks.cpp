#include "loopwise/engine/prompt_tasks.h"

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/prompt_analyser.h"
#include "loopwise/engine/tickets.h"
#include "prompt_test_content.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace loopwise::engine::prompts;
using loopwise::engine::JsonError;

namespace {

const PromptTask &task(const std::vector<PromptTask> &tasks, const std::string &id)
{
    const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const PromptTask &t) { return t.id == id; });
    if (it == tasks.end())
        throw std::runtime_error("no task " + id);
    return *it;
}

TaskCheck checkOf(CheckKind kind)
{
    TaskCheck c;
    c.kind = kind;
    return c;
}

} // namespace

TEST(PromptTasks, FourStarterTasksInEachLanguage)
{
    for (const char *language : {"en", "de", "es", "fr", "ar"}) {
        const std::vector<PromptTask> tasks = tasksFromJson(promptContent(language, "tasks.json"));
        ASSERT_EQ(tasks.size(), 4u) << language;
        for (const char *id : {"triage", "incident-summary", "feedback", "extraction"}) {
            const PromptTask &t = task(tasks, id);
            EXPECT_FALSE(t.promptA.empty());
            EXPECT_NE(t.promptB.find(kInputSlot), std::string::npos) << language << " " << id;
            EXPECT_FALSE(t.checks.empty());
        }
        EXPECT_GE(task(tasks, "triage").cases.size(), 20u);
        EXPECT_GE(task(tasks, "feedback").cases.size(), 12u);
        // Every expected label is one of the task's labels, and the expected answer passes.
        for (const char *id : {"triage", "feedback"}) {
            const PromptTask &t = task(tasks, id);
            for (const TestCase &c : t.cases) {
                EXPECT_NE(std::find(t.labels.begin(), t.labels.end(), c.expected), t.labels.end());
                EXPECT_TRUE(passesTask(t, c, c.expected));
            }
        }
        const PromptTask &extraction = task(tasks, "extraction");
        for (const TestCase &c : extraction.cases)
            EXPECT_TRUE(passesTask(extraction, c, c.expected));
    }
}

TEST(PromptTasks, TriageCasesComeFromTheSharedTicketGenerator)
{
    const std::vector<TestCase> cases = ticketTriageCases(24, "urgent", "normal");
    ASSERT_EQ(cases.size(), 24u);
    EXPECT_EQ(std::count_if(cases.begin(), cases.end(), [](const TestCase &c) { return c.expected == "urgent"; }), 10);
    const auto tickets = loopwise::engine::tickets::generateTickets(loopwise::engine::assumptions::triageTickets());
    const auto firstUrgent = std::find_if(tickets.begin(), tickets.end(), [](const auto &t) { return t.urgent; });
    const auto found = std::find_if(cases.begin(), cases.end(), [&](const TestCase &c) {
        return c.input == firstUrgent->subject + "\n" + firstUrgent->body;
    });
    ASSERT_NE(found, cases.end());
    EXPECT_EQ(found->expected, "urgent");
    EXPECT_EQ(tickets.front().subject + "\n" + tickets.front().body, cases.front().input);
    EXPECT_THROW(ticketTriageCases(1, "u", "n"), std::invalid_argument);
}

TEST(PromptTasks, ExactLabelReadsTheLastLine)
{
    const TestCase c{"", "urgent", {}};
    const TaskCheck exact = checkOf(CheckKind::ExactLabel);
    EXPECT_TRUE(passesCheck(exact, c, "urgent"));
    EXPECT_TRUE(passesCheck(exact, c, "Let me think.\nThe server is down.\nLabel: **Urgent**."));
    EXPECT_FALSE(passesCheck(exact, c, "urgent, I think not: normal"));
    EXPECT_FALSE(passesCheck(exact, c, "This is urgent.")); // a sentence is no label
    EXPECT_EQ(answerLabel("  \"Normal\"!\n"), "normal");
}

TEST(PromptTasks, ContainsFormatJsonAndLength)
{
    const TestCase summary{"", "", {"checkout", "disk"}};
    const TaskCheck contains = checkOf(CheckKind::Contains);
    EXPECT_TRUE(passesCheck(contains, summary, "Checkout failed because the Disk was full."));
    EXPECT_FALSE(passesCheck(contains, summary, "Checkout failed because of diskspace."));

    TaskCheck format = checkOf(CheckKind::MatchesFormat);
    format.pattern = "Impact: .+\\nCause: .+\\nNext step: .+";
    EXPECT_TRUE(passesCheck(format, summary, "Impact: all buyers, 42 min\nCause: disk full\nNext step: alert"));
    EXPECT_FALSE(passesCheck(format, summary, "Impact: all buyers. Cause: disk full. Next step: alert"));

    TaskCheck fields = checkOf(CheckKind::JsonFields);
    fields.fields = {"customer", "order_id"};
    const TestCase order{"", "{\"order_id\":\"48213\"}", {}};
    EXPECT_TRUE(passesCheck(fields, order, "```json\n{\"customer\": \"Maria\", \"order_id\": \"48213\"}\n```"));
    EXPECT_FALSE(passesCheck(fields, order, "{\"customer\": \"Maria\", \"order_id\": 48213}")); // a number
    EXPECT_FALSE(passesCheck(fields, order, "{\"order_id\": \"48213\"}")); // no customer
    EXPECT_FALSE(passesCheck(fields, order, "Here is the JSON: {\"customer\": 1}"));
    EXPECT_FALSE(passesCheck(fields, order, "[1, 2]"));

    TaskCheck length = checkOf(CheckKind::LengthWithin);
    length.minWords = 3;
    length.maxWords = 5;
    EXPECT_TRUE(passesCheck(length, summary, "one two three"));
    EXPECT_TRUE(passesCheck(length, summary, "eins zwei drei vier fünf"));
    EXPECT_FALSE(passesCheck(length, summary, "one two"));
    EXPECT_FALSE(passesCheck(length, summary, "one two three four five six"));
}

TEST(PromptTasks, BadTaskFilesAreRefused)
{
    using loopwise::engine::parseJson;
    EXPECT_THROW(tasksFromJson(parseJson(R"({"tasks":[{"id":"x","title":"t","promptA":"a","promptB":"b",
        "checks":[{"kind":"telepathy"}],"cases":[{"input":"i"}]}]})")),
                 JsonError);
    EXPECT_THROW(tasksFromJson(parseJson(R"({"tasks":[{"id":"x","title":"t","promptA":"a","promptB":"b",
        "checks":[{"kind":"matches-format","pattern":"(("}],"cases":[{"input":"i"}]}]})")),
                 JsonError);
    EXPECT_THROW(tasksFromJson(parseJson(R"({"tasks":[{"id":"x","title":"t","promptA":"a","promptB":"b",
        "checks":[{"kind":"exact-label"}]}]})")),
                 JsonError);
    EXPECT_THROW(tasksFromJson(parseJson(R"({"tasks":[{"id":"x","title":"t","promptA":"a","promptB":"b",
        "checks":[{"kind":"length-within","minWords":9,"maxWords":3}],"cases":[{"input":"i"}]}]})")),
                 JsonError);
}

TEST(PromptTasks, StarterPromptBHasTheStructureAMisses)
{
    for (const char *language : {"en", "de", "es", "fr", "ar"}) {
        const PromptAnalyser analyser(wordListsFromJson(promptContent(language, "analyser.json")));
        for (const PromptTask &t : tasksFromJson(promptContent(language, "tasks.json"))) {
            const PromptComparison c = comparePrompts(analyser.analyse(t.promptA), analyser.analyse(t.promptB));
            EXPECT_GE(c.onlyInB.size(), 2u) << language << " " << t.id;
            EXPECT_TRUE(c.onlyInA.empty()) << language << " " << t.id;
            EXPECT_TRUE(c.moreInB.empty()) << language << " " << t.id;
        }
    }
}
