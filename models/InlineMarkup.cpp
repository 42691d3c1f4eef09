#include "InlineMarkup.h"

#include <QRegularExpression>

namespace loopwise {

namespace {
const QString kOpen = QStringLiteral("[[");
const QString kClose = QStringLiteral("]]");
const QString kLabPrefix = QStringLiteral("lab:");
const QString kTermPrefix = QStringLiteral("term:");

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QString shownText(const MarkupSegment &segment, const std::function<QString(const QString &)> &termName)
{
    if (!segment.text.isEmpty())
        return segment.text;
    if (termName) {
        const QString name = termName(segment.target);
        if (!name.isEmpty())
            return name;
    }
    return segment.target;
}
} // namespace

ParsedMarkup InlineMarkup::parse(const QString &source)
{
    ParsedMarkup result;
    qsizetype pos = 0;
    auto appendText = [&result](const QString &text) {
        if (text.isEmpty())
            return;
        if (!result.segments.isEmpty() && result.segments.last().kind == MarkupSegment::Kind::Text)
            result.segments.last().text += text;
        else
            result.segments.append({MarkupSegment::Kind::Text, text, {}});
    };

    while (pos < source.size()) {
        const qsizetype open = source.indexOf(kOpen, pos);
        if (open < 0) {
            appendText(source.mid(pos));
            break;
        }
        appendText(source.mid(pos, open - pos));
        const qsizetype close = source.indexOf(kClose, open + kOpen.size());
        if (close < 0) {
            result.errors.append(QStringLiteral("unclosed \"[[\" at character %1").arg(open + 1));
            appendText(source.mid(open + kOpen.size()));
            break;
        }
        const QString inner = source.mid(open + kOpen.size(), close - open - kOpen.size());
        const qsizetype bar = inner.indexOf(QLatin1Char('|'));
        QString target = (bar < 0 ? inner : inner.left(bar)).trimmed();
        const QString shown = bar < 0 ? QString() : inner.mid(bar + 1).trimmed();

        MarkupSegment segment;
        segment.kind = MarkupSegment::Kind::Term;
        if (target.startsWith(kLabPrefix)) {
            segment.kind = MarkupSegment::Kind::Lab;
            target = target.mid(kLabPrefix.size());
        }
        segment.target = target;
        segment.text = shown;

        if (!isValidId(target)) {
            result.errors.append(QStringLiteral("\"[[%1]]\" does not name a term or lab id").arg(inner));
            appendText(shown.isEmpty() ? inner : shown);
        } else if (bar >= 0 && shown.isEmpty()) {
            result.errors.append(QStringLiteral("\"[[%1]]\" has an empty text after \"|\"").arg(inner));
            appendText(target);
        } else if (segment.kind == MarkupSegment::Kind::Lab && shown.isEmpty()) {
            result.errors.append(QStringLiteral("lab link \"[[%1]]\" needs words to show").arg(inner));
            appendText(target);
        } else {
            result.segments.append(segment);
        }
        pos = close + kClose.size();
    }
    const qsizetype stray = source.indexOf(kClose);
    if (stray >= 0 && source.lastIndexOf(kOpen, stray) < 0)
        result.errors.append(QStringLiteral("stray \"]]\" at character %1").arg(stray + 1));
    return result;
}

QString InlineMarkup::toStyledText(const ParsedMarkup &markup, const QString &linkColor, int focusedLink,
                                   const std::function<QString(const QString &)> &termName)
{
    QString html;
    int linkIndex = 0;
    for (const MarkupSegment &segment : markup.segments) {
        if (segment.kind == MarkupSegment::Kind::Text) {
            html += segment.text.toHtmlEscaped();
            continue;
        }
        const QString words = shownText(segment, termName).toHtmlEscaped();
        // Term tips get a dotted look by colour + bold; the focused one is underlined.
        const bool focused = linkIndex == focusedLink;
        html += QStringLiteral("<a href=\"%1\" style=\"color:%2;text-decoration:%3\">%4%5%6</a>")
                    .arg(linkOf(segment), linkColor.toHtmlEscaped(),
                         focused ? QStringLiteral("underline") : QStringLiteral("none"),
                         focused ? QStringLiteral("<b><u>") : QStringLiteral("<b>"), words,
                         focused ? QStringLiteral("</u></b>") : QStringLiteral("</b>"));
        ++linkIndex;
    }
    return html;
}

QString InlineMarkup::linkOf(const MarkupSegment &segment)
{
    switch (segment.kind) {
    case MarkupSegment::Kind::Term:
        return kTermPrefix + segment.target;
    case MarkupSegment::Kind::Lab:
        return kLabPrefix + segment.target;
    case MarkupSegment::Kind::Text:
        break;
    }
    return {};
}

MarkupSegment InlineMarkup::parseLink(const QString &link)
{
    for (const auto &[prefix, kind] :
         {std::pair{kTermPrefix, MarkupSegment::Kind::Term}, std::pair{kLabPrefix, MarkupSegment::Kind::Lab}}) {
        const QString target = link.mid(prefix.size());
        if (link.startsWith(prefix) && isValidId(target))
            return {kind, {}, target};
    }
    return {MarkupSegment::Kind::Text, link, {}};
}

QStringList InlineMarkup::paragraphs(const QString &source)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList list;
    for (const QString &part : source.split(blankLine, Qt::SkipEmptyParts)) {
        const QString paragraph = part.trimmed();
        if (!paragraph.isEmpty())
            list.append(paragraph);
    }
    return list;
}

QString InlineMarkup::toPlainText(const ParsedMarkup &markup, const std::function<QString(const QString &)> &termName)
{
    QString text;
    for (const MarkupSegment &segment : markup.segments)
        text += segment.kind == MarkupSegment::Kind::Text ? segment.text : shownText(segment, termName);
    return text;
}

} // namespace loopwise
