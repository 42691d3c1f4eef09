#include "LabColours.h"

#include "Preferences.h"

#include <QCoreApplication>
#include <QJSEngine>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

constexpr LabPalette kLight{
    .negative = qRgb(0xf5, 0x93, 0x22),
    .middle = qRgb(0xe8, 0xea, 0xeb),
    .positive = qRgb(0x08, 0x77, 0xbd),
    .classes = {qRgb(0xf5, 0x93, 0x22), qRgb(0x08, 0x77, 0xbd), qRgb(0x2c, 0xa0, 0x2c), qRgb(0x94, 0x67, 0xbd)},
    .backdrop = qRgb(0xff, 0xff, 0xff),
    .fade = 0.35f,
    .trainLoss = qRgb(0x5a, 0x64, 0x72),
    .testLoss = qRgb(0x1f, 0x5f, 0xbf),
    .baseline = qRgb(0x8a, 0x5a, 0x00),
    .firstRun = qRgb(0x1f, 0x5f, 0xbf),
    .secondRun = qRgb(0xc2, 0x57, 0x1a),
    .trainRing = qRgb(0xff, 0xff, 0xff),
    .testRing = qRgb(0x1c, 0x23, 0x30),
    .trainPoint = qRgb(0x1c, 0x23, 0x30),
    .validationPoint = qRgb(0xc2, 0x4e, 0x00),
    .curve = qRgb(0x1f, 0x5f, 0xbf),
    .zeroLine = qRgb(0x9a, 0xa3, 0xae),
    .selection = qRgb(0x1c, 0x23, 0x30),
    .experts = {qRgb(0x6a, 0x3d, 0x9a), qRgb(0x1b, 0x7f, 0x5f), qRgb(0xb8, 0x33, 0x6a), qRgb(0x8c, 0x56, 0x4b),
                qRgb(0x3b, 0x4c, 0xc0), qRgb(0x7f, 0x7f, 0x00), qRgb(0x17, 0x80, 0x8f), qRgb(0x44, 0x44, 0x44)},
};

// On the dark background: a dark neutral, a lighter blue, green and purple, light lines.
constexpr LabPalette kDark{
    .negative = qRgb(0xf5, 0x93, 0x22),
    .middle = qRgb(0x2b, 0x31, 0x38),
    .positive = qRgb(0x3a, 0xa0, 0xe8),
    .classes = {qRgb(0xf5, 0x93, 0x22), qRgb(0x3a, 0xa0, 0xe8), qRgb(0x4c, 0xc2, 0x4c), qRgb(0xb2, 0x8f, 0xe0)},
    .backdrop = qRgb(0x1f, 0x24, 0x2b),
    .fade = 0.35f,
    .trainLoss = qRgb(0xa5, 0xae, 0xba),
    .testLoss = qRgb(0x7c, 0xb4, 0xff),
    .baseline = qRgb(0xff, 0xcc, 0x66),
    .firstRun = qRgb(0x7c, 0xb4, 0xff),
    .secondRun = qRgb(0xff, 0x9d, 0x5c),
    .trainRing = qRgb(0x15, 0x18, 0x1d),
    .testRing = qRgb(0xe8, 0xeb, 0xef),
    .trainPoint = qRgb(0xe8, 0xeb, 0xef),
    .validationPoint = qRgb(0xff, 0x9d, 0x5c),
    .curve = qRgb(0x7c, 0xb4, 0xff),
    .zeroLine = qRgb(0x5a, 0x64, 0x72),
    .selection = qRgb(0xe8, 0xeb, 0xef),
    .experts = {qRgb(0xc9, 0xa0, 0xff), qRgb(0x66, 0xd9, 0xb0), qRgb(0xff, 0x7f, 0xb0), qRgb(0xd9, 0xa2, 0x7a),
                qRgb(0x9a, 0xa8, 0xff), qRgb(0xd6, 0xd6, 0x5c), qRgb(0x6f, 0xd3, 0xe0), qRgb(0xdd, 0xdd, 0xdd)},
};

QRgb mix(QRgb a, QRgb b, float t)
{
    const auto channel = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5f); };
    return qRgb(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}

// A painted picture holds indices: 256 steps of the value scale, or per class 64 steps of
// certainty. The text key says which table its indices mean.
constexpr int kSteps = 256;
constexpr int kCertaintySteps = 64;
const QString kTableKey = QStringLiteral("loopwise.colours");
const QString kScaleTable = QStringLiteral("scale");
const QString kClassTable = QStringLiteral("classes");

int scaleIndex(float value)
{
    return static_cast<int>((std::clamp(value, -1.0f, 1.0f) + 1.0f) * 0.5f * (kSteps - 1) + 0.5f);
}

QList<QRgb> makeScaleTable(const LabPalette &palette)
{
    QList<QRgb> table(kSteps);
    for (int i = 0; i < kSteps; ++i) {
        const float value = -1.0f + 2.0f * static_cast<float>(i) / (kSteps - 1);
        table[i] = mix(valueColour(palette, value, false), palette.backdrop, palette.fade);
    }
    return table;
}

QList<QRgb> makeClassTable(const LabPalette &palette)
{
    QList<QRgb> table(kSteps);
    for (int k = 0; k < 4; ++k)
        for (int level = 0; level < kCertaintySteps; ++level) {
            const float certainty = static_cast<float>(level) / (kCertaintySteps - 1);
            table[k * kCertaintySteps + level]
                = mix(mix(palette.middle, palette.classes[static_cast<size_t>(k)], certainty), palette.backdrop,
                      palette.fade);
        }
    return table;
}

// The tables are built once per theme: a 400 x 400 picture is recoloured many times a second.
const QList<QRgb> &colourTable(const QString &kind, bool dark)
{
    static const QList<QRgb> tables[2][2]
        = {{makeScaleTable(kLight), makeClassTable(kLight)}, {makeScaleTable(kDark), makeClassTable(kDark)}};
    return tables[dark ? 1 : 0][kind == kClassTable ? 1 : 0];
}

} // namespace

const LabPalette &labPalette(bool dark)
{
    return dark ? kDark : kLight;
}

QRgb valueColour(const LabPalette &palette, float value, bool discretize)
{
    if (std::isnan(value)) // NaN never reaches here from the engine; stay neutral if it did
        return palette.middle;
    if (discretize)
        return value < 0 ? palette.negative : palette.positive;
    value = std::clamp(value, -1.0f, 1.0f);
    return value < 0 ? mix(palette.middle, palette.negative, -value) : mix(palette.middle, palette.positive, value);
}

void paintOutputs(const float *values, int width, int height, const OutputPainting &painting, QImage &image)
{
    if (image.width() != width || image.height() != height || image.format() != QImage::Format_Indexed8)
        image = QImage(width, height, QImage::Format_Indexed8);
    const int outputs = std::max(1, painting.outputs);
    const QString &kind = outputs == 1 ? kScaleTable : kClassTable;
    image.setColorTable(colourTable(kind, false));
    image.setText(kTableKey, kind);
    for (int row = 0; row < height; ++row) {
        uchar *line = image.scanLine(row);
        for (int col = 0; col < width; ++col) {
            const float *cell = values + (static_cast<size_t>(row) * width + col) * outputs;
            if (outputs == 1) {
                const float value = painting.probabilities ? 2.0f * cell[0] - 1.0f : cell[0];
                if (std::isnan(value))
                    line[col] = static_cast<uchar>(scaleIndex(0.0f));
                else if (painting.discretize)
                    line[col] = value < 0 ? 0 : kSteps - 1;
                else
                    line[col] = static_cast<uchar>(scaleIndex(value));
                continue;
            }
            const int best = static_cast<int>(std::max_element(cell, cell + outputs) - cell);
            // The likeliest class's colour, fainter the less sure the network is.
            const float certainty = painting.discretize
                ? 1.0f
                : std::clamp((cell[best] - 1.0f / outputs) / (1.0f - 1.0f / outputs), 0.0f, 1.0f);
            const int level = static_cast<int>(certainty * (kCertaintySteps - 1) + 0.5f);
            line[col] = static_cast<uchar>(std::min(best, 3) * kCertaintySteps + level);
        }
    }
}

// --- LabColours ----------------------------------------------------------------------------

LabColours::LabColours(QObject *parent)
    : QObject(parent)
{}

LabColours *LabColours::instance()
{
    static LabColours *colours = [] {
        auto *created = new LabColours(QCoreApplication::instance());
        Preferences *preferences = Preferences::instance();
        created->m_dark = preferences->darkTheme();
        connect(preferences, &Preferences::darkThemeChanged, created,
                [created, preferences] { created->setDark(preferences->darkTheme()); });
        return created;
    }();
    return colours;
}

LabColours *LabColours::create(QQmlEngine *, QJSEngine *)
{
    LabColours *colours = instance();
    QJSEngine::setObjectOwnership(colours, QJSEngine::CppOwnership);
    return colours;
}

void LabColours::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT changed();
}

QVariantList LabColours::classColours() const
{
    QVariantList list;
    for (QRgb colour : palette().classes)
        list.append(QColor::fromRgb(colour));
    return list;
}

QColor LabColours::classColour(int k) const
{
    return QColor::fromRgb(palette().classes[static_cast<size_t>(std::clamp(k, 0, 3))]);
}

QColor LabColours::expertColour(int k) const
{
    return QColor::fromRgb(palette().experts[static_cast<size_t>(std::clamp(k, 0, 7))]);
}

QColor LabColours::pointColour(double label, bool regression) const
{
    if (!regression)
        return classColour(static_cast<int>(std::lround(label)));
    QColor colour = label < 0 ? negative() : positive();
    colour.setAlphaF(static_cast<float>(std::min(1.0, std::abs(label))));
    return colour;
}

QImage LabColours::themed(const QImage &image) const
{
    const QString kind = image.text(kTableKey);
    if (image.format() != QImage::Format_Indexed8 || kind.isEmpty())
        return image;
    QImage recoloured = image;
    recoloured.setColorTable(colourTable(kind, m_dark));
    return recoloured;
}

} // namespace loopwise
