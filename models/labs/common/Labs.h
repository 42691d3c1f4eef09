#pragma once
// The lab registry: the labs this build of the app has, in one table. A route, a content
// link and the command line may name only these ids; QML finds a lab's page here.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

struct LabEntry
{
    QLatin1String id;
    const char *title; // untranslated; the course content's title wins where it has one
    QLatin1String page; // the lab's page, relative to the QML module's root
    // The QML type of the lab's controller; empty while the lab has nothing to train.
    QLatin1String controller;
    // Whether the lab trains in epochs (its page accepts --run-epochs); the prompts lab runs
    // test cases instead.
    bool trains;
    // Reads a link's query as the lab does, adding its problems; null for a lab that has
    // no settings yet.
    void (*readLink)(const QString &query, QStringList *problems);
};

// The lab ids, in the order the course presents them: network, learning, prompts.
QStringList labIds();
bool isLabId(const QString &id);
// The lab with this id, or null.
const LabEntry *findLab(const QString &id);
// The ids of the labs that train (whose page accepts --run-epochs).
QStringList trainingLabIds();

// What is wrong with the link lab/<id>?<query> (id one of labIds(), as Route::parse makes
// sure), one sentence per problem, read by the very code the lab reads a pasted link with;
// empty when the lab can open it as it is.
QStringList labLinkProblems(const QString &id, const QString &query);

// The registry for QML: `Labs.page(id)`, `Labs.entries`.
class LabRegistry : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Labs)
    QML_SINGLETON

    // [{id, title, route, page, controller}], in the course's order.
    Q_PROPERTY(QVariantList entries READ entries CONSTANT)

public:
    explicit LabRegistry(QObject *parent = nullptr);

    QVariantList entries() const;
    // The page that shows lab `id` (a URL relative to the module's root), "" for no lab.
    Q_INVOKABLE QString page(const QString &id) const;
    // The lab's title in the reader's language, "" for no lab.
    Q_INVOKABLE QString title(const QString &id) const;
};

} // namespace loopwise
