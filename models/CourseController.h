#pragma once

#include "CourseRepository.h"
#include "GlossaryModel.h"
#include "InlineMarkup.h"
#include "ModuleModel.h"
#include "OutlineModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace loopwise {

// The course as QML sees it: outline, glossary, modules, labs, and the
// problems found in the content packs. Reloads when the language changes.
class CourseController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Course)
    QML_SINGLETON
    Q_PROPERTY(QString locale READ locale NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY contentChanged)
    Q_PROPERTY(QString description READ description NOTIFY contentChanged)
    Q_PROPERTY(loopwise::OutlineModel *outline READ outline CONSTANT)
    Q_PROPERTY(loopwise::GlossaryModel *glossary READ glossary CONSTANT)
    Q_PROPERTY(QVariantList labs READ labs NOTIFY contentChanged)
    // One line per problem found in the packs ("file:line at $.path: message").
    Q_PROPERTY(QStringList issues READ issues NOTIFY contentChanged)

public:
    explicit CourseController(QStringList packRoots, QObject *parent = nullptr);

    // The app-wide instance, built from the startup options on first use.
    static CourseController *instance();
    static CourseController *create(QQmlEngine *, QJSEngine *);

    void setLocale(const QString &locale);
    QString locale() const { return m_repository.locale(); }
    QString title() const { return m_repository.course().title; }
    QString subtitle() const { return m_repository.course().subtitle; }
    QString description() const { return m_repository.course().description; }
    OutlineModel *outline() { return &m_outline; }
    GlossaryModel *glossary() { return &m_glossary; }
    QVariantList labs() const;
    QStringList issues() const;
    const CourseRepository &repository() const { return m_repository; }

    Q_INVOKABLE bool hasModule(const QString &moduleId) const;
    // A new model of the module for one reader page (owned by the caller: QML).
    Q_INVOKABLE loopwise::ModuleModel *openModule(const QString &moduleId) const;
    // {id, title, teaser, minutes, moduleId, available} of an outline entry, or {}.
    Q_INVOKABLE QVariantMap outlineEntry(const QString &entryId) const;
    Q_INVOKABLE QVariantMap lab(const QString &labId) const;
    // {id, term, definition} of a glossary term, or {}.
    Q_INVOKABLE QVariantMap term(const QString &termId) const;

    // Inline markup → safe rich text for Text.StyledText (see InlineMarkup).
    Q_INVOKABLE QString styledText(const QString &markup, const QString &linkColor, int focusedLink = -1) const;
    Q_INVOKABLE QString plainText(const QString &markup) const;
    // A markup text's paragraphs (separated by a blank line), each markup again.
    Q_INVOKABLE QStringList paragraphs(const QString &markup) const { return InlineMarkup::paragraphs(markup); }
    Q_INVOKABLE int linkCount(const QString &markup) const;
    // "term:<id>" or "lab:<id>" of the n-th link, or "".
    Q_INVOKABLE QString linkAt(const QString &markup, int index) const;
    // What a link opens: the glossary term's id, or the route of the lab; "" if it is not one.
    Q_INVOKABLE QString termOfLink(const QString &link) const;
    Q_INVOKABLE QString routeOfLink(const QString &link) const;

Q_SIGNALS:
    void contentChanged();

private:
    QString termName(const QString &termId) const;

    CourseRepository m_repository;
    OutlineModel m_outline;
    GlossaryModel m_glossary;
};

} // namespace loopwise
