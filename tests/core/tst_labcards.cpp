// The lab cards in the module text open the lab set up for the experiment they describe:
// every card carries settings, the lab takes them without a problem, they differ from the
// lab's default, they set what the card's text asks for, and every shipped language opens the
// same experiment as English.

#include "AssumptionsLabSettings.h"
#include "CourseRepository.h"
#include "ExpertsLabSettings.h"
#include "Labs.h"
#include "LearningLabSettings.h"
#include "NetworkLabSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using loopwise::CourseRepository;

namespace {

// The keys each card's text calls for ("look at the test points": showTest).
const QHash<QString, QStringList> kExpectedKeys{
    {QStringLiteral("parameters-lab"), {QStringLiteral("hidden")}}, // few weights to watch
    {QStringLiteral("capacity-lab"), {QStringLiteral("hidden"), QStringLiteral("noise")}}, // small net, noisy points
    {QStringLiteral("loop-lab"), {QStringLiteral("preset"), QStringLiteral("loop")}}, // the loop, repeating
    {QStringLiteral("gradient-lab"), {QStringLiteral("preset")}}, // a very small rate
    {QStringLiteral("overfitting-lab"), {QStringLiteral("preset")}}, // the overfit preset
    {QStringLiteral("generalisation-lab"), {QStringLiteral("noise"), QStringLiteral("showTest")}},
    {QStringLiteral("shortcuts-lab"), {QStringLiteral("experiment"), QStringLiteral("style")}},
    {QStringLiteral("wbf-lab"), {QStringLiteral("experiment"), QStringLiteral("split")}},
    {QStringLiteral("assumptions-lab"), {QStringLiteral("experiment"), QStringLiteral("method")}},
    {QStringLiteral("failure-modes-lab"), {QStringLiteral("experiment"), QStringLiteral("leak")}},
    {QStringLiteral("scenario-lab"), {QStringLiteral("experiment"), QStringLiteral("method")}},
    {QStringLiteral("also-learning"), {QStringLiteral("points"), QStringLiteral("noise")}},
    {QStringLiteral("also-network"), {QStringLiteral("hidden"), QStringLiteral("dataset")}}, // from no hidden layer
    {QStringLiteral("how-lab-learning"), {QStringLiteral("preset")}},
    {QStringLiteral("how-lab-network"), {QStringLiteral("hidden")}},
    // balance off: one expert takes over (the collapse preset's figures)
    {QStringLiteral("key-moe-lab"),
     {QStringLiteral("balance"), QStringLiteral("dataset"), QStringLiteral("rate"), QStringLiteral("seed")}},
};
// Values the text names outright.
const QHash<QString, QString> kExpectedValues{
    {QStringLiteral("overfitting-lab"), QStringLiteral("preset=overfit")},
    {QStringLiteral("gradient-lab"), QStringLiteral("preset=too-low")},
    {QStringLiteral("generalisation-lab"), QStringLiteral("showTest=1")},
    {QStringLiteral("loop-lab"), QStringLiteral("loop=1")},
    {QStringLiteral("failure-modes-lab"), QStringLiteral("leak=1")},
    {QStringLiteral("also-network"), QStringLiteral("hidden=none")},
    {QStringLiteral("key-moe-lab"), QStringLiteral("balance=0")},
};

bool differsFromDefault(const QString &lab, const QString &query)
{
    if (lab == QLatin1String("network"))
        return loopwise::NetworkLabSettings::fromQuery(query, nullptr) != loopwise::NetworkLabSettings{};
    if (lab == QLatin1String("learning"))
        return loopwise::LearningLabSettings::fromQuery(query, nullptr)
            != loopwise::LearningLabSettings::fromQuery({}, nullptr);
    if (lab == QLatin1String("assumptions"))
        return loopwise::AssumptionsLabSettings::fromQuery(query, nullptr) != loopwise::AssumptionsLabSettings{};
    if (lab == QLatin1String("experts"))
        return loopwise::ExpertsLabSettings::fromQuery(query, nullptr) != loopwise::ExpertsLabSettings{};
    return false;
}

// {card id: {lab, settings}} of every lab card of every module in `locale`.
QHash<QString, QPair<QString, QString>> labCards(const QString &locale)
{
    CourseRepository repository;
    repository.load(locale);
    QHash<QString, QPair<QString, QString>> cards;
    for (const QString &id : repository.moduleIds())
        for (const auto &section : repository.module(id)->sections)
            for (const auto &block : section.blocks)
                if (block.kind == QLatin1String("labCard"))
                    cards.insert(block.id,
                                 {block.fields.value(QStringLiteral("lab")).toString(),
                                  block.fields.value(QStringLiteral("settings")).toString()});
    return cards;
}

} // namespace

class TestLabCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCardCarriesItsExperiment()
    {
        const auto cards = labCards(QStringLiteral("en"));
        int checked = 0;
        for (auto it = cards.begin(); it != cards.end(); ++it) {
            const QString &lab = it.value().first;
            const QString &settings = it.value().second;
            if (lab == QLatin1String("prompts")) { // not built yet: nothing to set up
                QVERIFY2(settings.isEmpty(), qPrintable(it.key()));
                continue;
            }
            QVERIFY2(!settings.isEmpty(), qPrintable(it.key()));
            QVERIFY2(loopwise::labLinkProblems(lab, settings).isEmpty(), qPrintable(it.key()));
            QVERIFY2(differsFromDefault(lab, settings), qPrintable(it.key()));
            QStringList keys;
            for (const auto &item : QUrlQuery(settings).queryItems())
                keys.append(item.first);
            QVERIFY2(kExpectedKeys.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(keys, kExpectedKeys.value(it.key()));
            if (kExpectedValues.contains(it.key()))
                QVERIFY2(settings.contains(kExpectedValues.value(it.key())), qPrintable(it.key()));
            ++checked;
        }
        QCOMPARE(checked, kExpectedKeys.size());
    }

    // A translated card says what its settings do, so each language must carry the same settings
    // as English (a card without them would open the lab on its defaults under the new wording).
    void everyLanguageOpensTheSameExperiment_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *locale : {"de", "es", "fr", "ar"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }
    void everyLanguageOpensTheSameExperiment()
    {
        QFETCH(QString, locale);
        const auto english = labCards(QStringLiteral("en"));
        const auto translated = labCards(locale);
        for (auto it = english.begin(); it != english.end(); ++it)
            QVERIFY2(translated.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(translated.size(), english.size());
    }

    // A card's settings the lab cannot take are a content problem naming the block.
    void badSettingsAreAContentProblem()
    {
        QTemporaryDir dir;
        const QString modules = dir.filePath(QStringLiteral("en/modules"));
        QVERIFY(QDir().mkpath(modules));
        QFile file(modules + QStringLiteral("/m.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema": 1, "id": "m", "kind": "module", "title": "A school module", "sections": [
            {"id": "intro", "title": "Intro", "blocks": [
              {"id": "card", "kind": "labCard", "lab": "network", "text": "Try it.", "settings": "hidden=12"}]}]})");
        file.close();
        CourseRepository repository({dir.path()});
        repository.load(QStringLiteral("en"));
        bool reported = false;
        for (const auto &issue : repository.issues())
            reported = reported
                || (issue.jsonPath.endsWith(QStringLiteral(".settings"))
                    && issue.message.contains(QStringLiteral("hidden")));
        QVERIFY(reported);
    }
};

QTEST_MAIN(TestLabCards)
#include "tst_labcards.moc"
