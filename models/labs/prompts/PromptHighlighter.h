#pragma once
// Marks, in a prompt editor's own text, the parts the analyser found: each criterion with
// its colour AND its underline style (so the marks do not rely on colour alone), and each
// clarity signal with a wavy orange underline. It reads the lab's analysis of the prompt
// it is given (PromptsLab::analysis) and marks again whenever the lab analyses it again or
// the theme changes. QML: PromptHighlighter { lab: lab; prompt: PromptsLab.A;
// document: editor.textDocument }.

#include "PromptsLab.h"

#include "loopwise/engine/prompt_analyser.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class PromptHighlighter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(loopwise::PromptsLab *lab READ lab WRITE setLab NOTIFY labChanged)
    // PromptsLab.A or PromptsLab.B.
    Q_PROPERTY(int prompt READ prompt WRITE setPrompt NOTIFY promptChanged)

public:
    explicit PromptHighlighter(QObject *parent = nullptr);
    ~PromptHighlighter() override;

    QQuickTextDocument *document() const;
    void setDocument(QQuickTextDocument *document);
    PromptsLab *lab() const;
    void setLab(PromptsLab *lab);
    int prompt() const { return m_prompt; }
    void setPrompt(int prompt);

    // A criterion's mark in the current theme, and its underline as a dash pattern
    // ([on, off, ...]; [1]: solid) for legends.
    static QColor criterionColour(engine::prompts::Criterion criterion);
    static QVariantList dashPattern(engine::prompts::Criterion criterion);
    static QTextCharFormat criterionFormat(engine::prompts::Criterion criterion);
    static QTextCharFormat signalFormat();

    // The format at a position of the document (tests): its underline style and colour.
    QTextCharFormat formatAt(int position) const;

Q_SIGNALS:
    void documentChanged();
    void labChanged();
    void promptChanged();

private:
    class Marker;
    void rebuild();

    QPointer<QQuickTextDocument> m_document;
    QPointer<PromptsLab> m_lab;
    int m_prompt = 0;
    QPointer<Marker> m_marker; // a child of the text document: gone with it
};

} // namespace loopwise
