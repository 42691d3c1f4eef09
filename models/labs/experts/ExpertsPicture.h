#pragma once
// The mixture-of-experts canvas as one picture: the decision boundary (class colours,
// fainter where the mixture is unsure), over it the gate's regions, each outlined and
// hatched in its expert's colour with its expert's own pattern (told apart without colour),
// and the training points.

#include "ExpertsWorker.h"
#include "LabColours.h"

#include <QImage>

namespace loopwise {

// Pixels per grid cell of the snapshot: the picture is kGridSide * kCellPixels square.
inline constexpr int kCellPixels = 4;

QImage paintRouting(const ExpertsSnapshot &snapshot, const LabPalette &palette);

// Whether pixel (x, y) of expert `expert`'s region carries its pattern: diagonal,
// back-diagonal, horizontal and vertical lines, dots, cross-hatch, a grid, wide diagonals.
bool expertPattern(int expert, int x, int y);

} // namespace loopwise
