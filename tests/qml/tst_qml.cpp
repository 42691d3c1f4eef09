#include "QuickTestEnvironment.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

// Gives the tests the same QML module and style as the app, and a progress
// store and settings of their own in a temporary folder.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { m_environment.start(); }
    void cleanupTestCase() { m_environment.stop(); }
    void qmlEngineAvailable(QQmlEngine *engine) { m_environment.attach(engine); }

private:
    QuickTestEnvironment m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(loopwise_reader, Setup)
#include "tst_qml.moc"
