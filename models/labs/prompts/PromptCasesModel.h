#pragma once
// The test cases of the prompts lab's current task, one row each (input, expected answer,
// words it must contain): the learner adds, edits and removes them, imports more from a CSV
// file (PromptCasesFile) and can go back to the task's own. edited() says they differ from
// the task's; toJson()/setFromJson() keep them in the learner's progress per task.

#include "PromptCasesFile.h"

#include "loopwise/engine/prompt_tasks.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace loopwise {

class PromptCasesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The run lab's cases")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool edited READ edited NOTIFY editedChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importingChanged)
    // What the last import or edit did, or why it could not.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role { InputRole = Qt::UserRole + 1, ExpectedRole, ContainsRole, NumberRole };
    Q_ENUM(Role)

    explicit PromptCasesModel(QObject *parent = nullptr);
    ~PromptCasesModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const std::vector<engine::prompts::TestCase> &cases() const { return m_cases; }
    bool edited() const;
    bool importing() const { return m_file.busy(); }
    QString message() const { return m_message; }

    // A new task: its own cases, then (when given) the learner's edited ones.
    void setTaskCases(std::vector<engine::prompts::TestCase> taskCases);
    // The learner's cases as JSON text ([{input, expected, contains: []}]); false for text
    // that is not such a list (the cases stay as they are).
    bool setFromJson(const QString &json);
    QString toJson() const;

    // `contains` holds words separated by ';'. Refused (message) without input, or with
    // neither an expected answer nor words.
    Q_INVOKABLE bool add(const QString &input, const QString &expected, const QString &contains = {});
    Q_INVOKABLE bool edit(int row, const QString &input, const QString &expected, const QString &contains = {});
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void resetToTask();
    // Appends the file's good rows; bad rows are named in message().
    Q_INVOKABLE bool importCsv(const QString &pathOrUrl);

Q_SIGNALS:
    void countChanged();
    // The learner changed the cases (the lab keeps them in the progress store).
    void casesEdited();
    void editedChanged();
    void importingChanged();
    void messageChanged();
    void imported();

private:
    std::optional<engine::prompts::TestCase> makeCase(const QString &input, const QString &expected,
                                                      const QString &contains);
    // The learner's edit is done: says so (casesEdited, editedChanged).
    void learnerEdited();
    void replaceAll(std::vector<engine::prompts::TestCase> cases);
    void takeImport(const PromptCasesFile::Outcome &outcome);
    void setMessage(const QString &message);

    std::vector<engine::prompts::TestCase> m_taskCases;
    std::vector<engine::prompts::TestCase> m_cases;
    PromptCasesFile m_file;
    QString m_message;
};

} // namespace loopwise
