#include "CostLab.h"

#include "AssumptionsExplanations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace assumptions = engine::assumptions;

namespace {

constexpr double kLeastCost = 0.01;
constexpr double kMostCost = 1000.0;

QString repairId(assumptions::CostRepair repair)
{
    const std::string_view name = assumptions::repairName(repair);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString thresholdText(double threshold)
{
    return QLocale().toString(threshold, 'f', 2);
}

} // namespace

CostLab::CostLab(QObject *parent)
    : AssumptionsController(AssumptionsExperiment::Cost, parent)
    , m_worker(QStringLiteral("cost-lab"))
{
    attach(m_worker.get());
    connect(m_worker.get(), &CostWorker::snapshotReady, this, &CostLab::takeSnapshot);
    m_worker.start();
    configure();
}

CostLab::~CostLab() = default;

void CostLab::configure()
{
    m_worker.post([config = m_settings.cost, generation = startGeneration()](CostWorker &worker) {
        worker.configure(config, generation);
    });
}

void CostLab::takeSnapshot(std::shared_ptr<const CostSnapshot> snapshot)
{
    if (!beginSnapshot(snapshot->progress))
        return;
    const bool hadResult = result() != nullptr;
    m_snapshot = std::move(snapshot);
    const bool hasResult = result() != nullptr;
    if (hasResult && !hadResult)
        m_threshold = m_snapshot->result->chosen.threshold;
    endSnapshot();
    if (hasResult != hadResult)
        Q_EMIT thresholdChanged();
}

const assumptions::CostResult *CostLab::result() const
{
    return m_snapshot && m_snapshot->result ? &*m_snapshot->result : nullptr;
}

// --- settings -----------------------------------------------------------------------------

void CostLab::setCost(double assumptions::CostConfig::*which, double cost)
{
    if (!std::isfinite(cost))
        return;
    AssumptionsLabSettings next = m_settings;
    next.cost.*which = std::clamp(cost, kLeastCost, kMostCost);
    changeSettings(next);
}

void CostLab::setMissCost(double cost)
{
    setCost(&assumptions::CostConfig::missCost, cost);
}

void CostLab::setFalseAlarmCost(double cost)
{
    setCost(&assumptions::CostConfig::falseAlarmCost, cost);
}

QString CostLab::repair() const
{
    return repairId(m_settings.cost.repair);
}

void CostLab::setRepair(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    const auto repair
        = assumptions::repairFromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
    if (!repair)
        //: %1 what the learner asked for
        return setMessage(tr("There is no repair \"%1\": choose none, class-weights or cost-threshold.").arg(name));
    AssumptionsLabSettings next = m_settings;
    next.cost.repair = *repair;
    changeSettings(next);
}

QVariantList CostLab::repairChoices() const
{
    QVariantList choices;
    for (auto repair :
         {assumptions::CostRepair::None, assumptions::CostRepair::ClassWeights, assumptions::CostRepair::CostThreshold})
        choices.append(
            QVariantMap{{QStringLiteral("id"), repairId(repair)}, {QStringLiteral("label"), repairLabel(repair)}});
    return choices;
}

// --- the threshold and the curve ------------------------------------------------------------

double CostLab::threshold() const
{
    const assumptions::ThresholdPoint *point = pointAtThreshold();
    return point ? point->threshold : m_threshold;
}

void CostLab::setThreshold(double threshold)
{
    if (!std::isfinite(threshold))
        return;
    const double before = this->threshold();
    m_threshold = std::clamp(threshold, 0.0, 1.0);
    if (this->threshold() != before)
        Q_EMIT thresholdChanged();
}

double CostLab::chosenThreshold() const
{
    return result() ? result()->chosen.threshold : 0.5;
}

const assumptions::ThresholdPoint *CostLab::pointAtThreshold() const
{
    const assumptions::CostResult *r = result();
    if (!r || r->curve.empty())
        return nullptr;
    const auto nearest = std::min_element(r->curve.begin(), r->curve.end(), [this](const auto &a, const auto &b) {
        return std::abs(a.threshold - m_threshold) < std::abs(b.threshold - m_threshold);
    });
    return &*nearest;
}

QVariantMap CostLab::atThreshold() const
{
    const assumptions::ThresholdPoint *p = pointAtThreshold();
    if (!p)
        return {};
    return {{QStringLiteral("threshold"), thresholdText(p->threshold)},
            {QStringLiteral("accuracy"), percentText(p->accuracy)},
            {QStringLiteral("cost"), costText(p->costPerTicket)},
            {QStringLiteral("costValue"), p->costPerTicket},
            {QStringLiteral("description"), confusionDescription(p->confusion)},
            {QStringLiteral("truePositives"), p->confusion.truePositives},
            {QStringLiteral("falseNegatives"), p->confusion.falseNegatives},
            {QStringLiteral("falsePositives"), p->confusion.falsePositives},
            {QStringLiteral("trueNegatives"), p->confusion.trueNegatives}};
}

QVariantList CostLab::testRows() const
{
    const assumptions::CostResult *r = result();
    if (!r)
        return {};
    const auto row = [](const QString &label, const assumptions::ThresholdPoint &p) {
        return QVariantMap{{QStringLiteral("label"), label},
                           {QStringLiteral("accuracy"), percentText(p.accuracy)},
                           {QStringLiteral("cost"), costText(p.costPerTicket)},
                           {QStringLiteral("costValue"), p.costPerTicket}};
    };
    //: the trained model on the test tickets; %1 its threshold
    return {row(tr("This model (threshold %1)").arg(thresholdText(r->test.threshold)), r->test),
            row(tr("Calling every ticket normal"), r->allNormal)};
}

QVariantList CostLab::curve() const
{
    QVariantList points;
    if (const assumptions::CostResult *r = result())
        for (const assumptions::ThresholdPoint &p : r->curve)
            points.append(QPointF(p.threshold, p.costPerTicket));
    return points;
}

double CostLab::curveMaxCost() const
{
    double largest = 0.0;
    if (const assumptions::CostResult *r = result())
        for (const assumptions::ThresholdPoint &p : r->curve)
            largest = std::max(largest, p.costPerTicket);
    return largest;
}

QString CostLab::curveDescription() const
{
    return result() ? costCurveDescription(*result(), threshold()) : QString();
}

QString CostLab::explanation() const
{
    return result() ? costExplanation(m_settings.cost, *result()) : QString();
}

// --- predictions, question, evidence ----------------------------------------------------------

QString CostLab::outcomeId() const
{
    return result() ? costOutcome(*result()) : QString();
}

QVariantMap CostLab::makeQuestion() const
{
    return result() ? costQuestion(m_settings.cost, *result()) : QVariantMap();
}

QStringList CostLab::evidenceSettings() const
{
    const assumptions::CostConfig &c = m_settings.cost;
    //: %1 the cost of a missed urgent ticket, %2 of a false alarm
    return {tr("Costs: a missed urgent ticket %1, a false alarm %2")
                .arg(QLocale().toString(c.missCost), QLocale().toString(c.falseAlarmCost)),
            //: %1 the repair chosen (none, class weights, threshold chosen by cost)
            tr("Repair: %1").arg(repairLabel(c.repair))};
}

QStringList CostLab::evidenceFigures() const
{
    const assumptions::CostResult *r = result();
    if (!r)
        return {};
    return {tr("Threshold: %1").arg(thresholdText(r->test.threshold)),
            tr("Test accuracy: %1").arg(percentText(r->test.accuracy)),
            tr("Test cost per ticket: %1").arg(costText(r->test.costPerTicket)),
            //: %1 urgent tickets missed on the test set, %2 urgent tickets in all
            tr("Urgent tickets missed: %1 of %2")
                .arg(QLocale().toString(r->test.confusion.falseNegatives),
                     QLocale().toString(r->test.confusion.falseNegatives + r->test.confusion.truePositives)),
            //: %1 accuracy, %2 cost per ticket when every ticket is called normal
            tr("Calling every ticket normal: accuracy %1, cost per ticket %2")
                .arg(percentText(r->allNormal.accuracy), costText(r->allNormal.costPerTicket))};
}

QVariantMap CostLab::runResults() const
{
    const assumptions::CostResult *r = result();
    if (!r)
        return {};
    return {{QStringLiteral("threshold"), r->test.threshold},
            {QStringLiteral("testAccuracy"), r->test.accuracy},
            {QStringLiteral("testCost"), r->test.costPerTicket},
            {QStringLiteral("allNormalCost"), r->allNormal.costPerTicket}};
}

} // namespace loopwise
