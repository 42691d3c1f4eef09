#pragma once
// A network lab whose first snapshot has arrived: where the network lab's tests start.

#include "NetworkLab.h"

#include <QTest>

#include <memory>

inline std::unique_ptr<loopwise::NetworkLab> readyLab()
{
    auto lab = std::make_unique<loopwise::NetworkLab>();
    if (!QTest::qWaitFor([&] { return !lab->busy(); }, 5000))
        qWarning("the first snapshot did not arrive");
    return lab;
}
