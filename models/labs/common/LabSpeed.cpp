#include "LabSpeed.h"

#include <algorithm>

namespace loopwise {

const std::vector<int> &LabSpeed::steps()
{
    static const std::vector<int> epochs{1, 3, 10, 30, 100, 0};
    return epochs;
}

int LabSpeed::clampIndex(int index)
{
    return std::clamp(index, 0, static_cast<int>(steps().size()) - 1);
}

QVariantList LabSpeed::choices()
{
    QVariantList list;
    for (int epochs : steps())
        list.append(label(epochs));
    return list;
}

QString LabSpeed::label(int epochsPerFrame)
{
    if (epochsPerFrame == 0)
        //: training speed: as many epochs as the computer manages
        return tr("Full speed");
    //: training speed: %n epochs trained between two pictures on the screen
    return tr("%n per frame", nullptr, epochsPerFrame);
}

} // namespace loopwise
