// Which renderer Loopwise picks: the learner's --renderer first, then, on auto,
// software only where OpenGL could reach no GPU.
#include "RenderingChoice.h"

#include <QTest>

using loopwise::Renderer;
using loopwise::RenderingMachine;

class TestRenderingChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<int>("renderer");
        QTest::addColumn<bool>("isLinux");
        QTest::addColumn<bool>("hasGpuDevice");
        QTest::addColumn<bool>("softwareGlForced");
        QTest::addColumn<bool>("backendChosenByUser");
        QTest::addColumn<bool>("software");
        const int automatic = int(Renderer::Auto);
        QTest::newRow("linux with a gpu") << automatic << true << true << false << false << false;
        QTest::newRow("linux without a gpu") << automatic << true << false << false << false << true;
        QTest::newRow("linux, mesa told to use the cpu") << automatic << true << true << true << false << true;
        QTest::newRow("linux without a gpu, backend set by the user")
            << automatic << true << false << false << true << false;
        QTest::newRow("windows or macos") << automatic << false << false << false << false << false;
        QTest::newRow("gpu asked for on a machine without one")
            << int(Renderer::Gpu) << true << false << false << false << false;
        QTest::newRow("software asked for on a machine with a gpu")
            << int(Renderer::Software) << true << true << false << false << true;
        QTest::newRow("software asked for on macos")
            << int(Renderer::Software) << false << true << false << false << true;
    }

    void choice()
    {
        QFETCH(int, renderer);
        RenderingMachine machine;
        QFETCH(bool, isLinux);
        QFETCH(bool, hasGpuDevice);
        QFETCH(bool, softwareGlForced);
        QFETCH(bool, backendChosenByUser);
        machine.isLinux = isLinux;
        machine.hasGpuDevice = hasGpuDevice;
        machine.softwareGlForced = softwareGlForced;
        machine.backendChosenByUser = backendChosenByUser;
        QTEST(loopwise::useSoftwareRenderer(Renderer(renderer), machine), "software");
    }

    void environmentIsRead()
    {
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QSG_RHI_BACKEND");
        qputenv("LIBGL_ALWAYS_SOFTWARE", "1");
        QVERIFY(RenderingMachine::current().softwareGlForced);
        QVERIFY(!RenderingMachine::current().backendChosenByUser);
        qputenv("LIBGL_ALWAYS_SOFTWARE", "0");
        QVERIFY(!RenderingMachine::current().softwareGlForced);
        qputenv("QT_QUICK_BACKEND", "software");
        QVERIFY(RenderingMachine::current().backendChosenByUser);
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("LIBGL_ALWAYS_SOFTWARE");
    }

    void parse()
    {
        Renderer renderer = Renderer::Auto;
        QVERIFY(loopwise::parseRenderer(QStringLiteral("software"), &renderer));
        QCOMPARE(renderer, Renderer::Software);
        QVERIFY(loopwise::parseRenderer(QStringLiteral("gpu"), &renderer));
        QCOMPARE(renderer, Renderer::Gpu);
        QVERIFY(loopwise::parseRenderer(QStringLiteral("auto"), &renderer));
        QCOMPARE(renderer, Renderer::Auto);
        QVERIFY(!loopwise::parseRenderer(QStringLiteral("vulkan"), &renderer));
        QVERIFY(!loopwise::parseRenderer(QString(), &renderer));
        QCOMPARE(renderer, Renderer::Auto); // a refused value changes nothing
    }
};

QTEST_GUILESS_MAIN(TestRenderingChoice)
#include "tst_renderingchoice.moc"
