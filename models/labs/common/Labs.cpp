#include "Labs.h"

#include "LearningLabSettings.h"
#include "NetworkLabSettings.h"

#include <algorithm>
#include <array>

namespace loopwise {

namespace {

struct Lab {
    QLatin1String id;
    // Reads a link's query as the lab does, adding its problems; null for a lab that has
    // no settings yet (its page says what it will do).
    void (*readLink)(const QString &query, QStringList *problems);
};

const std::array<Lab, 3> kLabs{{
    {QLatin1String("network"), [](const QString &query, QStringList *problems) {
         (void)NetworkLabSettings::fromQuery(query, problems);
     }},
    {QLatin1String("learning"), [](const QString &query, QStringList *problems) {
         (void)LearningLabSettings::fromQuery(query, problems);
     }},
    {QLatin1String("prompts"), nullptr},
}};

const Lab *findLab(const QString &id)
{
    const auto found = std::find_if(kLabs.begin(), kLabs.end(), [&id](const Lab &lab) { return lab.id == id; });
    return found == kLabs.end() ? nullptr : &*found;
}

} // namespace

QStringList labIds()
{
    QStringList ids;
    for (const Lab &lab : kLabs)
        ids.append(lab.id);
    return ids;
}

bool isLabId(const QString &id)
{
    return findLab(id) != nullptr;
}

QStringList labLinkProblems(const QString &id, const QString &query)
{
    QStringList problems;
    const Lab *lab = findLab(id);
    if (lab && lab->readLink && !query.isEmpty())
        lab->readLink(query, &problems);
    return problems;
}

} // namespace loopwise
