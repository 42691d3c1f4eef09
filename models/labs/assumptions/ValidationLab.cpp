#include "ValidationLab.h"

#include "AssumptionsExplanations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace loopwise {

namespace assumptions = engine::assumptions;

namespace {

const QString kAll = QStringLiteral("all");

QString methodId(assumptions::ValidationMethod method)
{
    const std::string_view name = assumptions::methodName(method);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

ValidationLab::ValidationLab(QObject *parent)
    : AssumptionsController(AssumptionsExperiment::Validation, parent)
    , m_worker(QStringLiteral("validation-lab"))
{
    attach(m_worker.get());
    connect(m_worker.get(), &ValidationWorker::snapshotReady, this, &ValidationLab::takeSnapshot);
    m_worker.start();
    configure();
}

ValidationLab::~ValidationLab() = default;

void ValidationLab::configure()
{
    m_worker.post([config = m_settings.validation, all = m_settings.allMethods, generation = startGeneration()](
                      ValidationWorker &worker) { worker.configure(config, all, generation); });
}

void ValidationLab::takeSnapshot(std::shared_ptr<const ValidationSnapshot> snapshot)
{
    if (!beginSnapshot(snapshot->progress))
        return;
    m_snapshot = std::move(snapshot);
    endSnapshot();
}

// --- settings -----------------------------------------------------------------------------

QString ValidationLab::method() const
{
    return m_settings.allMethods ? kAll : methodId(m_settings.validation.method);
}

void ValidationLab::setMethod(const QString &name)
{
    AssumptionsLabSettings next = m_settings;
    next.allMethods = name == kAll;
    if (!next.allMethods) {
        const QByteArray latin = name.toLatin1();
        const auto method
            = assumptions::methodFromName(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
        if (!method)
            //: %1 what the learner asked for
            return setMessage(tr("There is no validation method \"%1\".").arg(name));
        next.validation.method = *method;
    }
    changeSettings(next);
}

void ValidationLab::changeData(const std::function<void(assumptions::ValidationConfig &)> &change)
{
    AssumptionsLabSettings next = m_settings;
    change(next.validation);
    // Keeping more features than there are is keeping them all.
    next.validation.selectedFeatures = std::min(
        next.validation.selectedFeatures, next.validation.data.signalFeatures + next.validation.data.noiseFeatures);
    tryChangeSettings(next);
}

void ValidationLab::setSignal(double signal)
{
    if (!std::isfinite(signal))
        return;
    changeData([signal](assumptions::ValidationConfig &c) { c.data.signal = std::clamp(signal, 0.0, 5.0); });
}

void ValidationLab::setNoiseFeatures(int count)
{
    changeData(
        [count](assumptions::ValidationConfig &c) { c.data.noiseFeatures = std::clamp(count, 0, kMaxNoiseFeatures); });
}

void ValidationLab::setCopies(int copies)
{
    changeData([copies](assumptions::ValidationConfig &c) { c.data.copiesPerItem = std::clamp(copies, 1, 5); });
}

void ValidationLab::setCases(int cases)
{
    changeData([cases](assumptions::ValidationConfig &c) { c.data.items = std::clamp(cases, 20, 2000); });
}

void ValidationLab::setKeptFeatures(int count)
{
    changeData([count](assumptions::ValidationConfig &c) {
        c.selectedFeatures = std::clamp(count, 0, c.data.signalFeatures + c.data.noiseFeatures);
    });
}

QVariantList ValidationLab::methodChoices() const
{
    QVariantList choices;
    for (int i = 0; i < assumptions::kValidationMethodCount; ++i) {
        const auto method = static_cast<assumptions::ValidationMethod>(i);
        choices.append(
            QVariantMap{{QStringLiteral("id"), methodId(method)}, {QStringLiteral("label"), methodLabel(method)}});
    }
    choices.append(QVariantMap{{QStringLiteral("id"), kAll}, {QStringLiteral("label"), tr("All five, side by side")}});
    return choices;
}

// --- what the run shows -------------------------------------------------------------------

std::vector<const ValidationRow *> ValidationLab::finishedRows() const
{
    std::vector<const ValidationRow *> done;
    if (m_snapshot)
        for (const ValidationRow &row : m_snapshot->rows)
            if (row.finished)
                done.push_back(&row);
    return done;
}

std::vector<assumptions::ValidationMethod> ValidationLab::methods() const
{
    std::vector<assumptions::ValidationMethod> list;
    for (const ValidationRow *row : finishedRows())
        list.push_back(row->method);
    return list;
}

std::vector<assumptions::ValidationResult> ValidationLab::results() const
{
    std::vector<assumptions::ValidationResult> list;
    for (const ValidationRow *row : finishedRows())
        list.push_back(row->result);
    return list;
}

QVariantList ValidationLab::rows() const
{
    QVariantList list;
    if (!m_snapshot)
        return list;
    for (const ValidationRow &row : m_snapshot->rows) {
        const assumptions::ValidationResult &r = row.result;
        list.append(QVariantMap{
            {QStringLiteral("label"), methodLabel(row.method)},
            {QStringLiteral("validation"), row.finished ? r.validationAccuracy : 0.0},
            {QStringLiteral("production"), row.finished ? r.productionAccuracy : 0.0},
            {QStringLiteral("chance"), r.chance},
            {QStringLiteral("validationText"), row.finished ? percentText(r.validationAccuracy) : QString()},
            {QStringLiteral("productionText"), row.finished ? percentText(r.productionAccuracy) : QString()},
            {QStringLiteral("chanceText"), percentText(r.chance)},
            {QStringLiteral("finished"), row.finished}});
    }
    return list;
}

QString ValidationLab::chartDescription() const
{
    return finished() ? validationChartDescription(methods(), results()) : QString();
}

QString ValidationLab::explanation() const
{
    if (!finished())
        return {};
    const auto done = results();
    return done.size() == 1 ? validationExplanation(methods().front(), done.front())
                            : validationComparison(methods(), done);
}

// --- predictions, question, evidence ----------------------------------------------------------

const assumptions::ValidationResult *ValidationLab::askedAbout() const
{
    if (!finished() || !m_snapshot || m_snapshot->rows.empty())
        return nullptr;
    // With all five, the one that flatters itself most.
    const auto gap
        = [](const ValidationRow &row) { return row.result.validationAccuracy - row.result.productionAccuracy; };
    const auto row
        = std::max_element(m_snapshot->rows.begin(), m_snapshot->rows.end(),
                           [&gap](const ValidationRow &a, const ValidationRow &b) { return gap(a) < gap(b); });
    return &row->result;
}

QString ValidationLab::outcomeId() const
{
    return askedAbout() ? validationOutcome(*askedAbout()) : QString();
}

QVariantMap ValidationLab::makeQuestion() const
{
    return askedAbout() ? validationQuestion(*askedAbout()) : QVariantMap();
}

QStringList ValidationLab::evidenceSettings() const
{
    const assumptions::ValidationConfig &c = m_settings.validation;
    return {
        //: %1 the validation method (or "All five, side by side")
        tr("Validation method: %1").arg(m_settings.allMethods ? tr("All five, side by side") : methodLabel(c.method)),
        //: %1 the signal strength, 0 = pure noise
        tr("Signal: %1 (0 means the labels are pure noise)").arg(QLocale().toString(c.data.signal, 'f', 1)),
        //: %1 cases, %2 near-copies per case, %3 pure-noise features, %4 features kept
        tr("Data: %1 cases, %2 rows per case, %3 noise features, %4 features kept")
            .arg(QLocale().toString(c.data.items), QLocale().toString(c.data.copiesPerItem),
                 QLocale().toString(c.data.noiseFeatures),
                 c.selectedFeatures == 0 ? tr("all") : QLocale().toString(c.selectedFeatures))};
}

QStringList ValidationLab::evidenceFigures() const
{
    QStringList lines;
    for (const ValidationRow *row : finishedRows())
        //: %1 the validation method, %2 its validation accuracy, %3 production accuracy, %4 chance
        lines.append(tr("%1: validation %2, production %3, chance %4")
                         .arg(methodLabel(row->method), percentText(row->result.validationAccuracy),
                              percentText(row->result.productionAccuracy), percentText(row->result.chance)));
    return lines;
}

QVariantMap ValidationLab::runResults() const
{
    QVariantList validation, production;
    for (const assumptions::ValidationResult &r : results()) {
        validation.append(r.validationAccuracy);
        production.append(r.productionAccuracy);
    }
    return {{QStringLiteral("validationAccuracy"), validation}, {QStringLiteral("productionAccuracy"), production}};
}

} // namespace loopwise
