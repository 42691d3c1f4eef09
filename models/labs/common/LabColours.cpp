#include "LabColours.h"

#include <algorithm>
#include <array>

namespace loopwise {

namespace {

constexpr QRgb kNegative = qRgb(0xf5, 0x93, 0x22);
constexpr QRgb kMiddle = qRgb(0xe8, 0xea, 0xeb);
constexpr QRgb kPositive = qRgb(0x08, 0x77, 0xbd);
constexpr std::array<QRgb, 4> kClasses{kNegative, kPositive, qRgb(0x2c, 0xa0, 0x2c), qRgb(0x94, 0x67, 0xbd)};

QRgb mix(QRgb a, QRgb b, float t)
{
    const auto channel = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5f); };
    return qRgb(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}

// The scale is looked up, not computed, per cell: a 400 x 400 grid is painted many times a second.
constexpr int kSteps = 256;
std::array<QRgb, kSteps> makeScale(float paleness)
{
    std::array<QRgb, kSteps> colours{};
    for (int i = 0; i < kSteps; ++i) {
        const float value = -1.0f + 2.0f * static_cast<float>(i) / (kSteps - 1);
        const QRgb full = value < 0 ? mix(kMiddle, kNegative, -value) : mix(kMiddle, kPositive, value);
        colours[static_cast<size_t>(i)] = mix(full, qRgb(255, 255, 255), paleness);
    }
    return colours;
}

const std::array<QRgb, kSteps> &scale()
{
    static const std::array<QRgb, kSteps> table = makeScale(0.0f);
    return table;
}

// Pictures behind the data points are paler, so points of either class stand out on them.
constexpr float kBackgroundPaleness = 0.35f;
const std::array<QRgb, kSteps> &paleScale()
{
    static const std::array<QRgb, kSteps> table = makeScale(kBackgroundPaleness);
    return table;
}

size_t scaleIndex(float value)
{
    return static_cast<size_t>((std::clamp(value, -1.0f, 1.0f) + 1.0f) * 0.5f * (kSteps - 1) + 0.5f);
}

QRgb pale(QRgb colour)
{
    return mix(colour, qRgb(255, 255, 255), kBackgroundPaleness);
}

} // namespace

QColor classColour(int k)
{
    return QColor::fromRgb(kClasses[static_cast<size_t>(std::clamp(k, 0, 3))]);
}

QRgb valueColour(float value, bool discretize)
{
    if (!(value == value))  // NaN never reaches here from the engine; stay neutral if it did
        return kMiddle;
    if (discretize)
        return value < 0 ? kNegative : kPositive;
    return scale()[scaleIndex(value)];
}

void paintOutputs(const float *values, int width, int height, const OutputPainting &painting, QImage &image)
{
    if (image.width() != width || image.height() != height)
        image = QImage(width, height, QImage::Format_RGB32);
    const int outputs = std::max(1, painting.outputs);
    for (int row = 0; row < height; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int col = 0; col < width; ++col) {
            const float *cell = values + (static_cast<size_t>(row) * width + col) * outputs;
            if (outputs == 1) {
                const float value = painting.probabilities ? 2.0f * cell[0] - 1.0f : cell[0];
                if (painting.discretize)
                    line[col] = pale(valueColour(value, true));
                else if (value == value)
                    line[col] = paleScale()[scaleIndex(value)];
                else
                    line[col] = kMiddle;
                continue;
            }
            const int best = static_cast<int>(std::max_element(cell, cell + outputs) - cell);
            const QRgb colour = kClasses[static_cast<size_t>(std::min(best, 3))];
            // The likeliest class's colour, fainter the less sure the network is.
            const float certainty = painting.discretize
                                        ? 1.0f
                                        : std::clamp((cell[best] - 1.0f / outputs) / (1.0f - 1.0f / outputs), 0.0f, 1.0f);
            line[col] = pale(mix(kMiddle, colour, certainty));
        }
    }
}

} // namespace loopwise
