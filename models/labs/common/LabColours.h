#pragma once
// The labs' colours for values and classes, as Playground paints them: orange for the
// negative class (class 0), blue for the positive one (class 1), near-white in between.

#include <QColor>
#include <QImage>

namespace loopwise {

// Class k's colour; classes 2 and 3 are green and purple.
QColor classColour(int k);
// A value in [-1, 1] (clamped) on the orange-white-blue scale; discretized: the side only.
QRgb valueColour(float value, bool discretize);

// How a network's outputs turn into a picture of its decision.
struct OutputPainting {
    int outputs = 1;          // values per cell
    bool probabilities = false;  // one output in [0, 1] (sigmoid), shown as 2p - 1
    bool discretize = false;
};

// Paints width x height cells of `values` (outputs per cell side by side, row 0 at the top)
// into `image`, reusing it when its size already fits. More than one output: the class
// colours mixed by probability, or the most likely class's colour when discretized.
void paintOutputs(const float *values, int width, int height, const OutputPainting &painting, QImage &image);

} // namespace loopwise
