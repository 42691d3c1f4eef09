#include "ShortcutLab.h"

#include "AssumptionsExplanations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace assumptions = engine::assumptions;
namespace text = engine::text;

namespace {

QVariantMap bar(const QString &label, double value, const QString &shown)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}, {QStringLiteral("text"), shown}};
}

// The truth and the model's verdict on a ticket.
QString verdict(bool urgent, double probability)
{
    const QString p = percentText(probability);
    if (urgent)
        //: %1 the model's probability that the ticket is urgent
        return probability >= 0.5 ? ShortcutLab::tr("Urgent, and the model says urgent (%1).").arg(p)
                                  : ShortcutLab::tr("Urgent, but the model says normal (%1 urgent).").arg(p);
    //: %1 the model's probability that the ticket is urgent
    return probability >= 0.5 ? ShortcutLab::tr("Normal, but the model says urgent (%1).").arg(p)
                              : ShortcutLab::tr("Normal, and the model says normal (%1 urgent).").arg(p);
}

} // namespace

ShortcutLab::ShortcutLab(QObject *parent)
    : AssumptionsController(AssumptionsExperiment::Shortcut, parent)
    , m_worker(QStringLiteral("shortcut-lab"))
{
    attach(m_worker.get());
    connect(m_worker.get(), &ShortcutWorker::snapshotReady, this, &ShortcutLab::takeSnapshot);
    m_worker.start();
    configure();
}

ShortcutLab::~ShortcutLab() = default;

void ShortcutLab::configure()
{
    m_worker.post([config = m_settings.shortcut, generation = startGeneration()](ShortcutWorker &worker) {
        worker.configure(config, generation);
    });
}

void ShortcutLab::takeSnapshot(std::shared_ptr<const ShortcutSnapshot> snapshot)
{
    if (!beginSnapshot(snapshot->progress))
        return;
    m_snapshot = std::move(snapshot);
    endSnapshot();
}

const assumptions::ShortcutResult *ShortcutLab::result() const
{
    return m_snapshot && m_snapshot->result ? &*m_snapshot->result : nullptr;
}

// --- settings -----------------------------------------------------------------------------

QString ShortcutLab::split() const
{
    const std::string_view name = assumptions::splitName(m_settings.shortcut.split);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

void ShortcutLab::setSplit(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    const auto split
        = assumptions::splitFromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
    if (!split)
        //: %1 what the learner asked for
        return setMessage(tr("There is no split \"%1\": choose random, time or writer.").arg(name));
    AssumptionsLabSettings next = m_settings;
    next.shortcut.split = *split;
    changeSettings(next);
}

void ShortcutLab::setStyleFeatures(bool on)
{
    AssumptionsLabSettings next = m_settings;
    next.shortcut.features.style = on;
    changeSettings(next);
}

void ShortcutLab::setLeakedField(bool on)
{
    AssumptionsLabSettings next = m_settings;
    next.shortcut.features.afterTheFact = on;
    changeSettings(next);
}

QVariantList ShortcutLab::splitChoices() const
{
    QVariantList choices;
    for (assumptions::SplitKind split :
         {assumptions::SplitKind::Random, assumptions::SplitKind::Time, assumptions::SplitKind::Writer}) {
        const std::string_view id = assumptions::splitName(split);
        choices.append(
            QVariantMap{{QStringLiteral("id"), QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()))},
                        {QStringLiteral("label"), splitLabel(split)}});
    }
    return choices;
}

// --- what the run shows -------------------------------------------------------------------

QVariantList ShortcutLab::accuracyBars() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r)
        return {};
    return {bar(tr("Training"), r->trainingAccuracy, percentText(r->trainingAccuracy)),
            bar(tr("Validation"), r->validationAccuracy, percentText(r->validationAccuracy)),
            //: accuracy on the tickets after the staffing change
            bar(tr("Production"), r->productionAccuracy, percentText(r->productionAccuracy))};
}

QString ShortcutLab::accuracyDescription() const
{
    return result() ? accuracyBarsDescription(*result()) : QString();
}

QVariantList ShortcutLab::weights() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r || r->largestWeights.empty())
        return {};
    const double largest = std::abs(r->largestWeights.front().weight);
    QVariantList rows;
    for (const text::NamedWeight &w : r->largestWeights)
        rows.append(QVariantMap{
            //: a feature and its group, e.g. "mo (style)"
            {QStringLiteral("label"), tr("%1 (%2)").arg(QString::fromStdString(w.name), groupLabel(w.group))},
            {QStringLiteral("value"), largest > 0 ? std::abs(w.weight) / largest : 0.0},
            {QStringLiteral("text"), QLocale().toString(w.weight, 'f', 2)},
            {QStringLiteral("urgent"), w.weight > 0}});
    return rows;
}

QString ShortcutLab::weightsDescription() const
{
    return result() ? loopwise::weightsDescription(result()->largestWeights) : QString();
}

QVariantList ShortcutLab::importance() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r)
        return {};
    QVariantList rows;
    for (const text::GroupImportance &g : r->importance)
        rows.append(bar(groupLabel(g.group), std::max(0.0, g.accuracyDrop),
                        //: accuracy lost when a feature group is shuffled, in percentage points
                        tr("%1 points").arg(QLocale().toString(g.accuracyDrop * 100, 'f', 1))));
    return rows;
}

QString ShortcutLab::importanceDescription() const
{
    return result() ? loopwise::importanceDescription(result()->importance) : QString();
}

QVariantList ShortcutLab::tickets() const
{
    if (!result())
        return {};
    QVariantList rows;
    for (const ShownTicket &t : m_snapshot->tickets)
        rows.append(QVariantMap{{QStringLiteral("subject"), t.subject},
                                {QStringLiteral("body"), t.body},
                                //: who logged a ticket and when; %1 the agent's name, %2 the day of the year
                                {QStringLiteral("writer"), tr("Logged by %1 on day %2").arg(t.writer).arg(t.day + 1)},
                                {QStringLiteral("urgent"), t.urgent},
                                {QStringLiteral("verdict"), verdict(t.urgent, t.probability)},
                                {QStringLiteral("right"), (t.probability >= 0.5) == t.urgent},
                                {QStringLiteral("beforeChange"), t.beforeChange}});
    return rows;
}

QVariantMap ShortcutLab::confusion() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r)
        return {};
    return {{QStringLiteral("truePositives"), r->production.truePositives},
            {QStringLiteral("falseNegatives"), r->production.falseNegatives},
            {QStringLiteral("falsePositives"), r->production.falsePositives},
            {QStringLiteral("trueNegatives"), r->production.trueNegatives}};
}

QString ShortcutLab::confusionDescription() const
{
    return result() ? loopwise::confusionDescription(result()->production) : QString();
}

QString ShortcutLab::explanation() const
{
    return result() ? shortcutExplanation(m_settings.shortcut, *result()) : QString();
}

// --- predictions, question, evidence ----------------------------------------------------------

QString ShortcutLab::outcomeId() const
{
    return result() ? shortcutOutcome(*result()) : QString();
}

QVariantMap ShortcutLab::makeQuestion() const
{
    return result() ? shortcutQuestion(m_settings.shortcut, *result()) : QVariantMap();
}

QStringList ShortcutLab::evidenceSettings() const
{
    const assumptions::ShortcutConfig &c = m_settings.shortcut;
    return {//: %1 how the history was split, %2 the share held out for validation
            tr("Validation split: %1 (%2 of the history)").arg(splitLabel(c.split), percentText(c.validationShare)),
            c.features.style ? tr("Style features (greetings, sign-offs, names, formatting): used")
                             : tr("Style features (greetings, sign-offs, names, formatting): dropped"),
            c.features.afterTheFact
                ? tr("Fields known only after the fact (escalated, resolved within a day): added")
                : tr("Fields known only after the fact (escalated, resolved within a day): not used")};
}

QStringList ShortcutLab::evidenceFigures() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r)
        return {};
    QStringList lines{tr("Training accuracy: %1").arg(percentText(r->trainingAccuracy)),
                      tr("Validation accuracy: %1").arg(percentText(r->validationAccuracy)),
                      tr("Production accuracy: %1").arg(percentText(r->productionAccuracy)),
                      //: %1 urgent tickets the model flagged in production, %2 urgent tickets in all
                      tr("Urgent tickets caught in production: %1 of %2")
                          .arg(QLocale().toString(r->production.truePositives),
                               QLocale().toString(r->production.truePositives + r->production.falseNegatives))};
    if (!r->largestWeights.empty())
        //: %1 the feature the model leans on most, %2 its group (content, style, ...)
        lines.append(tr("Largest weight: %1 (%2)")
                         .arg(QString::fromStdString(r->largestWeights.front().name),
                              groupLabel(r->largestWeights.front().group)));
    return lines;
}

QVariantMap ShortcutLab::runResults() const
{
    const assumptions::ShortcutResult *r = result();
    if (!r)
        return {};
    return {{QStringLiteral("trainingAccuracy"), r->trainingAccuracy},
            {QStringLiteral("validationAccuracy"), r->validationAccuracy},
            {QStringLiteral("productionAccuracy"), r->productionAccuracy}};
}

} // namespace loopwise
