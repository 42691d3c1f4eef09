#include "NetworkLabSettings.h"

#include "EngineErrorText.h"
#include "LinkReader.h"
#include "Routes.h"

#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

namespace loopwise {

namespace engine_ns = loopwise::engine;
using engine_ns::Activation;

namespace {

QString fromView(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

// The name of each key of the link, in the order it is written.
namespace key {
const QString dataset = QStringLiteral("dataset");
const QString noise = QStringLiteral("noise");
const QString train = QStringLiteral("train");
const QString batch = QStringLiteral("batch");
const QString features = QStringLiteral("features");
const QString hidden = QStringLiteral("hidden");
const QString activation = QStringLiteral("activation");
const QString lr = QStringLiteral("lr");
const QString reg = QStringLiteral("reg");
const QString regRate = QStringLiteral("regRate");
const QString optimizer = QStringLiteral("optimizer");
const QString loss = QStringLiteral("loss");
const QString seed = QStringLiteral("seed");
const QString showTest = QStringLiteral("showTest");
const QString discretize = QStringLiteral("discretize");
const QString epochLimit = QStringLiteral("epochLimit");
const QString targetLoss = QStringLiteral("targetLoss");
const QString points = QStringLiteral("points");
} // namespace key

QString hiddenActivations(const std::vector<engine_ns::LayerSpec> &hidden)
{
    QStringList names;
    for (const engine_ns::LayerSpec &layer : hidden)
        names.append(fromView(engine_ns::activationName(layer.activation)));
    // One name when every layer agrees keeps the link short.
    names.removeDuplicates();
    if (names.size() == 1)
        return names.constFirst();
    names.clear();
    for (const engine_ns::LayerSpec &layer : hidden)
        names.append(fromView(engine_ns::activationName(layer.activation)));
    return names.join(QLatin1Char(','));
}

// Every feature a link may name: "x1, x2, ..., cosx2".
QString featureIds()
{
    QStringList ids;
    for (const NetworkFeature &row : networkFeatures())
        ids.append(row.id);
    return ids.join(QStringLiteral(", "));
}

const QString kActivationChoices = QStringLiteral("tanh, sigmoid, relu, leaky-relu, linear");

} // namespace

const std::vector<NetworkFeature> &networkFeatures()
{
    using engine_ns::Feature;
    static const std::vector<NetworkFeature> table = [] {
        const QList<std::tuple<Feature, QString, bool>> rows{
            {Feature::X1, QStringLiteral("x₁"), true},         {Feature::X2, QStringLiteral("x₂"), true},
            {Feature::X1Squared, QStringLiteral("x₁²"), true}, {Feature::X2Squared, QStringLiteral("x₂²"), true},
            {Feature::X1X2, QStringLiteral("x₁x₂"), true},     {Feature::SinX1, QStringLiteral("sin x₁"), true},
            {Feature::SinX2, QStringLiteral("sin x₂"), true},  {Feature::CosX1, QStringLiteral("cos x₁"), false},
            {Feature::CosX2, QStringLiteral("cos x₂"), false}};
        std::vector<NetworkFeature> features;
        for (const auto &[feature, label, offered] : rows)
            features.push_back({feature, fromView(engine_ns::featureName(feature)), label, offered});
        return features;
    }();
    return table;
}

QString networkFeatureLabel(engine_ns::Feature feature)
{
    for (const NetworkFeature &row : networkFeatures())
        if (row.feature == feature)
            return row.label;
    return fromView(engine_ns::featureName(feature));
}

const std::vector<float> &networkLearningRates()
{
    static const std::vector<float> rates{0.00001f, 0.0001f, 0.001f, 0.003f, 0.01f, 0.03f,
                                          0.1f,     0.3f,    1.0f,   3.0f,   10.0f};
    return rates;
}

const std::vector<float> &networkRegularizationRates()
{
    static const std::vector<float> rates{0.0f, 0.001f, 0.003f, 0.01f, 0.03f, 0.1f, 0.3f, 1.0f, 3.0f, 10.0f};
    return rates;
}

QStringList networkDatasetNames()
{
    return {QStringLiteral("circle"), QStringLiteral("xor"),   QStringLiteral("gauss"),
            QStringLiteral("spiral"), QStringLiteral("moons"), QStringLiteral("blobs3"),
            QStringLiteral("blobs4"), QStringLiteral("plane"), QStringLiteral("regress-gauss"),
            QStringLiteral("custom")};
}

bool NetworkLabSettings::isRegression() const
{
    if (isCustom())
        return false;
    const QByteArray name = dataset.toLatin1();
    const auto kind = engine_ns::datasetFromName(std::string_view(name.constData(), static_cast<size_t>(name.size())));
    return kind && engine_ns::datasetTask(*kind) == engine_ns::Task::Regression;
}

int NetworkLabSettings::classes() const
{
    if (isCustom()) {
        int highest = 1;
        for (const engine_ns::Point &point : customPoints)
            highest = std::max(highest, static_cast<int>(point.label));
        return highest + 1;
    }
    const QByteArray name = dataset.toLatin1();
    const auto kind = engine_ns::datasetFromName(std::string_view(name.constData(), static_cast<size_t>(name.size())));
    return kind ? engine_ns::datasetClasses(*kind) : 2;
}

QString NetworkLabSettings::toQuery() const
{
    const NetworkLabSettings defaults;
    QUrlQuery query;
    query.addQueryItem(key::dataset, dataset);
    if (noisePercent != defaults.noisePercent)
        query.addQueryItem(key::noise, QString::number(noisePercent));
    if (trainPercent != defaults.trainPercent)
        query.addQueryItem(key::train, QString::number(trainPercent));
    if (batchSize != defaults.batchSize)
        query.addQueryItem(key::batch, QString::number(batchSize));
    if (features != defaults.features) {
        QStringList names;
        for (engine_ns::Feature feature : features)
            names.append(fromView(engine_ns::featureName(feature)));
        query.addQueryItem(key::features, names.join(QLatin1Char(',')));
    }
    QStringList units;
    for (const engine_ns::LayerSpec &layer : hidden)
        units.append(QString::number(layer.units));
    query.addQueryItem(key::hidden, hidden.empty() ? QStringLiteral("none") : units.join(QLatin1Char(',')));
    if (!hidden.empty())
        query.addQueryItem(key::activation, hiddenActivations(hidden));
    query.addQueryItem(key::lr, LinkReader::number(learningRate));
    if (regularization != defaults.regularization) {
        query.addQueryItem(key::reg, fromView(engine_ns::regularizationName(regularization)));
        query.addQueryItem(key::regRate, LinkReader::number(regularizationRate));
    }
    if (optimizer != defaults.optimizer)
        query.addQueryItem(key::optimizer, fromView(engine_ns::optimizerName(optimizer)));
    if (crossEntropy)
        query.addQueryItem(key::loss, QStringLiteral("cross-entropy"));
    if (seed != defaults.seed)
        query.addQueryItem(key::seed, QString::number(seed));
    if (showTestData)
        query.addQueryItem(key::showTest, QStringLiteral("1"));
    if (discretize)
        query.addQueryItem(key::discretize, QStringLiteral("1"));
    if (epochLimit > 0)
        query.addQueryItem(key::epochLimit, QString::number(epochLimit));
    if (targetLoss > 0)
        query.addQueryItem(key::targetLoss, LinkReader::number(targetLoss));
    if (isCustom()) {
        QStringList encoded;
        for (const engine_ns::Point &point : customPoints)
            encoded.append(QStringLiteral("%1:%2:%3")
                               .arg(LinkReader::number(std::round(point.x1 * 100) / 100),
                                    LinkReader::number(std::round(point.x2 * 100) / 100))
                               .arg(static_cast<int>(point.label)));
        query.addQueryItem(key::points, encoded.join(QLatin1Char(';')));
    }
    return query.toString(QUrl::FullyEncoded);
}

std::optional<NetworkLabSettings> NetworkLabSettings::fromQuery(const QString &text, QStringList *problems)
{
    QStringList found;
    LinkReader read(&found);
    NetworkLabSettings settings;
    // A whole link ("lab/network?...") is as welcome as its query.
    QString queryText = text.trimmed();
    if (const qsizetype mark = queryText.indexOf(QLatin1Char('?')); mark >= 0)
        queryText = queryText.mid(mark + 1);
    const QUrlQuery query(queryText);
    QString activations;
    for (const auto &[name, encodedValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = encodedValue.trimmed();
        if (name == key::dataset) {
            if (networkDatasetNames().contains(value))
                settings.dataset = value;
            else
                read.problem(tr("dataset must be one of %1, not \"%2\".")
                                 .arg(networkDatasetNames().join(QStringLiteral(", ")), excerpt(value)));
        } else if (name == key::noise) {
            if (auto v = read.integer(name, value, 0, 50))
                settings.noisePercent = static_cast<int>(*v);
        } else if (name == key::train) {
            if (auto v = read.integer(name, value, 10, 90))
                settings.trainPercent = static_cast<int>(*v);
        } else if (name == key::batch) {
            if (auto v = read.integer(name, value, 1, 30))
                settings.batchSize = static_cast<int>(*v);
        } else if (name == key::features) {
            engine_ns::FeatureSet chosen;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto feature
                    = read.named<engine_ns::Feature>(name, part.trimmed(), engine_ns::featureFromName, featureIds());
                if (feature && std::find(chosen.begin(), chosen.end(), *feature) == chosen.end())
                    chosen.push_back(*feature);
            }
            if (chosen.empty())
                read.problem(tr("features must name at least one input."));
            else
                settings.features = chosen;
        } else if (name == key::hidden) {
            settings.hidden.clear();
            if (value != QLatin1String("none") && !value.isEmpty()) {
                const QStringList parts = value.split(QLatin1Char(','));
                if (parts.size() > kMaxHiddenLayers)
                    read.problem(tr("hidden may list at most %1 layers.").arg(kMaxHiddenLayers));
                for (const QString &part : parts)
                    if (auto units = read.integer(name, part.trimmed(), 1, kMaxUnits))
                        settings.hidden.push_back({static_cast<int>(*units), Activation::Tanh});
            }
        } else if (name == key::activation) {
            activations = value;
        } else if (name == key::lr) {
            if (auto v = read.real(name, value, engine_ns::kMinNetworkLearningRate, engine_ns::kMaxNetworkLearningRate))
                settings.learningRate = static_cast<float>(*v);
        } else if (name == key::reg) {
            if (auto v = read.named<engine_ns::Regularization>(name, value, engine_ns::regularizationFromName,
                                                               QStringLiteral("none, l1, l2")))
                settings.regularization = *v;
        } else if (name == key::regRate) {
            if (auto v = read.real(name, value, 0, engine_ns::kMaxNetworkRegularizationRate))
                settings.regularizationRate = static_cast<float>(*v);
        } else if (name == key::optimizer) {
            if (auto v = read.named<engine_ns::OptimizerKind>(name, value, engine_ns::optimizerFromName,
                                                              QStringLiteral("sgd, momentum, adam")))
                settings.optimizer = *v;
        } else if (name == key::loss) {
            if (value == QLatin1String("cross-entropy") || value == QLatin1String("squared"))
                settings.crossEntropy = value == QLatin1String("cross-entropy");
            else
                read.problem(tr("loss must be squared or cross-entropy, not \"%1\".").arg(excerpt(value)));
        } else if (name == key::seed) {
            if (auto v = read.integer(name, value, 0, 1'000'000'000))
                settings.seed = static_cast<std::uint64_t>(*v);
        } else if (name == key::showTest) {
            if (auto v = read.flag(name, value))
                settings.showTestData = *v;
        } else if (name == key::discretize) {
            if (auto v = read.flag(name, value))
                settings.discretize = *v;
        } else if (name == key::epochLimit) {
            if (auto v = read.integer(name, value, 0, 1'000'000'000))
                settings.epochLimit = static_cast<long>(*v);
        } else if (name == key::targetLoss) {
            if (auto v = read.real(name, value, 0, 1000))
                settings.targetLoss = *v;
        } else if (name == key::points) {
            for (const QString &entry : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QStringList parts = entry.split(QLatin1Char(':'));
                bool okX = false, okY = false, okClass = false;
                const double x = parts.value(0).toDouble(&okX);
                const double y = parts.value(1).toDouble(&okY);
                const int label = parts.value(2).toInt(&okClass);
                if (parts.size() != 3 || !okX || !okY || !okClass || std::abs(x) > 6 || std::abs(y) > 6 || label < 0
                    || label > 3) {
                    read.problem(tr("points: \"%1\" is not x:y:class with x and y from -6 to 6 and class 0 to 3.")
                                     .arg(excerpt(entry)));
                    break;
                }
                settings.customPoints.push_back(
                    {static_cast<float>(x), static_cast<float>(y), static_cast<float>(label)});
            }
            if (settings.customPoints.size() > static_cast<size_t>(kMaxCustomPoints))
                read.problem(tr("points may hold at most %1 points.").arg(kMaxCustomPoints));
        } else {
            read.problem(tr("\"%1\" is not a setting of this lab.").arg(excerpt(name)));
        }
    }
    if (!activations.isEmpty()) {
        const QStringList names = activations.split(QLatin1Char(','));
        if (names.size() != 1 && names.size() != static_cast<qsizetype>(settings.hidden.size()))
            read.problem(tr("activation must name one activation, or one per hidden layer."));
        for (size_t i = 0; i < settings.hidden.size() && names.size() > 0; ++i) {
            const QString name = names.size() == 1 ? names.constFirst() : names.value(static_cast<qsizetype>(i));
            const auto activation = read.named<Activation>(key::activation, name.trimmed(),
                                                           engine_ns::activationFromName, kActivationChoices);
            if (activation && *activation == Activation::Softmax)
                read.problem(tr("activation must be one of %1, not \"softmax\".").arg(kActivationChoices));
            else if (activation)
                settings.hidden[i].activation = *activation;
            if (names.size() == 1 && !activation)
                break;
        }
    }
    if (settings.isCustom() && settings.customPoints.empty())
        read.problem(tr("dataset=custom needs points."));
    // Values that are fine alone but that the engine cannot train together (one custom point).
    if (found.isEmpty()) {
        try {
            const engine_ns::Dataset data = settings.makeDataset();
            engine_ns::checkTrainerConfig(settings.trainerConfig(data), data);
        } catch (const std::invalid_argument &error) {
            //: %1 is the training engine's reason, a whole sentence
            read.problem(tr("These settings cannot be trained: %1").arg(EngineErrorText::of(error)));
        }
    }
    if (problems)
        problems->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return settings;
}

engine::Dataset NetworkLabSettings::makeDataset() const
{
    const engine_ns::SplitConfig split{trainPercent / 100.0, 0.0};
    if (isCustom()) {
        engine_ns::Dataset data = engine_ns::makeDataset(customPoints, engine_ns::Task::Classification, split, seed);
        // The canvas the learner taps on stays put, wherever the points are.
        data.extent = engine_ns::Extent{};
        return data;
    }
    const QByteArray name = dataset.toLatin1();
    engine_ns::DatasetConfig config;
    config.kind = engine_ns::datasetFromName(std::string_view(name.constData(), static_cast<size_t>(name.size())))
                      .value_or(engine_ns::DatasetKind::Circle);
    config.points = kPoints;
    config.noise = noisePercent / 100.0;
    config.split = split;
    config.seed = seed;
    return engine_ns::makeDataset(config);
}

engine::TrainerConfig NetworkLabSettings::trainerConfig(const engine::Dataset &data) const
{
    engine_ns::TrainerConfig config;
    config.features = features;
    config.hidden = hidden;
    config.optimizer.kind = optimizer;
    config.optimizer.learningRate = learningRate;
    config.optimizer.regularization = regularization;
    config.optimizer.regularizationRate = regularization == engine_ns::Regularization::None ? 0.0f : regularizationRate;
    config.batchSize = batchSize;
    config.seed = seed;
    const int classCount = classes();
    if (isRegression()) {
        config.loss = engine_ns::LossKind::SquaredError;
    } else if (classCount > 2) {
        config.loss = engine_ns::LossKind::CategoricalCrossEntropy;
    } else {
        config.loss = crossEntropy ? engine_ns::LossKind::BinaryCrossEntropy : engine_ns::LossKind::SquaredError;
    }
    // Like for like with Playground whenever the learner's choices are Playground's own.
    const bool playgroundLike = config.loss == engine_ns::LossKind::SquaredError
        && optimizer == engine_ns::OptimizerKind::Sgd && static_cast<size_t>(batchSize) <= data.train.size();
    config.protocol = playgroundLike ? engine_ns::Protocol::Playground : engine_ns::Protocol::Standard;
    config.init = engine_ns::WeightInit::Playground;
    return config;
}

} // namespace loopwise
