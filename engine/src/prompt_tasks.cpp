#include "loopwise/engine/prompt_tasks.h"

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/tickets.h"
#include "named_enum.h"
#include "prompt_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <regex>

namespace loopwise::engine::prompts {

using detail::lowerAscii;
using detail::trimmed;

namespace {

constexpr std::array<std::string_view, 5> kCheckNames{"exact-label", "contains", "matches-format", "json-fields",
                                                      "length-within"};

const Json &member(const Json &json, std::string_view key, std::string_view where)
{
    const Json *value = json.find(key);
    if (!value)
        throw JsonError(std::string(where) + ": missing \"" + std::string(key) + "\"");
    return *value;
}

std::vector<std::string> strings(const Json *list)
{
    std::vector<std::string> out;
    if (list)
        for (const Json &s : list->asArray())
            out.push_back(s.asString());
    return out;
}

int wholeNumber(const Json &json, std::string_view what)
{
    const double n = json.asNumber();
    if (n < 0 || n > 100000 || n != std::floor(n))
        throw JsonError(std::string(what) + " must be a whole number from 0 to 100000");
    return static_cast<int>(n);
}

TaskCheck checkFromJson(const Json &json)
{
    TaskCheck check;
    const std::string &kind = member(json, "kind", "prompt task check").asString();
    const auto parsed = valueNamed<CheckKind>(kCheckNames, kind);
    if (!parsed)
        throw JsonError("prompt task check: unknown kind \"" + kind + "\"");
    check.kind = *parsed;
    if (check.kind == CheckKind::MatchesFormat) {
        check.pattern = member(json, "pattern", "matches-format check").asString();
        try {
            std::regex(check.pattern, std::regex::ECMAScript);
        } catch (const std::regex_error &) {
            throw JsonError("matches-format check: invalid pattern \"" + check.pattern + "\"");
        }
    }
    if (check.kind == CheckKind::JsonFields)
        check.fields = strings(&member(json, "fields", "json-fields check"));
    if (check.kind == CheckKind::LengthWithin) {
        check.minWords = wholeNumber(member(json, "minWords", "length-within check"), "minWords");
        check.maxWords = wholeNumber(member(json, "maxWords", "length-within check"), "maxWords");
        if (check.maxWords < check.minWords)
            throw JsonError("length-within check: maxWords is below minWords");
    }
    return check;
}

// The answer without a surrounding ``` fence (models often wrap JSON in one).
std::string_view unfenced(std::string_view answer)
{
    answer = trimmed(answer);
    if (answer.rfind("```", 0) != 0)
        return answer;
    const std::size_t firstLine = answer.find('\n');
    const std::size_t close = answer.rfind("```");
    if (firstLine == std::string_view::npos || close <= firstLine)
        return answer;
    return trimmed(answer.substr(firstLine + 1, close - firstLine - 1));
}

bool jsonFieldsPass(const TaskCheck &check, const TestCase &testCase, std::string_view answer)
{
    Json parsed;
    try {
        parsed = parseJson(unfenced(answer));
    } catch (const JsonError &) {
        return false;
    }
    if (parsed.type() != Json::Type::Object)
        return false;
    for (const std::string &field : check.fields)
        if (!parsed.find(field))
            return false;
    if (testCase.expected.empty())
        return true;
    const Json expected = parseJson(testCase.expected);
    for (const auto &[key, value] : expected.asObject()) {
        const Json *given = parsed.find(key);
        if (!given || !(*given == value))
            return false;
    }
    return true;
}

} // namespace

std::string_view checkKindName(CheckKind kind)
{
    return nameOf(kCheckNames, kind);
}

std::vector<PromptTask> tasksFromJson(const Json &json)
{
    std::vector<PromptTask> tasks;
    for (const Json &t : member(json, "tasks", "prompt tasks").asArray()) {
        PromptTask task;
        task.id = member(t, "id", "prompt task").asString();
        const std::string where = "prompt task " + task.id;
        task.title = member(t, "title", where).asString();
        task.promptA = member(t, "promptA", where).asString();
        task.promptB = member(t, "promptB", where).asString();
        task.labels = strings(t.find("labels"));
        for (const Json &c : member(t, "checks", where).asArray())
            task.checks.push_back(checkFromJson(c));
        if (const Json *generated = t.find("generatedCases")) {
            if (task.labels.size() != 2)
                throw JsonError(where + ": generated cases need two labels");
            task.cases = ticketTriageCases(wholeNumber(*generated, "generatedCases"), task.labels[0], task.labels[1]);
        }
        if (const Json *cases = t.find("cases"))
            for (const Json &c : cases->asArray()) {
                TestCase testCase;
                testCase.input = member(c, "input", where + " case").asString();
                if (const Json *e = c.find("expected"))
                    testCase.expected = e->type() == Json::Type::String ? e->asString() : toJson(*e);
                testCase.mustContain = strings(c.find("mustContain"));
                task.cases.push_back(std::move(testCase));
            }
        if (task.cases.empty())
            throw JsonError(where + ": no test cases");
        tasks.push_back(std::move(task));
    }
    return tasks;
}

std::vector<TestCase> ticketTriageCases(int count, std::string_view urgentLabel, std::string_view normalLabel)
{
    if (count < 2)
        throw std::invalid_argument("ticket triage cases: count must be at least 2");
    const int urgentWanted = std::max(1, count * 5 / 12);
    int urgent = 0, normal = 0;
    std::vector<TestCase> cases;
    for (const tickets::Ticket &t : tickets::generateTickets(assumptions::triageTickets())) {
        int &taken = t.urgent ? urgent : normal;
        if (taken >= (t.urgent ? urgentWanted : count - urgentWanted))
            continue;
        ++taken;
        cases.push_back({t.subject + "\n" + t.body, std::string(t.urgent ? urgentLabel : normalLabel), {}});
        if (static_cast<int>(cases.size()) == count)
            break;
    }
    return cases;
}

std::string answerLabel(std::string_view answer)
{
    std::string_view line = trimmed(answer);
    const std::size_t lastBreak = line.rfind('\n');
    if (lastBreak != std::string_view::npos)
        line = line.substr(lastBreak + 1);
    const std::size_t colon = line.rfind(':');
    if (colon != std::string_view::npos)
        line = line.substr(colon + 1);
    return lowerAscii(trimmed(line, " \t\r\"'*.!`"));
}

bool passesCheck(const TaskCheck &check, const TestCase &testCase, std::string_view answer)
{
    switch (check.kind) {
    case CheckKind::ExactLabel:
        return answerLabel(answer) == lowerAscii(testCase.expected);
    case CheckKind::Contains: {
        const detail::PromptText words = detail::splitPrompt(answer);
        return std::all_of(testCase.mustContain.begin(), testCase.mustContain.end(), [&](const std::string &wanted) {
            const std::vector<std::string> phrase = detail::phraseWords(wanted);
            for (std::size_t i = 0; i + phrase.size() <= words.tokens.size(); ++i) {
                bool same = !phrase.empty();
                for (std::size_t w = 0; w < phrase.size() && same; ++w)
                    same = words.tokens[i + w].key == phrase[w];
                if (same)
                    return true;
            }
            return false;
        });
    }
    case CheckKind::MatchesFormat:
        return std::regex_search(std::string(trimmed(answer)), std::regex(check.pattern, std::regex::ECMAScript));
    case CheckKind::JsonFields:
        return jsonFieldsPass(check, testCase, answer);
    case CheckKind::LengthWithin: {
        const int n = static_cast<int>(detail::splitPrompt(answer).tokens.size());
        return n >= check.minWords && n <= check.maxWords;
    }
    }
    return false;
}

bool passesTask(const PromptTask &task, const TestCase &testCase, std::string_view answer)
{
    return std::all_of(task.checks.begin(), task.checks.end(),
                       [&](const TaskCheck &c) { return passesCheck(c, testCase, answer); });
}

} // namespace loopwise::engine::prompts
