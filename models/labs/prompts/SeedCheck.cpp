#include "SeedCheck.h"

#include "Figures.h"
#include "Generation.h"

namespace loopwise {

SeedCheck::SeedCheck(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &prompt,
                     const QString &modelDigest, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_prompt(prompt)
    , m_digest(modelDigest)
{
    m_settings.temperature = checkTemperature(settings.temperature);
}

QString SeedCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Honoured:
        return QStringLiteral("honoured");
    case Verdict::Ignored:
        return QStringLiteral("ignored");
    case Verdict::CannotTell:
        return QStringLiteral("cannot-tell");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString SeedCheck::words(Verdict verdict) const
{
    const QString temperature = Figures::figure(m_settings.temperature);
    switch (verdict) {
    case Verdict::Honoured:
        //: %1 the seed, %2 the next seed, %3 the temperature
        return tr("The server honours the seed: seed %1 gave the same text twice at temperature %3 and seed %2 a "
                  "different one, so a run can be repeated exactly.")
            .arg(m_settings.seed)
            .arg(m_settings.seed + 1)
            .arg(temperature);
    case Verdict::Ignored:
        //: %1 the seed, %2 the temperature
        return tr("The server ignores the seed: seed %1 gave two different texts at temperature %2, so no run can be "
                  "repeated exactly; compare prompts over several runs instead.")
            .arg(m_settings.seed)
            .arg(temperature);
    case Verdict::CannotTell:
        //: %1 and %2 two seeds, %3 the temperature
        return tr("This check cannot tell: seeds %1 and %2 gave the same text at temperature %3, so this prompt's "
                  "answer does not vary; try a prompt with a more open answer.")
            .arg(m_settings.seed)
            .arg(m_settings.seed + 1)
            .arg(temperature);
    case Verdict::Cancelled:
        return tr("The seed check was stopped before it could tell.");
    case Verdict::Failed:
        break;
    }
    return {};
}

void SeedCheck::start()
{
    m_runs.clear();
    run(m_settings.seed);
}

void SeedCheck::cancel()
{
    if (m_generation)
        m_generation->cancel();
}

void SeedCheck::run(int seed)
{
    ModelServerSettings settings = m_settings;
    settings.seed = seed;
    m_generation = new Generation(m_network, settings, m_prompt, m_digest, this);
    connect(m_generation, &Generation::finished, this, &SeedCheck::onRun);
    m_generation->start();
}

void SeedCheck::onRun(const GenerationResult &result)
{
    m_generation->deleteLater();
    m_generation = nullptr;
    m_runs.append(result);
    Q_EMIT runFinished(int(m_runs.size()), m_runs.size() < 2 ? 2 : 3);
    if (result.outcome == GenerationResult::Outcome::Cancelled) {
        conclude(Verdict::Cancelled, words(Verdict::Cancelled));
        return;
    }
    if (result.outcome == GenerationResult::Outcome::Failed) {
        conclude(Verdict::Failed, result.failure.message);
        return;
    }
    const QString &first = m_runs.front().text;
    switch (m_runs.size()) {
    case 1:
        run(m_settings.seed);
        return;
    case 2:
        if (result.text != first)
            conclude(Verdict::Ignored, words(Verdict::Ignored));
        else
            run(m_settings.seed + 1);
        return;
    default: {
        const Verdict verdict = result.text != first ? Verdict::Honoured : Verdict::CannotTell;
        conclude(verdict, words(verdict));
    }
    }
}

void SeedCheck::conclude(Verdict verdict, const QString &words)
{
    Q_EMIT finished(verdict, words, m_runs);
}

} // namespace loopwise
