#pragma once
// The labs' colours, defined once for C++ and QML, in a light and a dark variant. Values and
// classes as Playground paints them: orange for the negative class (class 0), blue for the
// positive one (class 1), neutral in between; classes 2 and 3 green and purple. The dark
// variant is lighter where it must stand out on the dark background, and its neutral is dark.

#include <QColor>
#include <QImage>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <array>

class QJSEngine;
class QQmlEngine;

namespace loopwise {

struct LabPalette
{
    QRgb negative; // the value scale: -1 ...
    QRgb middle; // ... 0 ...
    QRgb positive; // ... 1
    std::array<QRgb, 4> classes;
    // Pictures behind the data points fade towards `backdrop`, so points stand out on them.
    QRgb backdrop;
    float fade;
    // Loss charts and the runs compared side by side.
    QRgb trainLoss, testLoss, baseline, firstRun, secondRun;
    // Rings told apart without colour: training points and test points.
    QRgb trainRing, testRing;
    // The learning lab's plot: training dots, validation squares, the model's curve, y = 0.
    QRgb trainPoint, validationPoint, curve, zeroLine;
    // The band under the weight chosen from the keyboard.
    QRgb selection;
    // The mixture-of-experts lab's experts, each also drawn with its own pattern.
    std::array<QRgb, 8> experts;
};

const LabPalette &labPalette(bool dark);

// A value in [-1, 1] (clamped) on the palette's orange-neutral-blue scale; discretized: the side only.
QRgb valueColour(const LabPalette &palette, float value, bool discretize);

// How a network's outputs turn into a picture of its decision.
struct OutputPainting
{
    int outputs = 1; // values per cell
    bool probabilities = false; // one output in [0, 1] (sigmoid), shown as 2p - 1
    bool discretize = false;
};

// Paints width x height cells of `values` (outputs per cell side by side, row 0 at the top)
// into `image`, reusing it when its size already fits. More than one output: the likeliest
// class's colour, fainter the less sure it is (or full when discretized). The picture holds
// indices into a colour table: LabColours::themed() gives it the current theme's colours, so
// a theme change recolours it without computing it again. Its own table is the light one.
void paintOutputs(const float *values, int width, int height, const OutputPainting &painting, QImage &image);

// The palette of the app's theme (Preferences.darkTheme), for QML and for the C++ views.
class LabColours : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    // The class colours, class 0 first.
    Q_PROPERTY(QVariantList classColours READ classColours NOTIFY changed)
    Q_PROPERTY(QColor negative READ negative NOTIFY changed)
    Q_PROPERTY(QColor middle READ middle NOTIFY changed)
    Q_PROPERTY(QColor positive READ positive NOTIFY changed)
    Q_PROPERTY(QColor trainLoss READ trainLoss NOTIFY changed)
    Q_PROPERTY(QColor testLoss READ testLoss NOTIFY changed)
    Q_PROPERTY(QColor baseline READ baseline NOTIFY changed)
    Q_PROPERTY(QColor firstRun READ firstRun NOTIFY changed)
    Q_PROPERTY(QColor secondRun READ secondRun NOTIFY changed)
    Q_PROPERTY(QColor trainRing READ trainRing NOTIFY changed)
    Q_PROPERTY(QColor testRing READ testRing NOTIFY changed)

public:
    // Follows Preferences' dark theme from the start.
    static LabColours *instance();
    static LabColours *create(QQmlEngine *, QJSEngine *);

    bool dark() const { return m_dark; }
    const LabPalette &palette() const { return labPalette(m_dark); }
    QVariantList classColours() const;
    QColor negative() const { return QColor::fromRgb(palette().negative); }
    QColor middle() const { return QColor::fromRgb(palette().middle); }
    QColor positive() const { return QColor::fromRgb(palette().positive); }
    QColor trainLoss() const { return QColor::fromRgb(palette().trainLoss); }
    QColor testLoss() const { return QColor::fromRgb(palette().testLoss); }
    QColor baseline() const { return QColor::fromRgb(palette().baseline); }
    QColor firstRun() const { return QColor::fromRgb(palette().firstRun); }
    QColor secondRun() const { return QColor::fromRgb(palette().secondRun); }
    QColor trainRing() const { return QColor::fromRgb(palette().trainRing); }
    QColor testRing() const { return QColor::fromRgb(palette().testRing); }

    // Class k's colour (k clamped to 0..3).
    Q_INVOKABLE QColor classColour(int k) const;
    // Expert k's colour in the mixture-of-experts lab (k clamped to 0..7).
    Q_INVOKABLE QColor expertColour(int k) const;
    // A data point's colour: its class's, or for regression the sign's colour, as opaque
    // as the value is far from 0.
    Q_INVOKABLE QColor pointColour(double label, bool regression) const;
    // A picture from paintOutputs() in this theme's colours (any other image as it is).
    QImage themed(const QImage &image) const;

Q_SIGNALS:
    void changed();

private:
    explicit LabColours(QObject *parent);
    void setDark(bool dark);

    bool m_dark = false;
};

} // namespace loopwise
