#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// "Check yourself" cards: each question opens to reveal its answer. Counts
// how many of them the learner has opened.
class QuizModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // [{id, question, answer}] as a quiz block carries them.
    Q_PROPERTY(QVariantList questions READ questions WRITE setQuestions NOTIFY questionsChanged)
    Q_PROPERTY(int count READ count NOTIFY questionsChanged)
    Q_PROPERTY(int openedCount READ openedCount NOTIFY openedCountChanged)
    // Ids of the opened cards (for saving and restoring progress).
    Q_PROPERTY(QStringList openedIds READ openedIds WRITE setOpenedIds NOTIFY openedCountChanged)

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, QuestionRole, AnswerRole, OpenedRole };
    Q_ENUM(Role)

    explicit QuizModel(QObject *parent = nullptr);

    QVariantList questions() const { return m_questions; }
    void setQuestions(const QVariantList &questions);
    int count() const { return int(m_questions.size()); }
    int openedCount() const;
    QStringList openedIds() const;
    void setOpenedIds(const QStringList &ids);

    // Opens the card (a card stays counted once opened, even when folded again).
    Q_INVOKABLE void open(int row);
    Q_INVOKABLE bool isOpened(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void questionsChanged();
    void openedCountChanged();
    void cardOpened(const QString &questionId);

private:
    QString idAt(int row) const;

    QVariantList m_questions;
    QSet<QString> m_opened;
};

} // namespace loopwise
