#include "Labs.h"

#include "AssumptionsLabSettings.h"
#include "ExpertsLabSettings.h"
#include "LearningLabSettings.h"
#include "NetworkLabSettings.h"
#include "PromptsLabSettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace loopwise {

namespace {

const std::array<LabEntry, 5> kLabs{{
    {QLatin1String("network"), QT_TRANSLATE_NOOP("loopwise::LabRegistry", "Build a neural network"),
     QLatin1String("labs/network/NetworkLabPage.qml"), QLatin1String("NetworkLab"), true,
     [](const QString &query, QStringList *problems) { (void)NetworkLabSettings::fromQuery(query, problems); }},
    {QLatin1String("learning"), QT_TRANSLATE_NOOP("loopwise::LabRegistry", "See how models learn"),
     QLatin1String("labs/learning/LearningLabPage.qml"), QLatin1String("LearningLab"), true,
     [](const QString &query, QStringList *problems) { (void)LearningLabSettings::fromQuery(query, problems); }},
    {QLatin1String("prompts"), QT_TRANSLATE_NOOP("loopwise::LabRegistry", "Compare prompt strategies"),
     QLatin1String("labs/prompts/PromptsLabPage.qml"), QLatin1String("PromptsLab"), false,
     [](const QString &query, QStringList *problems) { (void)PromptsLabSettings::fromQuery(query, problems); }},
    {QLatin1String("assumptions"), QT_TRANSLATE_NOOP("loopwise::LabRegistry", "Check the assumptions"),
     QLatin1String("labs/assumptions/AssumptionsLabPage.qml"), QLatin1String("ShortcutLab"), true,
     [](const QString &query, QStringList *problems) { (void)AssumptionsLabSettings::fromQuery(query, problems); }},
    {QLatin1String("experts"), QT_TRANSLATE_NOOP("loopwise::LabRegistry", "Mixture of experts"),
     QLatin1String("labs/experts/ExpertsLabPage.qml"), QLatin1String("ExpertsLab"), true,
     [](const QString &query, QStringList *problems) { (void)ExpertsLabSettings::fromQuery(query, problems); }},
}};

} // namespace

const LabEntry *findLab(const QString &id)
{
    const auto found = std::find_if(kLabs.begin(), kLabs.end(), [&id](const LabEntry &lab) { return lab.id == id; });
    return found == kLabs.end() ? nullptr : &*found;
}

QStringList labIds()
{
    QStringList ids;
    for (const LabEntry &lab : kLabs)
        ids.append(lab.id);
    return ids;
}

bool isLabId(const QString &id)
{
    return findLab(id) != nullptr;
}

QStringList trainingLabIds()
{
    QStringList ids;
    for (const LabEntry &lab : kLabs)
        if (lab.trains)
            ids.append(lab.id);
    return ids;
}

QStringList labLinkProblems(const QString &id, const QString &query)
{
    QStringList problems;
    const LabEntry *lab = findLab(id);
    if (lab && lab->readLink && !query.isEmpty())
        lab->readLink(query, &problems);
    return problems;
}

LabRegistry::LabRegistry(QObject *parent)
    : QObject(parent)
{}

QVariantList LabRegistry::entries() const
{
    QVariantList list;
    for (const LabEntry &lab : kLabs)
        list.append(QVariantMap{{QStringLiteral("id"), QString(lab.id)},
                                {QStringLiteral("title"), title(QString(lab.id))},
                                {QStringLiteral("route"), QString(QStringLiteral("lab/") + lab.id)},
                                {QStringLiteral("page"), QString(lab.page)},
                                {QStringLiteral("controller"), QString(lab.controller)}});
    return list;
}

QString LabRegistry::page(const QString &id) const
{
    const LabEntry *lab = findLab(id);
    return lab ? QString(lab->page) : QString();
}

QString LabRegistry::title(const QString &id) const
{
    const LabEntry *lab = findLab(id);
    return lab ? QCoreApplication::translate("loopwise::LabRegistry", lab->title) : QString();
}

} // namespace loopwise
