#pragma once
// The test run's case-by-case table: one row per case with how often A and B passed over
// the seeds, their answers grouped ("7 of 10 answered urgent"), the prompts as run and the
// answers' provenance; `onlyDifferences` keeps only the cases where A and B differ.

#include "PromptRunResults.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace loopwise {

class PromptCaseRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The run lab's case rows")
    Q_PROPERTY(bool onlyDifferences READ onlyDifferences WRITE setOnlyDifferences NOTIFY onlyDifferencesChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        CaseNumberRole = Qt::UserRole + 1,
        InputRole,
        ExpectedRole,
        PassesARole,
        PassesBRole,
        SeedsRole,
        DiffersRole,
        AnswersARole, // grouped, in a sentence
        AnswersBRole,
        PromptARole, // as run on this case
        PromptBRole,
        ProvenanceRole, // model, version, seeds, temperature, time
    };
    Q_ENUM(Role)

    explicit PromptCaseRowsModel(QObject *parent = nullptr);
    ~PromptCaseRowsModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool onlyDifferences() const { return m_onlyDifferences; }
    void setOnlyDifferences(bool only);
    // A finished run's rows, or none (nullptr).
    void setResults(std::shared_ptr<const PromptRunResults> results);

Q_SIGNALS:
    void onlyDifferencesChanged();
    void countChanged();

private:
    void rebuild();

    std::shared_ptr<const PromptRunResults> m_results;
    std::vector<engine::prompts::CaseRow> m_rows; // shown
    bool m_onlyDifferences = false;
};

} // namespace loopwise
