// The learner's points from CSV text: "x1,x2,label" per line.

#include "loopwise/engine/dataset.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace loopwise::engine {

namespace {

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

bool isHeader(std::string_view line)
{
    constexpr std::array<std::string_view, 3> names{"x1", "x2", "label"};
    std::size_t field = 0;
    for (std::size_t start = 0; field < names.size(); ++field) {
        const std::size_t comma = line.find(',', start);
        const std::string_view name = trim(line.substr(start, comma - start));
        if (!equalsIgnoringCase(name, names[field]))
            return false;
        if (comma == std::string_view::npos)
            return field + 1 == names.size();
        start = comma + 1;
    }
    return false;
}

// The text found, cut to what a message can show.
std::string shown(std::string_view s)
{
    constexpr std::size_t kMax = 20;
    return std::string(s.substr(0, kMax)) + (s.size() > kMax ? "..." : "");
}

std::string quoted(const std::string &s)
{
    return "'" + s + "'";
}

std::string describe(CsvError::Problem problem, const std::string &field, const std::string &value, int count,
                     int otherLine)
{
    using P = CsvError::Problem;
    switch (problem) {
    case P::Unreadable:
        return "cannot read " + value;
    case P::NoData:
        return "no data lines (expected x1,x2,label)";
    case P::FieldCount:
        return "expected 3 fields (x1,x2,label), found " + std::to_string(count);
    case P::Empty:
        return field + " is empty";
    case P::NotANumber:
        return field + " is not a number: " + quoted(value);
    case P::OutOfRange:
        return field + " is out of range: " + quoted(value);
    case P::NotAClass:
        return "label " + quoted(value) + " is not a class number (0, 1, 2, ... or -1/1)";
    case P::MixedWithMinusOne:
        return "label " + value + " cannot be mixed with label -1 (line " + std::to_string(otherLine)
            + "); use 0, 1, 2, ... or -1/1";
    }
    return "unknown CSV problem";
}

Point parseLine(std::string_view line, int lineNumber, Task task)
{
    constexpr std::array<std::string_view, 3> names{"x1", "x2", "label"};
    std::array<std::string_view, 3> fields;
    std::size_t count = 0;
    for (std::size_t start = 0;;) {
        const std::size_t comma = line.find(',', start);
        if (count < fields.size())
            fields[count] = trim(line.substr(start, comma - start));
        ++count;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    if (count != fields.size())
        throw CsvError(lineNumber, CsvError::Problem::FieldCount, {}, {}, static_cast<int>(count));
    std::array<double, 3> values{};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string_view f = fields[i];
        if (f.empty())
            throw CsvError(lineNumber, CsvError::Problem::Empty, std::string(names[i]));
        const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), values[i]);
        if (end != f.data() + f.size() || std::isnan(values[i])
            || (ec != std::errc() && ec != std::errc::result_out_of_range))
            throw CsvError(lineNumber, CsvError::Problem::NotANumber, std::string(names[i]), shown(f));
        if (ec != std::errc() || !(std::abs(values[i]) <= 1e30))
            throw CsvError(lineNumber, CsvError::Problem::OutOfRange, std::string(names[i]), shown(f));
    }
    const double label = values[2];
    if (task == Task::Classification && (label != std::floor(label) || label < -1.0 || label > 99.0))
        throw CsvError(lineNumber, CsvError::Problem::NotAClass, "label", shown(fields[2]));
    return {static_cast<float>(values[0]), static_cast<float>(values[1]), static_cast<float>(label)};
}

} // namespace

CsvError::CsvError(int line, Problem problem, std::string field, std::string value, int count, int otherLine)
    : std::runtime_error((line > 0 ? "line " + std::to_string(line) + ": " : std::string())
                         + describe(problem, field, value, count, otherLine))
    , line_(line)
    , problem_(problem)
    , field_(std::move(field))
    , value_(std::move(value))
    , count_(count)
    , otherLine_(otherLine)
{}

std::vector<Point> parseCsv(std::string_view text, Task task)
{
    std::vector<Point> points;
    std::vector<int> lines; // source line of each point, for label errors found later
    int lineNumber = 0;
    bool seenContent = false;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t newline = std::min(text.find('\n', start), text.size());
        const std::string_view line = trim(text.substr(start, newline - start));
        start = newline + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        if (!seenContent && isHeader(line)) {
            seenContent = true;
            continue;
        }
        seenContent = true;
        points.push_back(parseLine(line, lineNumber, task));
        lines.push_back(lineNumber);
    }
    if (points.empty())
        throw CsvError(lineNumber, CsvError::Problem::NoData);
    if (task == Task::Regression)
        return points;

    // Playground's -1/1 labels become classes 0/1; -1 makes no sense with other classes.
    const auto minusOne = std::find_if(points.begin(), points.end(), [](const Point &p) { return p.label == -1.0f; });
    if (minusOne == points.end())
        return points;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].label != -1.0f && points[i].label != 1.0f)
            throw CsvError(lines[i], CsvError::Problem::MixedWithMinusOne, "label",
                           std::to_string(static_cast<int>(points[i].label)), 0,
                           lines[static_cast<std::size_t>(minusOne - points.begin())]);
    for (Point &p : points)
        p.label = p.label > 0 ? 1.0f : 0.0f;
    return points;
}

std::vector<Point> readCsvFile(const std::string &path, Task task)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CsvError(0, CsvError::Problem::Unreadable, {}, path);
    std::ostringstream text;
    text << in.rdbuf();
    return parseCsv(text.str(), task);
}

} // namespace loopwise::engine
