#pragma once
// What the prompts lab sends to a local model server with: which kind of server, where,
// which model and how to sample. Plain data; ModelServer is the QML face of it.

#include <QString>
#include <QUrl>

#include <optional>

namespace loopwise {

// The three server dialects the lab speaks.
enum class ServerFlavour { Ollama, LlamaCpp, OpenAi };

// "ollama", "llamacpp", "openai": the names QML and links use.
QString flavourName(ServerFlavour flavour);
std::optional<ServerFlavour> flavourFromName(const QString &name);
// The port the flavour's usual server listens on (Ollama 11434, llama.cpp 8080, LM Studio 1234).
int defaultPort(ServerFlavour flavour);
// http://localhost:<default port>
QString defaultBaseUrl(ServerFlavour flavour);

// True for a host that is this machine: localhost (and *.localhost), 127.0.0.0/8 and ::1.
// Prompts sent to any other host leave the device.
bool isThisMachine(const QString &host);

struct ModelServerSettings
{
    ServerFlavour flavour = ServerFlavour::Ollama;
    QUrl baseUrl = QUrl(defaultBaseUrl(ServerFlavour::Ollama));
    QString model;
    int seed = 42;
    double temperature = 0.8;
    int maxTokens = 256;
    int timeoutMs = 30000; // for the first byte, and again between two chunks
    int maxDurationMs = 300000; // a whole reply; past it the reply counts as endless

    // The base URL with a path appended ("/api/generate"), keeping any path prefix it has.
    QUrl endpoint(const QString &path) const;

    friend bool operator==(const ModelServerSettings &, const ModelServerSettings &) = default;
};

} // namespace loopwise
