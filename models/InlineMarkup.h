#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace loopwise {

// Inline markup of content packs:
//   [[term-id]]              a glossary tip showing the term's own name
//   [[term-id|shown words]]  a glossary tip showing other words
//   [[lab:network|words]]    a link that opens a lab
// Everything else is plain text. Parsing happens here, once, so QML never
// string-hacks content and rendered text can never carry markup of its own.
struct MarkupSegment
{
    enum class Kind { Text, Term, Lab };
    Kind kind = Kind::Text;
    QString text; // what the reader sees (empty for [[term-id]] until resolved)
    QString target; // glossary id or lab id
    bool operator==(const MarkupSegment &) const = default;
};

struct ParsedMarkup
{
    QList<MarkupSegment> segments;
    QStringList errors; // human-readable problems, e.g. an unclosed "[["
};

class InlineMarkup
{
public:
    static ParsedMarkup parse(const QString &source);

    // Rich text for a QML Text item (Text.StyledText): all content is
    // HTML-escaped; links use the "term:" and "lab:" schemes only.
    // termName resolves [[term-id]] without shown words.
    // focusedLink (0-based over term/lab links, -1 for none) is underlined and
    // highlighted so keyboard users can see which tip is open.
    static QString toStyledText(const ParsedMarkup &markup, const QString &linkColor, int focusedLink = -1,
                                const std::function<QString(const QString &)> &termName = {});

    // A tip or lab link as toStyledText() writes it ("term:<id>", "lab:<id>"), and back
    // (a Text segment for anything else).
    static QString linkOf(const MarkupSegment &segment);
    static MarkupSegment parseLink(const QString &link);

    // The paragraphs of a markup text, separated by a blank line; none empty.
    static QStringList paragraphs(const QString &source);

    // The text as a screen reader or a search index sees it.
    static QString toPlainText(const ParsedMarkup &markup,
                               const std::function<QString(const QString &)> &termName = {});
};

} // namespace loopwise
