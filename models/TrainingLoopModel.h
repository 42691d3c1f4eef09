#pragma once

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// The training-loop diagram: stages (training data → predict → loss → update →
// parameters) and which one is active. The active stage is a plain property so
// a lab can drive the diagram from a live engine as well as the reader's buttons.
class TrainingLoopModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // [{node, title, text}] as a loopDiagram block carries them.
    Q_PROPERTY(QVariantList stages READ stages WRITE setStages NOTIFY stagesChanged)
    Q_PROPERTY(int count READ count NOTIFY stagesChanged)
    Q_PROPERTY(int activeStage READ activeStage WRITE setActiveStage NOTIFY activeStageChanged)
    // How many times the loop went round (grows when stepping past the last stage).
    Q_PROPERTY(int round READ round NOTIFY activeStageChanged)
    Q_PROPERTY(bool playing READ playing WRITE setPlaying NOTIFY playingChanged)
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)

public:
    enum Role { NodeRole = Qt::UserRole + 1, TitleRole, TextRole, ActiveRole };
    Q_ENUM(Role)

    explicit TrainingLoopModel(QObject *parent = nullptr);

    QVariantList stages() const { return m_stages; }
    void setStages(const QVariantList &stages);
    int count() const { return int(m_stages.size()); }
    int activeStage() const { return m_active; }
    void setActiveStage(int stage);
    int round() const { return m_round; }
    bool playing() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds);

    // Next wraps from the last stage to the first: training goes round again.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stagesChanged();
    void activeStageChanged();
    void playingChanged();
    void intervalChanged();

private:
    void activate(int stage, int round);

    QVariantList m_stages;
    int m_active = 0;
    int m_round = 0;
    QTimer m_timer;
};

} // namespace loopwise
