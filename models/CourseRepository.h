#pragma once

#include "ContentTypes.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace loopwise {

// Loads content packs (course outline, glossary, modules) for one locale.
//
// A pack root holds <locale>/course.json, <locale>/glossary.json and
// <locale>/modules/*.json. Roots are layered in order: a later root adds
// modules or replaces whole files of an earlier one (a school's own pack over
// the shipped one). The requested locale is laid over English by id, so a
// block or field missing in a translation falls back to English, never blank.
//
// Every problem becomes a ContentIssue naming file, JSON path and line where
// known. Broken parts are left out; everything valid is still served.
class CourseRepository
{
public:
    static QString shippedRoot(); // ":/content"
    static const QStringList &blockKinds();

    explicit CourseRepository(QStringList packRoots = {shippedRoot()});

    void load(const QString &locale);

    const QString &locale() const { return m_locale; }
    const CourseInfo &course() const { return m_course; }
    const QList<GlossaryTerm> &glossary() const { return m_glossary; }
    const GlossaryTerm *term(const QString &id) const;
    const ContentModule *module(const QString &id) const;
    QStringList moduleIds() const;
    const LabInfo *lab(const QString &id) const;
    const QList<ContentIssue> &issues() const { return m_issues; }

    // Validates the pack in dir as it would be used over the shipped pack,
    // in every locale it contains. Returns the issues found in dir's files.
    static QList<ContentIssue> validatePack(const QString &dir);
    // The language folders of the pack in dir: those holding course.json, glossary.json or modules/.
    static QStringList packLocales(const QString &dir);

private:
    struct Layer
    {
        bool hasCourse = false;
        CourseInfo course;
        QList<GlossaryTerm> glossary;
        QList<ContentModule> modules;
    };
    Layer readLayer(const QString &root, const QString &locale, const QSet<QString> &knownTerms,
                    const QSet<QString> &knownLabs);
    QList<Layer> readLocale(const QString &locale);

    QStringList m_roots;
    QString m_locale;
    CourseInfo m_course;
    QList<GlossaryTerm> m_glossary;
    QHash<QString, qsizetype> m_termIndex;
    QList<ContentModule> m_modules;
    QList<ContentIssue> m_issues;
};

} // namespace loopwise
