#pragma once

#include "ContentTypes.h"

#include <QList>
#include <QString>

namespace loopwise::content {

// What one language of a content pack lacks against the shipped English pack: each file,
// glossary term, outline entry, lab, module section and block English has and the language
// has not (the app shows English in its place), and each field of a block the translated block
// lacks (shown without it). One ContentIssue each, naming the file the
// part belongs in and its id. The pack root holds <locale>/...; english is a pack root too.
QList<ContentIssue> missingAgainstEnglish(const QString &packRoot, const QString &locale, const QString &englishRoot);

} // namespace loopwise::content
