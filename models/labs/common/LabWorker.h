#pragma once
// What every lab's worker shares: it trains on its own thread in short time slices (so it
// keeps looking at its event queue), sends the UI at most one snapshot per display frame
// (~60 a second), and sends none while the UI has not taken the last one (back-pressure:
// training goes on meanwhile). A lab's worker says what one unit of training is and what a
// snapshot holds; this class says when they happen.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>

namespace loopwise {

class LabWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFrameMs = 16; // one snapshot per display frame at most
    static constexpr int kSliceMs = 12; // training between two looks at the event queue

    explicit LabWorker(QObject *parent = nullptr);

    // Called from the UI thread when it has taken the last snapshot.
    void snapshotTaken() { m_snapshotPending.store(false); }
    // The pace play() trains at, on the worker's thread; 0: as fast as the engine goes. A
    // worker whose unit is smaller than an epoch turns epochs into units.
    virtual void setEpochsPerFrame(int epochs) { setUnitsPerFrame(epochs); }

Q_SIGNALS:
    void failed(const QString &message);

protected:
    // One unit of training (an epoch, or a step of a long one). False when training must
    // stop: the worker has then called stopTraining() itself.
    virtual bool trainUnit() = 0;
    // Builds a snapshot and emits it; calls snapshotSent().
    virtual void sendSnapshot() = 0;

    bool isTraining() const { return m_training; }
    // Starts the slices (the first at once).
    void startTraining();
    void stopTraining();
    // Units per frame, one frame apart; 0: as many as fit, as fast as the engine goes.
    void setUnitsPerFrame(int units) { m_unitsPerFrame = std::max(0, units); }
    int unitsPerFrame() const { return m_unitsPerFrame; }
    void snapshotSent();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceSnapshot;
    std::atomic<bool> m_snapshotPending{false};
    int m_unitsPerFrame = 0;
    bool m_training = false;
};

} // namespace loopwise
