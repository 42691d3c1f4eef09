#pragma once
// The prompts lab's comparison table: one row per criterion the guides agree on, whether
// prompt A and prompt B have it, why the guides recommend it and which guides do, and how
// the editors mark it (colour and underline style, as PromptHighlighter draws it).

#include "loopwise/engine/prompt_analyser.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class PromptComparisonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The prompts lab's comparison")
    // Parts each prompt has, of rowCount().
    Q_PROPERTY(int countA READ countA NOTIFY countsChanged)
    Q_PROPERTY(int countB READ countB NOTIFY countsChanged)

public:
    enum Role {
        CriterionRole = Qt::UserRole + 1, // the criterion's title
        NameRole, // its stable name (role, task, ...)
        InARole,
        InBRole,
        ReasonRole,
        GuidesRole,
        ColourRole, // the editors' mark for it: colour ...
        UnderlineRole, // ... and underline dash pattern ([on, off, ...] in units; [1] solid)
    };
    Q_ENUM(Role)

    explicit PromptComparisonModel(QObject *parent = nullptr);

    void setComparison(const engine::prompts::PromptComparison &comparison);
    // The theme changed: the marks' colours with it.
    void refreshColours();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int countA() const;
    int countB() const;

Q_SIGNALS:
    void countsChanged();

private:
    engine::prompts::PromptComparison m_comparison;
};

} // namespace loopwise
