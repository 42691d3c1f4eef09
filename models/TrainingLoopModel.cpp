#include "TrainingLoopModel.h"

namespace loopwise {

namespace {
constexpr int kDefaultIntervalMs = 2500;
}

TrainingLoopModel::TrainingLoopModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrainingLoopModel::next);
}

void TrainingLoopModel::setStages(const QVariantList &stages)
{
    if (stages == m_stages)
        return;
    beginResetModel();
    m_stages = stages;
    m_active = 0;
    m_round = 0;
    endResetModel();
    Q_EMIT stagesChanged();
    Q_EMIT activeStageChanged();
}

void TrainingLoopModel::setActiveStage(int stage)
{
    activate(stage, m_round);
}

void TrainingLoopModel::activate(int stage, int round)
{
    if (count() == 0 || stage < 0 || stage >= count())
        return;
    if (stage == m_active && round == m_round)
        return;
    const int old = m_active;
    m_active = stage;
    m_round = round;
    Q_EMIT dataChanged(index(old), index(old), {ActiveRole});
    Q_EMIT dataChanged(index(stage), index(stage), {ActiveRole});
    Q_EMIT activeStageChanged();
}

void TrainingLoopModel::setPlaying(bool playing)
{
    if (playing == m_timer.isActive() || (playing && count() == 0))
        return;
    if (playing)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT playingChanged();
}

void TrainingLoopModel::setInterval(int milliseconds)
{
    if (milliseconds <= 0 || milliseconds == m_timer.interval())
        return;
    m_timer.setInterval(milliseconds);
    Q_EMIT intervalChanged();
}

void TrainingLoopModel::next()
{
    if (count() == 0)
        return;
    if (m_active + 1 < count())
        activate(m_active + 1, m_round);
    else
        activate(0, m_round + 1);
}

void TrainingLoopModel::previous()
{
    if (count() == 0)
        return;
    if (m_active > 0)
        activate(m_active - 1, m_round);
    else if (m_round > 0)
        activate(count() - 1, m_round - 1);
}

int TrainingLoopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TrainingLoopModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap stage = m_stages.at(index.row()).toMap();
    switch (role) {
    case Qt::DisplayRole:
    case NodeRole:
        return stage.value(QStringLiteral("node"));
    case TitleRole:
        return stage.value(QStringLiteral("title"));
    case TextRole:
        return stage.value(QStringLiteral("text"));
    case ActiveRole:
        return index.row() == m_active;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrainingLoopModel::roleNames() const
{
    return {{NodeRole, "node"}, {TitleRole, "title"}, {TextRole, "text"}, {ActiveRole, "active"}};
}

} // namespace loopwise
