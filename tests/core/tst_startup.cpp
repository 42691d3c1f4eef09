// What the app relies on at start: every QML module it imports loads, every
// page and dialog compiles, and nothing it shows can reach the network.
#include "OfflineNetwork.h"
#include "QmlModules.h"

#include <QDirIterator>
#include <QNetworkReply>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyQmlModuleLoads()
    {
        QQmlEngine engine;
        const QStringList missing = loopwise::missingQmlModules(engine);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everyPageAndDialogCompiles()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(":/"));
        int files = 0;
        for (QDirIterator it(QStringLiteral(":/Loopwise/qml"), {QStringLiteral("*.qml")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QUrl url(QStringLiteral("qrc") + it.next());
            QQmlComponent component(&engine, url);
            QVERIFY2(component.isReady(), qPrintable(url.toString() + u'\n' + component.errorString()));
            ++files;
        }
        QVERIFY(files > 50);
    }

    void fileDialogOpens()
    {
        // Qt's own file dialog lists folders with Qt.labs.folderlistmodel; without it "Import a learner" crashed.
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Dialogs\n"
                          "Window { width: 800; height: 600; visible: true\n"
                          "  property alias dialog: dialog\n"
                          "  FileDialog { id: dialog; options: FileDialog.DontUseNativeDialog } }",
                          QUrl(QStringLiteral("qrc:/file-dialog-test.qml")));
        std::unique_ptr<QObject> window(component.create());
        QVERIFY2(window, qPrintable(component.errorString()));
        auto *dialog = window->property("dialog").value<QObject *>();
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    }

    void networkIsRefused()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/picture.png").arg(server.serverPort()));

        loopwise::OfflineNetworkAccessManager offline;
        std::unique_ptr<QNetworkReply> refused(offline.get(QNetworkRequest(url)));
        QTRY_VERIFY(refused->isFinished());
        QCOMPARE(refused->error(), QNetworkReply::ProtocolUnknownError);
        QVERIFY(!server.waitForNewConnection(500));

        // The same request through an ordinary manager does reach the server: the check above can fail.
        QNetworkAccessManager online;
        std::unique_ptr<QNetworkReply> sent(online.get(QNetworkRequest(url)));
        QVERIFY(server.waitForNewConnection(5000));

        QVERIFY(loopwise::OfflineNetworkAccessManager::isLocal(QUrl(QStringLiteral("qrc:/Loopwise/qml/Main.qml"))));
        QVERIFY(!loopwise::OfflineNetworkAccessManager::isLocal(QUrl(QStringLiteral("https://example.org/"))));
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
