#include "ModelServer.h"

#include "Generation.h"
#include "ModelList.h"

#include <algorithm>

namespace loopwise {

ModelServer::ModelServer(QObject *parent)
    : QObject(parent)
    , m_baseUrlText(m_settings.baseUrl.toString())
{
    connect(&m_finder, &LocalModelFinder::finished, this, [this](const QList<FoundServer> &servers) {
        m_found = servers;
        Q_EMIT foundServersChanged();
        Q_EMIT busyChanged();
        if (servers.isEmpty()) {
            QStringList ports;
            for (const LocalModelFinder::Probe &probe : m_finder.probes())
                ports.append(QString::number(probe.port));
            //: %1 port numbers, e.g. "11434, 8080, 1234"
            setFailure(tr("No model server answers on this computer's usual ports (%1).")
                           .arg(ports.join(QLatin1String(", "))));
        }
    });
}

ModelServer::~ModelServer()
{
    // Before the network manager goes: each of these stops its request.
    delete m_generation.data();
    delete m_seedCheck.data();
    delete m_listing.data();
}

void ModelServer::changeSettings(const ModelServerSettings &settings, bool textChanged)
{
    if (settings == m_settings && !textChanged)
        return;
    const bool otherServer = settings.baseUrl != m_settings.baseUrl || settings.flavour != m_settings.flavour;
    m_settings = settings;
    Q_EMIT settingsChanged();
    if (otherServer && !m_models.isEmpty()) { // the list was that server's
        m_models.clear();
        Q_EMIT modelsChanged();
    }
}

void ModelServer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) { // nothing more goes to the server
        cancel();
        if (m_listing) {
            delete m_listing.data();
            Q_EMIT busyChanged();
        }
    }
    Q_EMIT settingsChanged();
}

void ModelServer::setFlavour(const QString &flavour)
{
    const auto chosen = flavourFromName(flavour);
    if (!chosen)
        return;
    ModelServerSettings settings = m_settings;
    settings.flavour = *chosen;
    if (m_baseUrlText == defaultBaseUrl(m_settings.flavour)) { // the old default follows the kind of server
        m_baseUrlText = defaultBaseUrl(*chosen);
        settings.baseUrl = QUrl(m_baseUrlText);
    }
    changeSettings(settings);
}

QStringList ModelServer::flavours()
{
    return {flavourName(ServerFlavour::Ollama), flavourName(ServerFlavour::LlamaCpp),
            flavourName(ServerFlavour::OpenAi)};
}

void ModelServer::setBaseUrl(const QString &baseUrl)
{
    const QString text = baseUrl.trimmed();
    if (text == m_baseUrlText)
        return;
    m_baseUrlText = text;
    ModelServerSettings settings = m_settings;
    // "localhost:11434" means http://localhost:11434, not the scheme "localhost".
    settings.baseUrl
        = QUrl(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
    changeSettings(settings, true); // the text may change while the URL does not
}

void ModelServer::setModel(const QString &model)
{
    ModelServerSettings settings = m_settings;
    settings.model = model.trimmed();
    changeSettings(settings);
}

void ModelServer::setSeed(int seed)
{
    ModelServerSettings settings = m_settings;
    settings.seed = std::max(seed, 0);
    changeSettings(settings);
}

void ModelServer::setTemperature(double temperature)
{
    ModelServerSettings settings = m_settings;
    settings.temperature = std::clamp(temperature, 0.0, 2.0);
    changeSettings(settings);
}

void ModelServer::setMaxTokens(int maxTokens)
{
    ModelServerSettings settings = m_settings;
    settings.maxTokens = std::clamp(maxTokens, 1, 8192);
    changeSettings(settings);
}

void ModelServer::setTimeoutMs(int timeoutMs)
{
    ModelServerSettings settings = m_settings;
    settings.timeoutMs = std::clamp(timeoutMs, 100, 600000);
    changeSettings(settings);
}

bool ModelServer::local() const
{
    return addressProblem().isEmpty() && isThisMachine(m_settings.baseUrl.host());
}

QString ModelServer::remoteWarning() const
{
    if (!addressProblem().isEmpty() || local())
        return {};
    //: %1 the host name or address of the model server
    return tr("Prompts you run will leave this device to %1.").arg(m_settings.baseUrl.host());
}

QString ModelServer::addressProblem() const
{
    const QUrl &url = m_settings.baseUrl;
    const QString scheme = url.scheme();
    if (url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return {};
    ServerFailure::Facts facts;
    facts.server = m_baseUrlText;
    return ServerFailure::of(ServerFailure::Kind::BadAddress, facts).message;
}

QVariantList ModelServer::foundServers() const
{
    QVariantList list;
    for (const FoundServer &server : m_found)
        list.append(server.toVariantMap());
    return list;
}

void ModelServer::setFailure(const QString &message, const QString &details)
{
    if (message == m_message && details == m_details)
        return;
    m_message = message;
    m_details = details;
    Q_EMIT messageChanged();
}

bool ModelServer::readyToSend()
{
    ServerFailure::Facts facts;
    if (!m_enabled) {
        setFailure(ServerFailure::of(ServerFailure::Kind::Off, facts).message);
        return false;
    }
    if (const QString problem = addressProblem(); !problem.isEmpty()) {
        setFailure(problem);
        return false;
    }
    setFailure({});
    return true;
}

QString ModelServer::digestOf(const QString &model) const
{
    const auto found
        = std::find_if(m_models.begin(), m_models.end(), [&](const ServerModel &m) { return m.name == model; });
    return found == m_models.end() ? QString() : found->digest;
}

void ModelServer::listModels()
{
    if (!readyToSend())
        return;
    delete m_listing.data();
    auto *request = new ModelListRequest(&m_network, m_settings, this);
    m_listing = request;
    connect(request, &ModelListRequest::listed, this, [this, request](const QList<ServerModel> &models) {
        request->deleteLater();
        m_listing = nullptr;
        m_models = models;
        Q_EMIT modelsChanged();
        Q_EMIT busyChanged();
    });
    connect(request, &ModelListRequest::failed, this, [this, request](const ServerFailure &failure) {
        request->deleteLater();
        m_listing = nullptr;
        setFailure(failure.message, failure.details);
        Q_EMIT busyChanged();
    });
    Q_EMIT busyChanged();
    request->start();
}

void ModelServer::findLocalModels()
{
    if (m_finder.running())
        return;
    setFailure({});
    m_finder.start();
    Q_EMIT busyChanged();
}

void ModelServer::useFoundServer(int index)
{
    if (index < 0 || index >= m_found.size())
        return;
    const FoundServer &server = m_found.at(index);
    ModelServerSettings settings = m_settings;
    settings.flavour = server.flavour;
    settings.baseUrl = server.baseUrl;
    m_baseUrlText = server.baseUrl.toString();
    if (settings.model.isEmpty() && !server.models.isEmpty())
        settings.model = server.models.front().name;
    changeSettings(settings);
    m_models = server.models;
    Q_EMIT modelsChanged();
}

void ModelServer::generate(const QString &prompt)
{
    cancel();
    if (!readyToSend())
        return;
    if (m_settings.model.isEmpty() && m_settings.flavour != ServerFlavour::LlamaCpp) { // llama.cpp runs its one model
        setFailure(ServerFailure::of(ServerFailure::Kind::NoModel, {}).message);
        return;
    }
    m_text.clear();
    Q_EMIT textChanged();
    auto *generation = new Generation(&m_network, m_settings, prompt, digestOf(m_settings.model), this);
    m_generation = generation;
    connect(generation, &Generation::textArrived, this, [this](const QString &piece, const QString &textSoFar) {
        m_text = textSoFar;
        Q_EMIT textChanged();
        Q_EMIT textArrived(piece);
    });
    connect(generation, &Generation::finished, this, [this, generation](const GenerationResult &result) {
        generation->deleteLater();
        if (m_generation == generation)
            m_generation = nullptr;
        m_lastResult = result.toVariantMap();
        if (result.outcome == GenerationResult::Outcome::Failed)
            setFailure(result.failure.message, result.failure.details);
        Q_EMIT resultChanged();
        Q_EMIT busyChanged();
        Q_EMIT generated(m_lastResult);
        Q_EMIT generationFinished(result);
    });
    Q_EMIT busyChanged();
    generation->start();
}

void ModelServer::checkSeed(const QString &prompt)
{
    cancel();
    if (!readyToSend())
        return;
    auto *check = new SeedCheck(&m_network, m_settings, prompt, digestOf(m_settings.model), this);
    m_seedCheck = check;
    connect(check, &SeedCheck::finished, this,
            [this, check](SeedCheck::Verdict verdict, const QString &words, const QList<GenerationResult> &runs) {
                check->deleteLater();
                if (m_seedCheck == check)
                    m_seedCheck = nullptr;
                m_seedVerdict = SeedCheck::verdictName(verdict);
                m_seedWords = words;
                if (verdict == SeedCheck::Verdict::Failed)
                    setFailure(words, runs.back().failure.details);
                Q_EMIT seedCheckedChanged();
                Q_EMIT busyChanged();
            });
    Q_EMIT busyChanged();
    check->start();
}

void ModelServer::cancel()
{
    if (m_generation)
        m_generation->cancel();
    if (m_seedCheck)
        m_seedCheck->cancel();
}

} // namespace loopwise
