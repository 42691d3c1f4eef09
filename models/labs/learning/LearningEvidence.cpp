// LearningLab::evidence(): the run as the decision note's evidence, in whole translated lines.
#include "LearningLab.h"

namespace loopwise {

QVariantMap LearningLab::evidence() const
{
    if (!m_snapshot || epoch() == 0)
        return {};
    //: a setting of a run in the decision note; %1 the kind of model
    QStringList settings{tr("Model: %1").arg(choiceLabel(modelChoices(), model()))};
    if (!classes())
        //: a setting of a run in the decision note; %1 the degree of the fitted curve
        settings.append(tr("Degree: %1").arg(degree()));
    settings.append({tr("Learning rate: %1").arg(learningRateText()),
                     //: a setting of a run in the decision note; %1 a number of rows
                     tr("Points: %1").arg(points()), tr("Noise: %1 %").arg(noise()),
                     //: a setting of a run in the decision note; %1 "All training rows" or a number
                     tr("Batch size: %1").arg(choiceLabel(batchChoices(), batchSize()))});
    if (!preset().isEmpty())
        //: a setting of a run in the decision note; %1 the name of a preset, e.g. "Overfitting"
        settings.append(tr("Preset: %1").arg(choiceLabel(presetChoices(), preset())));

    QStringList figures{tr("Epochs: %1").arg(epoch())};
    for (const QVariant &row : this->figures()) {
        const QVariantMap map = row.toMap();
        //: a result of a run in the decision note: %1 e.g. "Validation loss", %2 the model's figure, %3 the baseline's
        figures.append(tr("%1: %2 (baseline: %3)")
                           .arg(map.value(QStringLiteral("label")).toString(),
                                map.value(QStringLiteral("model")).toString(),
                                map.value(QStringLiteral("baseline")).toString()));
    }
    //: the lab's verdict on the run, e.g. "Overfitting"
    figures.append(tr("Outcome: %1").arg(statusTitle()));
    return evidenceOf(settings, figures);
}

} // namespace loopwise
