#pragma once

#include "ContentTypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// The course outline on the home page: one row per module or page.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Course.outline")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, TitleRole, TeaserRole, MinutesRole, ModuleIdRole, AvailableRole };
    Q_ENUM(Role)

    explicit OutlineModel(QObject *parent = nullptr);

    void setEntries(const QList<OutlineEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<OutlineEntry> m_entries;
};

} // namespace loopwise
