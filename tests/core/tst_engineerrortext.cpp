// The training engine's refusals reach the learner in the UI's language: every rule and
// every setting has German words, and a refused lab setting reads German from end to end.
#include "EngineErrorText.h"
#include "NetworkLabSettings.h"

#include "loopwise/engine/config_error.h"
#include "loopwise/engine/learning_lab.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <limits>

using loopwise::EngineErrorText;
using namespace loopwise::engine;

namespace {

constexpr double kNoEnd = std::numeric_limits<double>::infinity();

// One error of every rule, every setting and every shape of range.
std::vector<ConfigError> everyKindOfError()
{
    std::vector<ConfigError> errors;
    for (int s = 0; s <= static_cast<int>(Setting::MaxTokens); ++s)
        errors.push_back(ConfigError::outOfRange(static_cast<Setting>(s), 20.0, {0.0, 10.0}));
    errors.push_back(ConfigError::outOfRange(Setting::Momentum, 1.0, {0.0, 1.0, true, false}));
    errors.push_back(ConfigError::outOfRange(Setting::TrainRatio, 0.0, {0.0, 1.0, false, true}));
    errors.push_back(ConfigError::outOfRange(Setting::LearningRate, 0.0, {0.0, kNoEnd, false}));
    errors.push_back(ConfigError::outOfRange(Setting::RegularizationRate, -1.0, {0.0, kNoEnd}));
    errors.push_back(ConfigError::outOfRange(Setting::Units, 300.0, {1.0, 256.0}, 2));
    for (Setting s : {Setting::Features, Setting::Points, Setting::TrainingSet, Setting::Layers})
        errors.emplace_back(s, Rule::Empty);
    errors.push_back(ConfigError::onePerClass(Setting::OutputUnits, 3, 3, 1));
    errors.push_back(ConfigError::onePerClass(Setting::ClassWeights, 2, 2, 1));
    errors.emplace_back(Setting::Features, Rule::Duplicate, 0, "x1");
    errors.emplace_back(Setting::Points, Rule::NotFinite, 4);
    errors.emplace_back(Setting::Points, Rule::NotAClass, 4);
    for (Rule r :
         {Rule::SoftmaxOnlyForOutput, Rule::NeedsSigmoidOutput, Rule::NeedsSoftmaxOutput, Rule::RegressionOneOutput,
          Rule::RegressionSquaredError, Rule::NeedsClassification, Rule::TooFewClasses, Rule::PlaygroundSquaredError,
          Rule::PlaygroundSgd, Rule::PlaygroundInit, Rule::PlaygroundOrder, Rule::PlaygroundBatch})
        errors.emplace_back(Setting::Protocol, r);
    return errors;
}

} // namespace

class TestEngineErrorText : public QObject
{
    Q_OBJECT

private:
    QTranslator m_german;

    void speakGerman()
    {
        QVERIFY(m_german.load(QStringLiteral(":/i18n/loopwise_de.qm")));
        QCoreApplication::installTranslator(&m_german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void speakEnglish()
    {
        QCoreApplication::removeTranslator(&m_german);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private Q_SLOTS:
    void cleanup() { speakEnglish(); }

    // English: the sentence from the error's fields, with its range and value.
    void wordsTheFields()
    {
        speakEnglish();
        const ConfigError rate = ConfigError::outOfRange(Setting::LearningRate, 20.0, {1e-4, 10.0});
        QCOMPARE(EngineErrorText::of(rate), QStringLiteral("\"Learning rate\" must be between 0.0001 and 10, not 20."));
        const ConfigError units = ConfigError::outOfRange(Setting::Units, 300.0, {1.0, 256.0}, 2);
        QCOMPARE(EngineErrorText::of(units), QStringLiteral("Layer 2 must have between 1 and 256 units, not 300."));
        QCOMPARE(EngineErrorText::of(std::invalid_argument("grid sides must be between 1 and 8192 cells")),
                 QStringLiteral("The training engine cannot use these settings."));
    }

    // Every message has its German: none comes out as the English it was written in.
    void everyErrorHasGermanWords()
    {
        const std::vector<ConfigError> errors = everyKindOfError();
        QStringList english;
        for (const ConfigError &error : errors)
            english.append(EngineErrorText::of(error));
        speakGerman();
        for (size_t i = 0; i < errors.size(); ++i) {
            const QString german = EngineErrorText::of(errors[i]);
            QVERIFY2(!german.isEmpty(), errors[i].what());
            QVERIFY2(german != english.at(static_cast<qsizetype>(i)), qPrintable(german));
        }
    }

    // The learning lab refuses a learning rate of 20: German words, German numbers, and
    // nothing of the engine's English sentence.
    void refusedLearningRateReadsGerman()
    {
        learning::LabConfig config;
        config.learningRate = 20.0;
        speakGerman();
        try {
            learning::checkLabConfig(config);
            QFAIL("a learning rate of 20 was accepted");
        } catch (const std::invalid_argument &error) {
            const QString text = EngineErrorText::of(error);
            QCOMPARE(text, QStringLiteral("„Lernrate“ muss zwischen 0,0001 und 10 liegen, nicht bei 20."));
            QVERIFY2(!text.contains(QStringLiteral("learning rate")), qPrintable(text));
        }
    }

    // A lab link with one point of one's own leaves no point for training (the engine's
    // refusal); the problem the lab shows is German throughout.
    void refusedLinkReadsGerman()
    {
        speakGerman();
        QStringList problems;
        QVERIFY(!loopwise::NetworkLabSettings::fromQuery(QStringLiteral("dataset=custom&points=1:1:0"), &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
                 QStringLiteral("Mit diesen Einstellungen kann nicht trainiert werden: Für das Training "
                                "bleibt kein Punkt übrig: Füge Punkte hinzu oder erhöhe den Anteil "
                                "der Trainingsdaten."));
    }
};

QTEST_GUILESS_MAIN(TestEngineErrorText)
#include "tst_engineerrortext.moc"
