#include "CourseController.h"

#include "InlineMarkup.h"
#include "ModuleModel.h"
#include "Routes.h"
#include "SchoolPolicy.h"
#include "StartupOptions.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace loopwise {

CourseController::CourseController(QStringList packRoots, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(packRoots))
{}

CourseController *CourseController::instance()
{
    static CourseController *course = [] {
        QStringList roots{CourseRepository::shippedRoot()};
        // A language folder is a pack root too; a school's --content-dir wins over both.
        roots += startupOptions().languageDirs;
        roots += startupOptions().contentDirs;
        auto *controller = new CourseController(roots, QCoreApplication::instance());
        controller->setLocale(startupOptions().language);
        return controller;
    }();
    return course;
}

CourseController *CourseController::create(QQmlEngine *, QJSEngine *)
{
    CourseController *course = instance();
    QJSEngine::setObjectOwnership(course, QJSEngine::CppOwnership);
    return course;
}

void CourseController::setLocale(const QString &locale)
{
    m_repository.load(locale);
    m_outline.setEntries(m_repository.course().outline);
    m_glossary.setTerms(m_repository.glossary());
    Q_EMIT contentChanged();
}

QVariantList CourseController::labs() const
{
    QVariantList result;
    for (const LabInfo &lab : m_repository.course().labs)
        if (schoolPolicy().labIsOn(lab.id)) // a lab the school turned off is not offered
            result.append(this->lab(lab.id));
    return result;
}

QStringList CourseController::issues() const
{
    QStringList lines;
    for (const ContentIssue &issue : m_repository.issues())
        lines.append(issue.toString());
    return lines;
}

bool CourseController::hasModule(const QString &moduleId) const
{
    return m_repository.module(moduleId) != nullptr;
}

ModuleModel *CourseController::openModule(const QString &moduleId) const
{
    const ContentModule *module = m_repository.module(moduleId);
    if (!module)
        return nullptr;
    auto *model = new ModuleModel(*module);
    QJSEngine::setObjectOwnership(model, QJSEngine::JavaScriptOwnership);
    return model;
}

QVariantMap CourseController::outlineEntry(const QString &entryId) const
{
    for (const OutlineEntry &entry : m_repository.course().outline) {
        if (entry.id == entryId) {
            return {{QStringLiteral("id"), entry.id},
                    {QStringLiteral("title"), entry.title},
                    {QStringLiteral("teaser"), entry.teaser},
                    {QStringLiteral("minutes"), entry.minutes},
                    {QStringLiteral("moduleId"), entry.moduleId},
                    {QStringLiteral("available"), !entry.moduleId.isEmpty()}};
        }
    }
    return {};
}

QVariantMap CourseController::lab(const QString &labId) const
{
    const LabInfo *lab = m_repository.lab(labId);
    if (!lab)
        return {};
    return {{QStringLiteral("id"), lab->id},
            {QStringLiteral("title"), lab->title},
            {QStringLiteral("summary"), lab->summary}};
}

QVariantMap CourseController::term(const QString &termId) const
{
    const GlossaryTerm *term = m_repository.term(termId);
    if (!term)
        return {};
    return {{QStringLiteral("id"), term->id},
            {QStringLiteral("term"), term->term},
            {QStringLiteral("definition"), term->definition}};
}

QString CourseController::termName(const QString &termId) const
{
    const GlossaryTerm *term = m_repository.term(termId);
    return term ? term->term : QString();
}

QString CourseController::styledText(const QString &markup, const QString &linkColor, int focusedLink) const
{
    return InlineMarkup::toStyledText(InlineMarkup::parse(markup), linkColor, focusedLink,
                                      [this](const QString &id) { return termName(id); });
}

QString CourseController::plainText(const QString &markup) const
{
    return InlineMarkup::toPlainText(InlineMarkup::parse(markup), [this](const QString &id) { return termName(id); });
}

int CourseController::linkCount(const QString &markup) const
{
    int links = 0;
    for (const MarkupSegment &segment : InlineMarkup::parse(markup).segments)
        links += segment.kind == MarkupSegment::Kind::Text ? 0 : 1;
    return links;
}

QString CourseController::linkAt(const QString &markup, int index) const
{
    int links = 0;
    for (const MarkupSegment &segment : InlineMarkup::parse(markup).segments) {
        if (segment.kind == MarkupSegment::Kind::Text)
            continue;
        if (links++ == index)
            return InlineMarkup::linkOf(segment);
    }
    return {};
}

QString CourseController::termOfLink(const QString &link) const
{
    const MarkupSegment target = InlineMarkup::parseLink(link);
    return target.kind == MarkupSegment::Kind::Term ? target.target : QString();
}

QString CourseController::routeOfLink(const QString &link) const
{
    const MarkupSegment target = InlineMarkup::parseLink(link);
    return target.kind == MarkupSegment::Kind::Lab ? Route::toLab(target.target) : QString();
}

} // namespace loopwise
