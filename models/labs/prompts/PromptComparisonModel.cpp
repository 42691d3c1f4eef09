#include "PromptComparisonModel.h"

#include "PromptHighlighter.h"
#include "PromptsExplanations.h"

#include <algorithm>

namespace loopwise {

namespace prompts = engine::prompts;

PromptComparisonModel::PromptComparisonModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (int i = 0; i < prompts::kCriterionCount; ++i) {
        const auto criterion = static_cast<prompts::Criterion>(i);
        m_comparison.rows[std::size_t(i)] = {criterion, false, false, prompts::guidesRecommending(criterion)};
    }
}

void PromptComparisonModel::setComparison(const prompts::PromptComparison &comparison)
{
    const int before[2] = {countA(), countB()};
    for (int i = 0; i < prompts::kCriterionCount; ++i) {
        const prompts::CriterionRow old = m_comparison.rows[std::size_t(i)];
        const prompts::CriterionRow &now = comparison.rows[std::size_t(i)];
        m_comparison.rows[std::size_t(i)] = now;
        if (old.inA != now.inA || old.inB != now.inB)
            Q_EMIT dataChanged(index(i), index(i), {InARole, InBRole});
    }
    if (before[0] != countA() || before[1] != countB())
        Q_EMIT countsChanged();
}

void PromptComparisonModel::refreshColours()
{
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ColourRole});
}

int PromptComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : prompts::kCriterionCount;
}

QVariant PromptComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const prompts::CriterionRow &row = m_comparison.rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CriterionRole:
        return criterionTitle(row.criterion);
    case NameRole:
        return QString::fromLatin1(prompts::criterionName(row.criterion).data(),
                                   qsizetype(prompts::criterionName(row.criterion).size()));
    case InARole:
        return row.inA;
    case InBRole:
        return row.inB;
    case ReasonRole:
        return criterionReason(row.criterion);
    case GuidesRole:
        return guideNames(row.guides);
    case ColourRole:
        return PromptHighlighter::criterionColour(row.criterion);
    case UnderlineRole:
        return PromptHighlighter::dashPattern(row.criterion);
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptComparisonModel::roleNames() const
{
    return {{CriterionRole, "criterion"}, {NameRole, "name"},     {InARole, "inA"},       {InBRole, "inB"},
            {ReasonRole, "reason"},       {GuidesRole, "guides"}, {ColourRole, "colour"}, {UnderlineRole, "underline"}};
}

int PromptComparisonModel::countA() const
{
    return int(
        std::count_if(m_comparison.rows.begin(), m_comparison.rows.end(), [](const auto &row) { return row.inA; }));
}

int PromptComparisonModel::countB() const
{
    return int(
        std::count_if(m_comparison.rows.begin(), m_comparison.rows.end(), [](const auto &row) { return row.inB; }));
}

} // namespace loopwise
