#include "ExpertsPicture.h"

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

QRgb blend(QRgb a, QRgb b, float t)
{
    const auto channel = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5f); };
    return qRgb(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}

} // namespace

bool expertPattern(int expert, int x, int y)
{
    switch (expert % 8) {
    case 0:
        return (x + y) % 8 == 0;
    case 1:
        return (x - y + 4096) % 8 == 0;
    case 2:
        return y % 8 == 0;
    case 3:
        return x % 8 == 0;
    case 4:
        return x % 6 < 2 && y % 6 < 2;
    case 5:
        return (x + y) % 10 == 0 || (x - y + 4096) % 10 == 0;
    case 6:
        return x % 10 == 0 || y % 10 == 0;
    default:
        return (x + y) % 12 < 3;
    }
}

QImage paintRouting(const ExpertsSnapshot &snapshot, const LabPalette &palette)
{
    const int side = ExpertsWorker::kGridSide;
    const int pixels = side * kCellPixels;
    QImage image(pixels, pixels, QImage::Format_RGB32);
    const int classes = snapshot.classes;
    const auto regionAt = [&](int row, int col) {
        return snapshot
            .regions[static_cast<size_t>(std::clamp(row, 0, side - 1) * side + std::clamp(col, 0, side - 1))];
    };
    for (int y = 0; y < pixels; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int row = y / kCellPixels;
        for (int x = 0; x < pixels; ++x) {
            const int col = x / kCellPixels;
            const float *p = snapshot.boundary.data() + static_cast<size_t>((row * side + col) * classes);
            const int best = static_cast<int>(std::max_element(p, p + classes) - p);
            // Certainty 1/classes .. 1 as 0 .. 1: unsure cells fade into the backdrop.
            const float sure = std::clamp((p[best] - 1.0f / classes) / (1.0f - 1.0f / classes), 0.0f, 1.0f);
            QRgb colour
                = blend(palette.backdrop, palette.classes[static_cast<size_t>(std::min(best, 3))], 0.2f + 0.45f * sure);
            const int expert = regionAt(row, col);
            const QRgb ink = palette.experts[static_cast<size_t>(expert % 8)];
            // An outline where the gate's choice changes within two pixels.
            const int ox = x % kCellPixels, oy = y % kCellPixels;
            const bool edge = (ox >= kCellPixels - 2 && regionAt(row, col + 1) != expert)
                || (oy >= kCellPixels - 2 && regionAt(row + 1, col) != expert)
                || (ox < 2 && regionAt(row, col - 1) != expert) || (oy < 2 && regionAt(row - 1, col) != expert);
            if (edge)
                colour = ink;
            else if (expertPattern(expert, x, y))
                colour = blend(colour, ink, 0.75f);
            line[x] = colour;
        }
    }
    // The training points: a dot in the class's colour in a ring of the training ring's colour.
    if (snapshot.points) {
        const engine::Extent &e = snapshot.extent;
        for (const engine::Point &point : *snapshot.points) {
            const int cx = static_cast<int>((point.x1 - e.xMin) / (e.xMax - e.xMin) * pixels);
            const int cy = static_cast<int>((e.yMax - point.x2) / (e.yMax - e.yMin) * pixels);
            const QRgb fill = palette.classes[static_cast<size_t>(std::clamp(static_cast<int>(point.label), 0, 3))];
            for (int dy = -3; dy <= 3; ++dy)
                for (int dx = -3; dx <= 3; ++dx) {
                    const int r2 = dx * dx + dy * dy;
                    const int px = cx + dx, py = cy + dy;
                    if (r2 > 10 || px < 0 || py < 0 || px >= pixels || py >= pixels)
                        continue;
                    reinterpret_cast<QRgb *>(image.scanLine(py))[px] = r2 > 5 ? palette.trainRing : fill;
                }
        }
    }
    return image;
}

} // namespace loopwise
