#include "Progress.h"

#include "CourseController.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace loopwise {

Progress::Progress(QObject *parent)
    : QObject(parent)
{}

Progress *Progress::instance()
{
    static Progress *progress = new Progress(QCoreApplication::instance());
    return progress;
}

Progress *Progress::create(QQmlEngine *, QJSEngine *)
{
    Progress *progress = instance();
    QJSEngine::setObjectOwnership(progress, QJSEngine::CppOwnership);
    return progress;
}

QVariantMap Progress::sectionProgress(const QString &moduleId, const QString &sectionId) const
{
    const ContentModule *module = CourseController::instance()->repository().module(moduleId);
    int index = -1;
    if (module) {
        for (int i = 0; i < module->sections.size(); ++i) {
            if (module->sections.at(i).id == sectionId)
                index = i;
        }
    }
    return {{QStringLiteral("index"), index}, {QStringLiteral("count"), module ? int(module->sections.size()) : 0}};
}

} // namespace loopwise
