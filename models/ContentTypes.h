#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace loopwise {

// One problem found in a content pack: which file, where in it, what is wrong.
struct ContentIssue
{
    QString file;
    QString jsonPath; // e.g. $.sections[3].blocks[1].text
    int line = 0; // 1-based, 0 when unknown
    QString message;

    QString toString() const;
};

struct ContentBlock
{
    QString id;
    QString kind;
    QVariantMap fields; // the kind's fields; markup fields hold their raw markup
};

struct ContentSection
{
    QString id;
    QString title;
    QList<ContentBlock> blocks;
};

struct ContentModule
{
    QString id;
    QString kind; // "module" or "page"
    QString label;
    QString title;
    QString tagline;
    QString level;
    QString previous;
    QString next;
    QString completionHint;
    int minutes = 0;
    QList<ContentSection> sections;
    QString sourceFile;
};

struct OutlineEntry
{
    QString id;
    QString title;
    QString teaser;
    QString moduleId; // empty: not in the installed packs
    int minutes = 0;
    QString sourceFile; // the course.json that named moduleId
};

struct LabInfo
{
    QString id;
    QString title;
    QString summary;
};

struct GlossaryTerm
{
    QString id;
    QString term;
    QString definition;
};

struct CourseInfo
{
    QString id;
    QString title;
    QString subtitle;
    QString description;
    QList<OutlineEntry> outline;
    QList<LabInfo> labs;
};

} // namespace loopwise
