#pragma once

#include <QString>

namespace loopwise {

// Text as a search compares it: case folded, accents and Arabic short vowels (harakat, tatweel)
// dropped, and the Arabic letters learners type interchangeably made one (أ إ آ ٱ → ا, ى → ي,
// ة → ه). "Regularisierung" finds "régularisation"-style spellings, "التعلم" finds "التَّعَلُّم".
QString foldForSearch(const QString &text);

// True if the folded text contains the folded query.
bool searchMatches(const QString &text, const QString &query);

} // namespace loopwise
