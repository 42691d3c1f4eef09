#include "loopwise/engine/prompt_stats.h"

#include "loopwise/engine/rng.h"
#include "prompt_text.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace loopwise::engine::prompts {

namespace {

void checkTable(const PassTable &passes)
{
    if (passes.empty() || passes.front().empty())
        throw std::invalid_argument("pass table: no seeds or no cases");
    for (const auto &row : passes)
        if (row.size() != passes.front().size())
            throw std::invalid_argument("pass table: every seed needs the same cases");
}

// P(X <= k) for X ~ Binomial(n, 1/2), summed in logs so large n does not overflow.
double binomialHalfCdf(int k, int n)
{
    double sum = 0.0;
    for (int i = 0; i <= k; ++i)
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) - n * std::log(2.0));
    return sum;
}

} // namespace

PassRate passRate(const PassTable &passes)
{
    checkTable(passes);
    std::vector<double> rates;
    for (const auto &row : passes)
        rates.push_back(static_cast<double>(std::count(row.begin(), row.end(), true)) / row.size());
    PassRate r;
    r.seeds = static_cast<int>(rates.size());
    for (double x : rates)
        r.mean += x;
    r.mean /= r.seeds;
    if (r.seeds > 1) {
        double squares = 0.0;
        for (double x : rates)
            squares += (x - r.mean) * (x - r.mean);
        r.sd = std::sqrt(squares / (r.seeds - 1));
    }
    r.min = *std::min_element(rates.begin(), rates.end());
    r.max = *std::max_element(rates.begin(), rates.end());
    return r;
}

std::vector<AnswerGroup> groupAnswers(const std::vector<std::string> &answers)
{
    std::vector<AnswerGroup> groups;
    for (const std::string &a : answers) {
        const std::string t(detail::trimmed(a));
        const auto it = std::find_if(groups.begin(), groups.end(), [&](const AnswerGroup &g) { return g.answer == t; });
        if (it == groups.end())
            groups.push_back({t, 1});
        else
            ++it->count;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const AnswerGroup &x, const AnswerGroup &y) { return x.count > y.count; });
    return groups;
}

std::vector<CaseRow> compareCases(const PassTable &a, const PassTable &b)
{
    checkTable(a);
    checkTable(b);
    if (a.size() != b.size() || a.front().size() != b.front().size())
        throw std::invalid_argument("compare cases: A and B need the same seeds and cases");
    std::vector<CaseRow> rows(a.front().size());
    for (std::size_t c = 0; c < rows.size(); ++c) {
        rows[c].caseIndex = static_cast<int>(c);
        for (std::size_t s = 0; s < a.size(); ++s) {
            rows[c].passesA += a[s][c];
            rows[c].passesB += b[s][c];
        }
    }
    return rows;
}

std::vector<CaseRow> differingCases(const std::vector<CaseRow> &rows)
{
    std::vector<CaseRow> out;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(out), [](const CaseRow &r) { return r.differs(); });
    return out;
}

PairedTest pairedSignTest(const std::vector<CaseRow> &rows, double alpha)
{
    PairedTest t;
    for (const CaseRow &r : rows) {
        if (r.passesA > r.passesB)
            ++t.aBetter;
        else if (r.passesB > r.passesA)
            ++t.bBetter;
        else
            ++t.ties;
    }
    const int n = t.aBetter + t.bBetter;
    if (n > 0)
        t.pValue = std::min(1.0, 2.0 * binomialHalfCdf(std::min(t.aBetter, t.bBetter), n));
    t.largerThanNoise = t.pValue < alpha;
    return t;
}

Interval bootstrapDifference(const std::vector<CaseRow> &rows, int seeds, double level, int resamples,
                             std::uint64_t seed)
{
    if (rows.empty() || seeds < 1)
        throw std::invalid_argument("bootstrap: no cases or no seeds");
    if (!(level > 0.0 && level < 1.0))
        throw std::invalid_argument("bootstrap: level must be in (0, 1)");
    if (resamples < 100 || resamples > 100000)
        throw std::invalid_argument("bootstrap: resamples must be from 100 to 100000");
    std::vector<double> differences;
    for (const CaseRow &r : rows)
        differences.push_back(static_cast<double>(r.passesB - r.passesA) / seeds);
    Interval result;
    for (double d : differences)
        result.mean += d;
    result.mean /= differences.size();
    Rng rng(seed);
    std::vector<double> means(resamples);
    for (double &m : means) {
        double sum = 0.0;
        for (std::size_t i = 0; i < differences.size(); ++i)
            sum += differences[rng.below(differences.size())];
        m = sum / differences.size();
    }
    std::sort(means.begin(), means.end());
    const double tail = (1.0 - level) / 2.0;
    result.low = means[static_cast<std::size_t>(std::floor(tail * (resamples - 1)))];
    result.high = means[static_cast<std::size_t>(std::ceil((1.0 - tail) * (resamples - 1)))];
    return result;
}

} // namespace loopwise::engine::prompts
