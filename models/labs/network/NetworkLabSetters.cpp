// NetworkLab: what each of the lab's controls writes (data, features, layers, training
// settings, stop conditions, speed) and the choices each control offers.

#include "NetworkLab.h"

#include "NetworkExplanations.h"

#include "loopwise/engine/parameter_count.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace {

QString fromView(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

template<typename Enum, typename FromName>
std::optional<Enum> parseName(const QString &name, FromName fromName)
{
    const QByteArray latin = name.toLatin1();
    return fromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
}

// Rates are kept as floats (the engine's type); shown and compared as the decimals chosen.
double decimal(float value)
{
    return QString::number(static_cast<double>(value), 'g', 6).toDouble();
}

// [{id: rate, label}]: "0.003" (or "0,003") with as many decimals as the rate needs, "10", "0".
QVariantList rateChoices(const std::vector<float> &rates)
{
    const QLocale locale;
    QVariantList list;
    for (float rate : rates) {
        const double value = decimal(rate);
        const int decimals = value > 0 ? std::max(0, static_cast<int>(std::ceil(-std::log10(value)))) : 0;
        list.append(QVariantMap{{QStringLiteral("id"), value},
                                {QStringLiteral("label"), locale.toString(value, 'f', decimals)}});
    }
    return list;
}

// The settings with one field changed: what every setter of a trained setting sends.
template<typename Field, typename Value>
NetworkLabSettings changed(const NetworkLabSettings &settings, Field NetworkLabSettings::*field, Value value)
{
    NetworkLabSettings next = settings;
    next.*field = value;
    return next;
}

// Sets a setting that is only shown (not trained); false when it already had that value.
template<typename Field, typename Value>
bool assign(NetworkLabSettings &settings, Field NetworkLabSettings::*field, Value value)
{
    if (settings.*field == value)
        return false;
    settings.*field = value;
    return true;
}

} // namespace

void NetworkLab::setDataset(const QString &name)
{
    if (!networkDatasetNames().contains(name) || name == m_settings.dataset)
        return;
    NetworkLabSettings next = m_settings;
    next.dataset = name;
    if (next.isCustom() && next.customPoints.empty()) {
        // Start the learner's own set from the points on the canvas.
        for (const auto *split : {&m_data.train, &m_data.validation, &m_data.test})
            next.customPoints.insert(next.customPoints.end(), split->begin(), split->end());
        if (m_settings.isRegression())
            next.customPoints.clear();
    }
    if (next.isCustom() && next.customPoints.empty()) {
        setMessage(tr("Your own points need a classification set to start from: choose one, then add points."));
        return;
    }
    changeSettings(next, false);
}

void NetworkLab::setRegression(bool regression)
{
    if (regression != this->regression())
        setDataset(regression ? QStringLiteral("plane") : QStringLiteral("circle"));
}

void NetworkLab::setNoise(int percent)
{
    changeSettings(changed(m_settings, &NetworkLabSettings::noisePercent, std::clamp(percent, 0, 50)), false);
}

void NetworkLab::setTrainRatio(int percent)
{
    changeSettings(changed(m_settings, &NetworkLabSettings::trainPercent, std::clamp(percent, 10, 90)), false);
}

void NetworkLab::setBatchSize(int size)
{
    changeSettings(changed(m_settings, &NetworkLabSettings::batchSize, std::clamp(size, 1, 30)), true);
}

QStringList NetworkLab::features() const
{
    QStringList names;
    for (engine::Feature feature : m_settings.features)
        names.append(fromView(engine::featureName(feature)));
    return names;
}

QStringList NetworkLab::featureLabels() const
{
    QStringList labels;
    for (engine::Feature feature : m_settings.features)
        labels.append(networkFeatureLabel(feature));
    return labels;
}

QVariantList NetworkLab::layers() const
{
    QVariantList list;
    for (size_t i = 0; i < m_settings.hidden.size(); ++i) {
        const engine::LayerSpec &layer = m_settings.hidden[i];
        list.append(QVariantMap{{QStringLiteral("units"), layer.units},
                                {QStringLiteral("activation"), fromView(engine::activationName(layer.activation))},
                                {QStringLiteral("canAddNeuron"), canAddNeuron(static_cast<int>(i))}});
    }
    return list;
}

bool NetworkLab::canAddLayer() const
{
    return m_settings.hidden.size() < NetworkLabSettings::kMaxHiddenLayers;
}

bool NetworkLab::canAddNeuron(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_settings.hidden.size())
        && m_settings.hidden[static_cast<size_t>(layer)].units < NetworkLabSettings::kMaxUnits;
}

QVariantList NetworkLab::layerSizes() const
{
    QVariantList sizes{static_cast<int>(m_settings.features.size())};
    for (const engine::LayerSpec &layer : m_settings.hidden)
        sizes.append(layer.units);
    const int classCount = m_settings.classes();
    sizes.append(classCount > 2 ? classCount : 1);
    return sizes;
}

namespace {

engine::ParameterCount countParameters(const QVariantList &layerSizes)
{
    engine::NetworkConfig shape;
    shape.inputs = layerSizes.constFirst().toInt();
    for (qsizetype i = 1; i < layerSizes.size(); ++i)
        shape.layers.push_back({layerSizes.at(i).toInt(), engine::Activation::Tanh});
    return engine::parameterCount(shape);
}

} // namespace

int NetworkLab::parameterCount() const
{
    return static_cast<int>(countParameters(layerSizes()).total());
}

QString NetworkLab::parameterText() const
{
    const engine::ParameterCount count = countParameters(layerSizes());
    //: %n all numbers training learns; %1 of them weights (one per connection), %2 biases (one per neuron)
    return tr("%n parameters to learn (weights: %1, biases: %2)", nullptr, static_cast<int>(count.total()))
        .arg(count.weights)
        .arg(count.biases);
}

double NetworkLab::learningRate() const
{
    return decimal(m_settings.learningRate);
}

double NetworkLab::regularizationRate() const
{
    return decimal(m_settings.regularizationRate);
}

void NetworkLab::setLearningRate(double rate)
{
    const auto clamped
        = static_cast<float>(std::clamp(rate, engine::kMinNetworkLearningRate, engine::kMaxNetworkLearningRate));
    changeSettings(changed(m_settings, &NetworkLabSettings::learningRate, clamped), true);
}

QString NetworkLab::regularization() const
{
    return fromView(engine::regularizationName(m_settings.regularization));
}

void NetworkLab::setRegularization(const QString &name)
{
    const auto kind = parseName<engine::Regularization>(name, engine::regularizationFromName);
    if (kind)
        changeSettings(changed(m_settings, &NetworkLabSettings::regularization, *kind), true);
}

void NetworkLab::setRegularizationRate(double rate)
{
    const auto clamped = static_cast<float>(std::clamp(rate, 0.0, engine::kMaxNetworkRegularizationRate));
    changeSettings(changed(m_settings, &NetworkLabSettings::regularizationRate, clamped), true);
}

QString NetworkLab::optimizer() const
{
    return fromView(engine::optimizerName(m_settings.optimizer));
}

void NetworkLab::setOptimizer(const QString &name)
{
    const auto kind = parseName<engine::OptimizerKind>(name, engine::optimizerFromName);
    if (kind)
        changeSettings(changed(m_settings, &NetworkLabSettings::optimizer, *kind), true);
}

void NetworkLab::setCrossEntropy(bool on)
{
    changeSettings(changed(m_settings, &NetworkLabSettings::crossEntropy, on), true);
}

void NetworkLab::setShowTestData(bool on)
{
    if (assign(m_settings, &NetworkLabSettings::showTestData, on))
        Q_EMIT settingsChanged();
}

void NetworkLab::setDiscretize(bool on)
{
    if (!assign(m_settings, &NetworkLabSettings::discretize, on))
        return;
    sendView();
    Q_EMIT settingsChanged();
}

void NetworkLab::setEpochLimit(int epochs)
{
    if (!assign(m_settings, &NetworkLabSettings::epochLimit, static_cast<long>(std::max(0, epochs))))
        return;
    sendStops();
    Q_EMIT settingsChanged();
}

void NetworkLab::setTargetLoss(double loss)
{
    if (!assign(m_settings, &NetworkLabSettings::targetLoss, std::isfinite(loss) ? std::max(0.0, loss) : 0.0))
        return;
    sendStops();
    Q_EMIT settingsChanged();
}

void NetworkLab::setGridSide(int side)
{
    side = std::clamp(side, 8, 400);
    if (side == m_gridSide)
        return;
    m_gridSide = side;
    sendView();
    Q_EMIT gridSideChanged();
}

void NetworkLab::toggleFeature(const QString &name)
{
    const auto feature = parseName<engine::Feature>(name, engine::featureFromName);
    if (!feature)
        return;
    NetworkLabSettings next = m_settings;
    const auto found = std::find(next.features.begin(), next.features.end(), *feature);
    if (found != next.features.end()) {
        if (next.features.size() == 1) {
            setMessage(tr("The network needs at least one input."));
            return;
        }
        next.features.erase(found);
    } else {
        // Keep Playground's order of the inputs, whatever order they are switched on in.
        next.features.push_back(*feature);
        std::sort(next.features.begin(), next.features.end());
    }
    changeSettings(next, false);
}

void NetworkLab::addLayer()
{
    if (!canAddLayer())
        return;
    NetworkLabSettings next = m_settings;
    const engine::Activation activation
        = next.hidden.empty() ? engine::Activation::Tanh : next.hidden.back().activation;
    next.hidden.push_back({2, activation});
    changeSettings(next, false);
}

void NetworkLab::removeLayer()
{
    if (m_settings.hidden.empty())
        return;
    NetworkLabSettings next = m_settings;
    next.hidden.pop_back();
    changeSettings(next, false);
}

void NetworkLab::addNeuron(int layer)
{
    if (!canAddNeuron(layer))
        return;
    NetworkLabSettings next = m_settings;
    ++next.hidden[static_cast<size_t>(layer)].units;
    changeSettings(next, false);
}

void NetworkLab::removeNeuron(int layer)
{
    if (layer < 0 || layer >= static_cast<int>(m_settings.hidden.size())
        || m_settings.hidden[static_cast<size_t>(layer)].units <= 1)
        return;
    NetworkLabSettings next = m_settings;
    --next.hidden[static_cast<size_t>(layer)].units;
    changeSettings(next, false);
}

void NetworkLab::setActivation(int layer, const QString &name)
{
    const auto activation = parseName<engine::Activation>(name, engine::activationFromName);
    if (!activation || *activation == engine::Activation::Softmax || layer < 0
        || layer >= static_cast<int>(m_settings.hidden.size()))
        return;
    NetworkLabSettings next = m_settings;
    next.hidden[static_cast<size_t>(layer)].activation = *activation;
    changeSettings(next, false);
}

void NetworkLab::setAllActivations(const QString &name)
{
    const auto activation = parseName<engine::Activation>(name, engine::activationFromName);
    if (!activation || *activation == engine::Activation::Softmax)
        return;
    NetworkLabSettings next = m_settings;
    for (engine::LayerSpec &layer : next.hidden)
        layer.activation = *activation;
    changeSettings(next, false);
}

// --- choices --------------------------------------------------------------------------

QVariantList NetworkLab::datasetChoices() const
{
    return networkDatasetChoices();
}

QVariantList NetworkLab::featureChoices() const
{
    QVariantList list;
    for (const NetworkFeature &row : networkFeatures())
        if (row.offered)
            list.append(QVariantMap{{QStringLiteral("id"), row.id}, {QStringLiteral("label"), row.label}});
    return list;
}

QVariantList NetworkLab::activationChoices() const
{
    return networkActivationChoices();
}

QVariantList NetworkLab::optimizerChoices() const
{
    return networkOptimizerChoices();
}

QVariantList NetworkLab::learningRates() const
{
    return rateChoices(networkLearningRates());
}

QVariantList NetworkLab::regularizationRates() const
{
    return rateChoices(networkRegularizationRates());
}

QVariantList NetworkLab::predictionChoices() const
{
    return networkPredictionChoices();
}

} // namespace loopwise
