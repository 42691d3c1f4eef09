#include "CourseRepository.h"

#include "ContentReader.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace loopwise {

QString ContentIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!jsonPath.isEmpty())
        where += QStringLiteral(" at %1").arg(jsonPath);
    return QStringLiteral("%1: %2").arg(where, message);
}

namespace {

using namespace content;

const QString kEnglish = QStringLiteral("en");

// Lays `over` onto `base` by id: fields present in `over` win, the rest stay.
void overlayBlock(ContentBlock &base, const ContentBlock &over)
{
    for (auto it = over.fields.cbegin(); it != over.fields.cend(); ++it)
        base.fields.insert(it.key(), it.value());
}

void overlayModule(ContentModule &base, const ContentModule &over)
{
    auto take = [](QString &target, const QString &value) {
        if (!value.trimmed().isEmpty())
            target = value;
    };
    take(base.label, over.label);
    take(base.title, over.title);
    take(base.tagline, over.tagline);
    take(base.level, over.level);
    take(base.completionHint, over.completionHint);
    for (const ContentSection &overSection : over.sections) {
        auto section = std::find_if(base.sections.begin(), base.sections.end(),
                                    [&](const ContentSection &s) { return s.id == overSection.id; });
        if (section == base.sections.end()) {
            base.sections.append(overSection);
            continue;
        }
        take(section->title, overSection.title);
        for (const ContentBlock &overBlock : overSection.blocks) {
            auto block = std::find_if(section->blocks.begin(), section->blocks.end(),
                                      [&](const ContentBlock &b) { return b.id == overBlock.id; });
            if (block == section->blocks.end())
                section->blocks.append(overBlock);
            else if (block->kind == overBlock.kind)
                overlayBlock(*block, overBlock);
        }
    }
    base.sourceFile = over.sourceFile;
}

template<typename T, typename Merge>
void mergeById(QList<T> &base, const QList<T> &over, Merge merge)
{
    for (const T &item : over) {
        auto it = std::find_if(base.begin(), base.end(), [&](const T &b) { return b.id == item.id; });
        if (it == base.end())
            base.append(item);
        else
            merge(*it, item);
    }
}

void overlayCourse(CourseInfo &base, const CourseInfo &over)
{
    auto take = [](QString &target, const QString &value) {
        if (!value.trimmed().isEmpty())
            target = value;
    };
    take(base.title, over.title);
    take(base.subtitle, over.subtitle);
    take(base.description, over.description);
    mergeById(base.outline, over.outline, [&](OutlineEntry &b, const OutlineEntry &o) {
        take(b.title, o.title);
        take(b.teaser, o.teaser);
        if (!o.moduleId.trimmed().isEmpty()) {
            b.moduleId = o.moduleId;
            b.sourceFile = o.sourceFile;
        }
        if (o.minutes > 0)
            b.minutes = o.minutes;
    });
    mergeById(base.labs, over.labs, [&](LabInfo &b, const LabInfo &o) {
        take(b.title, o.title);
        take(b.summary, o.summary);
    });
}

} // namespace

QString CourseRepository::shippedRoot()
{
    return QStringLiteral(":/content");
}

const QStringList &CourseRepository::blockKinds()
{
    static const QStringList kinds = content::blockKinds();
    return kinds;
}

CourseRepository::CourseRepository(QStringList packRoots)
    : m_roots(std::move(packRoots))
{}

const GlossaryTerm *CourseRepository::term(const QString &id) const
{
    const auto it = m_termIndex.constFind(id);
    return it == m_termIndex.constEnd() ? nullptr : &m_glossary.at(*it);
}

const ContentModule *CourseRepository::module(const QString &id) const
{
    for (const ContentModule &module : m_modules) {
        if (module.id == id)
            return &module;
    }
    return nullptr;
}

QStringList CourseRepository::moduleIds() const
{
    QStringList ids;
    for (const ContentModule &module : m_modules)
        ids.append(module.id);
    return ids;
}

const LabInfo *CourseRepository::lab(const QString &id) const
{
    for (const LabInfo &lab : m_course.labs) {
        if (lab.id == id)
            return &lab;
    }
    return nullptr;
}

void CourseRepository::load(const QString &locale)
{
    m_locale = locale.isEmpty() ? kEnglish : locale;
    m_issues.clear();
    m_course = {};
    m_glossary.clear();
    m_termIndex.clear();
    m_modules.clear();

    QStringList locales{kEnglish};
    if (m_locale != kEnglish)
        locales.append(m_locale);

    // Glossaries first: module text may refer to a term of any layer.
    QList<QList<GlossaryTerm>> glossaries;
    QSet<QString> knownTerms;
    for (const QString &loc : std::as_const(locales)) {
        for (const QString &root : std::as_const(m_roots)) {
            glossaries.append(readGlossary(filePath(root, loc, QStringLiteral("glossary.json")), m_issues));
            for (const GlossaryTerm &term : glossaries.last())
                knownTerms.insert(term.id);
        }
    }
    for (const QList<GlossaryTerm> &layer : std::as_const(glossaries)) {
        mergeById(m_glossary, layer, [](GlossaryTerm &base, const GlossaryTerm &over) { base = over; });
    }
    // The language's own alphabetical order, not the system's (a German desktop reading Arabic).
    QCollator collator{QLocale(m_locale)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_glossary.begin(), m_glossary.end(), [&collator](const GlossaryTerm &a, const GlossaryTerm &b) {
        return collator.compare(a.term, b.term) < 0;
    });
    for (qsizetype i = 0; i < m_glossary.size(); ++i)
        m_termIndex.insert(m_glossary.at(i).id, i);

    for (const QString &loc : std::as_const(locales)) {
        // Within one locale a later root replaces a whole module; across
        // locales the translation is laid over English block by block.
        QList<ContentModule> localeModules;
        for (const QString &root : std::as_const(m_roots)) {
            CourseInfo course;
            if (readCourse(filePath(root, loc, QStringLiteral("course.json")), m_issues, course))
                overlayCourse(m_course, course);

            QDir dir(filePath(root, loc, QStringLiteral("modules")));
            const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
            QSet<QString> idsInRoot;
            for (const QString &name : files) {
                ContentModule module;
                if (!readModule(dir.filePath(name), m_issues, knownTerms, module))
                    continue;
                if (idsInRoot.contains(module.id)) {
                    m_issues.append({displayName(dir.filePath(name)), QStringLiteral("$.id"), 0,
                                     QStringLiteral("duplicate module id \"%1\"").arg(module.id)});
                    continue;
                }
                idsInRoot.insert(module.id);
                mergeById(localeModules, QList<ContentModule>{module},
                          [](ContentModule &base, const ContentModule &over) { base = over; });
            }
        }
        mergeById(m_modules, localeModules, overlayModule);
    }

    // Links between modules must land somewhere in the outline.
    QSet<QString> outlineIds;
    for (const OutlineEntry &entry : std::as_const(m_course.outline))
        outlineIds.insert(entry.id);
    for (const ContentModule &module : std::as_const(m_modules)) {
        for (const QString &link : {module.previous, module.next}) {
            if (!link.isEmpty() && !outlineIds.contains(link))
                m_issues.append({module.sourceFile,
                                 link == module.previous ? QStringLiteral("$.previous") : QStringLiteral("$.next"), 0,
                                 QStringLiteral("\"%1\" is not in the course outline").arg(link)});
        }
    }
    for (OutlineEntry &entry : m_course.outline) {
        if (!entry.moduleId.isEmpty() && !module(entry.moduleId)) {
            m_issues.append({entry.sourceFile, QStringLiteral("$.outline"), 0,
                             QStringLiteral("the module \"%1\" of \"%2\" is not in any pack or failed to load")
                                 .arg(entry.moduleId, entry.id)});
            entry.moduleId.clear();
        }
    }
}

QStringList CourseRepository::packLocales(const QString &dir)
{
    // A language folder holds at least one of a pack's parts; anything else
    // (the language folder itself, a parent folder, "/") is not a pack root.
    QStringList locales;
    const QDir root(dir);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        const QDir folder(root.filePath(entry));
        if (folder.exists(QStringLiteral("course.json")) || folder.exists(QStringLiteral("glossary.json"))
            || folder.exists(QStringLiteral("modules")))
            locales.append(entry);
    }
    return locales;
}

QList<ContentIssue> CourseRepository::validatePack(const QString &dir)
{
    const QString root = QDir(dir).absolutePath();
    const QStringList locales = packLocales(root);
    QList<ContentIssue> found;
    if (locales.isEmpty()) {
        found.append({QDir::toNativeSeparators(root),
                      {},
                      0,
                      QStringLiteral("is not a content pack: it holds no locale folder with course.json, glossary.json "
                                     "or modules/ (expected e.g. en/modules/<id>.json)")});
        return found;
    }
    const QString prefix = QDir::toNativeSeparators(root);
    for (const QString &locale : std::as_const(locales)) {
        CourseRepository repository({shippedRoot(), root});
        repository.load(locale);
        for (const ContentIssue &issue : repository.issues()) {
            const bool fromPack = issue.file.startsWith(prefix);
            const bool duplicate = std::any_of(found.cbegin(), found.cend(), [&](const ContentIssue &f) {
                return f.file == issue.file && f.jsonPath == issue.jsonPath && f.message == issue.message;
            });
            if (fromPack && !duplicate)
                found.append(issue);
        }
    }
    return found;
}

} // namespace loopwise
