<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="17" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="25" />
        <source>Version %1</source>
        <extracomment>%1 is the app's version number, e.g. 0.1.0</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="30" />
        <source>Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.</source>
        <translation>Loopwise montre comment les modèles apprennent : lisez le module, puis mettez chaque idée en pratique de vos propres mains dans les ateliers. L’application fonctionne hors ligne, garde votre progression sur cet appareil et parle votre langue.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="56" />
        <source>Built with Qt and Eigen. Course: %1.</source>
        <extracomment>Qt and Eigen are software libraries (keep the names); %1 is the course's title</extracomment>
        <translation>Réalisé avec Qt et Eigen. Cours : %1.</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="11" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="50" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="24" />
        <source>Artefact</source>
        <extracomment>Small label above a note the module asks the learner to write (a decision note, a model note)</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>model-note</source>
        <extracomment>Suggested file names for exporting a note: short, no spaces</extracomment>
        <translation>note-modele</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>decision-note</source>
        <translation>note-decision</translation>
    </message>
</context>
<context>
    <name>AssumptionsAfterRun</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="15" />
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="31" />
        <source>Check yourself</source>
        <translation>Vérifiez vos connaissances</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="85" />
        <source>Name of this run (optional)</source>
        <translation>Nom de cet essai (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="86" />
        <source>Name of this run</source>
        <translation>Nom de cet essai</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="90" />
        <source>Save run</source>
        <translation>Enregistrer l’essai</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="104" />
        <source>%n saved run(s) of this lab: %1</source>
        <extracomment>%n saved runs of this lab</extracomment>
        <translation>
            <numerusform>%n essai enregistré dans cet atelier : %1</numerusform>
            <numerusform>%n essais enregistrés dans cet atelier : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="40" />
        <source>What changes if it is false</source>
        <extracomment>Column heading beside an assumption the module makes</extracomment>
        <translation>Ce qui change si elle est fausse</translation>
    </message>
</context>
<context>
    <name>AssumptionsConfusion</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="36" />
        <source>Flagged urgent</source>
        <translation>Signalés urgents</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="37" />
        <source>Left as normal</source>
        <translation>Laissés normaux</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="39" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="42" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>AssumptionsLabPage</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="21" />
        <source>Check the assumptions</source>
        <translation>Vérifier les hypothèses</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="84" />
        <source>Urgent tickets</source>
        <translation>Tickets urgents</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="88" />
        <source>Validation is separate</source>
        <translation>La validation est à part</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="92" />
        <source>Loss and decision</source>
        <translation>Perte et décision</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsPanel.qml" line="59" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Réinitialisez pour faire une prédiction avant le prochain essai.</translation>
    </message>
</context>
<context>
    <name>AssumptionsRunBar</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Train and check</source>
        <translation>Entraîner et vérifier</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="26" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>AttachEvidenceButton</name>
    <message>
        <location filename="../qml/labs/common/AttachEvidenceButton.qml" line="30" />
        <source>Attach to my decision note</source>
        <extracomment>Button in a lab: adds the current run (settings, figures, chart) to the decision note's evidence</extracomment>
        <translation>Joindre à ma note de décision</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="64" />
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="75" />
        <source>Colour: the predicted value, from −1 (orange) to 1 (blue).</source>
        <translation>Couleur : la valeur prédite, de −1 (orange) à 1 (bleu).</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="76" />
        <source>Orange: class 0, blue: class 1; fainter where the network is less sure.</source>
        <translation>Orange : classe 0, bleu : classe 1 ; plus pâle là où le réseau est moins sûr.</translation>
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark as not complete</source>
        <translation>Marquer comme non terminé</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark this module complete</source>
        <translation>Marquer ce module comme terminé</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="36" />
        <source>✓ Completed</source>
        <translation>✓ Terminé</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="19" />
        <source>Before you train: what will this model cost per ticket, compared with calling every ticket normal?</source>
        <translation>Avant d’entraîner : combien ce modèle coûtera-t-il par ticket, comparé au fait de déclarer chaque ticket normal ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="27" />
        <source>What mistakes cost</source>
        <translation>Ce que coûtent les erreurs</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="34" />
        <source>Cost of a missed urgent ticket</source>
        <translation>Coût d’un ticket urgent manqué</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="43" />
        <source>Cost of a false alarm</source>
        <translation>Coût d’une fausse alerte</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="55" />
        <source>Repair</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="62" />
        <source>How the decision is repaired</source>
        <translation>Comment la décision est corrigée</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="77" />
        <source>Threshold (flag a ticket when p(urgent) is at least this)</source>
        <translation>Seuil (signaler un ticket quand p(urgent) atteint au moins cette valeur)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="90" />
        <source>Held-out tickets: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket, on the held-out tickets</extracomment>
        <translation>Tickets mis de côté : exactitude %1, coût par ticket %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="99" />
        <source>At this threshold, held-out tickets</source>
        <translation>À ce seuil, tickets mis de côté</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="110" />
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="121" />
        <source>Cost per ticket against the threshold</source>
        <translation>Coût par ticket selon le seuil</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="163" />
        <source>Threshold from 0 (left) to 1 (right). The vertical line marks this run's threshold, the dot the threshold shown above.</source>
        <translation>Seuil de 0 (à gauche) à 1 (à droite). La ligne verticale marque le seuil de cet essai, le point le seuil affiché ci-dessus.</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="171" />
        <source>Test tickets</source>
        <translation>Tickets de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="182" />
        <source>%1: accuracy %2, cost per ticket %3</source>
        <extracomment>%1 the model or the baseline, %2 accuracy, %3 cost per ticket</extracomment>
        <translation>%1 : exactitude %2, coût par ticket %3</translation>
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="25" />
        <source>Key term</source>
        <extracomment>Small label above a definition in the module text</extracomment>
        <translation>Terme clé</translation>
    </message>
</context>
<context>
    <name>EvidenceCharts</name>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="20" />
        <source>Charts of the runs you attached</source>
        <extracomment>Above the thumbnails of the lab runs attached to the decision note</extracomment>
        <translation>Graphiques des essais que vous avez joints</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="35" />
        <source>%1, %2</source>
        <extracomment>A chart attached to the decision note: %1 the lab's title, %2 when it was attached</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="68" />
        <location filename="../qml/blocks/EvidenceCharts.qml" line="91" />
        <source>Remove</source>
        <extracomment>Takes an attached chart off the decision note
----------
Confirms taking the chart off the decision note</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="71" />
        <source>Remove the chart “%1”</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>Retirer le graphique « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="89" />
        <source>Remove this chart?</source>
        <extracomment>Title of the dialog that asks before an attached chart is taken off the decision note</extracomment>
        <translation>Retirer ce graphique ?</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="96" />
        <source>“%1” will no longer be shown with your decision note or its exports. The lines the run added to your evidence stay; edit them as you like.</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>« %1 » ne sera plus affiché avec votre note de décision ni dans ses exports. Les lignes que l’essai a ajoutées à vos éléments probants restent ; modifiez-les comme vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="15" />
        <source>Example</source>
        <extracomment>Small label above a worked example in the module text</extracomment>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>ExpertsCanvasCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="18" />
        <source>Where the gate sends the inputs</source>
        <translation>Où le routeur envoie les entrées</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="32" />
        <source>The gate's regions over the decision boundary</source>
        <translation>Les régions du routeur sur la frontière de décision</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="38" />
        <source>Each expert's own boundary</source>
        <translation>La frontière propre à chaque expert</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="60" />
        <source>Expert %1's own boundary</source>
        <translation>La frontière propre à l’expert %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="65" />
        <source>Expert %1</source>
        <translation>Expert %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="75" />
        <source>Training inputs each expert takes first</source>
        <translation>Entrées d’entraînement reçues en premier choix par chaque expert</translation>
    </message>
</context>
<context>
    <name>ExpertsLabPage</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="20" />
        <source>Mixture of experts</source>
        <translation>Mélange d’experts</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="64" />
        <source>A gate scores the experts for each input and sends it to the best k of them, so only part of the parameters work on each input. Train a mixture and watch where the gate sends the inputs, whether one expert takes over, and what it costs against two dense networks.</source>
        <translation>Un routeur note les experts pour chaque entrée et l’envoie aux k meilleurs, si bien que seule une partie des paramètres travaille sur chaque entrée. Entraînez un mélange et observez où le routeur envoie les entrées, si un expert prend le dessus, et ce que cela coûte face à deux réseaux denses.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="100" />
        <source>Before you train: will one expert end up taking most of the inputs?</source>
        <translation>Avant d’entraîner : un expert finira-t-il par prendre la plupart des entrées ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="101" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Réinitialisez pour faire une prédiction avant le prochain essai.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="113" />
        <source>Loss of the mixture</source>
        <translation>Perte du mélange</translation>
    </message>
</context>
<context>
    <name>ExpertsResultsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="15" />
        <source>Mixture against dense networks (same data, trained beside it)</source>
        <translation>Le mélange face aux réseaux denses (mêmes données, entraînés en parallèle)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Multiply-adds per input</source>
        <translation>Multiplications-additions par entrée</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Parameters (active of all)</source>
        <translation>Paramètres (actifs sur le total)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="64" />
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="128" />
        <source>Name of the run</source>
        <translation>Nom de l’essai</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="133" />
        <source>Save run</source>
        <translation>Enregistrer l’essai</translation>
    </message>
</context>
<context>
    <name>ExpertsRunBar</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="23" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>Lecture ou pause (Ctrl+Espace)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="27" />
        <source>Step one epoch</source>
        <translation>Avancer d’une époque</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="34" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="38" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>Nouveaux paramètres, mêmes données (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="55" />
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="63" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
</context>
<context>
    <name>ExpertsSettingsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="15" />
        <source>The mixture</source>
        <translation>Le mélange</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="22" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="30" />
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="40" />
        <source>Experts per input (k)</source>
        <extracomment>k of top-k routing: how many experts work on each input</extracomment>
        <translation>Experts par entrée (k)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="49" />
        <source>Hidden layers per expert</source>
        <translation>Couches cachées par expert</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="58" />
        <source>Units per hidden layer</source>
        <translation>Unités par couche cachée</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="67" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="77" />
        <source>Balance term</source>
        <extracomment>the load-balancing term of the mixture's loss</extracomment>
        <translation>Terme d’équilibrage</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="86" />
        <source>Balance weight</source>
        <translation>Poids de l’équilibrage</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="98" />
        <source>Capacity per expert (0: no limit)</source>
        <extracomment>how many inputs an expert may take, as a multiple of an even share; 0 is no limit</extracomment>
        <translation>Capacité par expert (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="99" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="109" />
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="120" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32" />
        <source>Search terms and definitions</source>
        <translation>Chercher dans les termes et les définitions</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33" />
        <source>Search the glossary</source>
        <translation>Chercher dans le glossaire</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="42" />
        <source>No term matches "%1".</source>
        <extracomment>%1 is what the learner typed into the glossary search</extracomment>
        <translation>Aucun terme ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="44" />
        <source>%n term(s)</source>
        <extracomment>How many glossary terms match the search</extracomment>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="21" />
        <source>Course</source>
        <extracomment>Small label above the course's title on the home page</extracomment>
        <translation>Cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="65" />
        <source>%n line(s) of your school's settings could not be used; they are left out and the rest applies.</source>
        <extracomment>Notice on the home page when lines of the school's policy file cannot be used</extracomment>
        <translation>
            <numerusform>%n ligne des réglages de votre établissement n’a pas pu être utilisée ; elle est ignorée et le reste s’applique.</numerusform>
            <numerusform>%n lignes des réglages de votre établissement n’ont pas pu être utilisées ; elles sont ignorées et le reste s’applique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="76" />
        <source>Outline</source>
        <extracomment>Heading of the list of the course's modules</extracomment>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106" />
        <source>Labs</source>
        <extracomment>Heading of the list of the interactive labs</extracomment>
        <translation>Ateliers</translation>
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29" />
        <source>Open the glossary</source>
        <translation>Ouvrir le glossaire</translation>
    </message>
</context>
<context>
    <name>LabCanvas</name>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="31" />
        <source>Output of the network over the data</source>
        <translation>Sortie du réseau sur les données</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="79" />
        <source>Showing one neuron's output</source>
        <translation>Sortie d’un seul neurone</translation>
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="19" />
        <source>Open the lab: %1</source>
        <extracomment>Screen-reader name of a card; %1 is the lab's title</extracomment>
        <translation>Ouvrir l’atelier : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="34" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>Atelier interactif</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="63" />
        <source>Open lab →</source>
        <extracomment>Link-like button on a lab's card; the arrow points to the reading direction's end</extracomment>
        <translation>Ouvrir l’atelier →</translation>
    </message>
</context>
<context>
    <name>LabMessage</name>
    <message>
        <location filename="../qml/labs/common/LabMessage.qml" line="36" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LabPredictionCard</name>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="19" />
        <source>Predict, then run</source>
        <translation>Prédisez, puis lancez</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="27" />
        <source>Your prediction:</source>
        <translation>Votre prédiction :</translation>
    </message>
</context>
<context>
    <name>LabShareCard</name>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="17" />
        <source>Lab link</source>
        <translation>Lien de l’atelier</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="35" />
        <source>Link to this lab's settings</source>
        <translation>Lien vers les réglages de cet atelier</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="39" />
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="45" />
        <source>Paste a link to load its settings:</source>
        <translation>Collez un lien pour charger ses réglages :</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="57" />
        <source>Link to load</source>
        <translation>Lien à charger</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="62" />
        <source>Load</source>
        <translation>Charger</translation>
    </message>
</context>
<context>
    <name>LearningLabPage</name>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="23" />
        <source>See how models learn</source>
        <translation>Voir comment les modèles apprennent</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="140" />
        <source>Before you press play: what will happen?</source>
        <translation>Avant d’appuyer sur Lecture : que va-t-il se passer ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="141" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Réinitialisez pour faire une prédiction avant le prochain essai.</translation>
    </message>
</context>
<context>
    <name>LearningLoopCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="24" />
        <source>The training loop, live</source>
        <translation>La boucle d’entraînement en direct</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="33" />
        <source>Press Step one batch and follow the batch round the loop: each press of Next stage shows the next stage, with the numbers the model really uses.</source>
        <extracomment>"Step one batch" and "Next stage" are the labels of the two buttons below: keep them identical</extracomment>
        <translation>Appuyez sur Avancer d’un lot et suivez le lot tout au long de la boucle : chaque appui sur Étape suivante affiche l’étape suivante, avec les nombres que le modèle utilise réellement.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="56" />
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="119" />
        <source>Stage %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="91" />
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Step one batch</source>
        <translation>Avancer d’un lot</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="106" />
        <source>Epoch %1, batch %2 of %3</source>
        <translation>Époque %1, lot %2 sur %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="128" />
        <source>No batch yet: press Step one batch.</source>
        <translation>Pas encore de lot : appuyez sur Avancer d’un lot.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="140" />
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="141" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="144" />
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="196" />
        <source>… and %n more rows</source>
        <translation>
            <numerusform>… et %n autre ligne</numerusform>
            <numerusform>… et %n autres lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="206" />
        <source>Loss of this batch:</source>
        <translation>Perte de ce lot :</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="225" />
        <source>Update = − learning rate (%1) × gradient. A bar's length is the gradient's size; the arrow shows which way the parameter moves.</source>
        <translation>Mise à jour = − taux d’apprentissage (%1) × gradient. La longueur d’une barre est la taille du gradient ; la flèche indique dans quel sens le paramètre se déplace.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="236" />
        <source>Each parameter multiplies one term of the model: 1 is the constant (the bias); P1, P2, … are polynomials of rising degree (P1(x) = x, P2(x) = (3x² − 1)/2, …) of the input, and P1(x1)·P1(x2) is a product of two of them.</source>
        <translation>Chaque paramètre multiplie un terme du modèle : 1 est la constante (le biais) ; P1, P2, … sont des polynômes de l’entrée de degré croissant (P1(x) = x, P2(x) = (3x² − 1)/2, …), et P1(x1)·P1(x2) est le produit de deux d’entre eux.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="246" />
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="256" />
        <source>Size and direction</source>
        <translation>Taille et sens</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="351" />
        <source>… and %n more parameters</source>
        <translation>
            <numerusform>… et %n autre paramètre</numerusform>
            <numerusform>… et %n autres paramètres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningLossCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="18" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="25" />
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="36" />
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="40" />
        <source>Baseline (validation)</source>
        <translation>Référence (validation)</translation>
    </message>
</context>
<context>
    <name>LearningPlotCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="68" />
        <source>The model's class probabilities over the points</source>
        <translation>Probabilités de classe du modèle sur les points</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="69" />
        <source>The model's curve over the points</source>
        <translation>Courbe du modèle sur les points</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="90" />
        <source>training points</source>
        <translation>points d’entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="95" />
        <source>validation points</source>
        <translation>points de validation</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="101" />
        <source>the model's curve</source>
        <translation>courbe du modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="107" />
        <source>Background: orange for class 0, blue for class 1, pale where the model is unsure</source>
        <translation>Fond : orange pour la classe 0, bleu pour la classe 1, pâle là où le modèle hésite</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="121" />
        <source>Baseline: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="128" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="135" />
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>LearningPresetsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="14" />
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="30" />
        <source>Preset %1: %2</source>
        <translation>Préréglage %1 : %2</translation>
    </message>
</context>
<context>
    <name>LearningQuestionsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="14" />
        <source>Check yourself</source>
        <translation>Vérifiez vos connaissances</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="31" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>LearningRunBar</name>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="24" />
        <source>Step one epoch</source>
        <translation>Avancer d’une époque</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="28" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>Entraîner une époque (Ctrl+Droite)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="32" />
        <source>Step one batch</source>
        <translation>Avancer d’un lot</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="36" />
        <source>Send one batch round the training loop, stage by stage (Ctrl+Down)</source>
        <translation>Faire passer un lot dans la boucle d’entraînement, étape par étape (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="40" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="43" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>Nouveaux paramètres, mêmes données (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="47" />
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="54" />
        <source>Speed</source>
        <extracomment>how many epochs the lab trains between two pictures on the screen</extracomment>
        <translation>Vitesse</translation>
    </message>
</context>
<context>
    <name>LearningSettingsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="14" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="27" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="35" />
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="43" />
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="54" />
        <source>Model capacity (degree)</source>
        <translation>Capacité du modèle (degré)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="64" />
        <source>Data size (points)</source>
        <translation>Taille des données (points)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="75" />
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="76" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="46" />
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <extracomment>Screen-reader name of the diagram; %1 is the stage's number, %2 how many stages there are, %3 the stage's title</extracomment>
        <translation>Schéma de la boucle d’entraînement, étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="163" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="260" />
        <source>Stage %1: %2</source>
        <extracomment>A stage of the training loop; %1 is its number, %2 its title</extracomment>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="196" />
        <source>Round %1</source>
        <extracomment>How many times the walkthrough has gone round the training loop; %1 is a number</extracomment>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="213" />
        <source>Previous</source>
        <extracomment>Button: the previous stage of the training loop</extracomment>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="234" />
        <source>Pause</source>
        <extracomment>Button: stop or start stepping through the stages on its own</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="229" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Pause the walkthrough</source>
        <translation>Mettre la visite en pause</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Play the walkthrough</source>
        <translation>Lancer la visite</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="242" />
        <source>Next</source>
        <extracomment>Button: the next stage of the training loop</extracomment>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="251" />
        <source>%1 of %2</source>
        <extracomment>Which stage is shown; %1 is its number, %2 how many stages there are</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="276" />
        <source>See this loop live in the lab</source>
        <translation>Voir cette boucle en direct dans l’atelier</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="16" />
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="17" />
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="23" />
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="40" />
        <source>Loss chart</source>
        <translation>Graphique de la perte</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="23" />
        <source>%1 – Loopwise</source>
        <extracomment>Window title; %1 is the page's title</extracomment>
        <translation>%1 – Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>Loopwise</source>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="66" />
        <source>This part of the course is not in the installed content.</source>
        <translation>Cette partie du cours ne figure pas dans le contenu installé.</translation>
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="56" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="61" />
        <source>%n outcome(s)</source>
        <extracomment>How many learning outcomes the module has</extracomment>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="20" />
        <source>Next: %1</source>
        <extracomment>Screen-reader name of the card that opens the next module; %1 is the module's title</extracomment>
        <translation>Suivant : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="22" />
        <source>Previously: %1</source>
        <extracomment>Screen-reader name of the card that opens the previous module; %1 is the module's title</extracomment>
        <translation>Précédent : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="40" />
        <source>Next</source>
        <extracomment>Label on the card of the following module</extracomment>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="42" />
        <source>Previously</source>
        <extracomment>Label on the card of the module before this one</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="67" />
        <source>Not in this content pack yet</source>
        <extracomment>On the card of a module whose text is not installed</extracomment>
        <translation>Pas encore dans ce contenu</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="57" />
        <source>Add a hidden layer</source>
        <translation>Ajouter une couche cachée</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="65" />
        <source>Remove the last hidden layer</source>
        <translation>Retirer la dernière couche cachée</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="72" />
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n couche cachée</numerusform>
            <numerusform>%n couches cachées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="101" />
        <source>Add a neuron to layer %1</source>
        <translation>Ajouter un neurone à la couche %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="110" />
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neurone</numerusform>
            <numerusform>%n neurones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="119" />
        <source>Remove a neuron from layer %1</source>
        <translation>Retirer un neurone de la couche %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="131" />
        <source>Activation of layer %1: %2</source>
        <translation>Activation de la couche %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="167" />
        <source>Weights of the network; use the arrow keys to pick one and Enter to change it</source>
        <translation>Poids du réseau ; choisissez-en un avec les flèches et appuyez sur Entrée pour le modifier</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="207" />
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="208" />
        <source>Neuron %1 of layer %2</source>
        <translation>Neurone %1 de la couche %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="248" />
        <source>Line width shows a weight's size, colour its sign (blue positive, orange negative). Tap a line to read or change its weight; tap or hover a neuron to see its output on the canvas.</source>
        <translation>L’épaisseur d’une ligne montre la taille d’un poids, sa couleur son signe (bleu positif, orange négatif). Touchez une ligne pour lire ou modifier son poids ; touchez ou survolez un neurone pour voir sa sortie sur le canevas.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="273" />
        <source>Weight from %1 to neuron %2 of layer %3</source>
        <translation>Poids de %1 vers le neurone %2 de la couche %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="275" />
        <source>neuron %1</source>
        <translation>neurone %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="290" />
        <source>Weight value</source>
        <translation>Valeur du poids</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="295" />
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>NetworkLabPage</name>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="45" />
        <source>Build a neural network</source>
        <translation>Construire un réseau de neurones</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="264" />
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="268" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>Entraîner une époque (Ctrl+Droite)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="272" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="275" />
        <source>Fresh weights (Ctrl+R)</source>
        <translation>Nouveaux poids (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="281" />
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="298" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="305" />
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="312" />
        <source>Activation (all layers)</source>
        <translation>Activation (toutes les couches)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="320" />
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="321" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="327" />
        <source>Regularization rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="396" />
        <source>Problem type</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="363" />
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="370" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Squared error</source>
        <translation>Erreur quadratique</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Cross-entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="89" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="163" />
        <source>Show test data</source>
        <translation>Afficher les données de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="168" />
        <source>Discretize output</source>
        <translation>Discrétiser la sortie</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="389" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="404" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="411" />
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="421" />
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="431" />
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="439" />
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="445" />
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="464" />
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="494" />
        <source>Before you press play: what will this network do?</source>
        <translation>Avant d’appuyer sur Lecture : que va faire ce réseau ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="495" />
        <source>Reset the network to make a prediction before the next run.</source>
        <translation>Réinitialisez le réseau pour faire une prédiction avant le prochain essai.</translation>
    </message>
</context>
<context>
    <name>NetworkPointsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="17" />
        <source>Your own points</source>
        <translation>Vos propres points</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="24" />
        <source>Choose what a tap on the canvas does. Your first change turns the points shown into your own set.</source>
        <translation>Choisissez l’effet d’un appui sur le canevas. Votre première modification transforme les points affichés en votre propre ensemble.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Just look</source>
        <translation>Simplement regarder</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Add points</source>
        <translation>Ajouter des points</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="33" />
        <source>Erase points</source>
        <translation>Effacer des points</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="54" />
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="62" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="80" />
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="91" />
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="95" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="110" />
        <source>Import points</source>
        <translation>Importer des points</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="119" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="116" />
        <source>Export points</source>
        <translation>Exporter les points</translation>
    </message>
</context>
<context>
    <name>NetworkResultsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="14" />
        <source>Results and stop conditions</source>
        <translation>Résultats et conditions d’arrêt</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="22" />
        <source>Accuracy: %1 % on training data, %2 % on test data.</source>
        <translation>Exactitude : %1 % sur les données d’entraînement, %2 % sur les données de test.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="30" />
        <source>Confusion matrix of the test data (rows: true class, columns: predicted class)</source>
        <translation>Matrice de confusion des données de test (lignes : classe réelle, colonnes : classe prédite)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="56" />
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="57" />
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="72" />
        <source>Stop at epoch (0: never)</source>
        <translation>Arrêter à l’époque (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="84" />
        <source>Stop at epoch</source>
        <translation>Arrêter à l’époque</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="91" />
        <source>Stop at test loss (0: never)</source>
        <translation>Arrêter à la perte de test (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="102" />
        <source>Stop at test loss</source>
        <translation>Arrêter à la perte de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="110" />
        <source>Speed: %1 epochs per second.</source>
        <translation>Vitesse : %1 époques par seconde.</translation>
    </message>
</context>
<context>
    <name>NetworkRunsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="18" />
        <source>Saved runs</source>
        <translation>Essais enregistrés</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="28" />
        <source>Name of this run (optional)</source>
        <translation>Nom de cet essai (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="29" />
        <source>Name of this run</source>
        <translation>Nom de cet essai</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="33" />
        <source>Save run</source>
        <translation>Enregistrer l’essai</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="49" />
        <source>No saved runs yet. Save one, change something, train again and save that too: then compare them here.</source>
        <translation>Aucun essai enregistré pour l’instant. Enregistrez-en un, changez quelque chose, entraînez à nouveau et enregistrez aussi ce résultat : vous pourrez alors les comparer ici.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run A</source>
        <translation>Essai A</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run B</source>
        <translation>Essai B</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="83" />
        <source>%1 epochs · test loss %2 · training loss %3</source>
        <translation>%1 époques · perte de test %2 · perte d’entraînement %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="85" />
        <source>%1 epochs · test loss %2 · training loss %3 · test accuracy %4 %</source>
        <translation>%1 époques · perte de test %2 · perte d’entraînement %3 · exactitude de test %4 %</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="113" />
        <source>Loss curves of the two runs</source>
        <translation>Courbes de perte des deux essais</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="131" />
        <source>A training</source>
        <translation>A entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="132" />
        <source>A test</source>
        <translation>A test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="133" />
        <source>B training</source>
        <translation>B entraînement</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="134" />
        <source>B test</source>
        <translation>B test</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="14" />
        <source>✓ Saved</source>
        <extracomment>State of a note the learner writes: every change is saved</extracomment>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="18" />
        <source>Saving…</source>
        <extracomment>State of a note the learner writes: a change is being written</extracomment>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="21" />
        <source>Not saved yet: kept here and retried</source>
        <extracomment>State of a note: the last change could not be written yet; the app keeps it and tries again</extracomment>
        <translation>Pas encore enregistré : conservé ici, nouvelle tentative à venir</translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="24" />
        <source>History (%1)</source>
        <extracomment>Button that shows a note's earlier versions; %1 is how many there are</extracomment>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="32" />
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="43" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>Markdown (*.md)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="85" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="93" />
        <source>✓ Completed</source>
        <translation>✓ Terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="95" />
        <source>In progress</source>
        <extracomment>A module's status on the home page</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="96" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="102" />
        <source>Section %1 of %2</source>
        <extracomment>Where the learner left the module; %1 and %2 are numbers</extracomment>
        <translation>Section %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="92" />
        <source>Not in this content pack yet</source>
        <extracomment>A module's status on the home page: its text is not installed</extracomment>
        <translation>Pas encore dans ce contenu</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="12" />
        <source>Play</source>
        <extracomment>the button that starts training</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="14" />
        <source>Pause</source>
        <extracomment>the same button while training runs: it stops training</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="21" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>Lecture ou pause (Ctrl+Espace)</translation>
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26" />
        <source>Good practice</source>
        <extracomment>Labels of three examples: acceptable, to avoid, and the best way to do something</extracomment>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="27" />
        <source>Bad practice</source>
        <translation>Mauvaise pratique</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="28" />
        <source>Best practice</source>
        <translation>Meilleure pratique</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="14" />
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <extracomment>Notice on the home page when parts of a content pack are broken</extracomment>
        <translation>
            <numerusform>Une partie du contenu du cours n’a pas pu être chargée (%n problème). Tout le reste fonctionne.</numerusform>
            <numerusform>Une partie du contenu du cours n’a pas pu être chargée (%n problèmes). Tout le reste fonctionne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show fewer</source>
        <extracomment>Button that folds the list of problems (of content, or of the school's policy) back to three</extracomment>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>Afficher %n problème</numerusform>
            <numerusform>Afficher les %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>Rename learner</source>
        <translation>Renommer l’apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="34" />
        <source>Name</source>
        <extracomment>Placeholder of the field for a learner's name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="38" />
        <source>Learner name</source>
        <translation>Nom de l’apprenant</translation>
    </message>
</context>
<context>
    <name>ProfileRemoveDialog</name>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="11" />
        <source>Remove %1?</source>
        <extracomment>Title of the dialog that removes a learner; %1 is the learner's name</extracomment>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="13" />
        <source>Remove</source>
        <extracomment>Button: remove the learner</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="18" />
        <source>Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.</source>
        <translation>Sa progression et ses notes quittent cette liste. Une sauvegarde complète est d’abord effectuée, et son emplacement est indiqué ensuite.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="15" />
        <source>Learner</source>
        <extracomment>Label before the chooser of the learner profile on this device</extracomment>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="42" />
        <source>Learner profile</source>
        <translation>Profil d’apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="47" />
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="56" />
        <source>Rename</source>
        <extracomment>Button: rename the current learner</extracomment>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="66" />
        <source>Remove</source>
        <extracomment>Button: remove the current learner from this device</extracomment>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="31" />
        <source>✓ Module complete · section %1 of %2: %3</source>
        <extracomment>A completed module's reader; %1 the section's number, %2 how many there are, %3 its title</extracomment>
        <translation>✓ Module terminé · section %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="33" />
        <source>Section %1 of %2: %3</source>
        <extracomment>The section being read; %1 its number, %2 how many there are, %3 its title</extracomment>
        <translation>Section %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>PromptCasesEditor</name>
    <message numerus="yes">
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="20" />
        <source>Test cases (%n)</source>
        <extracomment>%n test cases of the task</extracomment>
        <translation>
            <numerusform>Cas de test (%n)</numerusform>
            <numerusform>Cas de test (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="46" />
        <source>%1. %2 → %3</source>
        <extracomment>one test case: %1 its number, %2 its input, %3 the expected answer</extracomment>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="54" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="63" />
        <source>Edit case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>Modifier le cas %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="66" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="70" />
        <source>Remove case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>Retirer le cas %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="81" />
        <source>Input (what goes into {{input}})</source>
        <translation>Entrée (ce qui remplace {{input}})</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="82" />
        <source>Input of the test case</source>
        <translation>Entrée du cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="87" />
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="94" />
        <source>Must contain (words; separated; by semicolons)</source>
        <extracomment>words separated by semicolons</extracomment>
        <translation>Doit contenir (mots ; séparés ; par des points-virgules)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="95" />
        <source>Words the answer must contain</source>
        <translation>Mots que la réponse doit contenir</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Save the case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Add the case</source>
        <translation>Ajouter le cas</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="116" />
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="122" />
        <source>Back to the task's own cases</source>
        <translation>Revenir aux cas propres à la tâche</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="132" />
        <source>A CSV file's first line names its columns: input,expected and, if wanted, contains (words separated by semicolons).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>La première ligne d’un fichier CSV nomme ses colonnes : input,expected et, si besoin, contains (mots séparés par des points-virgules).</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="149" />
        <source>Import test cases</source>
        <translation>Importer des cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PromptComparisonExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="36" />
        <source># The structure of prompt A and prompt B: %1</source>
        <extracomment>the heading of an exported structure comparison; %1 the task's title</extracomment>
        <translation># La structure du prompt A et du prompt B : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="38" />
        <source>## Prompt A</source>
        <extracomment>a heading of the exported structure comparison, above prompt A's text</extracomment>
        <translation>## Prompt A</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="40" />
        <source>## Prompt B</source>
        <extracomment>a heading of the exported structure comparison, above prompt B's text</extracomment>
        <translation>## Prompt B</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="42" />
        <source>## What B does that A does not</source>
        <extracomment>a heading of the exported structure comparison, above its summary</extracomment>
        <translation>## Ce que B fait et que A ne fait pas</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="47" />
        <source>## Criterion by criterion</source>
        <extracomment>a heading of the exported structure comparison, above its table</extracomment>
        <translation>## Critère par critère</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="49" />
        <source>| Criterion | A | B | Why the guides recommend it | Guides |</source>
        <extracomment>the columns of the exported comparison table, separated by |</extracomment>
        <translation>| Critère | A | B | Pourquoi les guides le recommandent | Guides |</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="52" />
        <source>yes</source>
        <extracomment>in the exported comparison table: the prompt has this part</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="54" />
        <source>no</source>
        <extracomment>in the exported comparison table: the prompt does not have this part</extracomment>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="64" />
        <source>Structure cannot tell whether a prompt works: run both prompts on the same test cases, several times, to find out.</source>
        <translation>La structure ne dit pas si un prompt fonctionne : pour le savoir, lancez les deux prompts sur les mêmes cas de test, plusieurs fois.</translation>
    </message>
</context>
<context>
    <name>PromptComparisonTable</name>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="18" />
        <source>Comparison of prompts A and B</source>
        <extracomment>Accessible name of the prompts lab's comparison table</extracomment>
        <translation>Comparaison des prompts A et B</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="24" />
        <source>What the guides agree on: A has %1 of %3 parts, B has %2 of %3.</source>
        <extracomment>Heading of the prompts lab's comparison table; %1 and %2 how many of the %3 parts prompts A and B have</extracomment>
        <translation>Ce sur quoi les guides s’accordent : A contient %1 éléments sur %3, B en contient %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="37" />
        <source>Mark</source>
        <extracomment>Column of the comparison table: how the editors mark the part</extracomment>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="46" />
        <source>Part</source>
        <extracomment>Column of the comparison table: the part of a prompt</extracomment>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="71" />
        <source>Why, and which guides</source>
        <extracomment>Column of the comparison table: why the guides recommend the part, and which guides</extracomment>
        <translation>Pourquoi, et selon quels guides</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>A contient %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A lacks %1</source>
        <translation>A ne contient pas %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>B contient %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B lacks %1</source>
        <translation>B ne contient pas %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="129" />
        <source>%1 (%2)</source>
        <extracomment>A cell of the comparison table: %1 why the guides recommend a part, %2 the guides' publishers</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="25" />
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="40" />
        <source>Prompt %1</source>
        <extracomment>Heading of one of the two prompt editors; %1 is A or B
----------
Accessible name of a prompt editor; %1 is A or B</extracomment>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="62" />
        <source>Add a role</source>
        <extracomment>Pattern button of the prompts lab: adds "You are &lt;role&gt;." at the top of the prompt</extracomment>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="68" />
        <source>Examples from the cases</source>
        <extracomment>Pattern button of the prompts lab: adds few-shot examples taken from the task's test cases</extracomment>
        <translation>Exemples tirés des cas</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="74" />
        <source>Your examples</source>
        <extracomment>Pattern button of the prompts lab: adds the learner's own few-shot examples</extracomment>
        <translation>Vos exemples</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="80" />
        <source>Step by step</source>
        <extracomment>Pattern button of the prompts lab: adds an instruction to think step by step</extracomment>
        <translation>Étape par étape</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="86" />
        <source>Output format</source>
        <extracomment>Pattern button of the prompts lab: adds the answer format</extracomment>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="92" />
        <source>Delimiters</source>
        <extracomment>Pattern button of the prompts lab: puts the input between tags</extracomment>
        <translation>Délimiteurs</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="98" />
        <source>Undo pattern</source>
        <extracomment>Button of the prompts lab: takes back the last pattern added to this prompt</extracomment>
        <translation>Annuler la technique</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="111" />
        <source>The pattern's change: what it inserted is bold and underlined.</source>
        <extracomment>Above the prompt as the last pattern changed it</extracomment>
        <translation>Modification apportée par la technique : ce qu’elle a inséré est en gras et souligné.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="132" />
        <source>No clarity signals.</source>
        <extracomment>Under a prompt editor: the analyser found no sign of an unclear prompt</extracomment>
        <translation>Aucun problème de clarté repéré.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="134" />
        <source>Clarity signals (wavy orange underline):</source>
        <extracomment>Heading above the list of signs that a prompt is unclear (vague words, conflicts, ...)</extracomment>
        <translation>Problèmes de clarté possibles (soulignés d’une vague orange) :</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="146" />
        <source>Line %1, %2: "%3"</source>
        <extracomment>One sign that a prompt is unclear: %1 its line number, %2 what it is (e.g. Vague word), %3 the words</extracomment>
        <translation>Ligne %1, %2 : « %3 »</translation>
    </message>
</context>
<context>
    <name>PromptExportButtons</name>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="20" />
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="27" />
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="36" />
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PromptPatternSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="22" />
        <source>Patterns to try</source>
        <extracomment>Heading of the prompts lab's card for the pattern helpers (add a role, examples, ...)</extracomment>
        <translation>Techniques à essayer</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="36" />
        <source>Role, e.g. a support lead</source>
        <extracomment>Field of the prompts lab: the role the "Role" pattern writes ("You are ...")</extracomment>
        <translation>Rôle, par ex. responsable du support</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="37" />
        <source>a support lead</source>
        <translation>responsable du support</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="38" />
        <source>Role to add</source>
        <translation>Rôle à ajouter</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="46" />
        <source>Answer format, e.g. urgent / normal</source>
        <extracomment>Field of the prompts lab: the answer format the "Format" pattern writes</extracomment>
        <translation>Format de réponse, par ex. urgent / normal</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="48" />
        <source>Answer format to add</source>
        <translation>Format de réponse à ajouter</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="57" />
        <source>Your own examples, one a line: input | answer</source>
        <extracomment>Field of the prompts lab: the learner's own few-shot examples</extracomment>
        <translation>Vos propres exemples, un par ligne : entrée | réponse</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="58" />
        <source>Your own examples</source>
        <translation>Vos propres exemples</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="66" />
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="77" />
        <source>Examples drawn from the test cases</source>
        <extracomment>Label of a number box: how many few-shot examples to take from the task's test cases</extracomment>
        <translation>Exemples tirés des cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="85" />
        <source>Some patterns need a large model to show their effect. Asking for steps (chain of thought) helps only large models on reasoning tasks, and a persona changes the style of an answer, not whether it is right. The built-in demonstration model does not reason: try those patterns on a local model too.</source>
        <translation>Certaines techniques ne montrent leur effet qu’avec un grand modèle. Demander les étapes (chaîne de pensée) n’aide que les grands modèles sur des tâches de raisonnement, et un persona change le style d’une réponse, pas son exactitude. Le modèle de démonstration intégré ne raisonne pas : essayez aussi ces techniques sur un modèle local.</translation>
    </message>
</context>
<context>
    <name>PromptRunResultsView</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="19" />
        <source>Pass rate over the test cases</source>
        <extracomment>Title of the chart of both prompts' pass rates</extracomment>
        <translation>Taux de réussite sur les cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="23" />
        <source>Prompt %1</source>
        <extracomment>a bar of the pass-rate chart; %1 A or B</extracomment>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="34" />
        <source>Prompt %1: %2</source>
        <extracomment>%1 A or B, %2 its pass rate with the spread over seeds</extracomment>
        <translation>Prompt %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="74" />
        <source>Answers from: %1</source>
        <extracomment>%1 the answers' provenance: model, version, seeds, temperature, time</extracomment>
        <translation>Origine des réponses : %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="82" />
        <source>Only the cases where A and B differ</source>
        <translation>Seulement les cas où A et B diffèrent</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="118" />
        <source>Case %1: %2 (expected: %3)</source>
        <extracomment>a row of the case table: %1 the case's number, %2 its input, %3 the expected answer</extracomment>
        <translation>Cas %1 : %2 (attendu : %3)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="127" />
        <source>A passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which A passed, %2 seeds in all, %3 A's answers grouped</extracomment>
        <translation>A a réussi %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="135" />
        <source>B passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which B passed, %2 seeds in all, %3 B's answers grouped</extracomment>
        <translation>B a réussi %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>PromptRunSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="18" />
        <source>Model and settings</source>
        <translation>Modèle et réglages</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="28" />
        <source>Built-in demonstration model</source>
        <extracomment>the built-in model, chosen as the model a test runs on</extracomment>
        <translation>Modèle de démonstration intégré</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="39" />
        <source>My local model server</source>
        <translation>Mon serveur de modèles local</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="53" />
        <source>A small demonstration model made by the Loopwise project: it is trained on this computer from text the project ships, in a few seconds the first time, and gives the same answers for the same seed. It shows real effects of few-shot examples and their order, but it is not a large language model.</source>
        <translation>Un petit modèle de démonstration créé par le projet Loopwise : il est entraîné sur cet ordinateur à partir de textes fournis avec le projet, en quelques secondes la première fois, et donne les mêmes réponses pour la même graine. Il montre de vrais effets des exemples (few-shot) et de leur ordre, mais ce n’est pas un grand modèle de langage.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="64" />
        <source>Send prompts to the local model server</source>
        <translation>Envoyer les prompts au serveur de modèles local</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="81" />
        <source>Kind of server</source>
        <extracomment>the kind of model server: ollama, llamacpp or openai</extracomment>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="89" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="92" />
        <source>Find local models</source>
        <translation>Trouver les modèles locaux</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="98" />
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="119" />
        <source>Use %1 at %2</source>
        <extracomment>a model server found on this computer: %1 its kind, %2 its address</extracomment>
        <translation>Utiliser %1 à %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="130" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="136" />
        <source>Check that the server follows the seed</source>
        <translation>Vérifier que le serveur respecte la graine</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="169" />
        <source>Runs per case (seeds)</source>
        <extracomment>how many times each prompt is run on each test case, each with its own seed</extracomment>
        <translation>Essais par cas (graines)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="178" />
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="190" />
        <source>Calibrate (correct the model's bias towards some labels with a content-free input)</source>
        <extracomment>contextual calibration: the model's label probabilities are corrected by those for a content-free input</extracomment>
        <translation>Calibrer (corriger la préférence du modèle pour certaines étiquettes à l’aide d’une entrée sans contenu)</translation>
    </message>
</context>
<context>
    <name>PromptSavePair</name>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="17" />
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="33" />
        <source>Save this pair</source>
        <extracomment>Heading of the prompts lab's card to keep the two prompts with a note</extracomment>
        <translation>Enregistrer cette paire</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="28" />
        <source>Your note: what do you expect B to change, and why?</source>
        <extracomment>Placeholder of the note saved with a pair of prompts</extracomment>
        <translation>Votre note : qu’attendez-vous que B change, et pourquoi ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="29" />
        <source>Note for this pair</source>
        <translation>Note pour cette paire</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="49" />
        <source>%1: %2</source>
        <extracomment>A saved pair of prompts: %1 its task, %2 the learner's note</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="55" />
        <source>Open</source>
        <extracomment>Button beside a saved pair of prompts: loads it into the editors again</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="56" />
        <source>Open the pair %1</source>
        <translation>Ouvrir la paire %1</translation>
    </message>
</context>
<context>
    <name>PromptsLabPage</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="44" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>Atelier interactif</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="72" />
        <source>Task</source>
        <extracomment>Chooser of the prompts lab: which starter task (and its prompt pair) to work on</extracomment>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="100" />
        <source>Compare structure</source>
        <extracomment>Tab of the prompts lab: A and B side by side, their parts and clarity</extracomment>
        <translation>Comparer la structure</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="107" />
        <source>Measure on test cases</source>
        <extracomment>Tab of the prompts lab: both prompts run on the task's test cases, several times</extracomment>
        <translation>Mesurer sur les cas de test</translation>
    </message>
</context>
<context>
    <name>PromptsRunPanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="36" />
        <source>Measure on test cases</source>
        <extracomment>Heading of the part of the prompts lab that runs both prompts on test cases</extracomment>
        <translation>Mesurer sur les cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="45" />
        <source>How a prompt is written is a guess about how the model will behave. Run both prompts on the same test cases, several times, and see whether the difference is larger than the model's own run-to-run variation.</source>
        <translation>La façon dont un prompt est rédigé n’est qu’une supposition sur le comportement du modèle. Lancez les deux prompts sur les mêmes cas de test, plusieurs fois, et voyez si l’écart dépasse la variation propre du modèle d’un essai à l’autre.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="68" />
        <source>Run A and B on the test cases</source>
        <extracomment>Button: runs prompt A and prompt B on every test case with every seed</extracomment>
        <translation>Lancer A et B sur les cas de test</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="76" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="101" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="133" />
        <source>Run the same test on my local model server</source>
        <extracomment>Button after a run on the built-in model: switches the test to the learner's local model server</extracomment>
        <translation>Lancer le même test sur mon serveur de modèles local</translation>
    </message>
</context>
<context>
    <name>PromptsStructurePanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="66" />
        <source>What B does that A does not</source>
        <extracomment>Heading of the prompts lab's summary of the differences between prompts A and B</extracomment>
        <translation>Ce que B fait et que A ne fait pas</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="87" />
        <source>Structure cannot tell you whether a prompt works. How a prompt is written is a guess about how a model will behave: to find out, run both prompts on the same test cases, several times, under "Measure on test cases".</source>
        <translation>La structure ne peut pas vous dire si un prompt fonctionne. La façon dont un prompt est rédigé n’est qu’une supposition sur le comportement d’un modèle : pour le savoir, lancez les deux prompts sur les mêmes cas de test, plusieurs fois, dans « Mesurer sur les cas de test ».</translation>
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="45" />
        <source>%1 of %2 opened</source>
        <extracomment>How many of the check-yourself cards the learner has opened; %1 and %2 are numbers</extracomment>
        <translation>%1 sur %2 ouvertes</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22" />
        <source>%1 Answer: %2</source>
        <extracomment>Screen-reader name of an opened question card; %1 is the question, %2 its answer</extracomment>
        <translation>%1 Réponse : %2</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23" />
        <source>Shows the answer. Activate to hide it.</source>
        <translation>Affiche la réponse. Activez pour la masquer.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="24" />
        <source>Activate to show the answer.</source>
        <translation>Activez pour afficher la réponse.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="71" />
        <source>Show answer</source>
        <extracomment>Button on a check-yourself question card</extracomment>
        <translation>Afficher la réponse</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="42" />
        <source>Contents</source>
        <extracomment>Button that opens the list of the module's sections</extracomment>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="43" />
        <source>Contents: jump to a section</source>
        <translation>Sommaire : aller à une section</translation>
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="20" />
        <source>Reflection</source>
        <extracomment>Heading of the box where the learner writes a reflection</extracomment>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="28" />
        <source>Write a few sentences in your own words.</source>
        <translation>Écrivez quelques phrases avec vos propres mots.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="33" />
        <source>Saved versions</source>
        <extracomment>Heading of the list of a note's earlier versions</extracomment>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="64" />
        <source>%1 (current)</source>
        <extracomment>%1 is the date and time a note's version was saved; this one is the version shown now</extracomment>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="82" />
        <source>Restore</source>
        <extracomment>Button: make this earlier version of the note the current one</extracomment>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="92" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="46" />
        <source>"%1" is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <extracomment>%1 is what was given after --open; home, glossary, ... are the app's places as written on the command line</extracomment>
        <translation>« %1 » n’est pas un endroit de l’application ; utilisez home, glossary, settings, about, module/&lt;id&gt;[#section] ou lab/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="65" />
        <source>there is no lab "%1"; the labs are %2</source>
        <extracomment>%1 is the lab id the route names, %2 the list of lab ids (network, learning, ...)</extracomment>
        <translation>il n’y a pas d’atelier « %1 » ; les ateliers sont %2</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="70" />
        <source>Your school has turned off the lab "%1".</source>
        <extracomment>%1 the title of a lab that the school's policy turned off</extracomment>
        <translation>Votre établissement a désactivé le laboratoire « %1 ».</translation>
    </message>
</context>
<context>
    <name>SchoolLock</name>
    <message>
        <location filename="../qml/components/SchoolLock.qml" line="14" />
        <source>Set by your school</source>
        <extracomment>Under a setting that the school's policy file fixes; the learner cannot change it</extracomment>
        <translation>Défini par votre établissement</translation>
    </message>
</context>
<context>
    <name>SectionsPopup</name>
    <message>
        <location filename="../qml/components/SectionsPopup.qml" line="48" />
        <source>%1. %2</source>
        <extracomment>An entry of the contents list; %1 is the section's number, %2 its title</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="11" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="18" />
        <location filename="../qml/pages/SettingsPage.qml" line="29" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45" />
        <source>The course text and the app switch language right away.</source>
        <translation>Le texte du cours et l’application changent de langue immédiatement.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="56" />
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73" />
        <source>Text size: %1 %</source>
        <extracomment>Label of the text-size slider; %1 is the size in percent of the normal size</extracomment>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="95" />
        <source>This is how text in the course will look.</source>
        <translation>Voici à quoi ressemblera le texte du cours.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107" />
        <source>For teachers</source>
        <extracomment>Heading of the settings for exporting and importing learners' progress</extracomment>
        <translation>Pour les enseignants</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="113" />
        <source>Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.</source>
        <translation>Rassemblez la progression de chaque apprenant de cet appareil, ou transférez un apprenant vers un autre appareil. Rien ne quitte l’appareil, sauf si vous l’enregistrez ailleurs.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="127" />
        <source>Progress as CSV</source>
        <extracomment>Button: export every learner's progress as a CSV table</extracomment>
        <translation>Progression en CSV</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="132" />
        <source>xAPI statements</source>
        <extracomment>Button: export every learner's progress as xAPI statements (a learning-records standard; keep "xAPI")</extracomment>
        <translation>Déclarations xAPI</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="137" />
        <source>Export this learner</source>
        <extracomment>Button: save the current learner's profile to a file for another device</extracomment>
        <translation>Exporter cet apprenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="142" />
        <source>Import a learner</source>
        <extracomment>Button: read a learner's profile from a file exported on another device</extracomment>
        <translation>Importer un apprenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161" />
        <source>Progress is kept in %1</source>
        <extracomment>%1 is the path of the progress database file</extracomment>
        <translation>La progression est conservée dans %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="179" />
        <source>CSV files (*.csv)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180" />
        <source>xAPI statements (*.jsonl)</source>
        <translation>Déclarations xAPI (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="181" />
        <source>Loopwise learner files (*.json)</source>
        <translation>Fichiers d’apprenant Loopwise (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201" />
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file that was written</extracomment>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ShortcutPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="17" />
        <source>Before you train: how will the model do on the tickets after the staffing change?</source>
        <translation>Avant d’entraîner : comment le modèle s’en sortira-t-il sur les tickets après le changement d’équipe ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="25" />
        <source>How you check the model</source>
        <translation>Comment vous vérifiez le modèle</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="32" />
        <source>Validation tickets, taken from the history</source>
        <translation>Tickets de validation, tirés de l’historique</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="40" />
        <source>Let the model see the writing style (greetings, sign-offs, names, formatting)</source>
        <translation>Laisser le modèle voir le style d’écriture (salutations, formules finales, noms, mise en forme)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="58" />
        <source>Add fields known only afterwards (escalated, resolved within a day)</source>
        <translation>Ajouter des champs connus seulement après coup (escaladé, résolu en un jour)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="84" />
        <source>Accuracy: training, validation, production</source>
        <translation>Exactitude : entraînement, validation, production</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="91" />
        <source>Production, after the staffing change</source>
        <translation>Production, après le changement d’équipe</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="102" />
        <source>Accuracy lost when a feature group is shuffled</source>
        <translation>Exactitude perdue quand un groupe de variables est mélangé</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="110" />
        <source>The largest weights (positive: towards urgent)</source>
        <translation>Les plus grands poids (positif : vers urgent)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="121" />
        <source>Read the tickets</source>
        <translation>Lire les tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="149" />
        <source>Night desk, before the staffing change</source>
        <translation>Équipe de nuit, avant le changement d’équipe</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="150" />
        <source>After the staffing change</source>
        <translation>Après le changement d’équipe</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../models/Shortcuts.cpp" line="29" />
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="30" />
        <source>Module reader</source>
        <translation>Lecteur de module</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="31" />
        <source>Lab: Build a neural network</source>
        <translation>Atelier : Construire un réseau de neurones</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="32" />
        <source>Lab: See how models learn</source>
        <translation>Atelier : Voir comment les modèles apprennent</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="33" />
        <source>Lab: Check the assumptions</source>
        <translation>Atelier : Vérifier les hypothèses</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="34" />
        <source>Lab: Mixture of experts</source>
        <translation>Atelier : Mélange d’experts</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="42" />
        <source>Go back (or close a glossary tip)</source>
        <translation>Revenir en arrière (ou fermer une bulle du glossaire)</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="44" />
        <source>Course home</source>
        <translation>Accueil du cours</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="45" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="46" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="47" />
        <source>This list of keyboard shortcuts</source>
        <translation>Cette liste des raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="49" />
        <source>Next or previous control or glossary term</source>
        <translation>Élément ou terme du glossaire suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="51" />
        <source>Open the focused card, term or link</source>
        <translation>Ouvrir la carte, le terme ou le lien sélectionné</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="53" />
        <source>Loop diagram focused: previous or next stage</source>
        <translation>Schéma de la boucle sélectionné : étape précédente ou suivante</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="55" />
        <source>Loop diagram focused: play or pause the walkthrough</source>
        <translation>Schéma de la boucle sélectionné : lancer la visite ou la mettre en pause</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="57" />
        <location filename="../models/Shortcuts.cpp" line="64" />
        <location filename="../models/Shortcuts.cpp" line="76" />
        <source>Play or pause training</source>
        <translation>Lancer l’entraînement ou le mettre en pause</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="59" />
        <location filename="../models/Shortcuts.cpp" line="66" />
        <source>Train one epoch</source>
        <translation>Entraîner une époque</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="60" />
        <location filename="../models/Shortcuts.cpp" line="78" />
        <source>Fresh weights</source>
        <translation>Nouveaux poids</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="62" />
        <source>Weights focused: pick a weight, then change it</source>
        <translation>Poids sélectionnés : choisir un poids, puis le modifier</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="68" />
        <source>Send one batch round the training loop</source>
        <translation>Faire passer un lot dans la boucle d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="70" />
        <source>Fresh parameters, same data</source>
        <translation>Nouveaux paramètres, mêmes données</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="72" />
        <source>Train and check, or pause</source>
        <translation>Entraîner et vérifier, ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="74" />
        <source>Reset the experiment</source>
        <translation>Réinitialiser l’expérience</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="110" />
        <source>Meta</source>
        <translation>Méta</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="128" />
        <source>, </source>
        <extracomment>Separates the keys that do the same thing in the shortcuts table, e.g. "Esc, Alt+←"</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="31" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="49" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="52" />
        <source>Hide details</source>
        <extracomment>Button that hides the technical side of a save problem.</extracomment>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="54" />
        <source>Details</source>
        <extracomment>Button that shows the technical side of a save problem.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="57" />
        <source>Hide the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that hides a save problem's technical details.</extracomment>
        <translation>Masquer les détails techniques du problème d’enregistrement</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="59" />
        <source>Show the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that shows a save problem's technical details.</extracomment>
        <translation>Afficher les détails techniques du problème d’enregistrement</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="95" />
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="25" />
        <source>Open the lab: %1</source>
        <translation>Ouvrir l’atelier : %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="64" />
        <location filename="../qml/components/TopBar.qml" line="65" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="71" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="93" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="98" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="102" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="106" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="109" />
        <source>About Loopwise</source>
        <extracomment>Screen-reader name of the button that opens the About page</extracomment>
        <translation>À propos de Loopwise</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="17" />
        <source>Before you train: how will the validation score compare with the model on fresh cases?</source>
        <translation>Avant d’entraîner : comment le score de validation se comparera-t-il au modèle sur de nouveaux cas ?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="25" />
        <source>How validation is made</source>
        <translation>Comment la validation est construite</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="32" />
        <source>Validation method</source>
        <translation>Méthode de validation</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="40" />
        <source>Features kept (0: all)</source>
        <translation>Variables conservées (0 : toutes)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="52" />
        <source>The data</source>
        <translation>Les données</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="59" />
        <source>Signal (0: the labels are pure noise)</source>
        <translation>Signal (0 : les étiquettes sont du pur bruit)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="70" />
        <source>Pure-noise features</source>
        <translation>Variables de pur bruit</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="80" />
        <source>Rows per case (near-copies)</source>
        <translation>Lignes par cas (quasi-copies)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="89" />
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="109" />
        <source>Validation beside production</source>
        <translation>Validation à côté de la production</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="115" />
        <source>Validation beside production (the line marks chance)</source>
        <translation>Validation à côté de la production (la ligne marque le hasard)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="127" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="128" />
        <source>Production</source>
        <translation>Production</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsController</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="49" />
        <source>Model %1 of %2 trained</source>
        <extracomment>%1 validation models trained so far, %2 in all</extracomment>
        <translation>Modèle %1 sur %2 entraîné</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="52" />
        <source>Step %1 of %2</source>
        <extracomment>%1 gradient steps done so far, %2 in all</extracomment>
        <translation>Pas %1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="84" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. a value out of its range</extracomment>
        <translation>Cette modification ne peut pas être entraînée : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="98" />
        <source>That link opens another experiment: %1.</source>
        <extracomment>%1 the title of the experiment the link opens</extracomment>
        <translation>Ce lien ouvre une autre expérience : %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="193" />
        <source>Your prediction matched what happened.</source>
        <translation>Votre prédiction correspondait à ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="194" />
        <source>What happened was different from your prediction: the figures below show why.</source>
        <translation>Ce qui s’est passé diffère de votre prédiction : les chiffres ci-dessous montrent pourquoi.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="196" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a statement of the same list), %3 whether they match</extracomment>
        <translation>Vous aviez prédit : %1
Ce qui s’est passé : %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="226" />
        <source>Run the experiment to the end first: then it can be saved.</source>
        <translation>Menez d’abord l’expérience jusqu’au bout : elle pourra ensuite être enregistrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="236" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>L’essai n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="239" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="248" />
        <source>Check the assumptions: %1</source>
        <extracomment>the title of a lab run attached to a decision note; %1 the experiment's title</extracomment>
        <translation>Vérifier les hypothèses : %1</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsExplanations</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="47" />
        <source>Urgent tickets: shortcuts and leakage</source>
        <translation>Tickets urgents : raccourcis et fuites</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="49" />
        <source>Validation is separate</source>
        <translation>La validation est à part</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="51" />
        <source>Loss matches the decision</source>
        <translation>La perte correspond à la décision</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="60" />
        <source>A help desk wants a model that flags urgent tickets. For the first three months nearly every urgent ticket was logged by the three agents of the night desk, each with a way of writing you could spot at a glance. Then the rota changed. Train a model on that history, check it the way most people would, and find out what it really learned; then try to catch the problem before production does.</source>
        <translation>Un service d’assistance veut un modèle qui signale les tickets urgents. Pendant les trois premiers mois, presque tous les tickets urgents ont été saisis par les trois agents de l’équipe de nuit, chacun avec une façon d’écrire reconnaissable au premier coup d’œil. Puis le planning a changé. Entraînez un modèle sur cet historique, vérifiez-le comme la plupart des gens le feraient, et découvrez ce qu’il a vraiment appris ; essayez ensuite de repérer le problème avant que la production ne le révèle.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="66" />
        <source>A validation score is worth something only if the validation data played no part in training. Here a small, noisy set is validated in five ways, and each score stands beside the same model on fresh cases. Turn the signal down to zero and see which validations still claim that the model has learned something.</source>
        <translation>Un score de validation ne vaut quelque chose que si les données de validation n’ont joué aucun rôle dans l’entraînement. Ici, un petit jeu de données bruité est validé de cinq façons, et chaque score est placé à côté du même modèle sur de nouveaux cas. Réduisez le signal à zéro et voyez quelles validations prétendent encore que le modèle a appris quelque chose.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="72" />
        <source>Few tickets are urgent, and missing one costs far more than a needless alarm. A model trained with the usual loss and the usual threshold can look accurate and still be expensive. Set the costs yourself, train, then repair the decision: weigh the classes in the loss, or keep the probabilities and choose the threshold by cost.</source>
        <translation>Peu de tickets sont urgents, et en manquer un coûte bien plus qu’une alerte inutile. Un modèle entraîné avec la perte habituelle et le seuil habituel peut sembler exact tout en coûtant cher. Fixez vous-même les coûts, entraînez, puis corrigez la décision : pondérez les classes dans la perte, ou gardez les probabilités et choisissez le seuil selon le coût.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="84" />
        <source>%1 %</source>
        <extracomment>a share in percent, e.g. "93 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="97" />
        <source>at random</source>
        <extracomment>how the ticket history is split for validation</extracomment>
        <translation>au hasard</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="99" />
        <source>by time (the newest tickets)</source>
        <translation>par date (les tickets les plus récents)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="101" />
        <source>by writer (agents the model never saw)</source>
        <translation>par auteur (des agents que le modèle n’a jamais vus)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="110" />
        <source>On the training data</source>
        <translation>Sur les données d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="112" />
        <source>Held-out cases</source>
        <translation>Cas mis de côté</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="114" />
        <source>Held-out rows, near-copies on both sides</source>
        <translation>Lignes mises de côté, quasi-copies des deux côtés</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="116" />
        <source>Features chosen on all data, then cross-validated</source>
        <translation>Variables choisies sur toutes les données, puis validation croisée</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="118" />
        <source>Cross-validated, features chosen inside each fold</source>
        <translation>Validation croisée, variables choisies dans chaque pli</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="127" />
        <source>None (plain loss, threshold 0.5)</source>
        <translation>Aucune (perte simple, seuil 0,5)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="129" />
        <source>Class weights in the loss</source>
        <translation>Poids de classe dans la perte</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="131" />
        <source>Threshold chosen by cost</source>
        <translation>Seuil choisi selon le coût</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="141" />
        <source>content</source>
        <extracomment>a group of the model's features: the words of the problem</extracomment>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="144" />
        <source>style</source>
        <extracomment>a group of the model's features: greetings, sign-offs, names, formatting</extracomment>
        <translation>style</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="147" />
        <source>metadata</source>
        <extracomment>a group of the model's features: area, plan, channel</extracomment>
        <translation>métadonnées</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="150" />
        <source>after the fact</source>
        <extracomment>a group of the model's features: known only after the ticket was handled</extracomment>
        <translation>après coup</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="165" />
        <source>With the fields known only after the fact, validation reached %1. In production those fields are still empty when a ticket arrives: accuracy fell to %2 and the model caught %3 of %4 urgent tickets. The outcome leaked into training through a field nobody knows at decision time.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 urgent tickets caught, %4 urgent tickets in all</extracomment>
        <translation>Avec les champs connus seulement après coup, la validation a atteint %1. En production, ces champs sont encore vides à l’arrivée d’un ticket : l’exactitude est tombée à %2 et le modèle a repéré %3 tickets urgents sur %4. Le résultat a fui dans l’entraînement par un champ que personne ne connaît au moment de décider.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="173" />
        <source>Validation said %1, production gave %2: a fall of %3 points after the staffing change. %4 of the %5 largest weights are style (the agents' names, sign-offs, formatting): the model learned who wrote a ticket, not what it says. Validation tickets drawn from the same months share that shortcut, so they could not show it.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the fall in percentage points, %4 style features among the largest weights, %5 the largest weights shown</extracomment>
        <translation>La validation annonçait %1, la production a donné %2 : une chute de %3 points après le changement d’équipe. %4 des %5 plus grands poids relèvent du style (noms des agents, formules finales, mise en forme) : le modèle a appris qui a écrit un ticket, pas ce qu’il dit. Les tickets de validation tirés des mêmes mois partagent ce raccourci, ils ne pouvaient donc pas le montrer.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="181" />
        <source>Split %1, validation gave %2, within %3 points of production (%4). Tickets the model could not have seen in training stand in for production, so the validation shows the problem before production does. It looks worse than a random split, and that is the point: it is honest.</source>
        <extracomment>%1 how the history was split, %2 validation accuracy, %3 the difference in points, %4 production accuracy</extracomment>
        <translation>Découpage %1, la validation a donné %2, à %3 points de la production (%4). Des tickets que le modèle n’a pas pu voir à l’entraînement tiennent lieu de production, si bien que la validation montre le problème avant la production. Elle paraît moins bonne qu’un découpage au hasard, et c’est justement le but : elle est honnête.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="188" />
        <source>Without the style features the model has to read what a ticket says: validation %1 and production %2 are within %3 points. Less brilliant on paper, and just as good after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>Sans les variables de style, le modèle doit lire ce que dit un ticket : la validation (%1) et la production (%2) sont à %3 points l’une de l’autre. Moins brillant sur le papier, et tout aussi bon après le changement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="194" />
        <source>Validation said %1 and production gave %2, %3 points less: this validation promised more than the model delivers after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>La validation annonçait %1 et la production a donné %2, soit %3 points de moins : cette validation promettait plus que ce que le modèle fournit après le changement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="199" />
        <source>Validation gave %1 and production %2: here the validation was a fair guide.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>La validation a donné %1 et la production %2 : ici, la validation était un guide fiable.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="210" />
        <source>Validation gave %1 and fresh cases %2, both close to chance (%3): this validation admits that the model has found nothing to learn.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>La validation a donné %1 et les nouveaux cas %2, tous deux proches du hasard (%3) : cette validation reconnaît que le modèle n’a rien trouvé à apprendre.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="215" />
        <source>Validation gave %1, within %2 points of the %3 on fresh cases: kept apart from training, it is an honest estimate.</source>
        <extracomment>%1 validation accuracy, %2 the difference in points, %3 production accuracy</extracomment>
        <translation>La validation a donné %1, à %2 points des %3 obtenus sur de nouveaux cas : tenue à l’écart de l’entraînement, elle fournit une estimation honnête.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="223" />
        <source>Scored on the rows it learned from, the model reports %1; on fresh cases it gets %2. Training data cannot tell memorising from learning.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Évalué sur les lignes dont il a appris, le modèle annonce %1 ; sur de nouveaux cas, il obtient %2. Les données d’entraînement ne distinguent pas mémoriser et apprendre.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="229" />
        <source>Near-copies of the same cases sit on both sides of the split: validation reports %1, fresh cases give %2. The model recognises copies it has already seen.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Des quasi-copies des mêmes cas se trouvent des deux côtés du découpage : la validation annonce %1, les nouveaux cas donnent %2. Le modèle reconnaît des copies qu’il a déjà vues.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="235" />
        <source>The features were chosen on all the rows before cross-validation, so the validation rows helped choose them: validation reports %1, fresh cases give %2, and chance is %3. Choose features inside each fold, as the correct pipeline does.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>Les variables ont été choisies sur toutes les lignes avant la validation croisée, donc les lignes de validation ont aidé à les choisir : la validation annonce %1, les nouveaux cas donnent %2, et le hasard vaut %3. Choisissez les variables dans chaque pli, comme le fait la bonne chaîne de traitement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="245" />
        <source>Validation gave %1 against %2 on fresh cases, %3 points more. This validation is separate, but with few cases its score varies from sample to sample: try more cases or another seed.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>La validation a donné %1 contre %2 sur de nouveaux cas, soit %3 points de plus. Cette validation est bien à part, mais avec peu de cas son score varie d’un échantillon à l’autre : essayez plus de cas ou une autre graine.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="259" />
        <source>All five validations stayed within 5 points of production this time: the data leaves little to memorise. Add near-copies or noise features, or turn the signal down, and compare again.</source>
        <translation>Les cinq validations sont toutes restées à moins de 5 points de la production cette fois : les données laissent peu à mémoriser. Ajoutez des quasi-copies ou des variables de bruit, ou baissez le signal, puis comparez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="263" />
        <source>%n of the five validations scored more than 5 points above production: %1. They were not kept apart from training. The others stayed close to production.</source>
        <extracomment>%n how many validations flattered, %1 their names as a list</extracomment>
        <translation>
            <numerusform>%n des cinq validations a obtenu plus de 5 points au-dessus de la production : %1. Elle n’était pas tenue à l’écart de l’entraînement. Les autres sont restées proches de la production.</numerusform>
            <numerusform>%n des cinq validations ont obtenu plus de 5 points au-dessus de la production : %1. Elles n’étaient pas tenues à l’écart de l’entraînement. Les autres sont restées proches de la production.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="278" />
        <source>At the usual threshold of 0.5 the model is %1 accurate, only %2 points above calling every ticket normal, yet it misses %3 of %4 urgent tickets. With a miss costing %5 and a false alarm %6, that is %7 per ticket, against %8 for calling every ticket normal.</source>
        <extracomment>%1 accuracy, %2 points above the all-normal baseline, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost of a miss, %6 cost of a false alarm, %7 cost per ticket, %8 the all-normal cost per ticket</extracomment>
        <translation>Au seuil habituel de 0,5, le modèle a une exactitude de %1, seulement %2 points de plus que si l’on déclarait chaque ticket normal, et pourtant il manque %3 tickets urgents sur %4. Avec un ticket manqué qui coûte %5 et une fausse alerte %6, cela fait %7 par ticket, contre %8 si l’on déclare chaque ticket normal.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="290" />
        <source>Counting each urgent ticket %1 times in the loss pushed its probabilities up: at 0.5 the model misses %2 of %3 urgent tickets and costs %4 per ticket, against %5 for calling every ticket normal. Accuracy is %6: more false alarms, and far fewer expensive misses.</source>
        <extracomment>%1 the weight of an urgent ticket, %2 urgent tickets missed, %3 urgent tickets in all, %4 cost per ticket, %5 the all-normal cost per ticket, %6 accuracy</extracomment>
        <translation>Compter chaque ticket urgent %1 fois dans la perte a fait monter ses probabilités : à 0,5, le modèle manque %2 tickets urgents sur %3 et coûte %4 par ticket, contre %5 si l’on déclare chaque ticket normal. L’exactitude est de %6 : davantage de fausses alertes, et beaucoup moins d’oublis coûteux.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="300" />
        <source>The threshold of least cost on the held-out tickets is %1 (for well-calibrated probabilities the costs imply %2). On the test tickets the model then misses %3 of %4 urgent tickets and costs %5 per ticket, against %6 for calling every ticket normal; accuracy is %7. The loss stayed a proper loss for probabilities, and the costs decided only the threshold.</source>
        <extracomment>%1 the chosen threshold, %2 the threshold the costs imply, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost per ticket, %6 the all-normal cost per ticket, %7 accuracy</extracomment>
        <translation>Le seuil de moindre coût sur les tickets mis de côté est %1 (pour des probabilités bien calibrées, les coûts impliquent %2). Sur les tickets de test, le modèle manque alors %3 tickets urgents sur %4 et coûte %5 par ticket, contre %6 si l’on déclare chaque ticket normal ; l’exactitude est de %7. La perte est restée une vraie perte pour des probabilités, et les coûts n’ont décidé que du seuil.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="316" />
        <source>Bar chart of accuracy: training %1, validation %2, production after the staffing change %3.</source>
        <extracomment>%1 training, %2 validation, %3 production accuracy</extracomment>
        <translation>Diagramme en barres de l’exactitude : entraînement %1, validation %2, production après le changement d’équipe %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="326" />
        <source>%1 (%2, %3)</source>
        <extracomment>one weight in a list: %1 the feature, %2 its group, %3 the weight</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="329" />
        <source>The largest weights, largest first (positive means urgent): %1.</source>
        <extracomment>%1 the weights as a list; a positive weight pushes towards urgent</extracomment>
        <translation>Les plus grands poids, du plus grand au plus petit (positif signifie urgent) : %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="339" />
        <source>%1 %2 points</source>
        <extracomment>one group in a list: %1 the group, %2 percentage points of accuracy lost</extracomment>
        <translation>%1 %2 points</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="341" />
        <source>Bar chart of the accuracy lost when each feature group is shuffled: %1.</source>
        <extracomment>%1 the groups as a list</extracomment>
        <translation>Diagramme en barres de l’exactitude perdue quand chaque groupe de variables est mélangé : %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="348" />
        <source>Confusion matrix: %1 urgent tickets flagged, %2 urgent tickets missed, %3 false alarms, %4 normal tickets left alone.</source>
        <extracomment>%1 urgent flagged, %2 urgent missed, %3 false alarms, %4 normal left alone</extracomment>
        <translation>Matrice de confusion : %1 tickets urgents signalés, %2 tickets urgents manqués, %3 fausses alertes, %4 tickets normaux laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="360" />
        <source>%1: validation %2, production %3</source>
        <extracomment>one method in a list: %1 the method, %2 validation accuracy, %3 production accuracy</extracomment>
        <translation>%1 : validation %2, production %3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="364" />
        <source>Bar chart of validation beside production accuracy: %1. Chance is %2.</source>
        <extracomment>%1 the methods as a list, %2 chance</extracomment>
        <translation>Diagramme en barres de l’exactitude de validation à côté de celle de production : %1. Le hasard vaut %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="380" />
        <source>Line chart of the cost per ticket against the threshold on the held-out tickets: %1 at threshold %2, %3 at %4; the least, %5, at %6. The point shown: threshold %7, cost %8.</source>
        <extracomment>%1 cost at the lowest threshold %2, %3 cost at the highest threshold %4, %5 the least cost at threshold %6, %7 the threshold shown, %8 its cost</extracomment>
        <translation>Courbe du coût par ticket selon le seuil sur les tickets mis de côté : %1 au seuil %2, %3 à %4 ; le minimum, %5, à %6. Le point affiché : seuil %7, coût %8.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsLabSettings</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsLabSettings.cpp" line="279" />
        <source>"%1" is not a setting of the %2 experiment.</source>
        <extracomment>%1 a key of the link, %2 the experiment's name in the link (shortcut, validation, cost)</extracomment>
        <translation>« %1 » n’est pas un réglage de l’expérience %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsQuestions</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="30" />
        <source>Production will be about as good as validation (within 5 points).</source>
        <translation>La production sera à peu près aussi bonne que la validation (à 5 points près).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="32" />
        <source>Production will be well below validation.</source>
        <translation>La production sera nettement en dessous de la validation.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="33" />
        <source>Production will be well above validation.</source>
        <translation>La production sera nettement au-dessus de la validation.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="37" />
        <source>Validation will be within 5 points of production.</source>
        <translation>La validation sera à moins de 5 points de la production.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="39" />
        <source>Validation will be well above production: it flatters the model.</source>
        <translation>La validation sera nettement au-dessus de la production : elle flatte le modèle.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="41" />
        <source>Validation will be well below production.</source>
        <translation>La validation sera nettement en dessous de la production.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="45" />
        <source>The cost per ticket will be at most half of what calling every ticket normal costs.</source>
        <translation>Le coût par ticket sera au plus la moitié de ce que coûte le fait de déclarer chaque ticket normal.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="48" />
        <source>The cost per ticket will stay above half of what calling every ticket normal costs.</source>
        <translation>Le coût par ticket restera au-dessus de la moitié de ce que coûte le fait de déclarer chaque ticket normal.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="131" />
        <source>Validation (%1) and production (%2) agreed in your run. Why?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>La validation (%1) et la production (%2) concordaient dans votre essai. Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="132" />
        <source>The validation tickets were like production ones: newer, or from agents the model never saw.</source>
        <translation>Les tickets de validation ressemblaient à ceux de la production : plus récents, ou rédigés par des agents que le modèle n’avait jamais vus.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="133" />
        <source>The model could no longer see who wrote a ticket, only what it says.</source>
        <translation>Le modèle ne pouvait plus voir qui avait écrit un ticket, seulement ce qu’il dit.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="134" />
        <source>The model trained for more steps.</source>
        <translation>Le modèle s’est entraîné plus longtemps.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="136" />
        <source>Right: a split that keeps the newest tickets or unseen writers apart asks the question production will ask.</source>
        <translation>Exact : un découpage qui met à part les tickets les plus récents ou des auteurs inconnus pose la question que posera la production.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="138" />
        <source>Not in this run: the split was random. Look at what the model was allowed to see.</source>
        <translation>Pas dans cet essai : le découpage était aléatoire. Regardez ce que le modèle avait le droit de voir.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="139" />
        <source>Not in this run: the style features were there. Look at how validation was chosen.</source>
        <translation>Pas dans cet essai : les variables de style étaient présentes. Regardez comment la validation a été choisie.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="140" />
        <source>Right: without the style features the shortcut is gone, so what holds in validation holds after the change too.</source>
        <translation>Exact : sans les variables de style, le raccourci disparaît, donc ce qui vaut en validation vaut aussi après le changement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="142" />
        <source>No: every run trains the same number of steps. The difference lies in the data the model and its check were given.</source>
        <translation>Non : chaque essai s’entraîne le même nombre de pas. La différence tient aux données fournies au modèle et à sa vérification.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="147" />
        <source>Your model scored %1 in validation and %2 in production. Which check would have warned you before production?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Votre modèle a obtenu %1 en validation et %2 en production. Quelle vérification vous aurait averti avant la production ?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="150" />
        <source>Validate on the newest tickets (a split by time).</source>
        <translation>Valider sur les tickets les plus récents (un découpage par date).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="151" />
        <source>Validate on a larger random share of the history.</source>
        <translation>Valider sur une part aléatoire plus grande de l’historique.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="152" />
        <source>Look at the training accuracy as well.</source>
        <translation>Regarder aussi l’exactitude d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="154" />
        <source>Right: the newest tickets come from after the staffing change, like production, so the shortcut stops working in validation too.</source>
        <translation>Exact : les tickets les plus récents datent d’après le changement d’équipe, comme la production, donc le raccourci cesse aussi de fonctionner en validation.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="156" />
        <source>No: a larger random share is drawn from the same months, with the same shortcut, so it flatters the model just as much.</source>
        <translation>Non : une part aléatoire plus grande est tirée des mêmes mois, avec le même raccourci, elle flatte donc tout autant le modèle.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="158" />
        <source>No: training accuracy is measured on the very tickets the shortcut was learned from.</source>
        <translation>Non : l’exactitude d’entraînement est mesurée sur les tickets mêmes dont le raccourci a été appris.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="166" />
        <source>In your run validation said %1, fresh cases gave %2 and chance is %3. What does that tell you about this validation?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>Dans votre essai, la validation annonçait %1, les nouveaux cas donnaient %2 et le hasard vaut %3. Qu’est-ce que cela vous apprend sur cette validation ?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="169" />
        <source>It was kept apart from training: it estimates production fairly.</source>
        <translation>Elle était tenue à l’écart de l’entraînement : elle estime honnêtement la production.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="170" />
        <source>It was not separate from training: it flatters the model.</source>
        <translation>Elle n’était pas séparée de l’entraînement : elle flatte le modèle.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="171" />
        <source>Nothing: validation and production measure different things.</source>
        <translation>Rien : la validation et la production mesurent des choses différentes.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="173" />
        <source>Look again: validation is well above what the model does on fresh cases.</source>
        <translation>Regardez encore : la validation est nettement au-dessus de ce que fait le modèle sur de nouveaux cas.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="174" />
        <source>Right: validation and fresh cases agree within 5 points.</source>
        <translation>Exact : la validation et les nouveaux cas concordent à 5 points près.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="175" />
        <source>Right: the model had seen the validation rows, their copies or their influence on the chosen features before it was scored.</source>
        <translation>Exact : le modèle avait vu les lignes de validation, leurs copies ou leur influence sur les variables choisies avant d’être évalué.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="177" />
        <source>Look again: validation and fresh cases agree within 5 points.</source>
        <translation>Regardez encore : la validation et les nouveaux cas concordent à 5 points près.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="178" />
        <source>No: both measure accuracy on cases; validation is meant to predict production.</source>
        <translation>Non : toutes deux mesurent l’exactitude sur des cas ; la validation est censée prédire la production.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="185" />
        <source>On the test tickets your model is %1 accurate and costs %2 per ticket; calling every ticket normal is %3 accurate and costs %4. Which figure should decide what you deploy?</source>
        <extracomment>%1 accuracy, %2 cost per ticket, %3 the all-normal accuracy, %4 its cost per ticket</extracomment>
        <translation>Sur les tickets de test, votre modèle a une exactitude de %1 et coûte %2 par ticket ; déclarer chaque ticket normal donne une exactitude de %3 et coûte %4. Quel chiffre doit décider de ce que vous déployez ?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The cost per ticket.</source>
        <translation>Le coût par ticket.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The accuracy.</source>
        <translation>L’exactitude.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The training loss.</source>
        <translation>La perte d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="191" />
        <source>Right: a miss costs %1 times a false alarm here, and only the cost weighs them that way.</source>
        <extracomment>%1 how many false alarms one miss is worth</extracomment>
        <translation>Exact : ici, un ticket manqué coûte %1 fois une fausse alerte, et seul le coût les pèse ainsi.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="193" />
        <source>No: accuracy counts a missed urgent ticket the same as a needless alarm, so calling everything normal already scores well.</source>
        <translation>Non : l’exactitude compte un ticket urgent manqué comme une alerte inutile, si bien que tout déclarer normal obtient déjà un bon score.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="195" />
        <source>No: the loss is how the model learns probabilities; the decision is judged by what its mistakes cost.</source>
        <translation>Non : la perte est la façon dont le modèle apprend des probabilités ; la décision se juge à ce que coûtent ses erreurs.</translation>
    </message>
</context>
<context>
    <name>loopwise::CostLab</name>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="103" />
        <source>There is no repair "%1": choose none, class-weights or cost-threshold.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Il n’y a pas de correction « %1 » : choisissez none, class-weights ou cost-threshold.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="181" />
        <source>This model (threshold %1)</source>
        <extracomment>the trained model on the test tickets; %1 its threshold</extracomment>
        <translation>Ce modèle (seuil %1)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="182" />
        <source>Calling every ticket normal</source>
        <translation>Déclarer chaque ticket normal</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="229" />
        <source>Costs: a missed urgent ticket %1, a false alarm %2</source>
        <extracomment>%1 the cost of a missed urgent ticket, %2 of a false alarm</extracomment>
        <translation>Coûts : un ticket urgent manqué %1, une fausse alerte %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="232" />
        <source>Repair: %1</source>
        <extracomment>%1 the repair chosen (none, class weights, threshold chosen by cost)</extracomment>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="240" />
        <source>Threshold: %1</source>
        <translation>Seuil : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="241" />
        <source>Test accuracy: %1</source>
        <translation>Exactitude de test : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="242" />
        <source>Test cost per ticket: %1</source>
        <translation>Coût de test par ticket : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="244" />
        <source>Urgent tickets missed: %1 of %2</source>
        <extracomment>%1 urgent tickets missed on the test set, %2 urgent tickets in all</extracomment>
        <translation>Tickets urgents manqués : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="248" />
        <source>Calling every ticket normal: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket when every ticket is called normal</extracomment>
        <translation>Déclarer chaque ticket normal : exactitude %1, coût par ticket %2</translation>
    </message>
</context>
<context>
    <name>loopwise::EngineErrorText</name>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="29" />
        <source>Learning rate</source>
        <extracomment>The name of a training setting, quoted in a sentence such as: "Learning rate" must be between 0.0001 and 10, not 20.</extracomment>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="32" />
        <source>Momentum</source>
        <extracomment>The name of a training setting (the momentum optimizer's factor), quoted in a sentence.</extracomment>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="35" />
        <source>Adam's betas</source>
        <extracomment>The name of a training setting (the Adam optimizer's decay rates beta1 and beta2), quoted in a sentence.</extracomment>
        <translation>Bêtas d’Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="38" />
        <source>Adam's epsilon</source>
        <extracomment>The name of a training setting (the Adam optimizer's small constant), quoted in a sentence.</extracomment>
        <translation>Epsilon d’Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="41" />
        <source>Regularization rate</source>
        <extracomment>The name of a training setting, quoted in a sentence.</extracomment>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="44" />
        <source>Batch size</source>
        <extracomment>The name of a training setting (examples per training step), quoted in a sentence.</extracomment>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="47" />
        <source>Divergence factor</source>
        <extracomment>The name of a training setting (how many times the first loss counts as diverged), quoted in a sentence.</extracomment>
        <translation>Facteur de divergence</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="50" />
        <source>Number of points</source>
        <extracomment>The name of a training setting (how many points the data has), quoted in a sentence.</extracomment>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="53" />
        <source>Noise</source>
        <extracomment>The name of a training setting (how noisy the data is), quoted in a sentence.</extracomment>
        <translation>Bruit</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="56" />
        <source>Training share</source>
        <extracomment>The name of a training setting (the share of the points used for training), quoted in a sentence.</extracomment>
        <translation>Part d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="59" />
        <source>Validation share</source>
        <extracomment>The name of a training setting (the share of the points held out for validation), quoted in a sentence.</extracomment>
        <translation>Part de validation</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="62" />
        <source>Degree</source>
        <extracomment>The name of a training setting (the degree of a polynomial model), quoted in a sentence.</extracomment>
        <translation>Degré</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="65" />
        <source>Inputs</source>
        <extracomment>The name of a training setting (the input features x1, x2, ...), quoted in a sentence.</extracomment>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="68" />
        <source>Number of inputs</source>
        <extracomment>The name of a training setting (how many inputs a network has), quoted in a sentence.</extracomment>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="71" />
        <source>Number of layers</source>
        <extracomment>The name of a training setting (how many layers a network has, hidden and output), quoted in a sentence.</extracomment>
        <translation>Nombre de couches</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="74" />
        <source>Units</source>
        <extracomment>The name of a training setting (how many units a layer has), quoted in a sentence.</extracomment>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="77" />
        <source>Activation</source>
        <extracomment>The name of a training setting (a layer's activation function), quoted in a sentence.</extracomment>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="80" />
        <source>Loss</source>
        <extracomment>The name of a training setting (the loss function), quoted in a sentence.</extracomment>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="83" />
        <source>Output units</source>
        <extracomment>The name of a training setting (how many units the output layer has), quoted in a sentence.</extracomment>
        <translation>Unités de sortie</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="86" />
        <source>Class weights</source>
        <extracomment>The name of a training setting (a weight per class in the loss), quoted in a sentence.</extracomment>
        <translation>Poids de classe</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="89" />
        <source>Classes</source>
        <extracomment>The name of a training setting (how many classes the data has), quoted in a sentence.</extracomment>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="92" />
        <source>Training set</source>
        <extracomment>The name of a training setting (the points used for training), quoted in a sentence.</extracomment>
        <translation>Ensemble d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="95" />
        <source>Points</source>
        <extracomment>The name of a training setting (the learner's own points), quoted in a sentence.</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="98" />
        <source>Playground protocol</source>
        <extracomment>The name of a training setting (train exactly as TensorFlow Playground does), quoted in a sentence.</extracomment>
        <translation>Protocole Playground</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="101" />
        <source>Temperature</source>
        <extracomment>The name of a language model's setting (how random its word choice is), quoted in a sentence.</extracomment>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="104" />
        <source>Maximum tokens</source>
        <extracomment>The name of a language model's setting (the longest answer it may generate, in tokens), quoted in a sentence.</extracomment>
        <translation>Nombre maximal de tokens</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="107" />
        <source>Experts</source>
        <extracomment>The name of a mixture-of-experts setting (how many expert networks it has), quoted in a sentence.</extracomment>
        <translation>Experts</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="110" />
        <source>Experts per input</source>
        <extracomment>The name of a mixture-of-experts setting (how many experts work on each input, "top k"), quoted in a sentence.</extracomment>
        <translation>Experts par entrée</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="114" />
        <source>Balance weight</source>
        <extracomment>The name of a mixture-of-experts setting (the weight of the term that spreads inputs evenly over the experts), quoted in a sentence.</extracomment>
        <translation>Poids de l’équilibrage</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="118" />
        <source>Capacity</source>
        <extracomment>The name of a mixture-of-experts setting (how many inputs an expert may take, as a multiple of an even share), quoted in a sentence.</extracomment>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="130" />
        <source>Layer %1 must have between %2 and %3 units, not %4.</source>
        <extracomment>%1 is the layer's number (hidden layers first, the output layer last), %2 and %3 the allowed counts, %4 the given one</extracomment>
        <translation>La couche %1 doit avoir entre %2 et %3 unités, et non %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="137" />
        <source>"%1" must be at least %2, not %3.</source>
        <translation>« %1 » doit valoir au moins %2, et non %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="139" />
        <source>"%1" must be above %2, not %3.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 the value given</extracomment>
        <translation>« %1 » doit être supérieur à %2, et non %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="142" />
        <source>"%1" must be between %2 and %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 and %3 its smallest and largest allowed values, %4 the value given</extracomment>
        <translation>« %1 » doit être compris entre %2 et %3, et non %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="146" />
        <source>"%1" must be at least %2 and below %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 its smallest allowed value, %3 the value it must stay below, %4 the value given</extracomment>
        <translation>« %1 » doit valoir au moins %2 et rester inférieur à %3, et non %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="149" />
        <source>"%1" must be above %2 and at most %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 its largest allowed value, %4 the value given</extracomment>
        <translation>« %1 » doit être supérieur à %2 et valoir au plus %3, et non %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="157" />
        <source>Choose at least one input.</source>
        <translation>Choisissez au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="159" />
        <source>There are no points.</source>
        <translation>Il n’y a aucun point.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="162" />
        <source>No point is left for training: add points or raise the training share.</source>
        <extracomment>The training share of the learner's points rounds down to no point at all</extracomment>
        <translation>Il ne reste aucun point pour l’entraînement : ajoutez des points ou augmentez la part d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="165" />
        <source>"%1" is empty.</source>
        <extracomment>%1 is a setting's name</extracomment>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="176" />
        <source>With %1 classes there must be %2 class weights, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the class weights needed, %3 the class weights given</extracomment>
        <translation>Avec %1 classes, il faut %2 poids de classe, et non %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="179" />
        <source>With %1 classes the output layer needs %2 units, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the output units needed, %3 the output units the network has</extracomment>
        <translation>Avec %1 classes, la couche de sortie a besoin de %2 unités, et non %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="192" />
        <source>The input %1 is chosen twice.</source>
        <extracomment>%1 is an input feature's name, e.g. x1 or sin x2</extracomment>
        <translation>L’entrée %1 est choisie deux fois.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="195" />
        <source>Point %1 must have finite numbers as its coordinates and class.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>Le point %1 doit avoir des nombres finis comme coordonnées et comme classe.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="198" />
        <source>The class of point %1 must be a whole number from 0 to 99.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>La classe du point %1 doit être un nombre entier de 0 à 99.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="200" />
        <source>Softmax can only be the activation of an output layer of at least two units.</source>
        <translation>Softmax ne peut être que l’activation d’une couche de sortie d’au moins deux unités.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="202" />
        <source>Binary cross-entropy needs a sigmoid output layer.</source>
        <translation>L’entropie croisée binaire exige une couche de sortie sigmoïde.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="204" />
        <source>Categorical cross-entropy needs a softmax output layer.</source>
        <translation>L’entropie croisée catégorielle exige une couche de sortie softmax.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="206" />
        <source>A regression has exactly one output.</source>
        <translation>Une régression a exactement une sortie.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="208" />
        <source>A regression is trained with the squared error.</source>
        <translation>Une régression s’entraîne avec l’erreur quadratique.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="210" />
        <source>Class weights need a classification task.</source>
        <translation>Les poids de classe exigent une tâche de classification.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="215" />
        <source>The points must belong to at least two classes.</source>
        <extracomment>The learner's points all have the same class</extracomment>
        <translation>Les points doivent appartenir à au moins deux classes.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="218" />
        <source>Playground's protocol trains with the squared error.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Le protocole de Playground entraîne avec l’erreur quadratique.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="221" />
        <source>Playground's protocol trains with plain SGD.</source>
        <extracomment>Playground: TensorFlow Playground; SGD: stochastic gradient descent</extracomment>
        <translation>Le protocole de Playground entraîne avec une SGD simple.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="224" />
        <source>Playground's protocol starts from Playground's initial weights.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Le protocole de Playground part des poids initiaux de Playground.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="227" />
        <source>Playground's protocol keeps the order of the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Le protocole de Playground garde l’ordre de l’ensemble d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="230" />
        <source>Playground's protocol needs a batch no larger than the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Le protocole de Playground exige un lot qui ne dépasse pas l’ensemble d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="244" />
        <source>%1 cannot be opened.</source>
        <extracomment>%1 the path of a file the learner picked</extracomment>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="247" />
        <source>The file has no points: each line needs x1,x2,label.</source>
        <extracomment>x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>Le fichier ne contient aucun point : chaque ligne doit avoir la forme x1,x2,label.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="250" />
        <source>it has %1 fields where x1,x2,label needs 3.</source>
        <extracomment>%1 how many comma-separated fields the line has; x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>elle a %1 champs alors que x1,x2,label en demande 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="253" />
        <source>%1 is empty.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated</extracomment>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="256" />
        <source>%1 holds "%2", which is not a number.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the text found there</extracomment>
        <translation>%1 contient « %2 », qui n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="259" />
        <source>%1 holds %2, which is far too large.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the number found there</extracomment>
        <translation>%1 contient %2, qui est beaucoup trop grand.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="262" />
        <source>the label %1 is not a class: use 0, 1, 2, ... or -1 and 1.</source>
        <extracomment>%1 the label found; classes are whole numbers 0, 1, 2... (or TensorFlow Playground's -1 and 1)</extracomment>
        <translation>l’étiquette %1 n’est pas une classe : utilisez 0, 1, 2, … ou -1 et 1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="266" />
        <source>the label %1 cannot go with the label -1 on line %2: use 0, 1, 2, ... or only -1 and 1.</source>
        <extracomment>%1 the label found; %2 the line number of a label -1. -1 and 1 is TensorFlow Playground's way of naming two classes.</extracomment>
        <translation>l’étiquette %1 ne peut pas aller avec l’étiquette -1 de la ligne %2 : utilisez 0, 1, 2, … ou seulement -1 et 1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="271" />
        <source>The file cannot be read as points.</source>
        <translation>Le fichier ne peut pas être lu comme des points.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="282" />
        <source>Line %1 of the file: %2</source>
        <extracomment>%1 a line number of the learner's CSV file; %2 what is wrong in it, a clause starting in lower case</extracomment>
        <translation>Ligne %1 du fichier : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="292" />
        <source>The training engine cannot use these settings.</source>
        <translation>Le moteur d’entraînement ne peut pas utiliser ces réglages.</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsExplanations</name>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="26" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "42 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="39" />
        <source>Expert %1</source>
        <extracomment>one of the mixture's expert networks, numbered from 1</extracomment>
        <translation>Expert %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="54" />
        <source>One expert will end up taking most of the inputs.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>Un expert finira par prendre la plupart des entrées.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="57" />
        <source>The inputs will stay spread over several experts.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>Les entrées resteront réparties entre plusieurs experts.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="74" />
        <source>With one expert the gate has no choice: this is a dense network with a gate in front.</source>
        <translation>Avec un seul expert, le routeur n’a pas le choix : c’est un réseau dense précédé d’un routeur.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="77" />
        <source>The experts collapsed: %1 takes %2 of the training inputs first, so the others hardly learn. The balance term (or a capacity per expert) pushes the gate to spread the inputs.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>Les experts se sont effondrés : %1 reçoit en premier choix %2 des entrées d’entraînement, si bien que les autres n’apprennent presque rien. Le terme d’équilibrage (ou une capacité par expert) pousse le routeur à répartir les entrées.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="82" />
        <source>The gate spread the inputs: the busiest expert, %1, takes %2 of the training inputs first.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>Le routeur a réparti les entrées : l’expert le plus sollicité, %1, reçoit en premier choix %2 des entrées d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="85" />
        <source>The mixture reached %1 test accuracy at %2 multiply-adds per input; the dense network with as many parameters in all reached %3 at %4.</source>
        <extracomment>%1 and %3 accuracies ("91 %"), %2 and %4 multiply-adds per input</extracomment>
        <translation>Le mélange a atteint %1 d’exactitude de test avec %2 multiplications-additions par entrée ; le réseau dense qui a autant de paramètres au total a atteint %3 avec %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="92" />
        <source>Here the mixture kept up with the large dense network for a fraction of its compute.</source>
        <translation>Ici, le mélange a fait jeu égal avec le grand réseau dense pour une fraction de son calcul.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="95" />
        <source>It kept up with the dense network of its active size (%1) but not with the large one: fewer parameters work on each input.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>Il a fait jeu égal avec le réseau dense de sa taille active (%1), mais pas avec le grand : moins de paramètres travaillent sur chaque entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="100" />
        <source>Here even the dense network of its active size did better (%1): routing is one option, not a guarantee.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>Ici, même le réseau dense de sa taille active a fait mieux (%1) : le routage est une option, pas une garantie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="104" />
        <source>In the last epoch %n routing choice(s) found the expert full and were dropped.</source>
        <translation>
            <numerusform>Lors de la dernière époque, %n choix de routage a trouvé l’expert plein et a été abandonné.</numerusform>
            <numerusform>Lors de la dernière époque, %n choix de routage ont trouvé l’expert plein et ont été abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="115" />
        <source>In your run, which expert took the most training inputs as its first choice? Look at the bar under the canvas.</source>
        <translation>Dans votre essai, quel expert a reçu le plus d’entrées d’entraînement en premier choix ? Regardez la barre sous le canevas.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="131" />
        <source>Right: %1 took %2 of the training inputs first.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>Exact : %1 a reçu %2 des entrées d’entraînement en premier choix.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="133" />
        <source>Not this one: %1 took the most, %2 of the training inputs. The bar under the canvas shows each expert's share.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>Pas celui-ci : c’est %1 qui en a reçu le plus, %2 des entrées d’entraînement. La barre sous le canevas montre la part de chaque expert.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="143" />
        <source>%1 takes %2</source>
        <extracomment>one item of a list, e.g. "Expert 2 takes 40 %"</extracomment>
        <translation>%1 reçoit %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="146" />
        <source>The gate's first choices over the training inputs: %1. Balance figure %2 (1 is even).</source>
        <extracomment>%1 a list of the experts' shares, %2 the balance figure (1 is even)</extracomment>
        <translation>Premiers choix du routeur sur les entrées d’entraînement : %1. Indice d’équilibre %2 (1 = répartition égale).</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="154" />
        <source>Dataset: %1</source>
        <translation>Jeu de données : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="155" />
        <source>Experts: %1, each input goes to %2</source>
        <translation>Experts : %1, chaque entrée va à %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="156" />
        <source>Balance term: on, weight %1</source>
        <translation>Terme d’équilibrage : activé, poids %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="157" />
        <source>Balance term: off</source>
        <translation>Terme d’équilibrage : désactivé</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="159" />
        <source>Capacity per expert: %1 × an even share</source>
        <translation>Capacité par expert : %1 × une part égale</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="160" />
        <source>Capacity per expert: none</source>
        <translation>Capacité par expert : aucune</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="161" />
        <source>Learning rate: %1</source>
        <translation>Taux d’apprentissage : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="167" />
        <source>Epochs: %1</source>
        <translation>Époques : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="168" />
        <source>Mixture: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Mélange : %1 d’exactitude de test, %2 multiplications-additions par entrée</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="171" />
        <source>Dense network, same total parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Réseau dense, même nombre total de paramètres : %1 d’exactitude de test, %2 multiplications-additions par entrée</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="174" />
        <source>Dense network, same active parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Réseau dense, même nombre de paramètres actifs : exactitude de test %1, %2 multiplications-additions par entrée</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="177" />
        <source>Largest share of one expert: %1</source>
        <translation>Plus grande part d’un seul expert : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="178" />
        <source>Balance figure: %1 (1 is even)</source>
        <translation>Indice d’équilibre : %1 (1 = répartition égale)</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLab</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="69" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. "Experts" must be between 1 and 8, not 9.</extracomment>
        <translation>Cette modification ne peut pas être entraînée : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="122" />
        <source>This lab has no dataset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Cet atelier n’a pas de jeu de données « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="154" />
        <source>The experts cannot use the activation "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Les experts ne peuvent pas utiliser l’activation « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="184" />
        <source>Circle</source>
        <extracomment>a dataset: two classes in a ring</extracomment>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="188" />
        <source>Exclusive or</source>
        <extracomment>a dataset: four quadrants, opposite ones the same class</extracomment>
        <translation>Ou exclusif</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="192" />
        <source>Two clusters</source>
        <extracomment>a dataset: two Gaussian clusters</extracomment>
        <translation>Deux groupes</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="196" />
        <source>Spiral</source>
        <extracomment>a dataset: two interleaved spirals</extracomment>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="200" />
        <source>Moons</source>
        <extracomment>a dataset: two interleaving half circles</extracomment>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="203" />
        <source>Three clusters</source>
        <translation>Trois groupes</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="206" />
        <source>Four clusters</source>
        <translation>Quatre groupes</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="230" />
        <source>Watch the experts collapse</source>
        <translation>Observez l’effondrement des experts</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="231" />
        <source>The balance term spreads them</source>
        <translation>Le terme d’équilibrage les répartit</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="232" />
        <source>Four experts on the spiral</source>
        <translation>Quatre experts sur la spirale</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="248" />
        <source>There is no preset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Il n’y a pas de préréglage « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="297" />
        <source>%1: %2</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage of the training inputs</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="315" />
        <source>Balance figure: %1 (1 is perfectly even; the number of experts means one takes everything)</source>
        <extracomment>%1 the balance figure E * sum f_i P_i, e.g. "1.42"</extracomment>
        <translation>Indice d’équilibre : %1 (1 signifie une répartition parfaitement égale ; une valeur égale au nombre d’experts signifie qu’un seul prend tout)</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="322" />
        <source>No capacity limit: every input reaches its experts.</source>
        <translation>Aucune limite de capacité : chaque entrée atteint ses experts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="323" />
        <source>Dropped for capacity in the last epoch: %n routing choice(s).</source>
        <translation>
            <numerusform>Écarté faute de capacité lors de la dernière époque : %n choix de routage.</numerusform>
            <numerusform>Écartés faute de capacité lors de la dernière époque : %n choix de routage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="339" />
        <source>%1 of %2</source>
        <extracomment>parameters of a model: %1 active on each input, %2 in all</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="343" />
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="505" />
        <source>Mixture of experts</source>
        <translation>Mélange d’experts</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="344" />
        <source>Dense, same total parameters</source>
        <translation>Dense, même nombre total de paramètres</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="345" />
        <source>Dense, same active parameters</source>
        <translation>Dense, même nombre de paramètres actifs</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="357" />
        <source>Epoch %1</source>
        <extracomment>%1 the number of epochs trained</extracomment>
        <translation>Époque %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="362" />
        <source>A mixture of experts is one design option among several, not a guarantee of better results.</source>
        <translation>Un mélange d’experts est une option de conception parmi d’autres, pas la garantie de meilleurs résultats.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="481" />
        <source>Your prediction matched what happened.</source>
        <translation>Votre prédiction correspondait à ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="482" />
        <source>What happened was different from your prediction: look at the bar of each expert's share.</source>
        <translation>Ce qui s’est passé diffère de votre prédiction : regardez la barre de la part de chaque expert.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="484" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a sentence), %3 whether they match</extracomment>
        <translation>Vous aviez prédit : %1
Ce qui s’est passé : %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="502" />
        <source>Train first: a finished run can be saved.</source>
        <translation>Entraînez d’abord : seul un essai terminé peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="515" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>L’essai n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="518" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>« %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLabSettings</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="130" />
        <source>hidden must list 1 to %1 layers of units, e.g. "8,8", not "%2".</source>
        <translation>hidden doit lister de 1 à %1 couches d’unités, par exemple « 8,8 », et non « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="155" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>« %1 » n’est pas un réglage de cet atelier.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="162" />
        <source>k must be at most the number of experts (%1), not %2.</source>
        <translation>k doit être au plus égal au nombre d’experts (%1), et non %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::Exporters</name>
    <message>
        <location filename="../models/store/Exporters.cpp" line="147" />
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="149" />
        <source>Model note</source>
        <translation>Note de modèle</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="150" />
        <location filename="../models/store/Exporters.cpp" line="156" />
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="158" />
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="160" />
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="162" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="164" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="166" />
        <source>Cost of failure</source>
        <translation>Coût d’un échec</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="168" />
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="170" />
        <source>Key risks</source>
        <translation>Risques principaux</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="171" />
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="178" />
        <source>(empty)</source>
        <extracomment>Shown in an exported note for a field the learner left empty.</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="192" />
        <source>%1 · saved %2</source>
        <translation>%1 · enregistré le %2</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="196" />
        <source>%1 · not saved yet</source>
        <extracomment>%1 is the learner's profile name.</extracomment>
        <translation>%1 · pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="202" />
        <source>Evidence charts</source>
        <extracomment>Heading in an exported decision note above the charts of the lab runs attached as evidence</extracomment>
        <translation>Graphiques joints comme éléments probants</translation>
    </message>
</context>
<context>
    <name>loopwise::LabController</name>
    <message>
        <location filename="../models/labs/common/LabController.cpp" line="69" />
        <source>That link cannot be used: %1</source>
        <extracomment>%1 what is wrong with a pasted lab link, one sentence per problem</extracomment>
        <translation>Ce lien ne peut pas être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>loopwise::LabEvidence</name>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="54" />
        <source>The run is being attached…</source>
        <translation>L’essai est en train d’être joint…</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="57" />
        <source>Train the model first: there is no run to attach yet.</source>
        <extracomment>why "Attach to my decision note" cannot be pressed yet</extracomment>
        <translation>Entraînez d’abord le modèle : il n’y a pas encore d’essai à joindre.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="111" />
        <source>Added to your decision note's evidence.</source>
        <extracomment>the confirmation after "Attach to my decision note"</extracomment>
        <translation>Ajouté aux éléments probants de votre note de décision.</translation>
    </message>
</context>
<context>
    <name>loopwise::LabRegistry</name>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="19" />
        <source>Build a neural network</source>
        <translation>Construire un réseau de neurones</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="22" />
        <source>See how models learn</source>
        <translation>Voir comment les modèles apprennent</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="25" />
        <source>Compare prompt strategies</source>
        <translation>Comparer des stratégies de prompt</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="28" />
        <source>Check the assumptions</source>
        <translation>Vérifier les hypothèses</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="31" />
        <source>Mixture of experts</source>
        <translation>Mélange d’experts</translation>
    </message>
</context>
<context>
    <name>loopwise::LabSpeed</name>
    <message>
        <location filename="../models/labs/common/LabSpeed.cpp" line="30" />
        <source>Full speed</source>
        <extracomment>training speed: as many epochs as the computer manages</extracomment>
        <translation>Vitesse maximale</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/common/LabSpeed.cpp" line="32" />
        <source>%n per frame</source>
        <extracomment>training speed: %n epochs trained between two pictures on the screen</extracomment>
        <translation>
            <numerusform>%n par image</numerusform>
            <numerusform>%n par image</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLab</name>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="27" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "93.5 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="47" />
        <source>Good fit</source>
        <translation>Bon ajustement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="48" />
        <source>A degree-5 curve learns the pattern and stops near the noise.</source>
        <translation>Une courbe de degré 5 apprend le motif et s’arrête près du bruit.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="49" />
        <source>Underfit</source>
        <translation>Sous-apprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="50" />
        <source>A straight line cannot follow the curve.</source>
        <translation>Une droite ne peut pas suivre la courbe.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="51" />
        <source>Overfit</source>
        <translation>Surapprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="52" />
        <source>Degree 15 on 16 noisy points learns the noise.</source>
        <translation>Le degré 15 sur 16 points bruités apprend le bruit.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="53" />
        <source>Rate too high</source>
        <translation>Taux trop élevé</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="54" />
        <source>Each step overshoots until training collapses.</source>
        <translation>Chaque pas va trop loin, jusqu’à ce que l’entraînement s’effondre.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="55" />
        <source>Rate too low</source>
        <translation>Taux trop faible</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="56" />
        <source>Tiny steps: the loss crawls down.</source>
        <translation>De tout petits pas : la perte descend au ralenti.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="57" />
        <source>Noisy labels</source>
        <translation>Étiquettes bruitées</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="58" />
        <source>Two classes, 40 % of the labels a coin flip.</source>
        <translation>Deux classes, 40 % des étiquettes tirées à pile ou face.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="59" />
        <source>More data cures overfitting</source>
        <translation>Plus de données guérissent le surapprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="60" />
        <source>The overfitting model again, with 1000 points.</source>
        <translation>Le modèle en surapprentissage, cette fois avec 1000 points.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="101" />
        <source>That change cannot be trained: %1</source>
        <translation>Cette modification ne peut pas être entraînée : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="134" />
        <source>There is no model "%1": choose curve or classes.</source>
        <translation>Il n’y a pas de modèle « %1 » : choisissez curve ou classes.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="228" />
        <source>Curve (regression)</source>
        <translation>Courbe (régression)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="230" />
        <source>Two classes (logistic)</source>
        <translation>Deux classes (logistique)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="241" />
        <source>All training rows</source>
        <translation>Toutes les lignes d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>The batch</source>
        <translation>Le lot</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>These rows of the training set go round the loop together.</source>
        <translation>Ces lignes de l’ensemble d’entraînement font ensemble le tour de la boucle.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>The predictions</source>
        <translation>Les prédictions</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="261" />
        <source>The model computes an output for every row with its current parameters.</source>
        <translation>Le modèle calcule une sortie pour chaque ligne avec ses paramètres actuels.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>The loss</source>
        <translation>La perte</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="263" />
        <source>The loss condenses how far the predictions are from the targets into one number.</source>
        <translation>La perte résume en un seul nombre l’écart entre les prédictions et les cibles.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Gradient and update</source>
        <translation>Gradient et mise à jour</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="265" />
        <source>The gradient says how the loss changes with each parameter; the update moves each parameter against it, scaled by the learning rate.</source>
        <translation>Le gradient indique comment la perte varie avec chaque paramètre ; la mise à jour déplace chaque paramètre dans le sens opposé, à l’échelle du taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>The new parameters</source>
        <translation>Les nouveaux paramètres</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="268" />
        <source>The updated parameters are kept and the next batch uses them.</source>
        <translation>Les paramètres mis à jour sont conservés et le lot suivant les utilise.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="288" />
        <source>Epoch %1, step %2 of %3</source>
        <extracomment>%1 epoch, %2 the next step in it, %3 steps per epoch</extracomment>
        <translation>Époque %1, pas %2 sur %3</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="317" />
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="318" />
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="321" />
        <source>Training accuracy</source>
        <translation>Exactitude d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="322" />
        <source>Validation accuracy</source>
        <translation>Exactitude de validation</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the majority class</source>
        <translation>toujours la classe majoritaire</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the mean of the training targets</source>
        <extracomment>the baseline of the curve model: a model that always predicts the mean y of the training points</extracomment>
        <translation>toujours la moyenne des cibles d’entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="375" />
        <source>Training has collapsed: reset it to step round the loop again.</source>
        <translation>L’entraînement s’est effondré : réinitialisez-le pour refaire le tour de la boucle.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="393" />
        <source>(%1, %2)</source>
        <extracomment>a point's two inputs</extracomment>
        <translation>(%1 ; %2)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="449" />
        <source>Training has collapsed: reset it to train again.</source>
        <translation>L’entraînement s’est effondré : réinitialisez-le pour entraîner à nouveau.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="473" />
        <source>There is no preset "%1".</source>
        <translation>Il n’y a pas de préréglage « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="578" />
        <source>Your prediction matched what happened.</source>
        <translation>Votre prédiction correspondait à ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="579" />
        <source>What happened was different from your prediction: look at the loss curves to see why.</source>
        <translation>Ce qui s’est passé diffère de votre prédiction : regardez les courbes de perte pour comprendre pourquoi.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="581" />
        <source>You predicted: %1
What happened: %2.
%3</source>
        <extracomment>%1 the learner's prediction, %2 the status reached (e.g. "Overfitting"), %3 whether they match</extracomment>
        <translation>Vous aviez prédit : %1
Ce qui s’est passé : %2.
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="40" />
        <source>It is still learning: more epochs will lower the loss further.</source>
        <translation>Il apprend encore : davantage d’époques feront encore baisser la perte.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="42" />
        <source>It has learned what the data allows: more epochs will not help.</source>
        <translation>Il a appris ce que les données permettent : davantage d’époques n’aideront pas.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="44" />
        <source>The model is too simple for the pattern: it underfits.</source>
        <translation>Le modèle est trop simple pour le motif : il sous-apprend.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="46" />
        <source>It is memorising the noise of its training points: it overfits.</source>
        <translation>Il mémorise le bruit de ses points d’entraînement : il surapprend.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="48" />
        <source>The learning rate is too low: it learns, but crawls.</source>
        <translation>Le taux d’apprentissage est trop faible : il apprend, mais au ralenti.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="50" />
        <source>The learning rate is too high: each step overshoots back and forth.</source>
        <translation>Le taux d’apprentissage est trop élevé : chaque pas dépasse la cible, d’un côté puis de l’autre.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="52" />
        <source>The learning rate is far too high: the steps overshoot further and further until training collapses.</source>
        <translation>Le taux d’apprentissage est beaucoup trop élevé : les pas dépassent la cible de plus en plus, jusqu’à ce que l’entraînement s’effondre.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="78" />
        <source>Validation loss rose after epoch %1 (from %2 to %3) while training loss fell to %4: what is happening?</source>
        <extracomment>%1 epoch, %2 and %3 validation losses, %4 training loss</extracomment>
        <translation>La perte de validation a augmenté après l’époque %1 (de %2 à %3) tandis que la perte d’entraînement tombait à %4 : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="87" />
        <source>In epoch %1 a step made the loss explode and training stopped; the loss had reached %2 (it started at %3). What is happening?</source>
        <extracomment>%1 epoch, %2 the highest training loss, %3 the loss before training</extracomment>
        <translation>À l’époque %1, un pas a fait exploser la perte et l’entraînement s’est arrêté ; la perte avait atteint %2 (elle partait de %3). Que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="97" />
        <source>Over the last %1 epochs the training loss went up and down between %2 and %3: what is happening?</source>
        <translation>Au cours des %1 dernières époques, la perte d’entraînement a oscillé entre %2 et %3 : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="104" />
        <source>After %1 epochs the training loss has levelled off at %2, far above the noise floor of %3: what is happening?</source>
        <extracomment>%3 is the noise floor: the loss no model beats on fresh data</extracomment>
        <translation>Après %1 époques, la perte d’entraînement s’est stabilisée à %2, bien au-dessus du plancher de bruit de %3 : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="109" />
        <source>In %1 epochs the training loss fell only from %2 to %3, slowly but steadily: what is happening?</source>
        <translation>En %1 époques, la perte d’entraînement n’est passée que de %2 à %3, lentement mais régulièrement : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="114" />
        <source>After %1 epochs the training loss has levelled off at %2, close to the noise floor of %3: what is happening?</source>
        <translation>Après %1 époques, la perte d’entraînement s’est stabilisée à %2, près du plancher de bruit de %3 : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="119" />
        <source>After %1 epochs the training loss is still falling fast (from %2 to %3): what is happening?</source>
        <translation>Après %1 époques, la perte d’entraînement baisse encore vite (de %2 à %3) : que se passe-t-il ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="173" />
        <source>The model beats the baseline on validation data.</source>
        <translation>Le modèle bat la référence sur les données de validation.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="174" />
        <source>The baseline beats the model on validation data.</source>
        <translation>La référence bat le modèle sur les données de validation.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="175" />
        <source>They are about equal (within 5 %).</source>
        <translation>Ils sont à peu près équivalents (à 5 % près).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="177" />
        <source>A model is worth keeping when it beats the baseline on data it did not train on, and this one does.</source>
        <translation>Un modèle mérite d’être gardé s’il bat la référence sur des données qui n’ont pas servi à l’entraîner, et c’est le cas de celui-ci.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="179" />
        <source>On data it did not train on, this model does worse than the simple baseline: it is not worth keeping as it is.</source>
        <translation>Sur des données qui n’ont pas servi à l’entraîner, ce modèle fait moins bien que la référence simple : en l’état, il ne mérite pas d’être gardé.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="181" />
        <source>On data it did not train on, the model adds little to the simple baseline.</source>
        <translation>Sur des données qui n’ont pas servi à l’entraîner, le modèle apporte peu par rapport à la référence simple.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="184" />
        <source>After %1 epochs the model's validation loss is %2; the baseline (%3) has %4. Which is true?</source>
        <extracomment>%1 epochs, %2 the model's validation loss, %3 the baseline's name, %4 its validation loss</extracomment>
        <translation>Après %1 époques, la perte de validation du modèle est de %2 ; la référence (%3) obtient %4. Qu’est-ce qui est vrai ?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="198" />
        <source>Both losses fall and settle low: the model learns the pattern.</source>
        <translation>Les deux pertes baissent et se stabilisent bas : le modèle apprend le motif.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="201" />
        <source>Training loss keeps falling but validation loss rises: it memorises the noise.</source>
        <translation>La perte d’entraînement continue de baisser mais la perte de validation augmente : il mémorise le bruit.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="205" />
        <source>Both losses stop high: the model is too simple.</source>
        <translation>Les deux pertes s’arrêtent haut : le modèle est trop simple.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="208" />
        <source>The losses barely move: the steps are too small.</source>
        <translation>Les pertes bougent à peine : les pas sont trop petits.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="211" />
        <source>The loss jumps around or blows up: the steps are too big.</source>
        <translation>La perte saute dans tous les sens ou explose : les pas sont trop grands.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="228" />
        <source>Not trained yet</source>
        <translation>Pas encore entraîné</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="230" />
        <source>Improving</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="232" />
        <source>Converged</source>
        <translation>Convergé</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="234" />
        <source>Underfitting</source>
        <translation>Sous-apprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="236" />
        <source>Overfitting</source>
        <translation>Surapprentissage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="238" />
        <source>Learning rate too low</source>
        <translation>Taux d’apprentissage trop faible</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="240" />
        <source>Oscillating</source>
        <translation>Oscillations</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="242" />
        <source>Diverged: training collapsed</source>
        <translation>Divergence : l’entraînement s’est effondré</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="251" />
        <source>Make a prediction, then press Play, or step one batch round the training loop.</source>
        <translation>Faites une prédiction, puis appuyez sur Lecture, ou faites passer un lot dans la boucle d’entraînement.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="253" />
        <source>Both losses are still falling: let it train on.</source>
        <translation>Les deux pertes baissent encore : laissez-le s’entraîner.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="255" />
        <source>The loss has levelled off near the noise in the data: this is as good as this model gets, so stop here.</source>
        <translation>La perte s’est stabilisée près du bruit des données : ce modèle ne fera pas mieux, arrêtez-vous ici.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="258" />
        <source>The loss has levelled off far above the noise in the data: give the model more capacity (a higher degree).</source>
        <translation>La perte s’est stabilisée bien au-dessus du bruit des données : donnez plus de capacité au modèle (un degré plus élevé).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="261" />
        <source>Validation loss rises while training loss falls: use more data or a lower degree, or stop at epoch %1, where validation loss was lowest.</source>
        <translation>La perte de validation augmente tandis que la perte d’entraînement baisse : utilisez plus de données ou un degré plus faible, ou arrêtez-vous à l’époque %1, où la perte de validation était la plus basse.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="265" />
        <source>The loss falls steadily but very slowly: raise the learning rate.</source>
        <translation>La perte baisse régulièrement mais très lentement : augmentez le taux d’apprentissage.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="267" />
        <source>The loss jumps up and down because the steps overshoot: lower the learning rate or use larger batches.</source>
        <translation>La perte monte et descend parce que les pas dépassent la cible : baissez le taux d’apprentissage ou utilisez des lots plus grands.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="270" />
        <source>The loss exploded, so training stopped: lower the learning rate a lot, then reset.</source>
        <translation>La perte a explosé, l’entraînement s’est donc arrêté : baissez fortement le taux d’apprentissage, puis réinitialisez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="278" />
        <source>%n parameters to learn: one coefficient per term of the model</source>
        <extracomment>%n the model's parameters: the coefficients of its terms (1, P1(x), ...), which training learns</extracomment>
        <translation>
            <numerusform>%n paramètre à apprendre : un coefficient par terme du modèle</numerusform>
            <numerusform>%n paramètres à apprendre : un coefficient par terme du modèle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="312" />
        <source>Right. %1</source>
        <translation>Exact. %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="314" />
        <source>Not quite: the answer is "%1" %2</source>
        <extracomment>%1 the right answer, %2 why</extracomment>
        <translation>Pas tout à fait : la réponse est « %1 ». %2</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="11" />
        <source>Model: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the kind of model</extracomment>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="14" />
        <source>Degree: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the degree of the fitted curve</extracomment>
        <translation>Degré : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="15" />
        <source>Learning rate: %1</source>
        <translation>Taux d’apprentissage : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Points: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a number of rows</extracomment>
        <translation>Points : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Noise: %1 %</source>
        <translation>Bruit : %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="19" />
        <source>Batch size: %1</source>
        <extracomment>a setting of a run in the decision note; %1 "All training rows" or a number</extracomment>
        <translation>Taille de lot : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="22" />
        <source>Preset: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a preset, e.g. "Overfitting"</extracomment>
        <translation>Préréglage : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="24" />
        <source>Epochs: %1</source>
        <translation>Époques : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="28" />
        <source>%1: %2 (baseline: %3)</source>
        <extracomment>a result of a run in the decision note: %1 e.g. "Validation loss", %2 the model's figure, %3 the baseline's</extracomment>
        <translation>%1 : %2 (référence : %3)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="34" />
        <source>Outcome: %1</source>
        <extracomment>the lab's verdict on the run, e.g. "Overfitting"</extracomment>
        <translation>Résultat : %1</translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLabSettings</name>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="99" />
        <source>preset must be one of %1, not "%2".</source>
        <translation>preset doit être l’une des valeurs %1, et non « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="114" />
        <source>model must be curve or classes, not "%1".</source>
        <translation>model doit valoir curve ou classes, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="141" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>« %1 » n’est pas un réglage de cet atelier.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="147" />
        <source>batch must be at most the number of points (%1), not %2.</source>
        <translation>batch doit valoir au plus le nombre de points (%1), et non %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::LinkReader</name>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="15" />
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non « %4 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="25" />
        <source>%1 must be a number from %2 to %3, not "%4".</source>
        <translation>%1 doit être un nombre de %2 à %3, et non « %4 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="35" />
        <source>%1 must be 1 or 0, not "%2".</source>
        <translation>%1 doit valoir 1 ou 0, et non « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="41" />
        <source>%1 must be one of %2, not "%3".</source>
        <translation>%1 doit être l’une des valeurs %2, et non « %3 ».</translation>
    </message>
</context>
<context>
    <name>loopwise::Messages</name>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="27" />
        <source>Loopwise is already running and using the progress folder %1. Close the other Loopwise window, then start Loopwise again.</source>
        <translation>Loopwise est déjà ouvert et utilise le dossier de progression %1. Fermez l’autre fenêtre de Loopwise, puis relancez Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="61" />
        <source>The progress file %1 was saved by a newer version of Loopwise (data version %2; this version reads up to %3). It was left unchanged. Please update Loopwise to open it.</source>
        <extracomment>%1 is a file path, %2 and %3 are schema version numbers.</extracomment>
        <translation>Le fichier de progression %1 a été enregistré par une version plus récente de Loopwise (version des données %2 ; cette version lit jusqu’à la %3). Il n’a pas été modifié. Mettez Loopwise à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="71" />
        <source>The progress store is not open, so nothing can be saved.</source>
        <translation>Le stockage de la progression n’est pas ouvert : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="76" />
        <source>Your progress file was empty.</source>
        <translation>Votre fichier de progression était vide.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="81" />
        <source>Your progress file was not a Loopwise progress file.</source>
        <translation>Votre fichier de progression n’était pas un fichier de progression Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="86" />
        <source>Your progress file was damaged.</source>
        <translation>Votre fichier de progression était endommagé.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="96" />
        <source>It was moved to %1 and kept there.</source>
        <translation>Il a été déplacé vers %1 et y est conservé.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="102" />
        <source>A damaged progress file that Loopwise set aside earlier is still kept at %1.</source>
        <extracomment>%1 is a file path. Said when the progress file is missing and no backup exists.</extracomment>
        <translation>Un fichier de progression endommagé que Loopwise a mis de côté auparavant est toujours conservé dans %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="107" />
        <source>Your progress was restored from the backup taken on %1; anything done after that time is missing.</source>
        <translation>Votre progression a été restaurée à partir de la sauvegarde du %1 ; tout ce qui a été fait après ce moment manque.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="114" />
        <source>No backup was available, so Loopwise started a new, empty progress file.</source>
        <translation>Aucune sauvegarde n’était disponible : Loopwise a donc commencé un nouveau fichier de progression vide.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="35" />
        <source>Loopwise on the computer %2 has been using the progress folder %1 since %3. This happens when the folder is shared, for example on a network drive. Close Loopwise on %2 and start it again here. If Loopwise is not open there any more, start it here with the option --take-over-lock.</source>
        <extracomment>%1 is a folder path, %2 a computer's network name, %3 a date and time.</extracomment>
        <translation>Loopwise, sur l’ordinateur %2, utilise le dossier de progression %1 depuis %3. Cela arrive quand le dossier est partagé, par exemple sur un lecteur réseau. Fermez Loopwise sur %2 et relancez-le ici. Si Loopwise n’y est plus ouvert, lancez-le ici avec l’option --take-over-lock.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="45" />
        <source>You asked to take over the progress folder from Loopwise on the computer %1 (in use there since %2). If Loopwise is still open there, close it without saving.</source>
        <extracomment>%1 is a computer's network name, %2 a date and time.</extracomment>
        <translation>Vous avez demandé à reprendre le dossier de progression à Loopwise sur l’ordinateur %1 (utilisé là-bas depuis %2). Si Loopwise y est encore ouvert, fermez-le sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="53" />
        <source>The lock file %1 could not be read, so no running Loopwise can own it. Loopwise took the folder over.</source>
        <extracomment>%1 is a file path. A lock file marks the folder as in use by a running Loopwise.</extracomment>
        <translation>Le fichier de verrou %1 n’a pas pu être lu, donc aucun Loopwise en cours d’exécution ne peut le détenir. Loopwise a repris le dossier.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="91" />
        <source>Your progress file was missing.</source>
        <translation>Votre fichier de progression était introuvable.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="119" />
        <source>The disk is full, so Loopwise holds on to your latest work and saves it as soon as there is space again.</source>
        <translation>Le disque est plein : Loopwise garde votre dernier travail et l’enregistre dès qu’il y aura de nouveau de la place.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="132" />
        <source>Loopwise cannot write to its progress folder, so it holds on to your latest work and saves it as soon as it can.</source>
        <translation>Loopwise ne peut pas écrire dans son dossier de progression : il garde votre dernier travail et l’enregistre dès qu’il le pourra.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="139" />
        <source>Progress folder: %1
Check that the folder exists, that you may write to it and that its disk has free space.</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path.</extracomment>
        <translation>Dossier de progression : %1
Vérifiez que le dossier existe, que vous avez le droit d’y écrire et que son disque a de l’espace libre.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="151" />
        <source>Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying.</source>
        <translation>Votre dernier travail n’a pas encore pu être enregistré : Loopwise le garde et continue d’essayer.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="158" />
        <source>Progress folder: %1
Error reported by the database: %2</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path, %2 the database's technical error message (in English).</extracomment>
        <translation>Dossier de progression : %1
Erreur signalée par la base de données : %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="163" />
        <source>A change could not be saved and was discarded: %1</source>
        <translation>Une modification n’a pas pu être enregistrée et a été abandonnée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="168" />
        <source>%n change(s) could not be saved before closing.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être enregistrée avant la fermeture.</numerusform>
            <numerusform>%n modifications n’ont pas pu être enregistrées avant la fermeture.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="173" />
        <source>The profile “%1” was deleted. A copy of all progress from before the deletion is kept in %2.</source>
        <translation>Le profil « %1 » a été supprimé. Une copie de toute la progression antérieure à la suppression est conservée dans %2.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="180" />
        <source>“%1” is not a valid id: use up to 128 letters, digits and . _ : / -</source>
        <translation>« %1 » n’est pas un identifiant valide : utilisez au plus 128 lettres, chiffres et . _ : / -</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="185" />
        <source>The text is too long: at most %1 characters can be saved.</source>
        <translation>Le texte est trop long : %1 caractères au plus peuvent être enregistrés.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="190" />
        <source>A profile name must have between 1 and %1 characters.</source>
        <translation>Un nom de profil doit compter entre 1 et %1 caractères.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="195" />
        <source>There is no profile with the id %1.</source>
        <translation>Il n’y a aucun profil avec l’identifiant %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="200" />
        <source>“%1” is not a kind of note.</source>
        <translation>« %1 » n’est pas un type de note.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="205" />
        <source>The %1 note has no field “%2”.</source>
        <translation>La note %1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="210" />
        <source>There is no saved version with the id %1.</source>
        <translation>Il n’y a aucune version enregistrée avec l’identifiant %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="215" />
        <source>Time spent must be between 1 and %1 seconds.</source>
        <translation>Le temps passé doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="220" />
        <source>A lab run can only be saved with its settings and results as valid JSON.</source>
        <translation>Un essai d’atelier ne peut être enregistré qu’avec ses réglages et ses résultats en JSON valide.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="225" />
        <source>The run could not be attached: its chart could not be captured.</source>
        <translation>L’essai n’a pas pu être joint : son graphique n’a pas pu être capturé.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="230" />
        <source>This run is already in your decision note's evidence.</source>
        <translation>Cet essai figure déjà dans les éléments probants de votre note de décision.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="236" />
        <source>There is no evidence with the id “%1”.</source>
        <extracomment>%1 is an internal id</extracomment>
        <translation>Il n’y a aucun élément probant avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="242" />
        <source>%1, %2</source>
        <extracomment>A lab run attached as evidence: %1 is the lab's title, %2 the date and time it was attached</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="257" />
        <source>Settings:</source>
        <extracomment>Heading above a lab run's settings in the decision note's evidence</extracomment>
        <translation>Réglages :</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="260" />
        <source>Figures:</source>
        <extracomment>Heading above a lab run's results (loss, accuracy...) in the decision note's evidence</extracomment>
        <translation>Chiffres :</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="263" />
        <source>Reopen this run with the lab link: %1</source>
        <extracomment>%1 is a lab link such as lab/network?dataset=spiral; pasted into the lab, it reopens the run</extracomment>
        <translation>Rouvrez cet essai avec le lien de l’atelier : %1</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="268" />
        <source>The setting “%1” must be text, a number or true/false.</source>
        <translation>Le réglage « %1 » doit être du texte, un nombre ou true/false.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="273" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="278" />
        <source>Importing can start once your latest work has been saved. Please try again in a moment.</source>
        <translation>L’importation pourra commencer une fois votre dernier travail enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="284" />
        <source>%1 was not imported and nothing was changed. %2</source>
        <extracomment>%1 is a file path, %2 explains what is wrong with it.</extracomment>
        <translation>%1 n’a pas été importé et rien n’a été modifié. %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="292" />
        <source>Nothing was imported from %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Rien n’a été importé depuis %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="295" />
        <source>%n event(s) were imported from %1 into the new profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n événement a été importé depuis %1 dans le nouveau profil « %2 ».</numerusform>
            <numerusform>%n événements ont été importés depuis %1 dans le nouveau profil « %2 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="299" />
        <source>%n event(s) were imported from %1 into the profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n événement a été importé depuis %1 dans le profil « %2 ».</numerusform>
            <numerusform>%n événements ont été importés depuis %1 dans le profil « %2 ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="302" />
        <source>The file holds no progress.</source>
        <translation>Le fichier ne contient aucune progression.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="305" />
        <source>%n event(s) were skipped because this profile has them already.</source>
        <translation>
            <numerusform>%n événement a été ignoré, car ce profil l’a déjà.</numerusform>
            <numerusform>%n événements ont été ignorés, car ce profil les a déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="308" />
        <source>%n event(s) were skipped because they belong to another profile on this computer.</source>
        <extracomment>The same recorded learner action (by its id) is stored under another profile.</extracomment>
        <translation>
            <numerusform>%n événement a été ignoré, car il appartient à un autre profil de cet ordinateur.</numerusform>
            <numerusform>%n événements ont été ignorés, car ils appartiennent à un autre profil de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="312" />
        <source>No profile “%1” was added, because it would have been empty.</source>
        <extracomment>%1 is a learner's profile name.</extracomment>
        <translation>Aucun profil « %1 » n’a été ajouté, car il aurait été vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="315" />
        <source>%n date(s) in the file were impossible (later than now or before 2000) and were set to the time of this import.</source>
        <extracomment>Dates written by a device whose clock was wrong.</extracomment>
        <translation>
            <numerusform>%n date du fichier était impossible (postérieure à maintenant ou antérieure à 2000) et a été remplacée par l’heure de cette importation.</numerusform>
            <numerusform>%n dates du fichier étaient impossibles (postérieures à maintenant ou antérieures à 2000) et ont été remplacées par l’heure de cette importation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::ModelServer</name>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="23" />
        <source>No model server answers on this computer's usual ports (%1).</source>
        <extracomment>%1 port numbers, e.g. "11434, 8080, 1234"</extracomment>
        <translation>Aucun serveur de modèles ne répond sur les ports habituels de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="143" />
        <source>Prompts you run will leave this device to %1.</source>
        <extracomment>%1 the host name or address of the model server</extracomment>
        <translation>Les prompts que vous lancez quitteront cet appareil pour %1.</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLab</name>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="244" />
        <source>%1 %</source>
        <extracomment>A whole percentage, e.g. "87 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="88" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 is one whole sentence saying why the training engine refuses the settings</extracomment>
        <translation>Cette modification ne peut pas être entraînée : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="86" />
        <source>Your own points need a classification set to start from: choose one, then add points.</source>
        <translation>Vos propres points partent d’un jeu de classification : choisissez-en un, puis ajoutez des points.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="184" />
        <source>%n parameters to learn (weights: %1, biases: %2)</source>
        <extracomment>%n all numbers training learns; %1 of them weights (one per connection), %2 biases (one per neuron)</extracomment>
        <translation>
            <numerusform>%n paramètre à apprendre (poids : %1, biais : %2)</numerusform>
            <numerusform>%n paramètres à apprendre (poids : %1, biais : %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="290" />
        <source>The network needs at least one input.</source>
        <translation>Le réseau a besoin d’au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="36" />
        <source>Circle</source>
        <extracomment>a data set: points inside a circle against points around it</extracomment>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="38" />
        <source>Exclusive or</source>
        <extracomment>a data set: the four quarters of the plane, opposite quarters of one class</extracomment>
        <translation>Ou exclusif</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="39" />
        <source>Two clusters</source>
        <translation>Deux groupes</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="40" />
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="41" />
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="42" />
        <source>Three classes</source>
        <translation>Trois classes</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="43" />
        <source>Four classes</source>
        <translation>Quatre classes</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="44" />
        <source>Plane (regression)</source>
        <translation>Plan (régression)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="46" />
        <source>Hills (regression)</source>
        <extracomment>a regression data set whose values rise and fall like hills</extracomment>
        <translation>Collines (régression)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="47" />
        <source>My own points</source>
        <translation>Mes propres points</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="63" />
        <source>Tanh</source>
        <extracomment>activation functions of a neural network's neurons</extracomment>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="64" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="65" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="66" />
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="67" />
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="73" />
        <source>Plain SGD</source>
        <extracomment>optimizers: plain stochastic gradient descent, with momentum, and Adam</extracomment>
        <translation>SGD simple</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="74" />
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="75" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="161" />
        <source>Your prediction held: training diverged at epoch %1.</source>
        <translation>Votre prédiction s’est vérifiée : l’entraînement a divergé à l’époque %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="162" />
        <source>Not what you predicted: training diverged at epoch %1.</source>
        <translation>Ce n’est pas ce que vous aviez prédit : l’entraînement a divergé à l’époque %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="167" />
        <source>Your prediction held: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>Votre prédiction s’est vérifiée : après %1 époques, la perte de test est de %2 (minimum %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="172" />
        <source>Not what you predicted: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>Ce n’est pas ce que vous aviez prédit : après %1 époques, la perte de test est de %2 (minimum %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="178" />
        <source>Your prediction held: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>Votre prédiction s’est vérifiée : après %1 époques, %2 % des points de test sont du bon côté ; perte de test %3 (minimum %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="185" />
        <source>Not what you predicted: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>Ce n’est pas ce que vous aviez prédit : après %1 époques, %2 % des points de test sont du bon côté ; perte de test %3 (minimum %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="81" />
        <source>It will learn the data: at least 90 % of test points on the right side (regression: test loss at most 0.05).</source>
        <translation>Il apprendra les données : au moins 90 % des points de test du bon côté (régression : perte de test d’au plus 0,05).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="83" />
        <source>It will not manage that.</source>
        <translation>Il n’y arrivera pas.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="85" />
        <source>The test loss will rise again while the training loss keeps falling.</source>
        <translation>La perte de test remontera tandis que la perte d’entraînement continuera de baisser.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="86" />
        <source>Training will blow up (diverge).</source>
        <translation>L’entraînement va exploser (diverger).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="28" />
        <source>Your own points are for classification: choose a classification set first.</source>
        <translation>Vos propres points servent à la classification : choisissez d’abord un jeu de classification.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="37" />
        <source>The canvas holds at most %1 points.</source>
        <extracomment>%1 the largest number of points the learner may place</extracomment>
        <translation>Le canevas contient au plus %1 points.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="96" />
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>%n point importé.</numerusform>
            <numerusform>%n points importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="33" />
        <source>Points saved to %1.</source>
        <extracomment>%1 a file name</extracomment>
        <translation>Points enregistrés dans %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="75" />
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="84" />
        <source>Wait until the file being read or written is done.</source>
        <translation>Attendez que la lecture ou l’écriture du fichier soit terminée.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="134" />
        <source>Your own points stay as they are; choose a generated set to get new data.</source>
        <translation>Vos propres points restent tels quels ; choisissez un jeu généré pour obtenir de nouvelles données.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="92" />
        <source>Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>L’entraînement a divergé à l’époque %1 : la perte a explosé. Baissez le taux d’apprentissage, puis réinitialisez.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="96" />
        <source>Not trained yet. Test loss %1.</source>
        <translation>Pas encore entraîné. Perte de test %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="99" />
        <source>Epoch %1, test loss %2.</source>
        <extracomment>%1 epoch, %2 test loss</extracomment>
        <translation>Époque %1, perte de test %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="101" />
        <source>Epoch %1, test loss %2, %3 % of test points on the right side.</source>
        <extracomment>%1 epoch, %2 test loss, %3 percentage of test points the network classifies rightly</extracomment>
        <translation>Époque %1, perte de test %2, %3 % des points de test du bon côté.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="113" />
        <source>The network is still learning: the loss keeps falling, so more epochs will help.</source>
        <translation>Le réseau apprend encore : la perte continue de baisser, donc davantage d’époques l’aideront.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="115" />
        <source>The network has learned the data: its test points are predicted well.</source>
        <translation>Le réseau a appris les données : ses points de test sont bien prédits.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="117" />
        <source>The loss has levelled off before the network learned the data: it underfits. Give it more neurons, layers or inputs.</source>
        <translation>La perte s’est stabilisée avant que le réseau ait appris les données : il sous-apprend. Donnez-lui plus de neurones, de couches ou d’entrées.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="121" />
        <source>The test loss was lowest at epoch %1 (%2) and has risen since while the training loss kept falling: the network overfits. Stop earlier, add training data or use regularization.</source>
        <extracomment>%1 the epoch with the lowest test loss, %2 that loss</extracomment>
        <translation>La perte de test était au plus bas à l’époque %1 (%2) et a augmenté depuis, alors que la perte d’entraînement continuait de baisser : le réseau surapprend. Arrêtez plus tôt, ajoutez des données d’entraînement ou utilisez une régularisation.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="127" />
        <source>The loss falls, but slowly: the learning rate is too low. Raise it.</source>
        <translation>La perte baisse, mais lentement : le taux d’apprentissage est trop bas. Augmentez-le.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="131" />
        <source>The loss swings between %1 and %2: the learning rate is too high, so each step overshoots. Lower it.</source>
        <extracomment>%1 and %2 the lowest and highest loss of the last epochs</extracomment>
        <translation>La perte oscille entre %1 et %2 : le taux d’apprentissage est trop élevé, chaque pas va donc trop loin. Baissez-le.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="134" />
        <source>The learning rate is far too high: the steps overshot further and further until the loss blew up.</source>
        <translation>Le taux d’apprentissage est beaucoup trop élevé : les pas ont dépassé la cible de plus en plus, jusqu’à ce que la perte explose.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="145" />
        <source>Stopped at the epoch limit (%1).</source>
        <extracomment>%1 the epoch limit the learner set</extracomment>
        <translation>Arrêté à la limite d’époques (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="148" />
        <source>Stopped: the test loss reached the target (%1).</source>
        <extracomment>%1 the test loss the learner set as the target</extracomment>
        <translation>Arrêté : la perte de test a atteint la cible (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="150" />
        <source>Training diverged: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>L’entraînement a divergé : la perte a explosé. Baissez le taux d’apprentissage, puis réinitialisez.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="308" />
        <source>A weight must be a number from -100 to 100.</source>
        <translation>Un poids doit être un nombre de -100 à 100.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="317" />
        <source>A bias must be a number from -100 to 100.</source>
        <translation>Un biais doit être un nombre de -100 à 100.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="330" />
        <source>A prediction is made before training starts: reset the network to predict again.</source>
        <translation>Une prédiction se fait avant le début de l’entraînement : réinitialisez le réseau pour prédire à nouveau.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="380" />
        <source>There is nothing to save yet.</source>
        <translation>Il n’y a encore rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="394" />
        <source>Run of %1 epochs</source>
        <extracomment>the name of a saved run the learner did not name; %1 its epochs</extracomment>
        <translation>Essai de %1 époques</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="398" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>L’essai n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="401" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="23" />
        <source>%1 neurons (%2)</source>
        <extracomment>one hidden layer in a list of layers: %1 its number of neurons, %2 its activation</extracomment>
        <translation>%1 neurones (%2)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="30" />
        <source>Data set: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a data set</extracomment>
        <translation>Jeu de données : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="32" />
        <source>Noise: %1 %</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>Bruit : %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="34" />
        <source>Training data: %1 % of the points</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>Données d’entraînement : %1 % des points</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="36" />
        <source>Features: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a list of input features</extracomment>
        <translation>Variables : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="37" />
        <source>Hidden layers: none</source>
        <translation>Couches cachées : aucune</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="39" />
        <source>Hidden layers: %1</source>
        <translation>Couches cachées : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="40" />
        <source>Learning rate: %1</source>
        <translation>Taux d’apprentissage : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Optimizer: %1</source>
        <extracomment>%1 the name of an optimizer, e.g. Adam</extracomment>
        <translation>Optimiseur : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Batch size: %1</source>
        <translation>Taille de lot : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="45" />
        <source>Regularization: %1, rate %2</source>
        <extracomment>%1 L1 or L2, %2 the regularization rate</extracomment>
        <translation>Régularisation : %1, taux %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="46" />
        <source>Regularization: none</source>
        <translation>Régularisation : aucune</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: cross-entropy</source>
        <translation>Perte : entropie croisée</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: squared error</source>
        <translation>Perte : erreur quadratique</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Epochs: %1</source>
        <translation>Époques : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Test loss: %1</source>
        <translation>Perte de test : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="51" />
        <source>Training loss: %1</source>
        <translation>Perte d’entraînement : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="54" />
        <source>Test accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>Exactitude de test : %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="56" />
        <source>Training accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>Exactitude d’entraînement : %1 %</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLabSettings</name>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="216" />
        <source>dataset must be one of %1, not "%2".</source>
        <translation>dataset doit être l’une des valeurs %1, et non « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="236" />
        <source>features must name at least one input.</source>
        <translation>features doit nommer au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="244" />
        <source>hidden may list at most %1 layers.</source>
        <translation>hidden peut compter au plus %1 couches.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="269" />
        <source>loss must be squared or cross-entropy, not "%1".</source>
        <translation>loss doit valoir squared ou cross-entropy, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="294" />
        <source>points: "%1" is not x:y:class with x and y from -6 to 6 and class 0 to 3.</source>
        <translation>points : « %1 » n’a pas la forme x:y:classe, avec x et y de -6 à 6 et une classe de 0 à 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="302" />
        <source>points may hold at most %1 points.</source>
        <translation>points peut contenir au plus %1 points.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="304" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>« %1 » n’est pas un réglage de cet atelier.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="310" />
        <source>activation must name one activation, or one per hidden layer.</source>
        <translation>activation doit nommer une activation, ou une par couche cachée.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="316" />
        <source>activation must be one of %1, not "softmax".</source>
        <translation>activation doit être l’une des valeurs %1, et non « softmax ».</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="324" />
        <source>dataset=custom needs points.</source>
        <translation>dataset=custom exige des points.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="332" />
        <source>These settings cannot be trained: %1</source>
        <extracomment>%1 is the training engine's reason, a whole sentence</extracomment>
        <translation>Ces réglages ne peuvent pas être entraînés : %1</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkPointsFile</name>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="31" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="59" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="105" />
        <source>Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from %5 to %6, classes from 0 to %7.</source>
        <extracomment>%1 the point's number in the file, %2 and %3 its coordinates, %4 its class; %5 to %6 the canvas's range, %7 the largest class</extracomment>
        <translation>Le point %1 (%2, %3, classe %4) est hors du canevas : x1 et x2 vont de %5 à %6, les classes de 0 à %7.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="114" />
        <source>The file has %1 points; the lab takes at most %2.</source>
        <extracomment>%1 points in the file, %2 the most the lab takes</extracomment>
        <translation>Le fichier contient %1 points ; l’atelier en accepte au plus %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="124" />
        <source>CSV lines are x1,x2,class with x1 and x2 from %1 to %2 and classes 0 to %3 (or -1 and 1).</source>
        <extracomment>x1,x2,class: the CSV columns, not to be translated; %1 to %2 the canvas's range, %3 the largest class; -1 and 1 is TensorFlow Playground's way of naming two classes</extracomment>
        <translation>Les lignes CSV ont la forme x1,x2,class, avec x1 et x2 de %1 à %2 et des classes de 0 à %3 (ou -1 et 1).</translation>
    </message>
</context>
<context>
    <name>loopwise::NoteEditor</name>
    <message>
        <location filename="../models/NoteEditor.cpp" line="193" />
        <source>Exported to %1</source>
        <extracomment>%1 is the path of the file the note was written to</extracomment>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>loopwise::ProfileArchive</name>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="88" />
        <location filename="../models/store/ProfileArchive.cpp" line="95" />
        <source>The file is not a Loopwise profile export.</source>
        <translation>Le fichier n’est pas un export de profil Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="98" />
        <source>The file has no valid “formatVersion”.</source>
        <translation>Le fichier n’a pas de « formatVersion » valide.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="100" />
        <source>The file was exported by a newer version of Loopwise (format %1). Please update Loopwise.</source>
        <translation>Le fichier a été exporté par une version plus récente de Loopwise (format %1). Mettez Loopwise à jour.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="114" />
        <source>“events” must be a list.</source>
        <translation>« events » doit être une liste.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="117" />
        <source>The file has more than %1 events.</source>
        <translation>Le fichier contient plus de %1 événements.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="128" />
        <source>“%1” names a chart that is not in “evidenceImages”.</source>
        <translation>« %1 » désigne un graphique absent de « evidenceImages ».</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="143" />
        <source>“%1” must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="148" />
        <location filename="../models/store/ProfileArchive.cpp" line="165" />
        <location filename="../models/store/ProfileArchive.cpp" line="237" />
        <location filename="../models/store/ProfileArchive.cpp" line="272" />
        <source>“%1” must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="156" />
        <source>“%1” must be a PNG image in base64.</source>
        <translation>« %1 » doit être une image PNG en base64.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="176" />
        <source>“%1” is not a known kind of event.</source>
        <translation>« %1 » n’est pas un type d’événement connu.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="182" />
        <source>“%1” must be left out for this kind of event.</source>
        <translation>« %1 » doit être omis pour ce type d’événement.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="220" />
        <source>“%1” must be a whole number of seconds from 1 to %2.</source>
        <translation>« %1 » doit être un nombre entier de secondes de 1 à %2.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="226" />
        <source>“%1” must be true or false.</source>
        <translation>« %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="233" />
        <source>“%1” is not a kind of note.</source>
        <translation>« %1 » n’est pas un type de note.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="247" />
        <source>“%1” must hold valid JSON.</source>
        <translation>« %1 » doit contenir du JSON valide.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="254" />
        <source>“%1” must be text, a number or true/false.</source>
        <translation>« %1 » doit être du texte, un nombre ou true/false.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="264" />
        <source>“%1” is not part of a profile export.</source>
        <translation>« %1 » ne fait pas partie d’un export de profil.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="279" />
        <source>“%1” must be text.</source>
        <translation>« %1 » doit être du texte.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="282" />
        <source>“%1” is longer than %2 characters.</source>
        <translation>« %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="290" />
        <source>“%1” must be a short id (letters, digits and . _ : / -).</source>
        <translation>« %1 » doit être un identifiant court (lettres, chiffres et . _ : / -).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="298" />
        <source>“%1” must be a UUID.</source>
        <translation>« %1 » doit être un UUID.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="312" />
        <source>“%1” must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="320" />
        <source>“%1” must be a date and time like 2024-05-01T09:30:00.000Z.</source>
        <translation>« %1 » doit être une date et une heure comme 2024-05-01T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="374" />
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the parser's technical message, %2 a byte offset in the file.</extracomment>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="393" />
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
</context>
<context>
    <name>loopwise::ProgressStore</name>
    <message>
        <location filename="../models/store/ProgressStore.cpp" line="139" />
        <source>Learner</source>
        <extracomment>Name of the profile Loopwise creates when there is none yet.</extracomment>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="61" />
        <source>Opening your progress…</source>
        <extracomment>Shown while the learner's saved progress is being opened</extracomment>
        <translation>Ouverture de votre progression…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="64" />
        <source>Saving and closing your progress…</source>
        <extracomment>Shown while the progress file is being saved and closed</extracomment>
        <translation>Enregistrement et fermeture de votre progression…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="67" />
        <source>Loading this learner's progress…</source>
        <extracomment>Shown while the progress of another learner profile is being loaded</extracomment>
        <translation>Chargement de la progression de cet apprenant…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="70" />
        <source>Exporting, please wait…</source>
        <extracomment>Shown while an export file (notes, progress, learner) is being written</extracomment>
        <translation>Export en cours, veuillez patienter…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="73" />
        <source>Importing the learner, please wait…</source>
        <extracomment>Shown while a learner file is being read and merged into this device's progress</extracomment>
        <translation>Importation de l’apprenant, veuillez patienter…</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesFile</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="64" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="109" />
        <source>The first line must name the columns input,expected (and, if wanted, contains).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>La première ligne doit nommer les colonnes input,expected (et, si vous le souhaitez, contains).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="119" />
        <source>Line %1: a quote is opened and never closed.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>Ligne %1 : un guillemet est ouvert et jamais fermé.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="124" />
        <source>Line %1 has %2 fields, the first line names %3 columns.</source>
        <extracomment>%1 a line number, %2 fields found, %3 columns named in the first line</extracomment>
        <translation>La ligne %1 a %2 champs, alors que la première ligne nomme %3 colonnes.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="137" />
        <source>Line %1 has no input.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>La ligne %1 n’a pas d’entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="142" />
        <source>Line %1 has neither an expected answer nor words it must contain.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>La ligne %1 n’a ni réponse attendue ni mots que la réponse doit contenir.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesModel</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="138" />
        <source>A test case needs an input.</source>
        <translation>Un cas de test a besoin d’une entrée.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="142" />
        <source>A test case needs an expected answer or words the answer must contain.</source>
        <translation>Un cas de test a besoin d’une réponse attendue ou de mots que la réponse doit contenir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="219" />
        <source>%n test case(s) imported.</source>
        <extracomment>%n test cases added from a CSV file</extracomment>
        <translation>
            <numerusform>%n cas de test importé.</numerusform>
            <numerusform>%n cas de test importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="222" />
        <source>%1 Not imported: %2</source>
        <extracomment>%1 the sentence saying how many were imported, %2 the rows that were not, one sentence each</extracomment>
        <translation>%1 Lignes non importées : %2</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptContent</name>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="54" />
        <source>%1 cannot be read; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) is not a readable file or is larger than 8 MB. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 ne peut pas être lu ; l’atelier des prompts utilise à la place le fichier qu’il remplace.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="63" />
        <source>%1 is not valid JSON at line %2, column %3; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) has a JSON syntax error at line %2, column %3. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 n’est pas un JSON valide à la ligne %2, colonne %3 ; l’atelier des prompts utilise à la place le fichier qu’il remplace.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="73" />
        <location filename="../models/labs/prompts/PromptContent.cpp" line="77" />
        <source>%1 cannot be used (%2); the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) lacks a field or has one of the wrong type; %2 is the technical detail (in English) naming the field. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 ne peut pas être utilisé (%2) ; l’atelier des prompts utilise à la place le fichier qu’il remplace.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="82" />
        <source>No content pack has a usable %1 for the prompts lab.</source>
        <extracomment>%1 is a file name such as tasks.json that no content pack (not even the shipped one) holds in a usable form.</extracomment>
        <translation>Aucun pack de contenu ne contient de fichier %1 utilisable pour l’atelier des prompts.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="21" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="67" />
        <source># Prompt A against prompt B: %1</source>
        <extracomment>the heading of an exported test run; %1 the task's title</extracomment>
        <translation># Prompt A contre prompt B : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="77" />
        <source>Provenance: %1</source>
        <extracomment>%1 the answers' provenance</extracomment>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="79" />
        <source>| Case | Input | Expected | A passed | B passed | Answers of A | Answers of B |</source>
        <extracomment>the columns of the exported case-by-case table, separated by |</extracomment>
        <translation>| Cas | Entrée | Attendu | A réussi | B réussi | Réponses de A | Réponses de B |</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="56" />
        <source>%1 The test runs on the built-in demonstration model instead.</source>
        <extracomment>%1 the model server's failure, one sentence</extracomment>
        <translation>%1 Le test utilise donc le modèle de démonstration intégré.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="68" />
        <source>Saved the comparison as %1.</source>
        <extracomment>%1 the file a test run was exported to</extracomment>
        <translation>Comparaison enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="112" />
        <source>There is no task "%1".</source>
        <extracomment>%1 a task id that the lab does not know</extracomment>
        <translation>Il n’y a pas de tâche « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="169" />
        <source>The model is either builtin or server, not "%1".</source>
        <extracomment>builtin and server are values of a lab link, not to be translated</extracomment>
        <translation>Le modèle est soit builtin, soit server, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="195" />
        <source>%1 model %2 on the local model server</source>
        <extracomment>a local model's name before a run: %1 the kind of server, %2 the model</extracomment>
        <translation>modèle %1 %2 sur le serveur de modèles local</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="282" />
        <source>Add a test case first: the prompts are run on the test cases.</source>
        <translation>Ajoutez d’abord un cas de test : les prompts sont lancés sur les cas de test.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="352" />
        <source>Test run: %1</source>
        <extracomment>the name of a saved test run; %1 the task's title</extracomment>
        <translation>Essai sur les cas de test : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="362" />
        <source>The run could not be kept in your progress: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>L’essai n’a pas pu être conservé dans votre progression : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="468" />
        <source>Compare prompt strategies: test run on %1</source>
        <extracomment>the title of a test run attached to a decision note; %1 the task's title</extracomment>
        <translation>Comparer des stratégies de prompt : essai sur les cas de test de %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunWords</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="14" />
        <source>%1 %</source>
        <extracomment>a share as a percentage, %1 the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="32" />
        <source>Loopwise demonstration model (small, made by the project)</source>
        <extracomment>the built-in model's name wherever a run's provenance is shown</extracomment>
        <translation>Modèle de démonstration de Loopwise (petit, créé par le projet)</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="38" />
        <source>trigram model, %1 words, trained on %2 words of the %3 demo corpus</source>
        <extracomment>the built-in model's version: %1 words it knows, %2 words of training text, %3 the content language code</extracomment>
        <translation>modèle trigramme, %1 mots, entraîné sur %2 mots du corpus de démonstration %3</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="45" />
        <source>Case %1 of %2, seed %3 of %4</source>
        <extracomment>a test run's progress: %1 the case being answered, %2 cases in all, %3 the seed, %4 seeds in all</extracomment>
        <translation>Cas %1 sur %2, graine %3 sur %4</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="50" />
        <source>Training the demonstration model (only the first time, a few seconds)…</source>
        <translation>Entraînement du modèle de démonstration (la première fois seulement, quelques secondes)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="59" />
        <source>%1 (over %n seeds: %2 to %3, standard deviation %4 points)</source>
        <extracomment>%1 the mean pass rate, %n seeds, %2 the lowest and %3 the highest seed's pass rate, %4 the standard deviation in percentage points</extracomment>
        <translation>
            <numerusform>%1 (sur %n graine : de %2 à %3, écart-type %4 points)</numerusform>
            <numerusform>%1 (sur %n graines : de %2 à %3, écart-type %4 points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="69" />
        <source>%1 of %n answered "%2"</source>
        <extracomment>repeated answers to one test case: %1 how many seeds gave this answer, %n seeds in all, %2 the answer</extracomment>
        <translation>
            <numerusform>%1 fois sur %n : « %2 »</numerusform>
            <numerusform>%1 fois sur %n : « %2 »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="81" />
        <source>B did better than A by more than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>B a fait mieux que A, au-delà du bruit d’un essai à l’autre : B a réussi plus souvent dans %1 cas, A dans %2 (test des signes p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="88" />
        <source>A did better than B by more than the run-to-run noise: A passed more often in %1 cases, B in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where A passed more often than B, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>A a fait mieux que B, au-delà du bruit d’un essai à l’autre : A a réussi plus souvent dans %1 cas, B dans %2 (test des signes p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="96" />
        <source>The difference between A and B is not larger than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3). Do not conclude that one prompt works better from this run.</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>L’écart entre A et B ne dépasse pas le bruit d’un essai à l’autre : B a réussi plus souvent dans %1 cas, A dans %2 (test des signes p = %3). N’en concluez pas que l’un des prompts fonctionne mieux que l’autre.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="103" />
        <source>B minus A: %1 points of pass rate (95 % bootstrap interval over the cases: %2 to %3 points).</source>
        <extracomment>%1 B's pass rate minus A's in percentage points, %2 and %3 the interval's ends</extracomment>
        <translation>B moins A : %1 points de taux de réussite (intervalle bootstrap à 95 % sur les cas : de %2 à %3 points).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="110" />
        <source>What this small demonstration model cannot show: it has no reasoning, so asking it to think step by step does not make its answers more correct (research finds that chain-of-thought prompting helps only large models), and a role or persona changes the style of its answers, not whether they are right (in large models too). To test those patterns, run the same A/B test on a local model server.</source>
        <translation>Ce que ce petit modèle de démonstration ne peut pas montrer : il ne raisonne pas, donc lui demander de réfléchir étape par étape ne rend pas ses réponses plus justes (la recherche montre que le prompting par chaîne de pensée n’aide que les grands modèles), et un rôle ou une persona change le style de ses réponses, pas leur exactitude (chez les grands modèles aussi). Pour tester ces procédés, lancez le même test A/B sur un serveur de modèles local.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="118" />
        <source>The small demonstration model cannot show the difference on this task: it answers only with a label it has seen in examples, and cannot write a summary in a format or a JSON object, so both prompts fail on it whatever they say. Run this task on a local model server to compare the prompts, or try a task with labels (ticket triage, customer feedback) to see what examples change.</source>
        <translation>Le petit modèle de démonstration ne peut pas montrer la différence sur cette tâche : il ne répond que par une étiquette qu’il a vue dans des exemples et ne sait écrire ni un résumé dans un format ni un objet JSON, donc les deux prompts échouent avec lui quoi qu’ils disent. Lancez cette tâche sur un serveur de modèles local pour comparer les prompts, ou essayez une tâche avec des étiquettes (tri des tickets, retours clients) pour voir ce que changent les exemples.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="127" />
        <source>Prompt %1: %2 prompt tokens, %3 answer tokens, %4 s</source>
        <extracomment>%1 prompt A or B, %2 tokens read in all prompts, %3 tokens answered, %4 the time in seconds</extracomment>
        <translation>Prompt %1 : %2 tokens de prompt, %3 tokens de réponse, %4 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="139" />
        <source>%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC</source>
        <extracomment>where an answer came from: %1 the model, %2 its version, %n seeds (1 to n), %3 the temperature, %4 the start time in UTC</extracomment>
        <translation>
            <numerusform>%1 (%2) ; graine 1 à %n, température %3 ; début %4 UTC</numerusform>
            <numerusform>%1 (%2) ; graines 1 à %n, température %3 ; début %4 UTC</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="147" />
        <source>Task: %1</source>
        <extracomment>%1 the task's title</extracomment>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="149" />
        <source>Test cases: %1</source>
        <extracomment>%1 the number of test cases</extracomment>
        <translation>Cas de test : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Seeds: %1</source>
        <translation>Graines : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="152" />
        <source>Temperature: %1</source>
        <translation>Température : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: on</source>
        <translation>Calibrage : activé</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: off</source>
        <translation>Calibrage : désactivé</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="155" />
        <source>Prompt A: %1</source>
        <extracomment>%1 the text of prompt A</extracomment>
        <translation>Prompt A : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="157" />
        <source>Prompt B: %1</source>
        <extracomment>%1 the text of prompt B</extracomment>
        <translation>Prompt B : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="163" />
        <source>Pass rate of A: %1</source>
        <extracomment>%1 prompt A's pass rate with its spread</extracomment>
        <translation>Taux de réussite de A : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="165" />
        <source>Pass rate of B: %1</source>
        <extracomment>%1 prompt B's pass rate with its spread</extracomment>
        <translation>Taux de réussite de B : %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsExplanations</name>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="17" />
        <source>Role or persona</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Rôle ou persona</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="20" />
        <source>Task as an instruction</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Tâche formulée comme une instruction</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="23" />
        <source>Context and reference text</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Contexte et texte de référence</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="26" />
        <source>Audience</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Public visé</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="29" />
        <source>Purpose</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="32" />
        <source>Output format</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="35" />
        <source>Length</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="38" />
        <source>Constraints</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Contraintes</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="41" />
        <source>Examples</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="44" />
        <source>Step by step</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Étape par étape</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="47" />
        <source>Delimiters and sections</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Délimiteurs et sections</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="50" />
        <source>Success criteria</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="53" />
        <source>Subtasks</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Sous-tâches</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="62" />
        <source>A role tells the model whose voice and knowledge to answer with.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Un rôle indique au modèle avec quelle voix et quelles connaissances répondre.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="66" />
        <source>A clear instruction says exactly what the model should do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Une instruction claire dit exactement ce que le modèle doit faire.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="70" />
        <source>Background and reference text let the model ground its answer instead of guessing.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Un contexte et un texte de référence permettent au modèle d’appuyer sa réponse sur des éléments concrets au lieu de deviner.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="75" />
        <source>Naming the reader sets the level and the tone of the answer.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Préciser à qui s’adresse la réponse fixe son niveau et son ton.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="79" />
        <source>Saying why the answer is needed helps the model choose what matters.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Dire à quoi sert la réponse aide le modèle à choisir ce qui compte.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="83" />
        <source>A stated format makes answers consistent and easy to check.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Un format précisé rend les réponses cohérentes et faciles à vérifier.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="87" />
        <source>A length in words or sentences keeps answers from being too short or too long.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Une longueur en mots ou en phrases évite des réponses trop courtes ou trop longues.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="92" />
        <source>Rules set the limits, and work best when they say what to do, not only what not to do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Les règles fixent les limites, et fonctionnent mieux quand elles disent quoi faire, pas seulement quoi éviter.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="97" />
        <source>Consistently formatted, balanced examples show the answer wanted; the last one weighs most.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Des exemples équilibrés et de forme cohérente montrent la réponse attendue ; le dernier pèse le plus.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="102" />
        <source>Asking the model to think first can help large models on reasoning tasks.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Demander au modèle de réfléchir d’abord peut aider les grands modèles sur les tâches de raisonnement.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="106" />
        <source>Tags, quotes and headings keep instructions apart from the text to work on.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Balises, guillemets et titres séparent les instructions du texte à traiter.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="111" />
        <source>Saying what a good answer looks like tells the model what to aim for.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Décrire une bonne réponse indique au modèle ce qu’il doit viser.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="115" />
        <source>Splitting a complex task into steps makes each step easier to follow.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Découper une tâche complexe en étapes rend chaque étape plus facile à suivre.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="125" />
        <source>Vague word</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Mot vague</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="128" />
        <source>Conflicting instructions</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Instructions contradictoires</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="131" />
        <source>Very long sentence</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Phrase très longue</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="134" />
        <source>Reference to nothing before it</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Renvoi à rien de ce qui précède</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="137" />
        <source>Unfilled placeholder</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Espace réservé non rempli</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="140" />
        <source>Unbalanced tag or quote</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Balise ou guillemet non refermé</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="164" />
        <source>B gives the model a role; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B donne un rôle au modèle ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="167" />
        <source>B states the task as an instruction; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B formule la tâche comme une instruction ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="171" />
        <source>B gives context or reference text; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B fournit un contexte ou un texte de référence ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="175" />
        <source>B says who the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B dit à qui s’adresse la réponse ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="179" />
        <source>B says what the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B dit à quoi sert la réponse ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="183" />
        <source>B asks for an output format; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B demande un format de sortie ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="186" />
        <source>B sets a length; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B fixe une longueur ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="189" />
        <source>B sets rules for the answer; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B fixe des règles pour la réponse ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="192" />
        <source>B shows examples; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B montre des exemples ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="195" />
        <source>B asks the model to work step by step; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B demande au modèle de procéder étape par étape ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="199" />
        <source>B marks its parts with delimiters or sections; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B marque ses parties par des délimiteurs ou des sections ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="203" />
        <source>B says what a good answer looks like; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B décrit ce qu’est une bonne réponse ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="207" />
        <source>B splits the task into subtasks; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B découpe la tâche en sous-tâches ; A non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="217" />
        <source>A gives the model a role; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A donne un rôle au modèle ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="220" />
        <source>A states the task as an instruction; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A formule la tâche comme une instruction ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="224" />
        <source>A gives context or reference text; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A fournit un contexte ou un texte de référence ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="228" />
        <source>A says who the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A dit à qui s’adresse la réponse ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="232" />
        <source>A says what the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A dit à quoi sert la réponse ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="236" />
        <source>A asks for an output format; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A demande un format de sortie ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="239" />
        <source>A sets a length; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A fixe une longueur ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="242" />
        <source>A sets rules for the answer; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A fixe des règles pour la réponse ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="245" />
        <source>A shows examples; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A montre des exemples ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="248" />
        <source>A asks the model to work step by step; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A demande au modèle de procéder étape par étape ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="252" />
        <source>A marks its parts with delimiters or sections; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A marque ses parties par des délimiteurs ou des sections ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="256" />
        <source>A says what a good answer looks like; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A décrit ce qu’est une bonne réponse ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="260" />
        <source>A splits the task into subtasks; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A découpe la tâche en sous-tâches ; B non.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="270" />
        <source>B has fewer vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins de mots vagues que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="273" />
        <source>B has fewer conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins d’instructions contradictoires que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="277" />
        <source>B has fewer very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins de phrases très longues que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="280" />
        <source>B has fewer references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins de renvois à rien de ce qui précède que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="284" />
        <source>B has fewer unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins d’espaces réservés non remplis que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="288" />
        <source>B has fewer unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient moins de balises ou de guillemets non refermés que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="298" />
        <source>B has more vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus de mots vagues que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="301" />
        <source>B has more conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus d’instructions contradictoires que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="305" />
        <source>B has more very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus de phrases très longues que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="308" />
        <source>B has more references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus de renvois à rien de ce qui précède que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="312" />
        <source>B has more unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus d’espaces réservés non remplis que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="315" />
        <source>B has more unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B contient plus de balises ou de guillemets non refermés que A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="336" />
        <source>A and B have the same parts and the same clarity signals.</source>
        <extracomment>The prompts lab's summary when prompts A and B have the same parts and the same clarity signals</extracomment>
        <translation>A et B ont les mêmes éléments et les mêmes signaux d’imprécision.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="86" />
        <source>Saved the structure comparison as %1.</source>
        <extracomment>%1 the file the structure comparison of prompts A and B was exported to</extracomment>
        <translation>Comparaison de la structure enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="130" />
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="409" />
        <source>The prompts lab has no task "%1".</source>
        <extracomment>%1 the id of a task the prompts lab was asked for
----------
%1 the task id a lab link names</extracomment>
        <translation>L’atelier des prompts n’a pas de tâche « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="284" />
        <source>That pattern is already in this prompt, or there is nothing for it to work on: the prompt stays as it is.</source>
        <translation>Ce procédé figure déjà dans ce prompt, ou il n’a rien sur quoi agir : le prompt reste tel quel.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="299" />
        <source>Write the role first, for example "a support lead".</source>
        <translation>Écrivez d’abord le rôle, par exemple « responsable du support ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="317" />
        <source>Write one example a line, the input and then the answer after a bar: "The site is down | urgent".</source>
        <translation>Écrivez un exemple par ligne, l’entrée puis la réponse après une barre verticale : « Le site est en panne | urgent ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="357" />
        <source>Write the format first, for example "urgent / normal".</source>
        <translation>Écrivez d’abord le format, par exemple « urgent / normal ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="457" />
        <source>The pair could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>La paire de prompts n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="459" />
        <source>The pair and your note are saved in your progress.</source>
        <translation>La paire de prompts et votre note sont enregistrées dans votre progression.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="494" />
        <source>Comparison: %1</source>
        <extracomment>the name of a structure comparison kept in the learner's progress; %1 the task's title</extracomment>
        <translation>Comparaison : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="537" />
        <source>Task: %1</source>
        <extracomment>A line of the prompts lab's evidence in the decision note; %1 the task's title</extracomment>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="539" />
        <source>Prompt A: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt A's whole text</extracomment>
        <translation>Prompt A : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="541" />
        <source>Prompt B: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt B's whole text</extracomment>
        <translation>Prompt B : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="549" />
        <source>Parts the guides recommend: A has %1 of %3, B has %2 of %3.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 how many of the %3 parts the guides recommend prompts A and B have</extracomment>
        <translation>Éléments recommandés par les guides : A en a %1 sur %3, B en a %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="554" />
        <source>Clarity signals: A has %1, B has %2.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 the numbers of clarity signals in prompts A and B</extracomment>
        <translation>Signaux d’imprécision : A en a %1, B en a %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLabSettings</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="40" />
        <source>The prompt %1 in the link is longer than %2 characters.</source>
        <extracomment>%1 the link's key (a or b) of a prompt, %2 the most characters a prompt may have</extracomment>
        <translation>Le prompt %1 du lien dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="99" />
        <source>task must be the id of one of the lab's tasks, such as triage, not "%1".</source>
        <extracomment>%1 what the link gives as the task's id</extracomment>
        <translation>task doit être l’identifiant de l’une des tâches de l’atelier, comme triage, et non « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="126" />
        <source>"%1" is not a setting of this lab.</source>
        <extracomment>%1 a key of the link that the prompts lab does not know</extracomment>
        <translation>« %1 » n’est pas un réglage de cet atelier.</translation>
    </message>
</context>
<context>
    <name>loopwise::SchoolPolicy</name>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="62" />
        <source>a section name must end with ].</source>
        <extracomment>A line of the school's policy file; [ and ] are typed as they are</extracomment>
        <translation>un nom de section doit se terminer par ].</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="69" />
        <source>there is no section [%1]; the sections are %2.</source>
        <extracomment>%1 a section name of the school's policy file, %2 the list of the known ones</extracomment>
        <translation>il n’y a pas de section [%1] ; les sections sont %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="78" />
        <source>write a setting as key = value.</source>
        <extracomment>A line of the school's policy file that is neither "key = value", a [section] nor a # comment</extracomment>
        <translation>écrivez un réglage sous la forme key = value.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="85" />
        <source>"%1" must come after a [section] line.</source>
        <extracomment>%1 a key of the school's policy file</extracomment>
        <translation>« %1 » doit venir après une ligne [section].</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="94" />
        <source>[%2] has no key "%1"; its keys are %3.</source>
        <extracomment>%1 a key, %2 a section of the school's policy file, %3 the keys that section has</extracomment>
        <translation>[%2] n’a pas de clé « %1 » ; ses clés sont %3.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="99" />
        <source>"%1" is set twice; the first value is kept.</source>
        <extracomment>%1 a key of the school's policy file, given twice in one section</extracomment>
        <translation>« %1 » est défini deux fois ; la première valeur est conservée.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="112" />
        <source>[learning-records] needs a key and a secret with its endpoint; no statements will be sent.</source>
        <extracomment>The school's policy file names a learning record store without its key and secret</extracomment>
        <translation>[learning-records] demande une key et un secret avec son endpoint ; aucune trace ne sera envoyée.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="118" />
        <source>manage-learners = teacher needs a teacher-pin; until one is set, anyone may.</source>
        <extracomment>The school's policy file lets only the teacher manage learners but sets no teacher PIN</extracomment>
        <translation>manage-learners = teacher demande un teacher-pin ; tant qu’il n’y en a pas, tout le monde le peut.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="159" />
        <source>"%1" is not a language code such as de or ar.</source>
        <extracomment>%1 what the policy file gives as a language</extracomment>
        <translation>« %1 » n’est pas un code de langue comme de ou ar.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="168" />
        <source>the theme is light or dark, not "%1".</source>
        <extracomment>%1 what the policy file gives as the theme; light and dark are typed as they are</extracomment>
        <translation>le thème est light ou dark, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="181" />
        <source>the text size is a percentage from %2 to %3, not "%1".</source>
        <extracomment>%1 what the policy file gives as the text size, %2 and %3 the smallest and largest percentages</extracomment>
        <translation>la taille du texte est un pourcentage de %2 à %3, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="212" />
        <source>manage-learners is everyone or teacher, not "%1".</source>
        <extracomment>%1 what the policy file gives; everyone and teacher are typed as they are</extracomment>
        <translation>manage-learners vaut everyone ou teacher, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="220" />
        <source>teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself.</source>
        <extracomment>loopwise --hash-pin is a command typed as it is</extracomment>
        <translation>teacher-pin doit être la ligne qu’affiche loopwise --hash-pin, jamais le code lui-même.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="243" />
        <source>write yes or no, not "%1".</source>
        <extracomment>%1 what the policy file gives where yes or no is expected; yes and no are typed as they are</extracomment>
        <translation>écrivez yes ou no, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="255" />
        <source>there is no lab "%1"; the labs are %2.</source>
        <extracomment>%1 a lab id the policy file names, %2 the list of lab ids</extracomment>
        <translation>il n’y a pas de laboratoire « %1 » ; les laboratoires sont %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="267" />
        <source>"%1" is not a web address starting with http:// or https://.</source>
        <extracomment>%1 what the policy file gives where a web address is expected</extracomment>
        <translation>« %1 » n’est pas une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="276" />
        <source>"%1" is not a whole path to a folder (such as /srv/loopwise).</source>
        <extracomment>%1 what the policy file gives where a folder is expected</extracomment>
        <translation>« %1 » n’est pas le chemin complet d’un dossier (comme /srv/loopwise).</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="283" />
        <source>%1, line %2: %3</source>
        <extracomment>%1 the policy file's name, %2 a line number, %3 what is wrong there</extracomment>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="285" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="334" />
        <source>The school's policy %1 cannot be read: %2</source>
        <extracomment>%1 the path of the school's policy file, %2 the system's reason</extracomment>
        <translation>La politique de l’établissement %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="342" />
        <source>The school's policy %1 is larger than %2 KiB; it was not read.</source>
        <extracomment>%1 the path of the school's policy file, %2 its largest size in KiB</extracomment>
        <translation>La politique de l’établissement %1 dépasse %2 Kio ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location filename="../app/SchoolStartup.cpp" line="67" />
        <source>The school's policy fixes the language %1, which is not installed.</source>
        <extracomment>%1 the language code the school's policy fixes</extracomment>
        <translation>La politique de l’établissement impose la langue %1, qui n’est pas installée.</translation>
    </message>
</context>
<context>
    <name>loopwise::SeedCheck</name>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="42" />
        <source>The server honours the seed: seed %1 gave the same text twice at temperature %3 and seed %2 a different one, so a run can be repeated exactly.</source>
        <extracomment>%1 the seed, %2 the next seed, %3 the temperature</extracomment>
        <translation>Le serveur respecte la graine : la graine %1 a donné deux fois le même texte à la température %3 et la graine %2 un texte différent, un essai peut donc être reproduit à l’identique.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="49" />
        <source>The server ignores the seed: seed %1 gave two different texts at temperature %2, so no run can be repeated exactly; compare prompts over several runs instead.</source>
        <extracomment>%1 the seed, %2 the temperature</extracomment>
        <translation>Le serveur ignore la graine : la graine %1 a donné deux textes différents à la température %2, aucun essai ne peut donc être reproduit à l’identique ; comparez plutôt les prompts sur plusieurs essais.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="55" />
        <source>This check cannot tell: seeds %1 and %2 gave the same text at temperature %3, so this prompt's answer does not vary; try a prompt with a more open answer.</source>
        <extracomment>%1 and %2 two seeds, %3 the temperature</extracomment>
        <translation>Cette vérification ne permet pas de conclure : les graines %1 et %2 ont donné le même texte à la température %3, la réponse à ce prompt ne varie donc pas ; essayez un prompt dont la réponse est plus ouverte.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="61" />
        <source>The seed check was stopped before it could tell.</source>
        <translation>La vérification de la graine a été arrêtée avant de pouvoir conclure.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerFailure</name>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="12" />
        <source>The local model server is turned off: turn it on to send prompts to it.</source>
        <translation>Le serveur de modèles local est désactivé : activez-le pour lui envoyer des prompts.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="15" />
        <source>“%1” is not an address Loopwise can use: write it like http://localhost:11434.</source>
        <extracomment>%1 the address the learner typed</extracomment>
        <translation>« %1 » n’est pas une adresse que Loopwise peut utiliser : écrivez-la comme http://localhost:11434.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="18" />
        <source>Choose a model from the server's list first.</source>
        <translation>Choisissez d’abord un modèle dans la liste du serveur.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="21" />
        <source>Nothing answers at %1: start the model server, or check its address and port.</source>
        <extracomment>%1 host and port, e.g. localhost:11434</extracomment>
        <translation>Rien ne répond à %1 : démarrez le serveur de modèles, ou vérifiez son adresse et son port.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="25" />
        <source>The computer %1 could not be found: check the server's address.</source>
        <extracomment>%1 host and port</extracomment>
        <translation>L’ordinateur %1 est introuvable : vérifiez l’adresse du serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="28" />
        <source>The model server at %1 did not answer within %n second(s).</source>
        <extracomment>%1 host and port; %n seconds waited</extracomment>
        <translation>
            <numerusform>Le serveur de modèles à %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur de modèles à %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="32" />
        <source>The model server stopped in the middle of its reply: nothing came for %n second(s).</source>
        <extracomment>%n seconds without any new text</extracomment>
        <translation>
            <numerusform>Le serveur de modèles s’est arrêté au milieu de sa réponse : rien n’est arrivé pendant %n seconde.</numerusform>
            <numerusform>Le serveur de modèles s’est arrêté au milieu de sa réponse : rien n’est arrivé pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="36" />
        <source>The server at %1 does not have the model “%2”: pick one from its list.</source>
        <extracomment>%1 host and port, %2 the model's name</extracomment>
        <translation>Le serveur à %1 n’a pas le modèle « %2 » : choisissez-en un dans sa liste.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="40" />
        <source>The server at %1 does not know %2: check that the kind of server chosen is the one running there.</source>
        <extracomment>%1 host and port, %2 a path such as /api/generate</extracomment>
        <translation>Le serveur à %1 ne connaît pas %2 : vérifiez que le type de serveur choisi est bien celui qui y tourne.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="44" />
        <source>The model server sent a reply Loopwise cannot read: check that the kind of server chosen is the one running there.</source>
        <translation>Le serveur de modèles a envoyé une réponse que Loopwise ne sait pas lire : vérifiez que le type de serveur choisi est bien celui qui tourne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="48" />
        <source>The model went on past the %n token(s) it was allowed, so Loopwise stopped it.</source>
        <extracomment>%n the number of tokens the reply was allowed</extracomment>
        <translation>
            <numerusform>Le modèle a dépassé le %n token autorisé, Loopwise l’a donc arrêté.</numerusform>
            <numerusform>Le modèle a dépassé les %n tokens autorisés, Loopwise l’a donc arrêté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="52" />
        <source>The reply was still running after %n second(s), so Loopwise stopped it.</source>
        <extracomment>%n seconds a whole reply may take</extracomment>
        <translation>
            <numerusform>La réponse durait encore après %n seconde, Loopwise l’a donc arrêtée.</numerusform>
            <numerusform>La réponse durait encore après %n secondes, Loopwise l’a donc arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="56" />
        <source>The model server answered with error %1.</source>
        <extracomment>%1 an HTTP status code such as 500</extracomment>
        <translation>Le serveur de modèles a répondu avec l’erreur %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="58" />
        <source>The model server reported a problem while answering.</source>
        <translation>Le serveur de modèles a signalé un problème pendant sa réponse.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="60" />
        <source>The model server closed the connection before its reply was complete.</source>
        <translation>Le serveur de modèles a fermé la connexion avant la fin de sa réponse.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="63" />
        <source>The model server sent Loopwise on to another computer (%1); Loopwise did not follow, so nothing was sent there.</source>
        <extracomment>%1 the host the server pointed to</extracomment>
        <translation>Le serveur de modèles a renvoyé Loopwise vers un autre ordinateur (%1) ; Loopwise n’a pas suivi, rien n’y a donc été envoyé.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="67" />
        <source>Loopwise could not talk to the model server.</source>
        <translation>Loopwise n’a pas pu communiquer avec le serveur de modèles.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerPromptRun</name>
    <message>
        <location filename="../models/labs/prompts/ServerPromptRun.cpp" line="93" />
        <source>%1 model %2</source>
        <extracomment>a local model's name in a run's provenance: %1 the kind of server, %2 the model</extracomment>
        <translation>modèle %1 %2</translation>
    </message>
</context>
<context>
    <name>loopwise::ShortcutLab</name>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="28" />
        <source>Urgent, and the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>Urgent, et le modèle dit urgent (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="29" />
        <source>Urgent, but the model says normal (%1 urgent).</source>
        <translation>Urgent, mais le modèle dit normal (%1 urgent).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="31" />
        <source>Normal, but the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>Normal, mais le modèle dit urgent (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="32" />
        <source>Normal, and the model says normal (%1 urgent).</source>
        <translation>Normal, et le modèle dit normal (%1 urgent).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="84" />
        <source>There is no split "%1": choose random, time or writer.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Il n’y a pas de découpage « %1 » : choisissez random, time ou writer.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="124" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="125" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="127" />
        <source>Production</source>
        <extracomment>accuracy on the tickets after the staffing change</extracomment>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="145" />
        <source>%1 (%2)</source>
        <extracomment>a feature and its group, e.g. "mo (style)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="166" />
        <source>%1 points</source>
        <extracomment>accuracy lost when a feature group is shuffled, in percentage points</extracomment>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="184" />
        <source>Logged by %1 on day %2</source>
        <extracomment>who logged a ticket and when; %1 the agent's name, %2 the day of the year</extracomment>
        <translation>Saisi par %1 le jour %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="229" />
        <source>Validation split: %1 (%2 of the history)</source>
        <extracomment>%1 how the history was split, %2 the share held out for validation</extracomment>
        <translation>Découpage de validation : %1 (%2 de l’historique)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="230" />
        <source>Style features (greetings, sign-offs, names, formatting): used</source>
        <translation>Variables de style (salutations, formules finales, noms, mise en forme) : utilisées</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="231" />
        <source>Style features (greetings, sign-offs, names, formatting): dropped</source>
        <translation>Variables de style (salutations, formules finales, noms, mise en forme) : retirées</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="233" />
        <source>Fields known only after the fact (escalated, resolved within a day): added</source>
        <translation>Champs connus seulement après coup (escaladé, résolu en un jour) : ajoutés</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="234" />
        <source>Fields known only after the fact (escalated, resolved within a day): not used</source>
        <translation>Champs connus seulement après coup (escaladé, résolu en un jour) : non utilisés</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="242" />
        <source>Training accuracy: %1</source>
        <translation>Exactitude d’entraînement : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="243" />
        <source>Validation accuracy: %1</source>
        <translation>Exactitude de validation : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="244" />
        <source>Production accuracy: %1</source>
        <translation>Exactitude en production : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="246" />
        <source>Urgent tickets caught in production: %1 of %2</source>
        <extracomment>%1 urgent tickets the model flagged in production, %2 urgent tickets in all</extracomment>
        <translation>Tickets urgents repérés en production : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="251" />
        <source>Largest weight: %1 (%2)</source>
        <extracomment>%1 the feature the model leans on most, %2 its group (content, style, ...)</extracomment>
        <translation>Plus grand poids : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>loopwise::ValidationLab</name>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="69" />
        <source>There is no validation method "%1".</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Il n’y a pas de méthode de validation « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="123" />
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>All five, side by side</source>
        <translation>Les cinq, côte à côte</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>Validation method: %1</source>
        <extracomment>%1 the validation method (or "All five, side by side")</extracomment>
        <translation>Méthode de validation : %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="221" />
        <source>Signal: %1 (0 means the labels are pure noise)</source>
        <extracomment>%1 the signal strength, 0 = pure noise</extracomment>
        <translation>Signal : %1 (0 signifie que les étiquettes sont du pur bruit)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="223" />
        <source>Data: %1 cases, %2 rows per case, %3 noise features, %4 features kept</source>
        <extracomment>%1 cases, %2 near-copies per case, %3 pure-noise features, %4 features kept</extracomment>
        <translation>Données : %1 cas, %2 lignes par cas, %3 variables de bruit, %4 variables conservées</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="226" />
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="234" />
        <source>%1: validation %2, production %3, chance %4</source>
        <extracomment>%1 the validation method, %2 its validation accuracy, %3 production accuracy, %4 chance</extracomment>
        <translation>%1 : validation %2, production %3, hasard %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="161" />
        <source>Loopwise cannot start because parts of Qt are not installed: %1. Please install them and start again.</source>
        <extracomment>%1 is a list of Qt module names with the reason each failed to load</extracomment>
        <translation>Loopwise ne peut pas démarrer car des parties de Qt ne sont pas installées : %1. Installez-les puis relancez.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169" />
        <location filename="../app/main.cpp" line="181" />
        <source>Loopwise cannot start</source>
        <extracomment>Title of the message box shown when Loopwise cannot start (parts of Qt missing, or the progress store cannot be opened)</extracomment>
        <translation>Loopwise ne peut pas démarrer</translation>
    </message>
</context>
</TS>