#pragma once
// The three dialects of local model servers, one implementation each in ServerProtocol.cpp:
// where the model list and the generate endpoint are, what a generate request carries, and
// how one line of a streamed reply reads. No networking here; ServerCall and Generation
// do that.

#include "ModelServerSettings.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>

namespace loopwise {

// One model a server offers. The digest is the version Ollama gives; others give none.
struct ServerModel
{
    QString name;
    QString digest;
    qint64 sizeBytes = -1;

    friend bool operator==(const ServerModel &, const ServerModel &) = default;
};

// What a reply says about itself; a field the server does not send stays -1 or empty.
struct GenerationStats
{
    int promptTokens = -1;
    int outputTokens = -1;
    double serverDurationMs = -1;
    QString modelReported; // the model the server says it ran
    QString modelVersion; // a digest or fingerprint, when the reply carries one
    QString stopReason; // the server's word for why it stopped ("stop", "length", ...)

    // Takes every field `later` has.
    void merge(const GenerationStats &later);
};

// One line of a streamed reply, read.
struct StreamEvent
{
    enum class Kind { Nothing, Chunk, ServerError, Malformed };
    Kind kind = Kind::Nothing;
    QString text; // Chunk: the new text (may be empty)
    bool done = false; // Chunk: the server says the reply is complete
    GenerationStats stats; // Chunk: what this line tells about the reply
    QString problem; // ServerError: the server's words; Malformed: what is wrong
};

class ServerProtocol
{
public:
    virtual ~ServerProtocol() = default;

    static const ServerProtocol &of(ServerFlavour flavour);

    virtual QString modelsPath() const = 0;
    // The model list from its reply; nothing when the reply does not have the expected shape.
    virtual std::optional<QList<ServerModel>> readModels(const QJsonDocument &reply) const = 0;

    virtual QString generatePath() const = 0;
    // The JSON body of a streamed generate request for this prompt and these settings.
    virtual QByteArray generateBody(const ModelServerSettings &settings, const QString &prompt) const = 0;
    // One line of the streamed reply (without its line end).
    virtual StreamEvent readLine(const QByteArray &line) const = 0;
};

// The server's own words in an error body ({"error": "..."} or {"error": {"message": "..."}});
// for a body that is not such JSON, its start as text.
QString serverErrorText(const QByteArray &body);
// True when a server's error text says the model is unknown ("model 'x' not found",
// "model_not_found", ...): servers word it differently, and use 404 or 400 for it.
bool saysUnknownModel(const QString &serverText);

} // namespace loopwise
