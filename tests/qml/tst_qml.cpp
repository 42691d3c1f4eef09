#include "QuickTestEnvironment.h"

#include <QApplication>
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

int main(int argc, char **argv)
{
    // The labs' loss chart (tst_labcolours.qml) is Qt Charts, which needs a QApplication.
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "loopwise_reader", QUICK_TEST_SOURCE_DIR, &setup);
}
#include "tst_qml.moc"
