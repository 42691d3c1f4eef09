// NetworkLab::evidence(): the run as the decision note's evidence, in whole translated lines.
#include "Figures.h"
#include "NetworkExplanations.h"
#include "NetworkLab.h"

#include <QLocale>

#include <cmath>

namespace loopwise {

QVariantMap NetworkLab::evidence() const
{
    if (!m_snapshot || epoch() == 0)
        return {};
    QStringList featureNames;
    for (const QString &feature : features())
        featureNames.append(choiceLabel(featureChoices(), feature));
    QStringList layerNames;
    for (const QVariant &layer : layers()) {
        const QVariantMap map = layer.toMap();
        //: one hidden layer in a list of layers: %1 its number of neurons, %2 its activation
        layerNames.append(tr("%1 neurons (%2)")
                              .arg(map.value(QStringLiteral("units")).toInt())
                              .arg(choiceLabel(activationChoices(), map.value(QStringLiteral("activation")))));
    }
    const bool regularized = regularization() != QLatin1String("none") && regularizationRate() > 0;
    //: a setting of a run in the decision note; %1 the name of a data set
    QStringList settings{
        tr("Data set: %1").arg(choiceLabel(datasetChoices(), dataset())),
        //: a setting of a run in the decision note; %1 a percentage
        tr("Noise: %1 %").arg(noise()),
        //: a setting of a run in the decision note; %1 a percentage
        tr("Training data: %1 % of the points").arg(trainRatio()),
        //: a setting of a run in the decision note; %1 a list of input features
        tr("Features: %1").arg(featureNames.join(QStringLiteral(", "))),
        layerNames.isEmpty() ? tr("Hidden layers: none")
                             //: %1 a list of layers, e.g. "4 neurons (tanh), 2 neurons (tanh)"
                             : tr("Hidden layers: %1").arg(layerNames.join(QStringLiteral(", "))),
        tr("Learning rate: %1").arg(Figures::figure(learningRate())),
        //: %1 the name of an optimizer, e.g. Adam
        tr("Optimizer: %1").arg(choiceLabel(optimizerChoices(), optimizer())), tr("Batch size: %1").arg(batchSize()),
        regularized
            //: %1 L1 or L2, %2 the regularization rate
            ? tr("Regularization: %1, rate %2").arg(regularization().toUpper(), Figures::figure(regularizationRate()))
            : tr("Regularization: none")};
    if (!regression())
        settings.append(crossEntropy() ? tr("Loss: cross-entropy") : tr("Loss: squared error"));

    QStringList figures{tr("Epochs: %1").arg(epoch()), tr("Test loss: %1").arg(networkFigure(testLoss())),
                        tr("Training loss: %1").arg(networkFigure(trainLoss()))};
    if (!regression()) {
        //: %1 a whole percentage
        figures.append(tr("Test accuracy: %1 %").arg(std::lround(testAccuracy() * 100)));
        //: %1 a whole percentage
        figures.append(tr("Training accuracy: %1 %").arg(std::lround(trainAccuracy() * 100)));
    }
    if (!stopMessage().isEmpty())
        figures.append(stopMessage());
    return evidenceOf(settings, figures);
}

} // namespace loopwise
