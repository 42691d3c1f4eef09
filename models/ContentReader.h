#pragma once

#include "ContentTypes.h"

#include <QSet>
#include <QStringList>

// Reading and checking one content file at a time. CourseRepository lays the
// files over each other; the app and `--validate-content` share these checks.
namespace loopwise::content {

// What a pack may hold, at most: a file that never ends or a title of a
// million characters is reported and left out, never read into memory whole.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxTextChars = 20000;

QStringList blockKinds();
QString displayName(const QString &path);
QString filePath(const QString &root, const QString &locale, const QString &name);

QList<GlossaryTerm> readGlossary(const QString &path, QList<ContentIssue> &issues);
bool readCourse(const QString &path, QList<ContentIssue> &issues, CourseInfo &course);
bool readModule(const QString &path, QList<ContentIssue> &issues, const QSet<QString> &knownTerms,
                ContentModule &module);

} // namespace loopwise::content
