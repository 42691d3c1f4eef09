#include "ModuleModel.h"

namespace loopwise {

ModuleModel::ModuleModel(const ContentModule &module, QObject *parent)
    : QAbstractListModel(parent)
    , m_module(module)
{
    for (int s = 0; s < m_module.sections.size(); ++s) {
        m_rows.append({s, -1});
        for (int b = 0; b < m_module.sections.at(s).blocks.size(); ++b)
            m_rows.append({s, b});
    }
}

int ModuleModel::outcomeCount() const
{
    for (const ContentSection &section : m_module.sections) {
        for (const ContentBlock &block : section.blocks) {
            if (block.kind == QStringLiteral("outcomes"))
                return int(block.fields.value(QStringLiteral("items")).toStringList().size());
        }
    }
    return 0;
}

QVariantList ModuleModel::sections() const
{
    QVariantList result;
    for (int s = 0; s < m_module.sections.size(); ++s) {
        const ContentSection &section = m_module.sections.at(s);
        result.append(QVariantMap{{QStringLiteral("id"), section.id},
                                  {QStringLiteral("title"), section.title},
                                  {QStringLiteral("row"), rowOfSection(section.id)}});
    }
    return result;
}

int ModuleModel::rowOfSection(const QString &sectionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.block < 0 && m_module.sections.at(r.section).id == sectionId)
            return row;
    }
    return -1;
}

QString ModuleModel::sectionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_module.sections.at(m_rows.at(row).section).id;
}

int ModuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ContentSection &section = m_module.sections.at(row.section);
    const ContentBlock *block = row.block >= 0 ? &section.blocks.at(row.block) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case SectionTitleRole:
        return section.title;
    case KindRole:
        return block ? block->kind : QStringLiteral("heading");
    case BlockIdRole:
        return block ? block->id : section.id;
    case SectionIdRole:
        return section.id;
    case SectionNumberRole:
        return row.section + 1;
    case FieldsRole:
        return block ? block->fields : QVariantMap{};
    default:
        return {};
    }
}

QHash<int, QByteArray> ModuleModel::roleNames() const
{
    return {{KindRole, "kind"},
            {BlockIdRole, "blockId"},
            {SectionIdRole, "sectionId"},
            {SectionTitleRole, "sectionTitle"},
            {SectionNumberRole, "sectionNumber"},
            {FieldsRole, "fields"}};
}

} // namespace loopwise
