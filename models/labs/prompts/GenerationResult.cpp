#include "GenerationResult.h"

namespace loopwise {

QString GenerationResult::modelVersion() const
{
    return stats.modelVersion.isEmpty() ? modelDigest : stats.modelVersion;
}

QString GenerationResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Complete:
        return QStringLiteral("complete");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QVariantMap GenerationResult::toVariantMap() const
{
    const bool failed = outcome == Outcome::Failed;
    return {
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("text"), text},
        {QStringLiteral("message"), failed ? failure.message : QString()},
        {QStringLiteral("details"), failed ? failure.details : QString()},
        {QStringLiteral("failure"), failed ? ServerFailure::kindName(failure.kind) : QString()},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("flavour"), flavourName(settings.flavour)},
        {QStringLiteral("baseUrl"), settings.baseUrl.toString()},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("model"), settings.model},
        {QStringLiteral("modelReported"), stats.modelReported},
        {QStringLiteral("modelVersion"), modelVersion()},
        {QStringLiteral("seed"), settings.seed},
        {QStringLiteral("temperature"), settings.temperature},
        {QStringLiteral("maxTokens"), settings.maxTokens},
        {QStringLiteral("started"), started},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("serverDurationMs"), stats.serverDurationMs},
        {QStringLiteral("promptTokens"), stats.promptTokens},
        {QStringLiteral("outputTokens"), stats.outputTokens},
        {QStringLiteral("stopReason"), stats.stopReason},
    };
}

} // namespace loopwise
