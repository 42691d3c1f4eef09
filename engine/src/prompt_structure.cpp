#include "prompt_structure.h"

#include <algorithm>
#include <cctype>

namespace loopwise::engine::prompts::detail {

namespace {

// Length of a list marker ("1. ", "2) ", "- ", "* ", "• ") at the start of s, else 0.
std::size_t listMarkerLength(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ')
        return i + 2;
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
        return 2;
    if (s.size() >= 4 && s.substr(0, 3) == "\xE2\x80\xA2" && s[3] == ' ')
        return 4;
    return 0;
}

bool inList(const std::vector<std::string> &list, std::string_view key)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

std::size_t offsetIn(std::string_view whole, std::string_view part)
{
    return static_cast<std::size_t>(part.data() - whole.data());
}

struct Structure
{
    std::string_view prompt;
    PromptAnalysis &result;

    void add(Criterion c, Span span, Reason reason) { result.findings.push_back({c, span, reason}); }
    void unbalanced(Span span)
    {
        result.delimiters.balanced = false;
        result.signals.push_back({Signal::UnbalancedDelimiter, span, {}});
    }
    void block(Span open, Span close)
    {
        ++result.delimiters.blocks;
        add(Criterion::Delimiters, {open.begin, close.end}, Reason::DelimitedBlock);
        if (open.end < close.begin)
            add(Criterion::Context, {open.end, close.begin}, Reason::DelimitedBlock);
    }

    // Pairs each occurrence of `mark` with the next one.
    void pairedMarks(std::string_view mark)
    {
        std::vector<Span> marks;
        for (std::size_t at = prompt.find(mark); at != std::string_view::npos; at = prompt.find(mark, at + mark.size()))
            marks.push_back({at, at + mark.size()});
        for (std::size_t i = 0; i + 1 < marks.size(); i += 2)
            block(marks[i], marks[i + 1]);
        if (marks.size() % 2 == 1)
            unbalanced(marks.back());
    }

    // <name> ... </name>, nested; a tag has no attributes, so "a < b" is no tag.
    void tags()
    {
        struct Open
        {
            std::string name;
            Span span;
        };
        std::vector<Open> open;
        for (std::size_t i = prompt.find('<'); i != std::string_view::npos; i = prompt.find('<', i + 1)) {
            const bool closing = i + 1 < prompt.size() && prompt[i + 1] == '/';
            std::size_t j = i + (closing ? 2 : 1);
            const std::size_t nameBegin = j;
            while (j < prompt.size()
                   && (std::isalnum(static_cast<unsigned char>(prompt[j])) || prompt[j] == '_' || prompt[j] == '-'))
                ++j;
            if (j == nameBegin || j >= prompt.size() || prompt[j] != '>'
                || !std::isalpha(static_cast<unsigned char>(prompt[nameBegin])))
                continue;
            const std::string name = lowerAscii(prompt.substr(nameBegin, j - nameBegin));
            const Span span{i, j + 1};
            if (!closing) {
                open.push_back({name, span});
            } else if (!open.empty() && open.back().name == name) {
                block(open.back().span, span);
                open.pop_back();
            } else {
                unbalanced(span);
            }
        }
        for (const Open &o : open)
            unbalanced(o.span);
    }

    void quotes()
    {
        std::vector<Span> straight, curly;
        for (std::size_t i = 0; i < prompt.size(); ++i) {
            if (prompt.compare(i, 3, "\"\"\"") == 0) {
                i += 2;
                continue;
            }
            if (prompt[i] == '"')
                straight.push_back({i, i + 1});
            if (prompt.compare(i, 2, "\xE2\x80") == 0 && i + 2 < prompt.size()
                && (prompt[i + 2] == '\x9C' || prompt[i + 2] == '\x9D' || prompt[i + 2] == '\x9E'))
                curly.push_back({i, i + 3});
        }
        if (straight.size() % 2 == 1)
            unbalanced(straight.back());
        if (curly.size() % 2 == 1)
            unbalanced(curly.back());
    }

    void placeholders()
    {
        auto mark = [&](std::size_t begin, std::size_t end) {
            result.signals.push_back({Signal::Placeholder, {begin, end}, {}});
        };
        for (std::size_t i = 0; i < prompt.size(); ++i) {
            const char c = prompt[i];
            if (c == '{' && prompt.compare(i, 2, "{{") == 0) {
                const std::size_t close = prompt.find("}}", i + 2);
                if (close == std::string_view::npos)
                    continue;
                if (prompt.substr(i, close + 2 - i) != kInputSlot)
                    mark(i, close + 2);
                i = close + 1;
            } else if (c == '{' || c == '[') {
                const char closer = c == '{' ? '}' : ']';
                std::size_t j = i + 1;
                bool letters = false, fits = true;
                for (; j < prompt.size() && prompt[j] != closer && fits; ++j) {
                    const unsigned char d = static_cast<unsigned char>(prompt[j]);
                    letters = letters || std::isalpha(d);
                    // {name}: an identifier; [NAME OF THING]: capitals.
                    fits = c == '{' ? (std::isalnum(d) || d == '_')
                                    : (std::isupper(d) || std::isdigit(d) || d == '_' || d == ' ');
                }
                if (fits && letters && j < prompt.size() && j - i >= 3)
                    mark(i, j + 1);
            }
        }
    }
};

} // namespace

void findStructure(std::string_view prompt, const PromptText &text, const ExampleKeys &keys, PromptAnalysis &result)
{
    Structure s{prompt, result};
    std::vector<Span> listItems;
    std::vector<std::string> labels;
    std::string firstKeys;
    std::size_t pendingInput = std::string_view::npos;
    std::string pendingKey;
    for (const Line &line : text.lines) {
        const std::string_view raw = prompt.substr(line.begin, line.end - line.begin);
        std::string_view body = trimmed(raw);
        const Span lineSpan{offsetIn(prompt, body), offsetIn(prompt, body) + body.size()};
        if (body.empty())
            continue;
        if (body.rfind("```", 0) == 0)
            continue; // fences are paired below
        if (body.front() == '#' || body == "---") {
            ++result.delimiters.sections;
            s.add(Criterion::Delimiters, lineSpan, Reason::Section);
            continue;
        }
        const std::size_t marker = listMarkerLength(body);
        const std::string_view item = trimmed(body.substr(marker));
        const std::size_t colon = item.find(':');
        const std::string key
            = colon == std::string_view::npos ? std::string() : lowerAscii(trimmed(item.substr(0, colon)));
        const std::string_view value
            = colon == std::string_view::npos ? std::string_view() : trimmed(item.substr(colon + 1));
        const bool inputKey = inList(keys.input, key), outputKey = inList(keys.output, key);
        if (inputKey && !value.empty() && value.find(kInputSlot) == std::string_view::npos) {
            pendingInput = lineSpan.begin;
            pendingKey = key;
        } else if (outputKey && !value.empty() && pendingInput != std::string_view::npos) {
            s.add(Criterion::Examples, {pendingInput, lineSpan.end}, Reason::ExamplePair);
            std::string label = lowerAscii(value);
            while (!label.empty() && (label.back() == '.' || label.back() == '"'))
                label.pop_back();
            if (!label.empty() && label.front() == '"')
                label.erase(0, 1);
            labels.push_back(label);
            const std::string pairKeys = pendingKey + ":" + key;
            if (firstKeys.empty())
                firstKeys = pairKeys;
            else if (pairKeys != firstKeys)
                result.examples.consistentFormat = false;
            pendingInput = std::string_view::npos;
        } else if (!inputKey && !outputKey && marker == 0 && colon + 1 == item.size()
                   && std::count(item.begin(), item.end(), ' ') < 4) {
            ++result.delimiters.sections; // a label line such as "Context:"
            s.add(Criterion::Delimiters, lineSpan, Reason::Section);
        }
        if (marker > 0 && !inputKey && !outputKey)
            listItems.push_back(lineSpan);
    }
    if (listItems.size() >= 2)
        for (const Span &span : listItems)
            s.add(Criterion::Subtasks, span, Reason::ListItem);

    ExampleFacts &ex = result.examples;
    ex.count = static_cast<int>(labels.size());
    if (!labels.empty()) {
        std::vector<std::pair<std::string, int>> counts;
        for (const std::string &l : labels) {
            auto it = std::find_if(counts.begin(), counts.end(), [&](auto &c) { return c.first == l; });
            if (it == counts.end())
                counts.emplace_back(l, 1);
            else
                ++it->second;
        }
        auto most = counts.begin(), least = counts.begin();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it->second > most->second)
                most = it;
            if (it->second < least->second)
                least = it;
        }
        ex.majorityLabel = most->first;
        ex.majorityShare = static_cast<double>(most->second) / ex.count;
        ex.balanced = ex.count == 1 || (counts.size() >= 2 && most->second * 2 <= least->second * 3);
        ex.lastLabel = labels.back();
    }

    // Fenced blocks: lines that start with ```.
    std::vector<Span> fences;
    for (const Line &line : text.lines) {
        const std::string_view body = trimmed(prompt.substr(line.begin, line.end - line.begin));
        if (body.rfind("```", 0) == 0)
            fences.push_back({offsetIn(prompt, body), offsetIn(prompt, body) + body.size()});
    }
    for (std::size_t i = 0; i + 1 < fences.size(); i += 2)
        s.block(fences[i], fences[i + 1]);
    if (fences.size() % 2 == 1)
        s.unbalanced(fences.back());
    s.pairedMarks("\"\"\"");
    s.tags();
    s.quotes();
    s.placeholders();
}

} // namespace loopwise::engine::prompts::detail
