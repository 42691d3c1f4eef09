#include "SavedRunsModel.h"

#include "ProgressStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace loopwise {

struct SavedRunsModel::Run
{
    QString id;
    QString label;
    QVariantMap described; // what get() gives
    std::unique_ptr<LossHistoryModel> curve; // a child of the model, so QML never owns it
};

SavedRunsModel::SavedRunsModel(const QString &labId, QObject *parent)
    : QAbstractListModel(parent)
    , m_labId(labId)
{}

SavedRunsModel::~SavedRunsModel() = default;

void SavedRunsModel::setStore(ProgressStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        watchStore();
    reload();
}

ProgressStore *SavedRunsModel::store() const
{
    return m_store;
}

// The one place that says which store signal means "lab runs may have changed".
void SavedRunsModel::watchStore()
{
    // Only this lab's runs, or another profile's data, change the list.
    connect(m_store, &ProgressStore::labRunsChanged, this, [this](const QString &labId) {
        if (labId == m_labId)
            reload();
    });
    connect(m_store, &ProgressStore::profileDataReset, this, &SavedRunsModel::reload);
}

int SavedRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

QVariant SavedRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = *m_runs[static_cast<size_t>(index.row())];
    switch (role) {
    case IdRole:
        return run.id;
    case LabelRole:
        return run.label;
    case SavedAtRole:
        return run.described.value(QStringLiteral("savedAt"));
    case LinkRole:
        return run.described.value(QStringLiteral("link"));
    case ResultsRole:
        return run.described;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedRunsModel::roleNames() const
{
    return {{IdRole, "runId"},
            {LabelRole, "label"},
            {SavedAtRole, "savedAt"},
            {LinkRole, "link"},
            {ResultsRole, "results"}};
}

QVariantList SavedRunsModel::runs() const
{
    QVariantList list;
    for (const auto &run : m_runs)
        list.append(run->described);
    return list;
}

const SavedRunsModel::Run *SavedRunsModel::find(const QString &runId) const
{
    const auto found
        = std::find_if(m_runs.begin(), m_runs.end(), [&runId](const auto &run) { return run->id == runId; });
    return found == m_runs.end() ? nullptr : found->get();
}

QVariantMap SavedRunsModel::get(const QString &runId) const
{
    const Run *run = find(runId);
    return run ? run->described : QVariantMap();
}

LossHistoryModel *SavedRunsModel::history(const QString &runId) const
{
    const Run *run = find(runId);
    return run ? run->curve.get() : nullptr;
}

std::unique_ptr<SavedRunsModel::Run> SavedRunsModel::readRun(const QVariantMap &stored)
{
    auto run = std::make_unique<Run>();
    run->curve = std::make_unique<LossHistoryModel>(this);
    run->id = stored.value(QStringLiteral("id")).toString();
    run->label = stored.value(QStringLiteral("label")).toString();
    const QJsonObject config
        = QJsonDocument::fromJson(stored.value(QStringLiteral("config")).toString().toUtf8()).object();
    QJsonObject results = QJsonDocument::fromJson(stored.value(QStringLiteral("results")).toString().toUtf8()).object();
    std::vector<LossPoint> curve;
    for (const QJsonValue &value : results.take(QStringLiteral("curve")).toArray()) {
        const QJsonArray row = value.toArray();
        curve.push_back({static_cast<long>(row.at(0).toDouble()), row.at(1).toDouble(), row.at(2).toDouble()});
    }
    run->curve->setPoints(std::move(curve));
    run->described = results.toVariantMap();
    run->described.insert(QStringLiteral("id"), run->id);
    run->described.insert(QStringLiteral("label"), run->label);
    run->described.insert(QStringLiteral("savedAt"), stored.value(QStringLiteral("savedAt")));
    run->described.insert(QStringLiteral("link"), config.value(QStringLiteral("link")).toString());
    return run;
}

void SavedRunsModel::reload()
{
    QVariantList stored;
    if (m_store && m_store->isReady())
        stored = m_store->labRuns(m_labId);
    QStringList ids;
    for (const QVariant &entry : stored)
        ids.append(entry.toMap().value(QStringLiteral("id")).toString());
    bool changed = false;
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (ids.contains(m_runs[static_cast<size_t>(row)]->id))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_runs.erase(m_runs.begin() + row);
        endRemoveRows();
        changed = true;
    }
    // The store keeps its order (newest first): what is left stands in it already.
    for (int row = 0; row < ids.size(); ++row) {
        const QVariantMap entry = stored.at(row).toMap();
        if (row < rowCount() && m_runs[static_cast<size_t>(row)]->id == ids.at(row)) {
            Run &run = *m_runs[static_cast<size_t>(row)];
            const QString label = entry.value(QStringLiteral("label")).toString();
            if (run.label != label) {
                run.label = label;
                run.described.insert(QStringLiteral("label"), label);
                Q_EMIT dataChanged(index(row), index(row), {LabelRole, ResultsRole});
                changed = true;
            }
            continue;
        }
        beginInsertRows(QModelIndex(), row, row);
        m_runs.insert(m_runs.begin() + row, readRun(entry));
        endInsertRows();
        changed = true;
    }
    if (changed)
        Q_EMIT runsChanged();
}

QString SavedRunsModel::save(const QString &link, const QVariantMap &results, const QVariantList &curve,
                             const QString &label)
{
    if (!m_store)
        return {};
    QJsonObject resultsJson = QJsonObject::fromVariantMap(results);
    resultsJson.insert(QStringLiteral("curve"), QJsonArray::fromVariantList(curve));
    const QJsonObject config{{QStringLiteral("link"), link}};
    const QString id
        = m_store->saveLabRun(m_labId, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(resultsJson).toJson(QJsonDocument::Compact)), label);
    reload();
    return id;
}

QString SavedRunsModel::lastError() const
{
    return m_store ? m_store->lastError() : QString();
}

} // namespace loopwise
