// The labs' palette, defined once in C++: it follows the app's dark theme, says so once, its
// dark colours read on the dark background, and a painted decision picture takes the
// theme's colours without being computed again.
#include "LabColours.h"
#include "Preferences.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using loopwise::LabColours;
using loopwise::Preferences;

namespace {

double luminance(QRgb colour)
{
    const auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(colour)) + 0.7152 * linear(qGreen(colour)) + 0.0722 * linear(qBlue(colour));
}

// WCAG's contrast ratio: 3 is what graphics must reach against their background.
double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QRgb kDarkSurface = qRgb(0x1f, 0x24, 0x2b); // Theme.surface in the dark theme

} // namespace

class LabColoursTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Preferences::instance()->setDarkTheme(false); }
    void cleanup() { Preferences::instance()->setDarkTheme(false); }

    void followsTheDarkTheme()
    {
        LabColours *colours = LabColours::instance();
        QVERIFY(!colours->dark());
        const QVariantList light = colours->classColours();
        QCOMPARE(light.first().value<QColor>(), QColor(QStringLiteral("#f59322")));
        QCOMPARE(colours->classColour(1), QColor(QStringLiteral("#0877bd")));
        QSignalSpy changed(colours, &LabColours::changed);
        Preferences::instance()->setDarkTheme(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(colours->dark());
        QVERIFY(colours->classColours() != light);
        QVERIFY(colours->testLoss() != QColor::fromRgb(loopwise::labPalette(false).testLoss));
        Preferences::instance()->setDarkTheme(true);
        QCOMPARE(changed.count(), 1);
    }

    // Classes, the experts, the value scale's ends and the chart lines stand out on the dark background.
    void darkColoursReadOnTheDarkBackground()
    {
        const loopwise::LabPalette &dark = loopwise::labPalette(true);
        QList<QRgb> shown{dark.negative, dark.positive,  dark.trainLoss,  dark.testLoss,        dark.baseline,
                          dark.firstRun, dark.secondRun, dark.trainPoint, dark.validationPoint, dark.curve};
        for (QRgb colour : dark.classes)
            shown.append(colour);
        for (QRgb colour : dark.experts)
            shown.append(colour);
        for (QRgb colour : shown)
            QVERIFY2(contrast(colour, kDarkSurface) >= 3.0, qPrintable(QColor::fromRgb(colour).name()));
        // Its neutral is dark, so a network unsure of its answer does not glare.
        QVERIFY(luminance(dark.middle) < 0.05);
    }

    void pointColours()
    {
        LabColours *colours = LabColours::instance();
        QCOMPARE(colours->pointColour(2.0, false), colours->classColour(2));
        QCOMPARE(colours->pointColour(7.0, false), colours->classColour(3));
        const QColor faint = colours->pointColour(-0.25, true);
        QCOMPARE(faint.rgb(), colours->negative().rgb());
        QVERIFY(std::abs(faint.alphaF() - 0.25f) < 0.01f); // alpha is kept in 16 bits
        QCOMPARE(colours->pointColour(3.0, true).alphaF(), 1.0f);
    }

    // One picture, two themes: the neutral middle turns dark, the ends keep their hue.
    void picturesTakeTheThemesColours()
    {
        const float values[] = {-1.0f, 0.0f, 1.0f};
        QImage image;
        loopwise::paintOutputs(values, 3, 1, {}, image);
        LabColours *colours = LabColours::instance();
        const QImage light = colours->themed(image);
        QVERIFY(qGray(light.pixel(1, 0)) > 200);
        Preferences::instance()->setDarkTheme(true);
        const QImage dark = colours->themed(image);
        QVERIFY(qGray(dark.pixel(1, 0)) < 60);
        QVERIFY(qRed(dark.pixel(0, 0)) > qBlue(dark.pixel(0, 0))); // orange
        QVERIFY(qBlue(dark.pixel(2, 0)) > qRed(dark.pixel(2, 0))); // blue
        QCOMPARE(image.pixel(1, 0), light.pixel(1, 0)); // the worker's picture is left as it was

        // Classes: the likeliest class's colour in the theme.
        const float twoCells[] = {0.0f, 0.0f, 1.0f, 0.0f, // class 2, sure
                                  0.0f, 1.0f, 0.0f, 0.0f}; // class 1, sure
        QImage classes;
        loopwise::paintOutputs(twoCells, 2, 1, {.outputs = 4, .probabilities = false, .discretize = true}, classes);
        const QImage themed = colours->themed(classes);
        QVERIFY(qGreen(themed.pixel(0, 0)) > qRed(themed.pixel(0, 0)));
        QVERIFY(qBlue(themed.pixel(1, 0)) > qRed(themed.pixel(1, 0)));
        // Any other image is shown as it is.
        QImage plain(2, 2, QImage::Format_RGB32);
        plain.fill(Qt::red);
        QCOMPARE(colours->themed(plain), plain);
    }
};

QTEST_MAIN(LabColoursTest)
#include "tst_labcolours.moc"
