#include "ServerProtocol.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loopwise {

void GenerationStats::merge(const GenerationStats &later)
{
    if (later.promptTokens >= 0)
        promptTokens = later.promptTokens;
    if (later.outputTokens >= 0)
        outputTokens = later.outputTokens;
    if (later.serverDurationMs >= 0)
        serverDurationMs = later.serverDurationMs;
    if (!later.modelReported.isEmpty())
        modelReported = later.modelReported;
    if (!later.modelVersion.isEmpty())
        modelVersion = later.modelVersion;
    if (!later.stopReason.isEmpty())
        stopReason = later.stopReason;
}

namespace {

int intOr(const QJsonValue &value, int fallback = -1)
{
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

StreamEvent malformed(const QString &problem)
{
    StreamEvent event;
    event.kind = StreamEvent::Kind::Malformed;
    event.problem = problem;
    return event;
}

StreamEvent serverError(const QJsonValue &error)
{
    StreamEvent event;
    event.kind = StreamEvent::Kind::ServerError;
    event.problem = error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
    if (event.problem.isEmpty())
        event.problem = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
    return event;
}

// A line that must be one JSON object: the object, or the event that says what is wrong.
std::optional<QJsonObject> objectOf(const QByteArray &line, StreamEvent *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = malformed(QStringLiteral("not JSON (%1 at byte %2): %3")
                                 .arg(error.errorString())
                                 .arg(error.offset)
                                 .arg(QString::fromUtf8(line.left(200))));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = malformed(QStringLiteral("not a JSON object: %1").arg(QString::fromUtf8(line.left(200))));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.contains(QLatin1String("error"))) {
        *problem = serverError(object.value(QLatin1String("error")));
        return std::nullopt;
    }
    return object;
}

// Server-sent events: "data: <payload>"; comments, other fields and blank lines carry nothing.
std::optional<QByteArray> ssePayload(const QByteArray &line, StreamEvent *problem)
{
    if (line.startsWith("error:")) { // llama.cpp reports a failure mid-stream this way
        *problem = serverError(serverErrorText(line.mid(6).trimmed()));
        return std::nullopt;
    }
    if (!line.startsWith("data:"))
        return std::nullopt;
    return line.mid(5).trimmed();
}

// The model list at /v1/models, as llama.cpp's server, LM Studio and every OpenAI-compatible
// server give it: {"data": [{"id": "..."}, ...]}.
class V1ModelsProtocol : public ServerProtocol
{
public:
    QString modelsPath() const override { return QStringLiteral("/v1/models"); }

    std::optional<QList<ServerModel>> readModels(const QJsonDocument &reply) const override
    {
        const QJsonValue data = reply.object().value(QLatin1String("data"));
        if (!data.isArray())
            return std::nullopt;
        QList<ServerModel> models;
        for (const QJsonValue &entry : data.toArray()) {
            const QString id = entry.toObject().value(QLatin1String("id")).toString();
            if (id.isEmpty())
                return std::nullopt;
            models.append({id, {}, -1});
        }
        return models;
    }
};

class OllamaProtocol final : public ServerProtocol
{
public:
    QString modelsPath() const override { return QStringLiteral("/api/tags"); }

    // {"models": [{"name": "llama3:8b", "digest": "...", "size": 123}, ...]}
    std::optional<QList<ServerModel>> readModels(const QJsonDocument &reply) const override
    {
        const QJsonValue list = reply.object().value(QLatin1String("models"));
        if (!list.isArray())
            return std::nullopt;
        QList<ServerModel> models;
        for (const QJsonValue &entry : list.toArray()) {
            const QJsonObject model = entry.toObject();
            const QString name
                = model.value(QLatin1String("name")).toString(model.value(QLatin1String("model")).toString());
            if (name.isEmpty())
                return std::nullopt;
            models.append({name, model.value(QLatin1String("digest")).toString(),
                           static_cast<qint64>(model.value(QLatin1String("size")).toDouble(-1))});
        }
        return models;
    }

    QString generatePath() const override { return QStringLiteral("/api/generate"); }

    QByteArray generateBody(const ModelServerSettings &settings, const QString &prompt) const override
    {
        const QJsonObject options{{QStringLiteral("seed"), settings.seed},
                                  {QStringLiteral("temperature"), settings.temperature},
                                  {QStringLiteral("num_predict"), settings.maxTokens}};
        return QJsonDocument(QJsonObject{{QStringLiteral("model"), settings.model},
                                         {QStringLiteral("prompt"), prompt},
                                         {QStringLiteral("stream"), true},
                                         {QStringLiteral("options"), options}})
            .toJson(QJsonDocument::Compact);
    }

    // Newline-delimited JSON: {"response": "text", "done": false}, ..., and last
    // {"done": true, "prompt_eval_count": n, "eval_count": n, "total_duration": ns}.
    StreamEvent readLine(const QByteArray &line) const override
    {
        if (line.trimmed().isEmpty())
            return {};
        StreamEvent event;
        const auto object = objectOf(line, &event);
        if (!object)
            return event;
        const QJsonValue response = object->value(QLatin1String("response"));
        const bool done = object->value(QLatin1String("done")).toBool();
        if (!response.isString() && !done)
            return malformed(QStringLiteral("a line without \"response\": %1").arg(QString::fromUtf8(line.left(200))));
        event.kind = StreamEvent::Kind::Chunk;
        event.text = response.toString();
        event.done = done;
        event.stats.modelReported = object->value(QLatin1String("model")).toString();
        if (done) {
            event.stats.promptTokens = intOr(object->value(QLatin1String("prompt_eval_count")));
            event.stats.outputTokens = intOr(object->value(QLatin1String("eval_count")));
            const QJsonValue total = object->value(QLatin1String("total_duration"));
            if (total.isDouble())
                event.stats.serverDurationMs = total.toDouble() / 1e6; // nanoseconds
            event.stats.stopReason = object->value(QLatin1String("done_reason")).toString();
        }
        return event;
    }
};

class LlamaCppProtocol final : public V1ModelsProtocol
{
public:
    QString generatePath() const override { return QStringLiteral("/completion"); }

    QByteArray generateBody(const ModelServerSettings &settings, const QString &prompt) const override
    {
        QJsonObject body{{QStringLiteral("prompt"), prompt},
                         {QStringLiteral("seed"), settings.seed},
                         {QStringLiteral("temperature"), settings.temperature},
                         {QStringLiteral("n_predict"), settings.maxTokens},
                         {QStringLiteral("stream"), true}};
        if (!settings.model.isEmpty()) // a server with several models picks by it
            body.insert(QStringLiteral("model"), settings.model);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    // Server-sent events: data: {"content": "text", "stop": false}, ..., and last
    // {"stop": true, "tokens_predicted": n, "tokens_evaluated": n, "timings": {...}}.
    StreamEvent readLine(const QByteArray &line) const override
    {
        StreamEvent event;
        const auto payload = ssePayload(line, &event);
        if (!payload)
            return event;
        const auto object = objectOf(*payload, &event);
        if (!object)
            return event;
        const QJsonValue content = object->value(QLatin1String("content"));
        const bool stop = object->value(QLatin1String("stop")).toBool();
        if (!content.isString() && !stop)
            return malformed(
                QStringLiteral("an event without \"content\": %1").arg(QString::fromUtf8(payload->left(200))));
        event.kind = StreamEvent::Kind::Chunk;
        event.text = content.toString();
        event.done = stop;
        if (stop) {
            event.stats.promptTokens = intOr(object->value(QLatin1String("tokens_evaluated")));
            event.stats.outputTokens = intOr(object->value(QLatin1String("tokens_predicted")));
            event.stats.modelReported = object->value(QLatin1String("model")).toString();
            const QJsonObject timings = object->value(QLatin1String("timings")).toObject();
            if (timings.contains(QLatin1String("predicted_ms")))
                event.stats.serverDurationMs = timings.value(QLatin1String("prompt_ms")).toDouble()
                    + timings.value(QLatin1String("predicted_ms")).toDouble();
            event.stats.stopReason
                = object->value(QLatin1String("stop_type"))
                      .toString(object->value(QLatin1String("stopped_limit")).toBool() ? QStringLiteral("limit")
                                                                                       : QString());
        }
        return event;
    }
};

class OpenAiProtocol final : public V1ModelsProtocol
{
public:
    QString generatePath() const override { return QStringLiteral("/v1/chat/completions"); }

    QByteArray generateBody(const ModelServerSettings &settings, const QString &prompt) const override
    {
        const QJsonArray messages{
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt}}};
        return QJsonDocument(QJsonObject{{QStringLiteral("model"), settings.model},
                                         {QStringLiteral("messages"), messages},
                                         {QStringLiteral("seed"), settings.seed},
                                         {QStringLiteral("temperature"), settings.temperature},
                                         {QStringLiteral("max_tokens"), settings.maxTokens},
                                         {QStringLiteral("stream"), true},
                                         {QStringLiteral("stream_options"),
                                          QJsonObject{{QStringLiteral("include_usage"), true}}}})
            .toJson(QJsonDocument::Compact);
    }

    // Server-sent events: data: {"choices": [{"delta": {"content": "text"}}]}, ..., a chunk
    // with "usage" when asked for, and last data: [DONE].
    StreamEvent readLine(const QByteArray &line) const override
    {
        StreamEvent event;
        const auto payload = ssePayload(line, &event);
        if (!payload)
            return event;
        if (*payload == "[DONE]") {
            event.kind = StreamEvent::Kind::Chunk;
            event.done = true;
            return event;
        }
        const auto object = objectOf(*payload, &event);
        if (!object)
            return event;
        const QJsonValue choices = object->value(QLatin1String("choices"));
        if (!choices.isArray() && !object->contains(QLatin1String("usage")))
            return malformed(
                QStringLiteral("an event without \"choices\": %1").arg(QString::fromUtf8(payload->left(200))));
        event.kind = StreamEvent::Kind::Chunk;
        const QJsonObject choice = choices.toArray().first().toObject();
        event.text = choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        event.stats.stopReason = choice.value(QLatin1String("finish_reason")).toString();
        event.stats.modelReported = object->value(QLatin1String("model")).toString();
        event.stats.modelVersion = object->value(QLatin1String("system_fingerprint")).toString();
        const QJsonObject usage = object->value(QLatin1String("usage")).toObject();
        event.stats.promptTokens = intOr(usage.value(QLatin1String("prompt_tokens")));
        event.stats.outputTokens = intOr(usage.value(QLatin1String("completion_tokens")));
        return event;
    }
};

} // namespace

const ServerProtocol &ServerProtocol::of(ServerFlavour flavour)
{
    static const OllamaProtocol ollama;
    static const LlamaCppProtocol llamaCpp;
    static const OpenAiProtocol openAi;
    switch (flavour) {
    case ServerFlavour::Ollama:
        return ollama;
    case ServerFlavour::LlamaCpp:
        return llamaCpp;
    case ServerFlavour::OpenAi:
        return openAi;
    }
    return ollama;
}

QString serverErrorText(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue error = document.object().value(QLatin1String("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString();
    const QJsonValue message = document.object().value(QLatin1String("message"));
    if (message.isString())
        return message.toString();
    return QString::fromUtf8(body.left(300)).trimmed();
}

bool saysUnknownModel(const QString &serverText)
{
    const QString text = serverText.toLower();
    if (text.contains(QLatin1String("model_not_found")))
        return true;
    return text.contains(QLatin1String("model"))
        && (text.contains(QLatin1String("not found")) || text.contains(QLatin1String("not exist"))
            || text.contains(QLatin1String("unknown")) || text.contains(QLatin1String("no such"))
            || text.contains(QLatin1String("not loaded")));
}

} // namespace loopwise
