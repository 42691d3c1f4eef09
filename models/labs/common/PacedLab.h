#pragma once
// A lab whose training the learner watches (network, learning, experts): besides what every
// lab offers, a pace to choose, from one epoch a frame to as fast as the engine goes. Labs
// that only run experiments to their end (assumptions, prompts) have no pace.

#include "LabController.h"

#include <QVariantList>

namespace loopwise {

class PacedLab : public LabController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A lab's controller is its own type, e.g. NetworkLab")

    // How fast play() trains: an index into speedChoices (epochs per frame, slowest first).
    Q_PROPERTY(int speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(QVariantList speedChoices READ speedChoices CONSTANT)

public:
    int speed() const { return m_speed; }
    void setSpeed(int index);
    QVariantList speedChoices() const;

Q_SIGNALS:
    void speedChanged();

protected:
    // `speed`: the pace the lab opens at.
    PacedLab(const QString &labId, int speed, QObject *parent);
    // attachWorker(), and the worker told the pace (on its thread, once it starts).
    void attachPacedWorker(LabWorker *worker);

private:
    void postSpeed();

    LabWorker *m_pacedWorker = nullptr;
    int m_speed;
};

} // namespace loopwise
