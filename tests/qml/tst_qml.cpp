#include "Preferences.h"
#include "Progress.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

// Gives the tests the same QML module and style as the app, and a progress
// store and settings of their own in a temporary folder.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        loopwise::ProgressStore *store = loopwise::Progress::instance()->store();
        store->open(m_data.path());
        loopwise::Preferences::instance()->load(store, QStringLiteral("en"));
    }
    void cleanupTestCase() { loopwise::Progress::instance()->store()->close(); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(":/"));
        loopwise::Preferences::instance()->setEngine(engine);
    }

private:
    QTemporaryDir m_data;
};

QUICK_TEST_MAIN_WITH_SETUP(loopwise_reader, Setup)
#include "tst_qml.moc"
