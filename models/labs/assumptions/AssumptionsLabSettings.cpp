#include "AssumptionsLabSettings.h"

#include "EngineErrorText.h"
#include "LinkReader.h"
#include "Routes.h"

#include <QUrlQuery>

#include <stdexcept>

namespace loopwise {

namespace assumptions = engine::assumptions;

namespace {

namespace key {
const QString experiment = QStringLiteral("experiment");
const QString split = QStringLiteral("split");
const QString style = QStringLiteral("style");
const QString leak = QStringLiteral("leak");
const QString method = QStringLiteral("method");
const QString signal = QStringLiteral("signal");
const QString noise = QStringLiteral("noise");
const QString copies = QStringLiteral("copies");
const QString cases = QStringLiteral("cases");
const QString keep = QStringLiteral("keep");
const QString miss = QStringLiteral("miss");
const QString alarm = QStringLiteral("alarm");
const QString repair = QStringLiteral("repair");
const QString seed = QStringLiteral("seed");
} // namespace key

const QString kAllMethods = QStringLiteral("all");
constexpr long long kMaxSeed = 1'000'000'000;

template<typename Name>
QString latin(Name name)
{
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString splitNames()
{
    return QStringLiteral("random, time, writer");
}

QString methodNames()
{
    QStringList names;
    for (int i = 0; i < assumptions::kValidationMethodCount; ++i)
        names.append(latin(assumptions::methodName(static_cast<assumptions::ValidationMethod>(i))));
    names.append(kAllMethods);
    return names.join(QStringLiteral(", "));
}

QString repairNames()
{
    return QStringLiteral("none, class-weights, cost-threshold");
}

// The keys and values of a whole link ("lab/assumptions?...") or of its query alone.
QList<std::pair<QString, QString>> linkItems(const QString &text)
{
    const QString link = text.trimmed();
    return QUrlQuery(link.mid(link.indexOf(QLatin1Char('?')) + 1)).queryItems(QUrl::FullyDecoded);
}

// The keys each experiment reads besides "experiment".
QStringList keysOf(AssumptionsExperiment experiment)
{
    switch (experiment) {
    case AssumptionsExperiment::Shortcut:
        return {key::split, key::style, key::leak, key::seed};
    case AssumptionsExperiment::Validation:
        return {key::method, key::signal, key::noise, key::copies, key::cases, key::keep, key::seed};
    case AssumptionsExperiment::Cost:
        return {key::miss, key::alarm, key::repair, key::seed};
    }
    return {};
}

void addIf(QUrlQuery &query, bool differs, const QString &name, const QString &value)
{
    if (differs)
        query.addQueryItem(name, value);
}

QString flagText(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

// One key of the shortcut experiment into `settings`.
void readShortcut(const QString &name, const QString &value, LinkReader &read, assumptions::ShortcutConfig &config)
{
    if (name == key::split) {
        if (auto v = read.named<assumptions::SplitKind>(name, value, assumptions::splitFromName, splitNames()))
            config.split = *v;
    } else if (name == key::style) {
        if (auto v = read.flag(name, value))
            config.features.style = *v;
    } else if (name == key::leak) {
        if (auto v = read.flag(name, value))
            config.features.afterTheFact = *v;
    } else if (name == key::seed) {
        if (auto v = read.integer(name, value, 1, kMaxSeed)) {
            config.tickets.seed = static_cast<std::uint64_t>(*v);
            config.splitSeed = config.tickets.seed;
        }
    }
}

void readValidation(const QString &name, const QString &value, LinkReader &read, AssumptionsLabSettings &settings)
{
    assumptions::ValidationConfig &config = settings.validation;
    if (name == key::method) {
        settings.allMethods = value == kAllMethods;
        if (settings.allMethods)
            return;
        if (auto v = read.named<assumptions::ValidationMethod>(name, value, assumptions::methodFromName, methodNames()))
            config.method = *v;
    } else if (name == key::signal) {
        if (auto v = read.real(name, value, 0.0, 5.0))
            config.data.signal = *v;
    } else if (name == key::noise) {
        if (auto v = read.integer(name, value, 0, 5000))
            config.data.noiseFeatures = static_cast<int>(*v);
    } else if (name == key::copies) {
        if (auto v = read.integer(name, value, 1, 5))
            config.data.copiesPerItem = static_cast<int>(*v);
    } else if (name == key::cases) {
        if (auto v = read.integer(name, value, 20, 2000))
            config.data.items = static_cast<int>(*v);
    } else if (name == key::keep) {
        if (auto v = read.integer(name, value, 0, 5050))
            config.selectedFeatures = static_cast<int>(*v);
    } else if (name == key::seed) {
        if (auto v = read.integer(name, value, 1, kMaxSeed))
            config.data.seed = static_cast<std::uint64_t>(*v);
    }
}

void readCost(const QString &name, const QString &value, LinkReader &read, assumptions::CostConfig &config)
{
    if (name == key::miss) {
        if (auto v = read.real(name, value, 0.01, 1000.0))
            config.missCost = *v;
    } else if (name == key::alarm) {
        if (auto v = read.real(name, value, 0.01, 1000.0))
            config.falseAlarmCost = *v;
    } else if (name == key::repair) {
        if (auto v = read.named<assumptions::CostRepair>(name, value, assumptions::repairFromName, repairNames()))
            config.repair = *v;
    } else if (name == key::seed) {
        if (auto v = read.integer(name, value, 1, kMaxSeed)) {
            config.tickets.seed = static_cast<std::uint64_t>(*v);
            config.splitSeed = config.tickets.seed;
        }
    }
}

// The engine's own check of the configuration the link makes.
void checkWithEngine(const AssumptionsLabSettings &settings, LinkReader &read)
{
    try {
        switch (settings.experiment) {
        case AssumptionsExperiment::Shortcut:
            assumptions::checkShortcutConfig(settings.shortcut);
            break;
        case AssumptionsExperiment::Validation:
            assumptions::checkValidationConfig(settings.validation);
            break;
        case AssumptionsExperiment::Cost:
            assumptions::checkCostConfig(settings.cost);
            break;
        }
    } catch (const std::invalid_argument &error) {
        read.problem(EngineErrorText::of(error));
    }
}

} // namespace

assumptions::ValidationConfig AssumptionsLabSettings::defaultValidation()
{
    assumptions::ValidationConfig config;
    config.selectedFeatures = 10;
    return config;
}

QString AssumptionsLabSettings::experimentName(AssumptionsExperiment experiment)
{
    switch (experiment) {
    case AssumptionsExperiment::Shortcut:
        return QStringLiteral("shortcut");
    case AssumptionsExperiment::Validation:
        return QStringLiteral("validation");
    case AssumptionsExperiment::Cost:
        return QStringLiteral("cost");
    }
    return {};
}

std::optional<AssumptionsExperiment> AssumptionsLabSettings::experimentFromName(const QString &name)
{
    for (AssumptionsExperiment experiment :
         {AssumptionsExperiment::Shortcut, AssumptionsExperiment::Validation, AssumptionsExperiment::Cost})
        if (experimentName(experiment) == name)
            return experiment;
    return std::nullopt;
}

QString AssumptionsLabSettings::toQuery() const
{
    const AssumptionsLabSettings base;
    QUrlQuery query;
    query.addQueryItem(key::experiment, experimentName(experiment));
    switch (experiment) {
    case AssumptionsExperiment::Shortcut: {
        const assumptions::ShortcutConfig &c = shortcut;
        addIf(query, c.split != base.shortcut.split, key::split, latin(assumptions::splitName(c.split)));
        addIf(query, c.features.style != base.shortcut.features.style, key::style, flagText(c.features.style));
        addIf(query, c.features.afterTheFact != base.shortcut.features.afterTheFact, key::leak,
              flagText(c.features.afterTheFact));
        addIf(query, c.tickets.seed != base.shortcut.tickets.seed, key::seed, QString::number(c.tickets.seed));
        break;
    }
    case AssumptionsExperiment::Validation: {
        const assumptions::ValidationConfig &c = validation;
        const assumptions::ValidationConfig &b = base.validation;
        if (allMethods)
            query.addQueryItem(key::method, kAllMethods);
        else
            addIf(query, c.method != b.method, key::method, latin(assumptions::methodName(c.method)));
        addIf(query, c.data.signal != b.data.signal, key::signal, LinkReader::number(c.data.signal));
        addIf(query, c.data.noiseFeatures != b.data.noiseFeatures, key::noise, QString::number(c.data.noiseFeatures));
        addIf(query, c.data.copiesPerItem != b.data.copiesPerItem, key::copies, QString::number(c.data.copiesPerItem));
        addIf(query, c.data.items != b.data.items, key::cases, QString::number(c.data.items));
        addIf(query, c.selectedFeatures != b.selectedFeatures, key::keep, QString::number(c.selectedFeatures));
        addIf(query, c.data.seed != b.data.seed, key::seed, QString::number(c.data.seed));
        break;
    }
    case AssumptionsExperiment::Cost: {
        const assumptions::CostConfig &c = cost;
        addIf(query, c.missCost != base.cost.missCost, key::miss, LinkReader::number(c.missCost));
        addIf(query, c.falseAlarmCost != base.cost.falseAlarmCost, key::alarm, LinkReader::number(c.falseAlarmCost));
        addIf(query, c.repair != base.cost.repair, key::repair, latin(assumptions::repairName(c.repair)));
        addIf(query, c.tickets.seed != base.cost.tickets.seed, key::seed, QString::number(c.tickets.seed));
        break;
    }
    }
    return query.toString(QUrl::FullyEncoded);
}

std::optional<AssumptionsLabSettings> AssumptionsLabSettings::fromQuery(const QString &text, QStringList *problems)
{
    QStringList found;
    LinkReader read(&found);
    const QList<std::pair<QString, QString>> items = linkItems(text);

    // The experiment comes first whatever its place: it says which keys the link may hold.
    AssumptionsLabSettings settings;
    for (const auto &[name, value] : items) {
        if (name != key::experiment)
            continue;
        if (const auto experiment = experimentFromName(value.trimmed()))
            settings.experiment = *experiment;
        else
            read.problemNotOneOf(name, QStringLiteral("shortcut, validation, cost"), value);
    }
    const QStringList keys = keysOf(settings.experiment);
    for (const auto &[name, rawValue] : items) {
        const QString value = rawValue.trimmed();
        if (name == key::experiment)
            continue;
        if (!keys.contains(name)) {
            //: %1 a key of the link, %2 the experiment's name in the link (shortcut, validation, cost)
            read.problem(tr("\"%1\" is not a setting of the %2 experiment.")
                             .arg(excerpt(name), experimentName(settings.experiment)));
            continue;
        }
        switch (settings.experiment) {
        case AssumptionsExperiment::Shortcut:
            readShortcut(name, value, read, settings.shortcut);
            break;
        case AssumptionsExperiment::Validation:
            readValidation(name, value, read, settings);
            break;
        case AssumptionsExperiment::Cost:
            readCost(name, value, read, settings.cost);
            break;
        }
    }
    if (found.isEmpty())
        checkWithEngine(settings, read);
    if (problems)
        problems->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace loopwise
