#include "SearchText.h"

#include <QList>

namespace loopwise {

namespace {
char32_t unifyArabicLetter(char32_t c)
{
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627; // ا
    case 0x0649: // ى
        return 0x064A; // ي
    case 0x0629: // ة
        return 0x0647; // ه
    default:
        return c;
    }
}
} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x0640) // tatweel
            continue;
        const char32_t unified = unifyArabicLetter(c);
        folded.append(QString::fromUcs4(&unified, 1));
    }
    return folded.toCaseFolded();
}

bool searchMatches(const QString &text, const QString &query)
{
    return foldForSearch(text).contains(foldForSearch(query));
}

} // namespace loopwise
