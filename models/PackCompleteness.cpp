#include "PackCompleteness.h"

#include "ContentReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace loopwise::content {

namespace {
const QString kEnglish = QStringLiteral("en");

template<typename T>
QSet<QString> idsOf(const QList<T> &items)
{
    QSet<QString> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

// Every file of English's folder, relative to it ("glossary.json", "modules/x.json").
QStringList englishFiles(const QString &englishRoot)
{
    const QString base = englishRoot + QLatin1Char('/') + kEnglish;
    QStringList files;
    QDirIterator it(base, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(base).relativeFilePath(it.next()));
    files.sort();
    return files;
}

void compareModules(const ContentModule &english, const ContentModule &translated, const QString &file,
                    QList<ContentIssue> &missing)
{
    for (qsizetype s = 0; s < english.sections.size(); ++s) {
        const ContentSection &section = english.sections.at(s);
        const auto match = std::find_if(translated.sections.cbegin(), translated.sections.cend(),
                                        [&](const ContentSection &t) { return t.id == section.id; });
        if (match == translated.sections.cend()) {
            missing.append({file, QStringLiteral("$.sections"), 0,
                            QStringLiteral("lacks the section \"%1\" (English is shown)").arg(section.id)});
            continue;
        }
        for (const ContentBlock &block : section.blocks) {
            const auto translatedBlock = std::find_if(match->blocks.cbegin(), match->blocks.cend(),
                                                      [&](const ContentBlock &t) { return t.id == block.id; });
            if (translatedBlock == match->blocks.cend()) {
                missing.append({file, QStringLiteral("$.sections[%1].blocks").arg(s), 0,
                                QStringLiteral("lacks the block \"%1\" of section \"%2\" (English is shown)")
                                    .arg(block.id, section.id)});
                continue;
            }
            // An optional field English has (a lab card's settings, a quiz's subtitle) is not
            // taken from English: the translated block is shown without it.
            for (auto field = block.fields.cbegin(); field != block.fields.cend(); ++field) {
                if (!translatedBlock->fields.contains(field.key()))
                    missing.append({file, QStringLiteral("$.sections[%1].blocks").arg(s), 0,
                                    QStringLiteral("lacks the field \"%1\" of block \"%2\" (shown without it)")
                                        .arg(field.key(), block.id)});
            }
        }
    }
}
} // namespace

QList<ContentIssue> missingAgainstEnglish(const QString &packRoot, const QString &locale, const QString &englishRoot)
{
    QList<ContentIssue> missing;
    QList<ContentIssue> ignored; // errors in the files are reported by the validator itself
    for (const QString &name : englishFiles(englishRoot)) {
        const QString path = filePath(packRoot, locale, name);
        if (!QFileInfo::exists(path))
            missing.append({displayName(path), {}, 0, QStringLiteral("is missing (English is shown)")});
    }

    const QList<GlossaryTerm> englishTerms
        = readGlossary(filePath(englishRoot, kEnglish, QStringLiteral("glossary.json")), ignored);
    const QString glossaryFile = filePath(packRoot, locale, QStringLiteral("glossary.json"));
    if (QFileInfo::exists(glossaryFile)) {
        const QSet<QString> terms = idsOf(readGlossary(glossaryFile, ignored));
        for (const GlossaryTerm &term : englishTerms) {
            if (!terms.contains(term.id))
                missing.append({displayName(glossaryFile), QStringLiteral("$.terms"), 0,
                                QStringLiteral("lacks the term \"%1\" (English is shown)").arg(term.id)});
        }
    }

    CourseInfo englishCourse;
    CourseInfo course;
    const QString courseFile = filePath(packRoot, locale, QStringLiteral("course.json"));
    if (readCourse(filePath(englishRoot, kEnglish, QStringLiteral("course.json")), ignored, englishCourse)
        && QFileInfo::exists(courseFile) && readCourse(courseFile, ignored, course)) {
        const QSet<QString> entries = idsOf(course.outline);
        for (const OutlineEntry &entry : std::as_const(englishCourse.outline)) {
            if (!entries.contains(entry.id))
                missing.append({displayName(courseFile), QStringLiteral("$.outline"), 0,
                                QStringLiteral("lacks the outline entry \"%1\" (English is shown)").arg(entry.id)});
        }
        const QSet<QString> labs = idsOf(course.labs);
        for (const LabInfo &lab : std::as_const(englishCourse.labs)) {
            if (!labs.contains(lab.id))
                missing.append({displayName(courseFile), QStringLiteral("$.labs"), 0,
                                QStringLiteral("lacks the lab \"%1\" (English is shown)").arg(lab.id)});
        }
    }

    QSet<QString> knownTerms = idsOf(englishTerms);
    const QDir englishModules(filePath(englishRoot, kEnglish, QStringLiteral("modules")));
    for (const QString &name : englishModules.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = filePath(packRoot, locale, QStringLiteral("modules/") + name);
        ContentModule english;
        ContentModule translated;
        if (QFileInfo::exists(path) && readModule(englishModules.filePath(name), ignored, knownTerms, english)
            && readModule(path, ignored, knownTerms, translated))
            compareModules(english, translated, displayName(path), missing);
    }
    return missing;
}

} // namespace loopwise::content
