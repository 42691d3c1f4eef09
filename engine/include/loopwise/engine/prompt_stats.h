#pragma once
// The prompts lab's run statistics: pass rates over seeds, repeated answers grouped, case
// by case differences, and whether prompt B's difference from A is larger than the
// run-to-run noise (an exact sign test on paired cases, and a bootstrap interval).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts {

// passes[seed][case]: whether the answer to that case, in the run with that seed, passed.
// Every seed's row has the same number of cases.
using PassTable = std::vector<std::vector<bool>>;

struct PassRate
{
    double mean = 0.0; // mean over seeds of each seed's share of passed cases
    double sd = 0.0; // its sample standard deviation over seeds (0 for one seed)
    double min = 0.0;
    double max = 0.0;
    int seeds = 0;
};
// Throws std::invalid_argument for an empty table or rows of different lengths.
PassRate passRate(const PassTable &passes);

struct AnswerGroup
{
    std::string answer; // trimmed
    int count = 0;
};
// Equal answers (after trimming surrounding white space) grouped, the most frequent first;
// equal counts in order of first appearance ("7 of 10 answered urgent").
std::vector<AnswerGroup> groupAnswers(const std::vector<std::string> &answers);

struct CaseRow
{
    int caseIndex = 0;
    int passesA = 0; // seeds in which A's answer passed
    int passesB = 0;
    bool differs() const { return passesA != passesB; }
};
// One row per case; A and B must have the same seeds and cases.
std::vector<CaseRow> compareCases(const PassTable &a, const PassTable &b);
// Only the rows where A and B differ.
std::vector<CaseRow> differingCases(const std::vector<CaseRow> &rows);

struct PairedTest
{
    int aBetter = 0; // cases A passed in more seeds than B
    int bBetter = 0;
    int ties = 0;
    double pValue = 1.0; // exact two-sided sign test (McNemar's exact test for one seed)
    bool largerThanNoise = false; // pValue < alpha
};
PairedTest pairedSignTest(const std::vector<CaseRow> &rows, double alpha = 0.05);

struct Interval
{
    double mean = 0.0; // mean over cases of (B's pass share - A's pass share)
    double low = 0.0; // percentile bootstrap interval over cases
    double high = 0.0;
};
// `level` e.g. 0.95; `resamples` 100 .. 100000; deterministic for the seed.
Interval bootstrapDifference(const std::vector<CaseRow> &rows, int seeds, double level = 0.95, int resamples = 2000,
                             std::uint64_t seed = 1);

} // namespace loopwise::engine::prompts
