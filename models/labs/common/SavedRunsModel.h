#pragma once
// A lab's saved runs from the learner's progress store, newest first, one row per run.
// Each run's JSON is read once and kept by id; a change in the store reads only new runs.
// A run's results may carry "curve": [[epoch, train loss, test loss], ...]: history() gives
// it as a LossHistoryModel for the charts.

#include "LossHistoryModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace loopwise {

class ProgressStore;

class SavedRunsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A lab's savedRuns")
    // [{id, label, savedAt, link, ...results}], as get() gives each one.
    Q_PROPERTY(QVariantList runs READ runs NOTIFY runsChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, LabelRole, SavedAtRole, LinkRole, ResultsRole };
    Q_ENUM(Role)

    explicit SavedRunsModel(const QString &labId, QObject *parent = nullptr);
    ~SavedRunsModel() override;

    void setStore(ProgressStore *store);
    ProgressStore *store() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantList runs() const;
    // {id, label, savedAt, link} and the run's results (without the curve); {} for no run.
    Q_INVOKABLE QVariantMap get(const QString &runId) const;
    // The run's loss curve; null for no run. The model keeps it.
    Q_INVOKABLE loopwise::LossHistoryModel *history(const QString &runId) const;

    // Saves a run of the lab ("link" in the config, curve and figures in the results); its
    // id, or "" when the store refuses (lastError() says why).
    QString save(const QString &link, const QVariantMap &results, const QVariantList &curve, const QString &label);
    QString lastError() const;

    // Reads the store's list again; only runs not seen before are parsed.
    void reload();

Q_SIGNALS:
    void runsChanged();

private:
    struct Run;
    void watchStore();
    std::unique_ptr<Run> readRun(const QVariantMap &stored);
    const Run *find(const QString &runId) const;

    QString m_labId;
    QPointer<ProgressStore> m_store;
    std::vector<std::unique_ptr<Run>> m_runs;
};

} // namespace loopwise
