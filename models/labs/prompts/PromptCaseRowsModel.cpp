#include "PromptCaseRowsModel.h"

#include "PromptRunWords.h"

namespace loopwise {

namespace prompts = engine::prompts;

PromptCaseRowsModel::PromptCaseRowsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

PromptCaseRowsModel::~PromptCaseRowsModel() = default;

int PromptCaseRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PromptCaseRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const prompts::CaseRow &row = m_rows[static_cast<size_t>(index.row())];
    const prompts::TestCase &testCase = m_results->outcome().task.cases[static_cast<size_t>(row.caseIndex)];
    switch (role) {
    case CaseNumberRole:
        return row.caseIndex + 1;
    case Qt::DisplayRole:
    case InputRole:
        return QString::fromStdString(testCase.input);
    case ExpectedRole:
        return QString::fromStdString(testCase.expected);
    case PassesARole:
        return row.passesA;
    case PassesBRole:
        return row.passesB;
    case SeedsRole:
        return m_results->seedCount();
    case DiffersRole:
        return row.differs();
    case AnswersARole:
    case AnswersBRole: {
        const int prompt = role == AnswersARole ? PromptRunResults::kPromptA : PromptRunResults::kPromptB;
        return PromptRunWords::groups(m_results->groups(prompt, row.caseIndex), m_results->seedCount());
    }
    case PromptARole:
        return QString::fromStdString(m_results->promptAsRun(PromptRunResults::kPromptA, row.caseIndex));
    case PromptBRole:
        return QString::fromStdString(m_results->promptAsRun(PromptRunResults::kPromptB, row.caseIndex));
    case ProvenanceRole:
        return PromptRunWords::provenance(*m_results);
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptCaseRowsModel::roleNames() const
{
    return {{CaseNumberRole, "caseNumber"}, {InputRole, "input"},       {ExpectedRole, "expected"},
            {PassesARole, "passesA"},       {PassesBRole, "passesB"},   {SeedsRole, "seeds"},
            {DiffersRole, "differs"},       {AnswersARole, "answersA"}, {AnswersBRole, "answersB"},
            {PromptARole, "promptA"},       {PromptBRole, "promptB"},   {ProvenanceRole, "provenance"}};
}

void PromptCaseRowsModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    rebuild();
    Q_EMIT onlyDifferencesChanged();
}

void PromptCaseRowsModel::setResults(std::shared_ptr<const PromptRunResults> results)
{
    m_results = std::move(results);
    rebuild();
}

void PromptCaseRowsModel::rebuild()
{
    const size_t before = m_rows.size();
    beginResetModel();
    m_rows.clear();
    if (m_results)
        m_rows = m_onlyDifferences ? prompts::differingCases(m_results->rows()) : m_results->rows();
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

} // namespace loopwise
