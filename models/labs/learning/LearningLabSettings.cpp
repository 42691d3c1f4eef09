#include "LearningLabSettings.h"

#include "EngineErrorText.h"
#include "LinkReader.h"
#include "Routes.h"

#include <QUrlQuery>

#include <cmath>
#include <stdexcept>

namespace loopwise {

namespace learning = engine::learning;

namespace {

int percent(double share)
{
    return static_cast<int>(std::lround(share * 100));
}

namespace key {
const QString preset = QStringLiteral("preset");
const QString model = QStringLiteral("model");
const QString lr = QStringLiteral("lr");
const QString points = QStringLiteral("points");
const QString noise = QStringLiteral("noise");
const QString degree = QStringLiteral("degree");
const QString batch = QStringLiteral("batch");
const QString validation = QStringLiteral("validation");
const QString seed = QStringLiteral("seed");
const QString loop = QStringLiteral("loop");
} // namespace key

QString presetNames()
{
    QStringList names;
    for (learning::Preset preset : learning::kPresets)
        names.append(QString::fromLatin1(learning::presetName(preset)));
    return names.join(QStringLiteral(", "));
}

} // namespace

learning::LabConfig LearningLabSettings::baseConfig(std::optional<learning::Preset> preset)
{
    return preset ? learning::presetConfig(*preset) : learning::LabConfig{};
}

QString LearningLabSettings::toQuery() const
{
    const learning::LabConfig base = baseConfig(preset);
    QUrlQuery query;
    if (preset)
        query.addQueryItem(key::preset, QString::fromLatin1(learning::presetName(*preset)));
    if (config.model != base.model)
        query.addQueryItem(key::model,
                           config.model == learning::ModelKind::Curve ? QStringLiteral("curve")
                                                                      : QStringLiteral("classes"));
    if (config.learningRate != base.learningRate)
        query.addQueryItem(key::lr, LinkReader::number(config.learningRate));
    if (config.points != base.points)
        query.addQueryItem(key::points, QString::number(config.points));
    if (percent(config.noise) != percent(base.noise))
        query.addQueryItem(key::noise, QString::number(percent(config.noise)));
    if (config.degree != base.degree)
        query.addQueryItem(key::degree, QString::number(config.degree));
    if (config.batchSize != base.batchSize)
        query.addQueryItem(key::batch, QString::number(config.batchSize));
    if (percent(config.validationRatio) != percent(base.validationRatio))
        query.addQueryItem(key::validation, QString::number(percent(config.validationRatio)));
    if (config.dataSeed != base.dataSeed)
        query.addQueryItem(key::seed, QString::number(config.dataSeed));
    if (showLoop)
        query.addQueryItem(key::loop, QStringLiteral("1"));
    return query.toString(QUrl::FullyEncoded);
}

std::optional<LearningLabSettings> LearningLabSettings::fromQuery(const QString &text, QStringList *problems)
{
    QStringList found;
    LinkReader read(&found);
    // A whole link ("lab/learning?...") is as welcome as its query.
    QString queryText = text.trimmed();
    if (const qsizetype mark = queryText.indexOf(QLatin1Char('?')); mark >= 0)
        queryText = queryText.mid(mark + 1);
    const QList<std::pair<QString, QString>> items = QUrlQuery(queryText).queryItems(QUrl::FullyDecoded);

    // The preset comes first whatever its place: the other keys change what it set.
    LearningLabSettings settings;
    for (const auto &[name, value] : items) {
        if (name != key::preset)
            continue;
        const QByteArray latin = value.trimmed().toLatin1();
        settings.preset
            = learning::presetFromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
        if (!settings.preset)
            read.problem(tr("preset must be one of %1, not \"%2\".").arg(presetNames(), excerpt(value)));
    }
    settings.config = baseConfig(settings.preset);

    learning::LabConfig &config = settings.config;
    for (const auto &[name, rawValue] : items) {
        const QString value = rawValue.trimmed();
        if (name == key::preset) {
            continue;
        } else if (name == key::model) {
            if (value == QLatin1String("curve"))
                config.model = learning::ModelKind::Curve;
            else if (value == QLatin1String("classes"))
                config.model = learning::ModelKind::Classes;
            else
                read.problem(tr("model must be curve or classes, not \"%1\".").arg(excerpt(value)));
        } else if (name == key::lr) {
            if (auto v = read.real(name, value, learning::kMinLearningRate, learning::kMaxLearningRate))
                config.learningRate = *v;
        } else if (name == key::points) {
            if (auto v = read.integer(name, value, learning::kMinPoints, learning::kMaxPoints))
                config.points = static_cast<int>(*v);
        } else if (name == key::noise) {
            if (auto v = read.integer(name, value, 0, 100))
                config.noise = static_cast<double>(*v) / 100.0;
        } else if (name == key::degree) {
            if (auto v = read.integer(name, value, learning::kMinDegree, learning::kMaxDegree))
                config.degree = static_cast<int>(*v);
        } else if (name == key::batch) {
            if (auto v = read.integer(name, value, 0, learning::kMaxPoints))
                config.batchSize = static_cast<int>(*v);
        } else if (name == key::validation) {
            if (auto v = read.integer(name, value, percent(learning::kMinValidationRatio),
                                      percent(learning::kMaxValidationRatio)))
                config.validationRatio = static_cast<double>(*v) / 100.0;
        } else if (name == key::seed) {
            if (auto v = read.integer(name, value, 1, 1'000'000'000))
                config.dataSeed = static_cast<std::uint64_t>(*v);
        } else if (name == key::loop) {
            if (auto v = read.flag(name, value))
                settings.showLoop = *v;
        } else {
            read.problem(tr("\"%1\" is not a setting of this lab.").arg(excerpt(name)));
        }
    }
    // Values that are fine alone but not together (a batch larger than the data).
    if (found.isEmpty() && config.batchSize > config.points)
        read.problem(
            tr("batch must be at most the number of points (%1), not %2.").arg(config.points).arg(config.batchSize));
    if (found.isEmpty()) {
        try {
            learning::checkLabConfig(config);
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
