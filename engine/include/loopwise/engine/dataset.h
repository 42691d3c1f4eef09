#pragma once
// Datasets: Playground's generators, a few more, and the learner's own points.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine {

class Rng;

enum class Task { Classification, Regression };

// One example. For classification, label is the class index 0..numClasses-1 (Playground's
// -1/+1 classes are 0 and 1); for regression it is the target value.
struct Point
{
    float x1 = 0.0f;
    float x2 = 0.0f;
    float label = 0.0f;
    friend bool operator==(const Point &, const Point &) = default;
};

// The rectangle a dataset is drawn on, and the decision boundary evaluated over.
struct Extent
{
    float xMin = -6.0f;
    float xMax = 6.0f;
    float yMin = -6.0f;
    float yMax = 6.0f;
    friend bool operator==(const Extent &, const Extent &) = default;
};

struct SplitConfig
{
    double trainRatio = 0.5; // share of the points used for training, in (0, 1]
    double validationRatio = 0.0; // share for validation; the rest is the test set
};

struct Dataset
{
    Task task = Task::Classification;
    int numClasses = 2; // 0 for regression
    std::vector<Point> train;
    std::vector<Point> validation;
    std::vector<Point> test;
    Extent extent;
};

enum class DatasetKind {
    // Classification, as TensorFlow Playground generates them (labels -1/+1 -> 1/0)
    Circle,
    Xor,
    Gauss,
    Spiral,
    // More classification sets
    Moons, // two interleaving half circles
    Blobs3, // three Gaussian clusters, three classes
    Blobs4, // four Gaussian clusters, four classes
    // Regression
    RegressPlane, // Playground's plane
    RegressGauss, // Playground's six Gaussians
    Curve, // noisy sin(pi x) on [-1, 1] for polynomial fitting (x2 is 0)
};

// CLI names: circle, xor, gauss, spiral, moons, blobs3, blobs4, plane, regress-gauss, curve.
std::string_view datasetName(DatasetKind kind);
std::optional<DatasetKind> datasetFromName(std::string_view name);
Task datasetTask(DatasetKind kind);
int datasetClasses(DatasetKind kind); // 0 for regression

struct DatasetConfig
{
    DatasetKind kind = DatasetKind::Spiral;
    int points = 500; // total, shared equally between the classes
    double noise = 0.0; // Playground's noise as a fraction, 0 .. 0.5
    SplitConfig split;
    std::uint64_t seed = 1;
};

// The points of a generator, in generation order (throws ConfigError on a bad
// count or noise).
std::vector<Point> generatePoints(DatasetKind kind, int points, double noise, Rng &rng);

// Generates, shuffles with the seed and splits (throws ConfigError).
Dataset makeDataset(const DatasetConfig &config);

// The learner's own points: checks them (finite coordinates; class labels whole numbers
// from 0), shuffles with the seed and splits. Throws ConfigError naming the point.
Dataset makeDataset(std::vector<Point> points, Task task, const SplitConfig &split, std::uint64_t seed);

// Shuffles (Fisher-Yates, as Playground) and splits into dataset.train/validation/test.
void shuffleAndSplit(std::vector<Point> points, const SplitConfig &split, std::uint64_t seed, Dataset &dataset);

// A CSV problem, as data for the UI to word (which problem, which line, which field, the
// text found) and as an English what() for the command line and logs.
class CsvError : public std::runtime_error
{
public:
    enum class Problem {
        Unreadable, // the file cannot be opened; value() is the path
        NoData, // no data lines at all
        FieldCount, // not three fields; count() is how many
        Empty, // field() is empty
        NotANumber, // field() holds value(), which is no number
        OutOfRange, // field() holds value(), beyond +-1e30
        NotAClass, // the label value() is no class number
        MixedWithMinusOne, // label value() beside a -1 label on line otherLine()
    };
    CsvError(int line, Problem problem, std::string field = {}, std::string value = {}, int count = 0,
             int otherLine = 0);
    int line() const { return line_; } // 1-based; 0 when no line is concerned
    Problem problem() const { return problem_; }
    const std::string &field() const { return field_; } // x1, x2 or label
    const std::string &value() const { return value_; } // at most 20 characters and "..."
    int count() const { return count_; }
    int otherLine() const { return otherLine_; }

private:
    int line_;
    Problem problem_;
    std::string field_, value_;
    int count_, otherLine_;
};

// Reads "x1,x2,label" lines. An optional first line "x1,x2,label" is a header; blank
// lines are skipped. For classification, labels are class numbers 0, 1, 2, ... or
// Playground's -1/1 for two classes (-1 becomes class 0).
std::vector<Point> parseCsv(std::string_view text, Task task);
// Reads a CSV file; an unreadable file is a CsvError on line 0.
std::vector<Point> readCsvFile(const std::string &path, Task task);

} // namespace loopwise::engine
