#pragma once
// The prompts lab's local model server, as QML sees it: its settings (off until the learner
// turns it on), the warning when the address is not this machine, the server's model list,
// "find local models", a streamed and cancellable generate with provenance, and the seed
// check. Everything runs on QNetworkAccessManager's signals: no call ever waits.

#include "Generation.h"
#include "GenerationResult.h"
#include "LocalModelFinder.h"
#include "ModelList.h"
#include "ModelServerSettings.h"
#include "SeedCheck.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class ModelServer : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // Settings. `enabled` is the learner's switch; the lab stores it with the others.
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString flavour READ flavour WRITE setFlavour NOTIFY settingsChanged) // ollama | llamacpp | openai
    Q_PROPERTY(QStringList flavours READ flavours CONSTANT)
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY settingsChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY settingsChanged)
    Q_PROPERTY(int seed READ seed WRITE setSeed NOTIFY settingsChanged)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY settingsChanged) // 0–2
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY settingsChanged) // 1–8192
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY settingsChanged) // 100 ms–10 min
    // Where prompts go.
    Q_PROPERTY(bool local READ local NOTIFY settingsChanged)
    Q_PROPERTY(QString remoteWarning READ remoteWarning NOTIFY settingsChanged)
    Q_PROPERTY(QString addressProblem READ addressProblem NOTIFY settingsChanged)
    // The server's models ({name, digest, size} each), and local servers found.
    Q_PROPERTY(QVariantList models READ models NOTIFY modelsChanged)
    Q_PROPERTY(bool listing READ listing NOTIFY busyChanged)
    Q_PROPERTY(QVariantList foundServers READ foundServers NOTIFY foundServersChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY busyChanged)
    // The running or last generation, and the seed check.
    Q_PROPERTY(bool generating READ generating NOTIFY busyChanged)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(QVariantMap lastResult READ lastResult NOTIFY resultChanged)
    Q_PROPERTY(bool checkingSeed READ checkingSeed NOTIFY busyChanged)
    Q_PROPERTY(QString seedVerdict READ seedVerdict NOTIFY
                   seedCheckedChanged) // honoured | ignored | cannot-tell | failed | cancelled
    Q_PROPERTY(QString seedWords READ seedWords NOTIFY seedCheckedChanged)
    // The last failure: one sentence, and the technical details apart.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString details READ details NOTIFY messageChanged)

public:
    explicit ModelServer(QObject *parent = nullptr);
    ~ModelServer() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    QString flavour() const { return flavourName(m_settings.flavour); }
    void setFlavour(const QString &flavour);
    static QStringList flavours();
    QString baseUrl() const { return m_baseUrlText; }
    void setBaseUrl(const QString &baseUrl);
    QString model() const { return m_settings.model; }
    void setModel(const QString &model);
    int seed() const { return m_settings.seed; }
    void setSeed(int seed);
    double temperature() const { return m_settings.temperature; }
    void setTemperature(double temperature);
    int maxTokens() const { return m_settings.maxTokens; }
    void setMaxTokens(int maxTokens);
    int timeoutMs() const { return m_settings.timeoutMs; }
    void setTimeoutMs(int timeoutMs);

    bool local() const;
    QString remoteWarning() const;
    QString addressProblem() const;

    QVariantList models() const { return modelsToVariantList(m_models); }
    bool listing() const { return m_listing != nullptr; }
    QVariantList foundServers() const;
    bool searching() const { return m_finder.running(); }
    bool generating() const { return m_generation != nullptr; }
    QString text() const { return m_text; }
    QVariantMap lastResult() const { return m_lastResult; }
    bool checkingSeed() const { return m_seedCheck != nullptr; }
    QString seedVerdict() const { return m_seedVerdict; }
    QString seedWords() const { return m_seedWords; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }

    const ModelServerSettings &settings() const { return m_settings; }
    // Tests: the whole-reply cap, and the ports "find local models" asks.
    void setMaxDurationMs(int ms) { m_settings.maxDurationMs = ms; }
    void setProbes(const QList<LocalModelFinder::Probe> &probes) { m_finder.setProbes(probes); }

    // Asks the server for its models; `models` follows, or `message`.
    Q_INVOKABLE void listModels();
    // Asks this machine's usual ports, only now; `foundServers` follows.
    Q_INVOKABLE void findLocalModels();
    // Takes a found server's flavour and address (and its first model if none is chosen).
    Q_INVOKABLE void useFoundServer(int index);
    // Sends one prompt; `text` grows as the reply streams, `generated` and `lastResult` follow.
    Q_INVOKABLE void generate(const QString &prompt);
    // The seed check on this prompt; `seedWords` follows.
    Q_INVOKABLE void checkSeed(const QString &prompt);
    // Stops a generation or a seed check.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void settingsChanged();
    void modelsChanged();
    void foundServersChanged();
    void busyChanged();
    void textChanged();
    void resultChanged();
    void seedCheckedChanged();
    void messageChanged();
    void textArrived(const QString &piece);
    void generated(const QVariantMap &result);
    void generationFinished(const loopwise::GenerationResult &result);

private:
    bool readyToSend();
    QString digestOf(const QString &model) const;
    void setFailure(const QString &message, const QString &details = {});
    // Takes the settings and says so; the model list goes when the server changes.
    void changeSettings(const ModelServerSettings &settings, bool textChanged = false);

    QNetworkAccessManager m_network;
    ModelServerSettings m_settings;
    QString m_baseUrlText; // as the learner typed it
    bool m_enabled = false;
    QList<ServerModel> m_models;
    QList<FoundServer> m_found;
    LocalModelFinder m_finder{&m_network};
    QPointer<ModelListRequest> m_listing;
    QPointer<Generation> m_generation;
    QPointer<SeedCheck> m_seedCheck;
    QString m_text;
    QVariantMap m_lastResult;
    QString m_seedVerdict;
    QString m_seedWords;
    QString m_message;
    QString m_details;
};

} // namespace loopwise
