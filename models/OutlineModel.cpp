#include "OutlineModel.h"

namespace loopwise {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void OutlineModel::setEntries(const QList<OutlineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT countChanged();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutlineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case EntryIdRole:
        return entry.id;
    case TeaserRole:
        return entry.teaser;
    case MinutesRole:
        return entry.minutes;
    case ModuleIdRole:
        return entry.moduleId;
    case AvailableRole:
        return !entry.moduleId.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {TitleRole, "title"},       {TeaserRole, "teaser"},
            {MinutesRole, "minutes"}, {ModuleIdRole, "moduleId"}, {AvailableRole, "available"}};
}

} // namespace loopwise
