#include "ExpertsLabSettings.h"

#include "EngineErrorText.h"
#include "LinkReader.h"
#include "Routes.h"

#include <QUrlQuery>

#include <stdexcept>

namespace loopwise {

namespace engine_ns = engine;

namespace {

namespace key {
const QString experts = QStringLiteral("experts");
const QString k = QStringLiteral("k");
const QString balance = QStringLiteral("balance");
const QString balanceWeight = QStringLiteral("balanceWeight");
const QString capacity = QStringLiteral("capacity");
const QString dataset = QStringLiteral("dataset");
const QString hidden = QStringLiteral("hidden");
const QString activation = QStringLiteral("activation");
const QString rate = QStringLiteral("rate");
const QString seed = QStringLiteral("seed");
} // namespace key

QString name(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QStringList ExpertsLabSettings::datasetNames()
{
    QStringList names;
    for (auto kind : {engine_ns::DatasetKind::Circle, engine_ns::DatasetKind::Xor, engine_ns::DatasetKind::Gauss,
                      engine_ns::DatasetKind::Spiral, engine_ns::DatasetKind::Moons, engine_ns::DatasetKind::Blobs3,
                      engine_ns::DatasetKind::Blobs4})
        names.append(name(engine_ns::datasetName(kind)));
    return names;
}

engine::DatasetConfig ExpertsLabSettings::datasetConfig() const
{
    engine_ns::DatasetConfig config;
    config.kind = dataset;
    config.points = 500;
    // The same points whatever the seed: the seed draws the weights and the batches' order,
    // so a preset's figures (tests/engine/test_experts_figures.cpp) are the lab's.
    config.seed = 1;
    return config;
}

QString ExpertsLabSettings::toQuery() const
{
    const ExpertsLabSettings base;
    const engine_ns::MixtureConfig &m = mixture;
    QUrlQuery query;
    if (m.experts != base.mixture.experts)
        query.addQueryItem(key::experts, QString::number(m.experts));
    if (m.topK != base.mixture.topK)
        query.addQueryItem(key::k, QString::number(m.topK));
    if (m.balance != base.mixture.balance)
        query.addQueryItem(key::balance, m.balance ? QStringLiteral("1") : QStringLiteral("0"));
    if (m.balanceWeight != base.mixture.balanceWeight)
        query.addQueryItem(key::balanceWeight, LinkReader::number(m.balanceWeight));
    if (m.capacityFactor != base.mixture.capacityFactor)
        query.addQueryItem(key::capacity, LinkReader::number(m.capacityFactor));
    if (dataset != base.dataset)
        query.addQueryItem(key::dataset, name(engine_ns::datasetName(dataset)));
    if (m.hidden != base.mixture.hidden) {
        QStringList units;
        for (const engine_ns::LayerSpec &layer : m.hidden)
            units.append(QString::number(layer.units));
        query.addQueryItem(key::hidden, units.join(QLatin1Char(',')));
        if (!m.hidden.empty() && m.hidden.front().activation != base.mixture.hidden.front().activation)
            query.addQueryItem(key::activation, name(engine_ns::activationName(m.hidden.front().activation)));
    }
    if (m.learningRate != base.mixture.learningRate)
        query.addQueryItem(key::rate, LinkReader::number(m.learningRate));
    if (m.seed != base.mixture.seed)
        query.addQueryItem(key::seed, QString::number(m.seed));
    return query.toString(QUrl::FullyEncoded);
}

std::optional<ExpertsLabSettings> ExpertsLabSettings::fromQuery(const QString &text, QStringList *problems)
{
    QStringList found;
    LinkReader read(&found);
    QString queryText = text.trimmed();
    if (const qsizetype mark = queryText.indexOf(QLatin1Char('?')); mark >= 0)
        queryText = queryText.mid(mark + 1);
    const QList<std::pair<QString, QString>> items = QUrlQuery(queryText).queryItems(QUrl::FullyDecoded);

    ExpertsLabSettings settings;
    engine_ns::MixtureConfig &m = settings.mixture;
    // A chosen activation and whether one was chosen (not a std::optional: GCC 12 at -O3
    // warns that the optional's value may be read uninitialised).
    engine_ns::Activation activation = engine_ns::Activation::Tanh;
    bool activationChosen = false;
    for (const auto &[key, rawValue] : items) {
        const QString value = rawValue.trimmed();
        if (key == key::experts) {
            if (auto v = read.integer(key, value, 1, engine_ns::kMaxExperts))
                m.experts = static_cast<int>(*v);
        } else if (key == key::k) {
            if (auto v = read.integer(key, value, 1, engine_ns::kMaxExperts))
                m.topK = static_cast<int>(*v);
        } else if (key == key::balance) {
            if (auto v = read.flag(key, value))
                m.balance = *v;
        } else if (key == key::balanceWeight) {
            if (auto v = read.real(key, value, 0.0, engine_ns::kMaxBalanceWeight))
                m.balanceWeight = static_cast<float>(*v);
        } else if (key == key::capacity) {
            if (auto v = read.real(key, value, 0.0, engine_ns::kMaxCapacityFactor))
                m.capacityFactor = static_cast<float>(*v);
        } else if (key == key::dataset) {
            if (!datasetNames().contains(value))
                read.problemNotOneOf(key, datasetNames().join(QStringLiteral(", ")), value);
            else
                settings.dataset = *engine_ns::datasetFromName(value.toStdString());
        } else if (key == key::hidden) {
            const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (parts.isEmpty() || parts.size() > kMaxHiddenLayers) {
                read.problem(tr("hidden must list 1 to %1 layers of units, e.g. \"8,8\", not \"%2\".")
                                 .arg(kMaxHiddenLayers)
                                 .arg(excerpt(value)));
                continue;
            }
            m.hidden.clear();
            for (const QString &part : parts)
                if (auto units = read.integer(key, part.trimmed(), 1, kMaxUnits))
                    m.hidden.push_back({static_cast<int>(*units), engine_ns::Activation::Tanh});
        } else if (key == key::activation) {
            const auto named = read.named<engine_ns::Activation>(
                key, value, engine_ns::activationFromName, QStringLiteral("tanh, sigmoid, relu, leaky-relu, linear"));
            if (named == engine_ns::Activation::Softmax)
                read.problemNotOneOf(key, QStringLiteral("tanh, sigmoid, relu, leaky-relu, linear"), value);
            else if (named) {
                activation = *named;
                activationChosen = true;
            }
        } else if (key == key::rate) {
            if (auto v = read.real(key, value, engine_ns::kMinNetworkLearningRate, 1.0))
                m.learningRate = static_cast<float>(*v);
        } else if (key == key::seed) {
            if (auto v = read.integer(key, value, 1, 1'000'000'000))
                m.seed = static_cast<std::uint64_t>(*v);
        } else {
            read.problem(tr("\"%1\" is not a setting of this lab.").arg(excerpt(key)));
        }
    }
    if (activationChosen)
        for (engine_ns::LayerSpec &layer : m.hidden)
            layer.activation = activation;
    if (found.isEmpty() && m.topK > m.experts)
        read.problem(tr("k must be at most the number of experts (%1), not %2.").arg(m.experts).arg(m.topK));
    if (found.isEmpty()) {
        try {
            engine_ns::checkMixtureConfig(m, engine_ns::makeDataset(settings.datasetConfig()));
        } catch (const std::invalid_argument &error) {
            read.problem(EngineErrorText::of(error));
        }
    }
    if (problems)
        problems->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace loopwise
