#include "Figures.h"
#include "LearningLab.h"
#include "LearningLabSettings.h"
#include "QuickTestEnvironment.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(LoopwisePlugin)

// The first traced step of a lab link, computed here with the engine alone: what the
// live loop must show, figure for figure.
class Reference : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE QVariantMap firstStep(const QString &query) const
    {
        namespace learning = loopwise::engine::learning;
        const auto settings = loopwise::LearningLabSettings::fromQuery(query, nullptr);
        if (!settings)
            return {};
        learning::LearningSession session(settings->config);
        const learning::LoopTrace trace = session.traceStep();
        const auto figures = [](const std::vector<double> &values) {
            QStringList texts;
            for (double value : values)
                texts.append(loopwise::Figures::figure(value));
            return texts;
        };
        QStringList inputs, targets;
        for (const loopwise::engine::Point &point : trace.batch) {
            inputs.append(loopwise::Figures::figure(point.x1));
            targets.append(loopwise::Figures::figure(point.label));
        }
        return {{QStringLiteral("inputs"), inputs},
                {QStringLiteral("targets"), targets},
                {QStringLiteral("predictions"), figures(trace.predictions)},
                {QStringLiteral("loss"), loopwise::Figures::figure(trace.loss)},
                {QStringLiteral("gradients"), figures(trace.gradient)},
                {QStringLiteral("updates"), figures(trace.update)},
                {QStringLiteral("before"), figures(trace.parametersBefore)},
                {QStringLiteral("after"), figures(trace.parametersAfter)}};
    }
};

// The app's QML module and style, a progress store of its own, and the reference.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { m_environment.start(); }
    void cleanupTestCase() { m_environment.stop(); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_environment.attach(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("reference"), &m_reference);
    }

private:
    QuickTestEnvironment m_environment;
    Reference m_reference;
};

int main(int argc, char **argv)
{
    // The lab's cards live beside Qt Charts, which needs a QApplication.
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "learninglab", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_learninglab_qml.moc"
