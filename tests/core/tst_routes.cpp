#include "Routes.h"

#include <QTest>

using loopwise::Route;

class TestRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("query");
        QTest::newRow("home") << "home"
                              << "home"
                              << ""
                              << ""
                              << "";
        QTest::newRow("glossary") << "glossary"
                                  << "glossary"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("module") << "module/models-parameters-training"
                                << "module"
                                << "models-parameters-training"
                                << ""
                                << "";
        QTest::newRow("anchor") << "module/models-parameters-training#check-yourself"
                                << "module"
                                << "models-parameters-training"
                                << "check-yourself"
                                << "";
        QTest::newRow("lab") << "lab/network"
                             << "lab"
                             << "network"
                             << ""
                             << "";
        QTest::newRow("lab not built yet") << "lab/prompts"
                                           << "lab"
                                           << "prompts"
                                           << ""
                                           << "";
        QTest::newRow("lab query") << "lab/network?dataset=spiral&hidden=8,8"
                                   << "lab"
                                   << "network"
                                   << ""
                                   << "dataset=spiral&hidden=8,8";
    }
    void valid()
    {
        QFETCH(QString, text);
        const Route route = Route::parse(text);
        QVERIFY2(route.valid, qPrintable(route.error));
        QTEST(route.page, "page");
        QTEST(route.id, "id");
        QTEST(route.anchor, "anchor");
        QTEST(route.query, "query");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("unknown page") << "kitchen";
        QTest::newRow("module without id") << "module/";
        QTest::newRow("bad id") << "module/Bad_Id";
        QTest::newRow("anchor on glossary") << "glossary#x";
    }
    void invalid()
    {
        QFETCH(QString, text);
        const Route route = Route::parse(text);
        QVERIFY(!route.valid);
        QVERIFY(route.error.contains(QStringLiteral("not a place")));
    }

    // Only the labs the app has: a lab id that is none of them is a bad route, said shortly.
    void unknownLab()
    {
        const Route route = Route::parse(QStringLiteral("lab/nosuchlab"));
        QVERIFY(!route.valid);
        QCOMPARE(route.error,
                 QStringLiteral(
                     "there is no lab \"nosuchlab\"; the labs are network, learning, prompts, assumptions, experts"));
        const Route longOne = Route::parse(QStringLiteral("lab/") + QString(5000, u'a'));
        QVERIFY(!longOne.valid);
        QCOMPARE(longOne.error,
                 QStringLiteral("there is no lab \"") + QString(40, u'a')
                     + QStringLiteral("\u2026\"; the labs are network, learning, prompts, assumptions, experts"));
    }

    void excerptIsShortAndEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("short") << "spiral"
                               << "spiral";
        QTest::newRow("controls") << "a\nb\tc\x1b[0m\x7f"
                                  << "a\\nb\\tc\\x1b[0m\\x7f";
        QTest::newRow("forty") << QString(40, u'y') << QString(40, u'y');
        QTest::newRow("cut") << QString(41, u'y') << QString(40, u'y') + QChar(0x2026);
    }
    void excerptIsShortAndEscaped()
    {
        QFETCH(QString, text);
        QTEST(loopwise::excerpt(text), "shown");
    }

    // The routes the cards and links build are routes parse() reads back.
    void builtRoutesParse()
    {
        const Route module = Route::parse(Route::toModule(QStringLiteral("models-parameters-training")));
        QVERIFY2(module.valid, qPrintable(module.error));
        QCOMPARE(module.page, QStringLiteral("module"));
        QCOMPARE(module.id, QStringLiteral("models-parameters-training"));
        const Route lab = Route::parse(Route::toLab(QStringLiteral("learning")));
        QVERIFY2(lab.valid, qPrintable(lab.error));
        QCOMPARE(lab.page, QStringLiteral("lab"));
        QCOMPARE(lab.id, QStringLiteral("learning"));
        loopwise::Routes routes;
        QCOMPARE(routes.lab(QStringLiteral("network")), QStringLiteral("lab/network"));
        QCOMPARE(routes.module(QStringLiteral("intro")), QStringLiteral("module/intro"));
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
