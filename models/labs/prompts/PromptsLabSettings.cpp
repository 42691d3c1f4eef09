#include "PromptsLabSettings.h"

#include "LinkReader.h"
#include "Routes.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace loopwise {

namespace {

namespace key {
const QString task = QStringLiteral("task");
const QString a = QStringLiteral("a");
const QString b = QStringLiteral("b");
const QString seeds = QStringLiteral("seeds");
const QString temperature = QStringLiteral("temperature");
const QString calibrate = QStringLiteral("calibrate");
const QString model = QStringLiteral("model");
const QString tab = QStringLiteral("tab");
} // namespace key

const QString kBuiltin = QStringLiteral("builtin");
const QString kServer = QStringLiteral("server");
const QString kStructureTab = QStringLiteral("structure");
const QString kRunTab = QStringLiteral("run");

// A task id as the content writes it: lower-case letters, digits and hyphens.
bool isTaskId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(text).hasMatch();
}

void readPrompt(const QString &name, const QString &value, LinkReader &read, QString &prompt)
{
    if (value.size() > PromptsLabSettings::kMaxPromptChars)
        //: %1 the link's key (a or b) of a prompt, %2 the most characters a prompt may have
        read.problem(PromptsLabSettings::tr("The prompt %1 in the link is longer than %2 characters.")
                         .arg(name)
                         .arg(PromptsLabSettings::kMaxPromptChars));
    else
        prompt = value;
}

} // namespace

bool PromptsLabSettings::isModelSource(const QString &name)
{
    return name == kBuiltin || name == kServer;
}

bool PromptsLabSettings::isTab(const QString &name)
{
    return name == kStructureTab || name == kRunTab;
}

QString PromptsLabSettings::toQuery() const
{
    const PromptsLabSettings base;
    QUrlQuery query;
    query.addQueryItem(key::task, taskId);
    // QUrlQuery keeps '+' as it is; encode it so that no reader takes it for a space.
    auto addPrompt = [&query](const QString &name, const QString &prompt) {
        if (!prompt.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(prompt)));
    };
    addPrompt(key::a, promptA);
    addPrompt(key::b, promptB);
    if (seeds != base.seeds)
        query.addQueryItem(key::seeds, QString::number(seeds));
    if (temperature != base.temperature)
        query.addQueryItem(key::temperature, LinkReader::number(temperature));
    if (calibrate != base.calibrate)
        query.addQueryItem(key::calibrate, calibrate ? QStringLiteral("1") : QStringLiteral("0"));
    if (modelSource != base.modelSource)
        query.addQueryItem(key::model, modelSource);
    if (tab != base.tab)
        query.addQueryItem(key::tab, tab);
    return query.toString(QUrl::FullyEncoded);
}

std::optional<PromptsLabSettings> PromptsLabSettings::fromQuery(const QString &text, QStringList *problems)
{
    QStringList found;
    LinkReader read(&found);
    const QString link = text.trimmed();
    const QUrlQuery query(link.mid(link.indexOf(QLatin1Char('?')) + 1));

    PromptsLabSettings settings;
    for (const auto &[name, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue.trimmed();
        if (name == key::task) {
            if (isTaskId(value))
                settings.taskId = value;
            else
                //: %1 what the link gives as the task's id
                read.problem(tr("task must be the id of one of the lab's tasks, such as triage, not \"%1\".")
                                 .arg(excerpt(value)));
        } else if (name == key::a) {
            readPrompt(name, rawValue, read, settings.promptA);
        } else if (name == key::b) {
            readPrompt(name, rawValue, read, settings.promptB);
        } else if (name == key::seeds) {
            if (auto v = read.integer(name, value, kMinSeeds, kMaxSeeds))
                settings.seeds = static_cast<int>(*v);
        } else if (name == key::temperature) {
            if (auto v = read.real(name, value, 0.0, kMaxTemperature))
                settings.temperature = *v;
        } else if (name == key::calibrate) {
            if (auto v = read.flag(name, value))
                settings.calibrate = *v;
        } else if (name == key::model) {
            if (isModelSource(value))
                settings.modelSource = value;
            else
                read.problemNotOneOf(name, QStringLiteral("builtin, server"), value);
        } else if (name == key::tab) {
            if (isTab(value))
                settings.tab = value;
            else
                read.problemNotOneOf(name, QStringLiteral("structure, run"), value);
        } else {
            //: %1 a key of the link that the prompts lab does not know
            read.problem(tr("\"%1\" is not a setting of this lab.").arg(excerpt(name)));
        }
    }
    if (problems)
        problems->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return settings;
}

} // namespace loopwise
