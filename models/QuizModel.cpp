#include "QuizModel.h"

namespace loopwise {

QuizModel::QuizModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QuizModel::setQuestions(const QVariantList &questions)
{
    if (questions == m_questions)
        return;
    beginResetModel();
    m_questions = questions;
    endResetModel();
    Q_EMIT questionsChanged();
    Q_EMIT openedCountChanged();
}

int QuizModel::openedCount() const
{
    int opened = 0;
    for (int row = 0; row < count(); ++row)
        opened += m_opened.contains(idAt(row)) ? 1 : 0;
    return opened;
}

QStringList QuizModel::openedIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (m_opened.contains(idAt(row)))
            ids.append(idAt(row));
    }
    return ids;
}

void QuizModel::setOpenedIds(const QStringList &ids)
{
    const QSet<QString> opened(ids.cbegin(), ids.cend());
    if (opened == m_opened)
        return;
    m_opened = opened;
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {OpenedRole});
    Q_EMIT openedCountChanged();
}

void QuizModel::open(int row)
{
    if (row < 0 || row >= count() || m_opened.contains(idAt(row)))
        return;
    m_opened.insert(idAt(row));
    Q_EMIT dataChanged(index(row), index(row), {OpenedRole});
    Q_EMIT openedCountChanged();
    Q_EMIT cardOpened(idAt(row));
}

bool QuizModel::isOpened(int row) const
{
    return row >= 0 && row < count() && m_opened.contains(idAt(row));
}

QString QuizModel::idAt(int row) const
{
    return m_questions.at(row).toMap().value(QStringLiteral("id")).toString();
}

int QuizModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuizModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap question = m_questions.at(index.row()).toMap();
    switch (role) {
    case Qt::DisplayRole:
    case QuestionRole:
        return question.value(QStringLiteral("question"));
    case QuestionIdRole:
        return question.value(QStringLiteral("id"));
    case AnswerRole:
        return question.value(QStringLiteral("answer"));
    case OpenedRole:
        return m_opened.contains(question.value(QStringLiteral("id")).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> QuizModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {QuestionRole, "question"}, {AnswerRole, "answer"}, {OpenedRole, "opened"}};
}

} // namespace loopwise
