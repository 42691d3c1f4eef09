#include "loopwise/engine/dataset.h"

#include <gtest/gtest.h>

#include <string>

using namespace loopwise::engine;

namespace {

// The CsvError message for a text, or "" if it parses.
std::string errorOf(const std::string &text, Task task = Task::Classification)
{
    try {
        parseCsv(text, task);
    } catch (const CsvError &e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(Csv, ParsesPointsWithHeaderBlankLinesAndCrLf)
{
    const auto points = parseCsv("X1, x2 ,Label\r\n\r\n1.5,-2,1\r\n  -3e-1 , 4 , 0 \n\n", Task::Classification);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0], (Point{1.5f, -2.0f, 1.0f}));
    EXPECT_EQ(points[1], (Point{-0.3f, 4.0f, 0.0f}));
}

TEST(Csv, PlaygroundLabelsBecomeClasses)
{
    const auto points = parseCsv("0,0,-1\n1,1,1\n", Task::Classification);
    EXPECT_EQ(points[0].label, 0.0f);
    EXPECT_EQ(points[1].label, 1.0f);
}

TEST(Csv, RegressionKeepsValues)
{
    const auto points = parseCsv("0,0,-2.5\n1,1,0.25\n", Task::Regression);
    EXPECT_EQ(points[0].label, -2.5f);
    EXPECT_EQ(points[1].label, 0.25f);
}

TEST(Csv, ErrorsNameTheLineAndTheProblem)
{
    EXPECT_EQ(errorOf("1,2,1\n1,2\n"), "line 2: expected 3 fields (x1,x2,label), found 2");
    EXPECT_EQ(errorOf("1,2,1,4\n"), "line 1: expected 3 fields (x1,x2,label), found 4");
    EXPECT_EQ(errorOf("x1,x2,label\n\n1,,0\n"), "line 3: x2 is empty");
    EXPECT_EQ(errorOf("1,2,1\nabc,2,1\n"), "line 2: x1 is not a number: 'abc'");
    EXPECT_EQ(errorOf("1,2,1\n1,2,1x\n"), "line 2: label is not a number: '1x'");
    EXPECT_EQ(errorOf("1,2,nan\n"), "line 1: label is not a number: 'nan'");
    EXPECT_EQ(errorOf("1e999,2,1\n"), "line 1: x1 is out of range: '1e999'");
    EXPECT_EQ(errorOf("1,2,0.5\n"), "line 1: label '0.5' is not a class number (0, 1, 2, ... or -1/1)");
    EXPECT_EQ(errorOf("1,2,-1\n1,2,1\n3,4,2\n"),
              "line 3: label 2 cannot be mixed with label -1 (line 1); use 0, 1, 2, ... or -1/1");
    EXPECT_EQ(errorOf("x1,x2,label\n\n"), "line 3: no data lines (expected x1,x2,label)");
    EXPECT_EQ(errorOf("a,b,c\n1,2,1\n"), "line 1: x1 is not a number: 'a'");
    EXPECT_EQ(errorOf("1,2,0.5\n", Task::Regression), "");
}

TEST(Csv, ErrorKeepsTheLineNumber)
{
    try {
        parseCsv("1,2,1\n\n\n1,2\n", Task::Classification);
        FAIL();
    } catch (const CsvError &e) {
        EXPECT_EQ(e.line(), 4);
    }
}

TEST(Csv, MissingFile)
{
    try {
        readCsvFile(LOOPWISE_TEST_DATA_DIR "/does_not_exist.csv", Task::Classification);
        FAIL();
    } catch (const CsvError &e) {
        EXPECT_EQ(e.line(), 0);
        EXPECT_NE(std::string(e.what()).find("cannot read"), std::string::npos);
    }
}

TEST(Csv, ErrorsCarryTheirPartsForTheUiToWord)
{
    try {
        parseCsv("1,2,1\n3,four,1\n", Task::Classification);
        FAIL();
    } catch (const CsvError &e) {
        EXPECT_EQ(e.problem(), CsvError::Problem::NotANumber);
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(e.field(), "x2");
        EXPECT_EQ(e.value(), "four");
    }
    try {
        parseCsv("1,2,-1\n1,2,1\n3,4,2\n", Task::Classification);
        FAIL();
    } catch (const CsvError &e) {
        EXPECT_EQ(e.problem(), CsvError::Problem::MixedWithMinusOne);
        EXPECT_EQ(e.value(), "2");
        EXPECT_EQ(e.otherLine(), 1);
    }
    try {
        parseCsv("1,2\n", Task::Classification);
        FAIL();
    } catch (const CsvError &e) {
        EXPECT_EQ(e.problem(), CsvError::Problem::FieldCount);
        EXPECT_EQ(e.count(), 2);
    }
}
