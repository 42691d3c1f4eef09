#include "PromptCasesModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

QString joined(const std::vector<std::string> &words)
{
    QStringList out;
    for (const std::string &word : words)
        out.append(QString::fromStdString(word));
    return out.join(QStringLiteral("; "));
}

bool sameCase(const prompts::TestCase &a, const prompts::TestCase &b)
{
    return a.input == b.input && a.expected == b.expected && a.mustContain == b.mustContain;
}

} // namespace

PromptCasesModel::PromptCasesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_file, &PromptCasesFile::finished, this, &PromptCasesModel::takeImport);
}

PromptCasesModel::~PromptCasesModel() = default;

int PromptCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

QVariant PromptCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const prompts::TestCase &testCase = m_cases[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case InputRole:
        return QString::fromStdString(testCase.input);
    case ExpectedRole:
        return QString::fromStdString(testCase.expected);
    case ContainsRole:
        return joined(testCase.mustContain);
    case NumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptCasesModel::roleNames() const
{
    return {{InputRole, "input"}, {ExpectedRole, "expected"}, {ContainsRole, "contains"}, {NumberRole, "number"}};
}

bool PromptCasesModel::edited() const
{
    return !std::equal(m_cases.begin(), m_cases.end(), m_taskCases.begin(), m_taskCases.end(), sameCase);
}

void PromptCasesModel::setTaskCases(std::vector<prompts::TestCase> taskCases)
{
    m_taskCases = std::move(taskCases);
    replaceAll(m_taskCases);
}

void PromptCasesModel::replaceAll(std::vector<prompts::TestCase> cases)
{
    const size_t before = m_cases.size();
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
    if (before != m_cases.size())
        Q_EMIT countChanged();
    Q_EMIT editedChanged();
}

void PromptCasesModel::learnerEdited()
{
    Q_EMIT casesEdited();
    Q_EMIT editedChanged();
}

bool PromptCasesModel::setFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return false;
    std::vector<prompts::TestCase> cases;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        prompts::TestCase &testCase = cases.emplace_back();
        testCase.input = object.value(QStringLiteral("input")).toString().toStdString();
        testCase.expected = object.value(QStringLiteral("expected")).toString().toStdString();
        for (const QJsonValue &word : object.value(QStringLiteral("contains")).toArray())
            testCase.mustContain.push_back(word.toString().toStdString());
        if (testCase.input.empty())
            return false;
    }
    replaceAll(std::move(cases));
    return true;
}

QString PromptCasesModel::toJson() const
{
    QJsonArray array;
    for (const prompts::TestCase &testCase : m_cases) {
        QJsonArray contains;
        for (const std::string &word : testCase.mustContain)
            contains.append(QString::fromStdString(word));
        array.append(QJsonObject{{QStringLiteral("input"), QString::fromStdString(testCase.input)},
                                 {QStringLiteral("expected"), QString::fromStdString(testCase.expected)},
                                 {QStringLiteral("contains"), contains}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<prompts::TestCase> PromptCasesModel::makeCase(const QString &input, const QString &expected,
                                                            const QString &contains)
{
    prompts::TestCase testCase;
    testCase.input = input.trimmed().toStdString();
    testCase.expected = expected.trimmed().toStdString();
    for (const QString &word : contains.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!word.trimmed().isEmpty())
            testCase.mustContain.push_back(word.trimmed().toStdString());
    if (testCase.input.empty()) {
        setMessage(tr("A test case needs an input."));
        return std::nullopt;
    }
    if (testCase.expected.empty() && testCase.mustContain.empty()) {
        setMessage(tr("A test case needs an expected answer or words the answer must contain."));
        return std::nullopt;
    }
    return testCase;
}

bool PromptCasesModel::add(const QString &input, const QString &expected, const QString &contains)
{
    std::optional<prompts::TestCase> testCase = makeCase(input, expected, contains);
    if (!testCase)
        return false;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_cases.push_back(std::move(*testCase));
    endInsertRows();
    Q_EMIT countChanged();
    learnerEdited();
    return true;
}

bool PromptCasesModel::edit(int row, const QString &input, const QString &expected, const QString &contains)
{
    if (row < 0 || row >= rowCount())
        return false;
    std::optional<prompts::TestCase> testCase = makeCase(input, expected, contains);
    if (!testCase)
        return false;
    m_cases[static_cast<size_t>(row)] = std::move(*testCase);
    Q_EMIT dataChanged(index(row), index(row));
    learnerEdited();
    return true;
}

void PromptCasesModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_cases.erase(m_cases.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    learnerEdited();
}

void PromptCasesModel::resetToTask()
{
    if (!edited())
        return;
    replaceAll(m_taskCases);
    learnerEdited();
}

bool PromptCasesModel::importCsv(const QString &pathOrUrl)
{
    if (!m_file.read(pathOrUrl))
        return false;
    Q_EMIT importingChanged();
    return true;
}

void PromptCasesModel::takeImport(const PromptCasesFile::Outcome &outcome)
{
    Q_EMIT importingChanged();
    if (!outcome.problem.isEmpty()) {
        setMessage(outcome.problem);
        Q_EMIT imported();
        return;
    }
    if (!outcome.cases.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(outcome.cases.size()) - 1);
        m_cases.insert(m_cases.end(), outcome.cases.begin(), outcome.cases.end());
        endInsertRows();
        Q_EMIT countChanged();
        learnerEdited();
    }
    //: %n test cases added from a CSV file
    QString text = tr("%n test case(s) imported.", "", static_cast<int>(outcome.cases.size()));
    if (!outcome.badRows.isEmpty())
        //: %1 the sentence saying how many were imported, %2 the rows that were not, one sentence each
        text = tr("%1 Not imported: %2").arg(text, outcome.badRows.join(QLatin1Char(' ')));
    setMessage(text);
    Q_EMIT imported();
}

void PromptCasesModel::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace loopwise
