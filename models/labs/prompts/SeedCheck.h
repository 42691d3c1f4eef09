#pragma once
// "Check the seed": the same prompt twice with the same seed at a temperature above 0. Two
// different texts: the server ignores the seed. The same text twice: once more with the
// next seed, to tell a server that honours the seed (that text differs) from a prompt whose
// answer does not vary at all (it does not), where the check cannot tell.

#include "Generation.h"
#include "GenerationResult.h"
#include "ModelServerSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace loopwise {

class SeedCheck : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Honoured, Ignored, CannotTell, Failed, Cancelled };
    Q_ENUM(Verdict)

    // The temperature the check runs at: the learner's, or 0.8 when theirs is 0 (at 0 every
    // server answers the same whatever the seed, and the check would prove nothing).
    static double checkTemperature(double temperature) { return temperature > 0 ? temperature : 0.8; }

    SeedCheck(QNetworkAccessManager *network, const ModelServerSettings &settings, const QString &prompt,
              const QString &modelDigest = {}, QObject *parent = nullptr);

    void start();
    void cancel();

    // The verdict in words, naming seeds and temperature.
    QString words(Verdict verdict) const;
    static QString verdictName(Verdict verdict);

Q_SIGNALS:
    void runFinished(int run, int runs);
    // The verdict, its words (for Failed: the failure's sentence) and every run made.
    void finished(loopwise::SeedCheck::Verdict verdict, const QString &words,
                  const QList<loopwise::GenerationResult> &runs);

private:
    void run(int seed);
    void onRun(const GenerationResult &result);
    void conclude(Verdict verdict, const QString &words);

    QNetworkAccessManager *m_network;
    ModelServerSettings m_settings;
    QString m_prompt;
    QString m_digest;
    QPointer<Generation> m_generation;
    QList<GenerationResult> m_runs;
};

} // namespace loopwise
