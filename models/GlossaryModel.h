#pragma once

#include "ContentTypes.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// Every glossary term of the loaded packs, sorted by the term in the reader's language.
class GlossaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Course.glossary")

public:
    enum Role { TermIdRole = Qt::UserRole + 1, TermRole, DefinitionRole };
    Q_ENUM(Role)

    explicit GlossaryModel(QObject *parent = nullptr);

    void setTerms(const QList<GlossaryTerm> &terms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<GlossaryTerm> m_terms;
};

// The glossary page's search: matches the query in the term or its definition.
class GlossaryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit GlossaryFilterModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return rowCount(); }
    // Row of a term id in the filtered list, or -1.
    Q_INVOKABLE int rowOf(const QString &termId) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
};

} // namespace loopwise
