#include "GlossaryModel.h"

#include "SearchText.h"

namespace loopwise {

GlossaryModel::GlossaryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void GlossaryModel::setTerms(const QList<GlossaryTerm> &terms)
{
    beginResetModel();
    m_terms = terms;
    endResetModel();
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryTerm &term = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TermRole:
        return term.term;
    case TermIdRole:
        return term.id;
    case DefinitionRole:
        return term.definition;
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return {{TermIdRole, "termId"}, {TermRole, "term"}, {DefinitionRole, "definition"}};
}

GlossaryFilterModel::GlossaryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &GlossaryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &GlossaryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &GlossaryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &GlossaryFilterModel::countChanged);
}

void GlossaryFilterModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the portable call.
    invalidateFilter();
    Q_EMIT queryChanged();
    Q_EMIT countChanged();
}

int GlossaryFilterModel::rowOf(const QString &termId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (data(index(row, 0), GlossaryModel::TermIdRole).toString() == termId)
            return row;
    }
    return -1;
}

bool GlossaryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString query = m_query.trimmed();
    if (query.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Case, accents and Arabic short vowels do not matter (SearchText).
    return searchMatches(index.data(GlossaryModel::TermRole).toString(), query)
        || searchMatches(index.data(GlossaryModel::DefinitionRole).toString(), query);
}

} // namespace loopwise
