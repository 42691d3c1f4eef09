#pragma once
// The prompts lab's starter tasks: a prompt pair, test cases with expected answers and the
// automatic checks an answer must pass. The tasks are content (resources/content/<lang>/
// prompts/tasks.json); the ticket-triage cases come from the shared ticket generator.

#include "loopwise/engine/json.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts {

enum class CheckKind {
    ExactLabel, // the answer's label (its last line, after any "Label:") is the expected one
    Contains, // every one of the case's mustContain words, whole words, any case
    MatchesFormat, // the answer matches the check's pattern (ECMAScript regular expression)
    JsonFields, // the answer is a JSON object with the check's fields and the expected values
    LengthWithin, // the answer has minWords .. maxWords words
};
// exact-label, contains, matches-format, json-fields, length-within.
std::string_view checkKindName(CheckKind kind);

struct TaskCheck
{
    CheckKind kind = CheckKind::ExactLabel;
    std::string pattern; // MatchesFormat
    std::vector<std::string> fields; // JsonFields
    int minWords = 0; // LengthWithin
    int maxWords = 0;
};

struct TestCase
{
    std::string input;
    std::string expected; // a label, or a JSON object's text; may be empty
    std::vector<std::string> mustContain; // Contains
};

struct PromptTask
{
    std::string id; // triage, incident-summary, feedback, extraction
    std::string title;
    std::string promptA;
    std::string promptB;
    std::vector<std::string> labels; // the allowed labels (triage: urgent first, then normal)
    std::vector<TaskCheck> checks;
    std::vector<TestCase> cases;
};

// Reads the tasks of a tasks.json; a task with "generatedCases": N gets N ticket-triage
// cases from ticketTriageCases. Throws JsonError naming what is missing or wrong.
std::vector<PromptTask> tasksFromJson(const Json &json);

// `count` tickets (>= 2) of the assumptions lab's triage tickets, five in twelve of them
// urgent, in the generator's order; expected labels are urgentLabel / normalLabel.
std::vector<TestCase> ticketTriageCases(int count, std::string_view urgentLabel, std::string_view normalLabel);

// The label an answer gives: its last non-empty line, after its last ':', in lower case,
// without surrounding quotes, asterisks and end punctuation.
std::string answerLabel(std::string_view answer);

bool passesCheck(const TaskCheck &check, const TestCase &testCase, std::string_view answer);
// Whether the answer passes all the task's checks.
bool passesTask(const PromptTask &task, const TestCase &testCase, std::string_view answer);

} // namespace loopwise::engine::prompts
