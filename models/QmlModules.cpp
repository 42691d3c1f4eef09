#include "QmlModules.h"

#include <QQmlComponent>
#include <QQmlEngine>

namespace loopwise {

const QStringList &requiredQmlModules()
{
    static const QStringList modules{
        QStringLiteral("QtQml"),
        QStringLiteral("QtQml.Models"),
        QStringLiteral("QtQuick"),
        QStringLiteral("QtQuick.Window"),
        QStringLiteral("QtQuick.Layouts"),
        QStringLiteral("QtQuick.Shapes"),
        QStringLiteral("QtQuick.Controls"),
        QStringLiteral("QtQuick.Controls.Material"),
        QStringLiteral("QtQuick.Templates"),
        QStringLiteral("QtQuick.Dialogs"),
        QStringLiteral("QtQuick.Dialogs.quickimpl"),
        QStringLiteral("Qt.labs.folderlistmodel"),
        QStringLiteral("QtCharts"),
    };
    return modules;
}

QStringList missingQmlModules(QQmlEngine &engine)
{
    QStringList missing;
    for (const QString &module : requiredQmlModules()) {
        QQmlComponent probe(&engine);
        probe.setData(QStringLiteral("import %1\nimport QtQml\nQtObject {}\n").arg(module).toUtf8(),
                      QUrl(QStringLiteral("qrc:/loopwise-module-check.qml")));
        if (probe.isError())
            missing.append(QStringLiteral("%1 (%2)").arg(module, probe.errors().constFirst().description()));
    }
    return missing;
}

} // namespace loopwise
