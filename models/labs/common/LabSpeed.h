#pragma once
// The training paces every lab offers, as epochs per display frame: slow enough to watch
// the loss fall (TensorFlow Playground animates about one epoch a frame), and "as fast as
// the engine goes" one choice away.

#include <QCoreApplication>
#include <QVariantList>

#include <vector>

namespace loopwise {

class LabSpeed
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::LabSpeed)

public:
    // Epochs per frame for each choice, slowest first; 0 is as fast as the engine goes.
    static const std::vector<int> &steps();
    static int clampIndex(int index);
    static int epochsPerFrame(int index) { return steps()[static_cast<size_t>(clampIndex(index))]; }
    // The choices' labels, in the order of steps().
    static QVariantList choices();
    static QString label(int epochsPerFrame);
};

} // namespace loopwise
