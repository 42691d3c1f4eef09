#include "PromptHighlighter.h"

#include "LabColours.h"
#include "PromptsLab.h"

#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace loopwise {

namespace prompts = engine::prompts;

namespace {

// Three class colours (orange is kept for the signals) times five underline styles: no two
// criteria look alike, in colour or without it.
constexpr std::array<QTextCharFormat::UnderlineStyle, 5> kStyles{
    QTextCharFormat::SingleUnderline, QTextCharFormat::DashUnderline, QTextCharFormat::DotLine,
    QTextCharFormat::DashDotLine, QTextCharFormat::DashDotDotLine};

int colourIndex(prompts::Criterion criterion)
{
    return 1 + int(criterion) % 3;
}

QTextCharFormat::UnderlineStyle styleOf(prompts::Criterion criterion)
{
    return kStyles[std::size_t(int(criterion) / 3)];
}

const LabPalette &palette()
{
    return LabColours::instance()->palette();
}

QColor tint(QColor colour)
{
    colour.setAlpha(48);
    return colour;
}

} // namespace

// The QSyntaxHighlighter on the document: marks one block from the lab's analysis.
class PromptHighlighter::Marker : public QSyntaxHighlighter
{
public:
    Marker(QTextDocument *document, PromptHighlighter *owner)
        : QSyntaxHighlighter(document)
        , m_owner(owner)
    {}

protected:
    void highlightBlock(const QString &) override
    {
        const PromptsLab *lab = m_owner->lab();
        if (!lab)
            return;
        const int prompt = m_owner->prompt();
        // While the editor's text and the lab's differ (a keystroke on its way), mark nothing
        // rather than in the wrong places; the lab's next analysis marks again.
        const QString &text = prompt == PromptsLab::B ? lab->promptB() : lab->promptA();
        if (document()->characterCount() - 1 != text.size())
            return;
        const int blockStart = currentBlock().position();
        const int blockEnd = blockStart + currentBlock().length();
        auto mark = [&](prompts::Span span, const QTextCharFormat &format) {
            const int begin = std::max(lab->textPosition(prompt, span.begin), blockStart);
            const int end = std::min(lab->textPosition(prompt, span.end), blockEnd);
            if (begin < end)
                setFormat(begin - blockStart, end - begin, format);
        };
        const prompts::PromptAnalysis &analysis = lab->analysis(prompt);
        for (const prompts::Finding &finding : analysis.findings)
            mark(finding.span, criterionFormat(finding.criterion));
        for (const prompts::SignalFinding &signal : analysis.signals)
            mark(signal.span, signalFormat());
    }

private:
    PromptHighlighter *m_owner;
};

PromptHighlighter::PromptHighlighter(QObject *parent)
    : QObject(parent)
{
    connect(LabColours::instance(), &LabColours::changed, this, &PromptHighlighter::rebuild);
}

PromptHighlighter::~PromptHighlighter()
{
    delete m_marker; // its marks go with it
}

QQuickTextDocument *PromptHighlighter::document() const
{
    return m_document;
}

PromptsLab *PromptHighlighter::lab() const
{
    return m_lab;
}

void PromptHighlighter::setDocument(QQuickTextDocument *document)
{
    if (document == m_document)
        return;
    delete m_marker;
    m_document = document;
    if (document)
        m_marker = new Marker(document->textDocument(), this);
    Q_EMIT documentChanged();
}

void PromptHighlighter::setLab(PromptsLab *lab)
{
    if (lab == m_lab)
        return;
    if (m_lab)
        disconnect(m_lab, nullptr, this, nullptr);
    m_lab = lab;
    if (lab)
        connect(lab, &PromptsLab::analysisChanged, this, &PromptHighlighter::rebuild);
    rebuild();
    Q_EMIT labChanged();
}

void PromptHighlighter::setPrompt(int prompt)
{
    if (prompt == m_prompt)
        return;
    m_prompt = prompt == PromptsLab::B ? PromptsLab::B : PromptsLab::A;
    rebuild();
    Q_EMIT promptChanged();
}

void PromptHighlighter::rebuild()
{
    if (m_marker)
        m_marker->rehighlight();
}

QColor PromptHighlighter::criterionColour(prompts::Criterion criterion)
{
    return QColor::fromRgb(palette().classes[std::size_t(colourIndex(criterion))]);
}

QVariantList PromptHighlighter::dashPattern(prompts::Criterion criterion)
{
    switch (styleOf(criterion)) {
    case QTextCharFormat::DashUnderline:
        return {4, 2};
    case QTextCharFormat::DotLine:
        return {1, 1};
    case QTextCharFormat::DashDotLine:
        return {4, 2, 1, 2};
    case QTextCharFormat::DashDotDotLine:
        return {4, 2, 1, 2, 1, 2};
    default:
        return {1};
    }
}

QTextCharFormat PromptHighlighter::criterionFormat(prompts::Criterion criterion)
{
    QTextCharFormat format;
    const QColor colour = criterionColour(criterion);
    format.setUnderlineStyle(styleOf(criterion));
    format.setUnderlineColor(colour);
    format.setBackground(tint(colour));
    return format;
}

QTextCharFormat PromptHighlighter::signalFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor::fromRgb(palette().classes[0]));
    return format;
}

QTextCharFormat PromptHighlighter::formatAt(int position) const
{
    if (!m_document)
        return {};
    const QTextBlock block = m_document->textDocument()->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    return {};
}

} // namespace loopwise
