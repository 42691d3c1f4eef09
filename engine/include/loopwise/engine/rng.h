#pragma once
// A small seeded random number generator with fully specified output, so a seed gives the
// same datasets and initial weights with every compiler and standard library (the
// <random> distributions are implementation-defined and differ between them).

#include <cmath>
#include <cstdint>

namespace loopwise::engine {

// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 1, std::uint64_t stream = 0)
    {
        std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (std::uint64_t &s : state_)
            s = splitmix64(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t limit = -n % n; // 2^64 mod n: values below it would be biased
        std::uint64_t r;
        do
            r = next();
        while (r < limit);
        return r % n;
    }
    // Normal with the given mean and variance, by Marsaglia's polar method (as Playground).
    double normal(double mean = 0.0, double variance = 1.0)
    {
        double v1, v2, s;
        do {
            v1 = 2.0 * uniform() - 1.0;
            v2 = 2.0 * uniform() - 1.0;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1.0 || s == 0.0);
        return mean + std::sqrt(variance) * std::sqrt(-2.0 * std::log(s) / s) * v1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t state_[4];
};

// Independent random streams derived from one user seed.
enum class RngStream : std::uint64_t { Data = 1, Split = 2, Weights = 3, Shuffle = 4 };

inline Rng makeRng(std::uint64_t seed, RngStream stream)
{
    return Rng(seed, static_cast<std::uint64_t>(stream));
}

} // namespace loopwise::engine
