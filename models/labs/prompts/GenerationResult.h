#pragma once
// One prompt's run on a model server with everything needed to say later where its text
// came from: the prompt as sent, the server, the model and its version, the sampling
// settings, when it ran and how long it took, the token counts the server gave.

#include "ModelServerSettings.h"
#include "ServerFailure.h"
#include "ServerProtocol.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace loopwise {

struct GenerationResult
{
    enum class Outcome { Complete, Cancelled, Failed };

    Outcome outcome = Outcome::Complete;
    QString text; // everything that arrived, also when cancelled or failed
    ServerFailure failure; // when Failed

    // Provenance.
    QString prompt; // exactly as sent
    ModelServerSettings settings; // flavour, base URL, model, seed, temperature, max tokens
    QString endpoint; // the URL the prompt went to
    QString modelDigest; // the model's version from the server's model list, if given
    QDateTime started; // UTC
    qint64 durationMs = 0; // measured here, from sending to the end
    GenerationStats stats; // token counts, server time, model and version as the reply said

    // The model's version: the reply's own, else the one from the model list.
    QString modelVersion() const;
    // For QML and for saving: outcome, text, message, details and every provenance field.
    QVariantMap toVariantMap() const;
    static QString outcomeName(Outcome outcome);
};

} // namespace loopwise

Q_DECLARE_METATYPE(loopwise::GenerationResult)
