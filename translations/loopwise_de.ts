<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9" />
        <source>About</source>
        <translation>Info</translation>
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
        <translation>Loopwise zeigt dir, wie Modelle lernen: Lies das Modul und probiere dann jede Idee selbst in den Laboren aus. Die App funktioniert offline, speichert deinen Fortschritt auf diesem Gerät und spricht deine Sprache.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="56" />
        <source>Built with Qt and Eigen. Course: %1.</source>
        <extracomment>Qt and Eigen are software libraries (keep the names); %1 is the course's title</extracomment>
        <translation>Erstellt mit Qt und Eigen. Kurs: %1.</translation>
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
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="24" />
        <source>Artefact</source>
        <extracomment>Small label above a note the module asks the learner to write (a decision note, a model note)</extracomment>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>model-note</source>
        <extracomment>Suggested file names for exporting a note: short, no spaces</extracomment>
        <translation>modellnotiz</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>decision-note</source>
        <translation>entscheidungsnotiz</translation>
    </message>
</context>
<context>
    <name>AssumptionsAfterRun</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="15" />
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="31" />
        <source>Check yourself</source>
        <translation>Prüfe dich selbst</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="85" />
        <source>Name of this run (optional)</source>
        <translation>Name dieses Laufs (optional)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="86" />
        <source>Name of this run</source>
        <translation>Name dieses Laufs</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="90" />
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="104" />
        <source>%n saved run(s) of this lab: %1</source>
        <extracomment>%n saved runs of this lab</extracomment>
        <translation>
            <numerusform>%n gespeicherter Lauf dieses Labors: %1</numerusform>
            <numerusform>%n gespeicherte Läufe dieses Labors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="40" />
        <source>What changes if it is false</source>
        <extracomment>Column heading beside an assumption the module makes</extracomment>
        <translation>Was sich ändert, wenn sie nicht zutrifft</translation>
    </message>
</context>
<context>
    <name>AssumptionsConfusion</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="36" />
        <source>Flagged urgent</source>
        <translation>Als dringend markiert</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="37" />
        <source>Left as normal</source>
        <translation>Als normal belassen</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="39" />
        <source>Urgent</source>
        <translation>Dringend</translation>
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
        <translation>Annahmen prüfen</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="84" />
        <source>Urgent tickets</source>
        <translation>Dringende Tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="88" />
        <source>Validation is separate</source>
        <translation>Validierung ist getrennt</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="92" />
        <source>Loss and decision</source>
        <translation>Verlust und Entscheidung</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsPanel.qml" line="59" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Setze zurück, um vor dem nächsten Lauf eine Vorhersage zu treffen.</translation>
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
        <translation>Trainieren und prüfen</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="26" />
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AttachEvidenceButton</name>
    <message>
        <location filename="../qml/labs/common/AttachEvidenceButton.qml" line="30" />
        <source>Attach to my decision note</source>
        <extracomment>Button in a lab: adds the current run (settings, figures, chart) to the decision note's evidence</extracomment>
        <translation>An meine Entscheidungsnotiz anhängen</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="64" />
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="75" />
        <source>Colour: the predicted value, from −1 (orange) to 1 (blue).</source>
        <translation>Farbe: der vorhergesagte Wert, von −1 (orange) bis 1 (blau).</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="76" />
        <source>Orange: class 0, blue: class 1; fainter where the network is less sure.</source>
        <translation>Orange: Klasse 0, blau: Klasse 1; schwächer, wo sich das Netz weniger sicher ist.</translation>
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark as not complete</source>
        <translation>Als nicht abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark this module complete</source>
        <translation>Dieses Modul als abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="36" />
        <source>✓ Completed</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="19" />
        <source>Before you train: what will this model cost per ticket, compared with calling every ticket normal?</source>
        <translation>Bevor du trainierst: Was wird dieses Modell pro Ticket kosten, verglichen damit, jedes Ticket normal zu nennen?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="27" />
        <source>What mistakes cost</source>
        <translation>Was Fehler kosten</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="34" />
        <source>Cost of a missed urgent ticket</source>
        <translation>Kosten eines übersehenen dringenden Tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="43" />
        <source>Cost of a false alarm</source>
        <translation>Kosten eines Fehlalarms</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="55" />
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="62" />
        <source>How the decision is repaired</source>
        <translation>Wie die Entscheidung repariert wird</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="77" />
        <source>Threshold (flag a ticket when p(urgent) is at least this)</source>
        <translation>Schwelle (ein Ticket wird markiert, wenn p(dringend) mindestens so hoch ist)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="90" />
        <source>Held-out tickets: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket, on the held-out tickets</extracomment>
        <translation>Zurückgehaltene Tickets: Genauigkeit %1, Kosten pro Ticket %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="99" />
        <source>At this threshold, held-out tickets</source>
        <translation>Bei dieser Schwelle, zurückgehaltene Tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="110" />
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="121" />
        <source>Cost per ticket against the threshold</source>
        <translation>Kosten pro Ticket über der Schwelle</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="163" />
        <source>Threshold from 0 (left) to 1 (right). The vertical line marks this run's threshold, the dot the threshold shown above.</source>
        <translation>Schwelle von 0 (links) bis 1 (rechts). Die senkrechte Linie markiert die Schwelle dieses Laufs, der Punkt die oben gezeigte Schwelle.</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="171" />
        <source>Test tickets</source>
        <translation>Test-Tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="182" />
        <source>%1: accuracy %2, cost per ticket %3</source>
        <extracomment>%1 the model or the baseline, %2 accuracy, %3 cost per ticket</extracomment>
        <translation>%1: Genauigkeit %2, Kosten pro Ticket %3</translation>
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="25" />
        <source>Key term</source>
        <extracomment>Small label above a definition in the module text</extracomment>
        <translation>Schlüsselbegriff</translation>
    </message>
</context>
<context>
    <name>EvidenceCharts</name>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="20" />
        <source>Charts of the runs you attached</source>
        <extracomment>Above the thumbnails of the lab runs attached to the decision note</extracomment>
        <translation>Diagramme deiner angehängten Läufe</translation>
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
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="71" />
        <source>Remove the chart “%1”</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>Diagramm „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="89" />
        <source>Remove this chart?</source>
        <extracomment>Title of the dialog that asks before an attached chart is taken off the decision note</extracomment>
        <translation>Dieses Diagramm entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="96" />
        <source>“%1” will no longer be shown with your decision note or its exports. The lines the run added to your evidence stay; edit them as you like.</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>„%1“ wird nicht mehr mit deiner Entscheidungsnotiz und ihren Exporten gezeigt. Die Zeilen, die der Lauf deinen Belegen hinzugefügt hat, bleiben; ändere sie, wie du möchtest.</translation>
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="15" />
        <source>Example</source>
        <extracomment>Small label above a worked example in the module text</extracomment>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>ExpertsCanvasCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="18" />
        <source>Where the gate sends the inputs</source>
        <translation>Wohin das Gate die Eingaben schickt</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="32" />
        <source>The gate's regions over the decision boundary</source>
        <translation>Die Bereiche des Gates über der Entscheidungsgrenze</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="38" />
        <source>Each expert's own boundary</source>
        <translation>Die eigene Grenze jedes Experten</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="60" />
        <source>Expert %1's own boundary</source>
        <translation>Die eigene Grenze von Experte %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="65" />
        <source>Expert %1</source>
        <translation>Experte %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="75" />
        <source>Training inputs each expert takes first</source>
        <translation>Trainingseingaben, die jeder Experte als erste Wahl bekommt</translation>
    </message>
</context>
<context>
    <name>ExpertsLabPage</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="20" />
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="64" />
        <source>A gate scores the experts for each input and sends it to the best k of them, so only part of the parameters work on each input. Train a mixture and watch where the gate sends the inputs, whether one expert takes over, and what it costs against two dense networks.</source>
        <translation>Ein Gate bewertet die Experten für jede Eingabe und schickt sie an die besten k davon, sodass nur ein Teil der Parameter an jeder Eingabe arbeitet. Trainiere eine Mixture und beobachte, wohin das Gate die Eingaben schickt, ob ein Experte alles übernimmt und was sie im Vergleich zu zwei dichten Netzen kostet.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="100" />
        <source>Before you train: will one expert end up taking most of the inputs?</source>
        <translation>Bevor du trainierst: Wird am Ende ein Experte die meisten Eingaben übernehmen?</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="101" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Setze zurück, um vor dem nächsten Lauf eine Vorhersage zu machen.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="113" />
        <source>Loss of the mixture</source>
        <translation>Verlust der Mixture</translation>
    </message>
</context>
<context>
    <name>ExpertsResultsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="15" />
        <source>Mixture against dense networks (same data, trained beside it)</source>
        <translation>Mixture gegen dichte Netze (dieselben Daten, daneben trainiert)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Multiply-adds per input</source>
        <translation>Multiplikationen und Additionen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Parameters (active of all)</source>
        <translation>Parameter (aktive von allen)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="64" />
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="128" />
        <source>Name of the run</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="133" />
        <source>Save run</source>
        <translation>Lauf speichern</translation>
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
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="23" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>Starten oder pausieren (Strg+Leertaste)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="27" />
        <source>Step one epoch</source>
        <translation>Eine Epoche weiter</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="34" />
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="38" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>Neue Parameter, dieselben Daten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="55" />
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="63" />
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>ExpertsSettingsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="15" />
        <source>The mixture</source>
        <translation>Die Mixture</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="22" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="30" />
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="40" />
        <source>Experts per input (k)</source>
        <extracomment>k of top-k routing: how many experts work on each input</extracomment>
        <translation>Experten pro Eingabe (k)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="49" />
        <source>Hidden layers per expert</source>
        <translation>Verborgene Schichten pro Experte</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="58" />
        <source>Units per hidden layer</source>
        <translation>Neuronen pro verborgener Schicht</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="67" />
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="77" />
        <source>Balance term</source>
        <extracomment>the load-balancing term of the mixture's loss</extracomment>
        <translation>Ausgleichsterm</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="86" />
        <source>Balance weight</source>
        <translation>Gewicht des Ausgleichs</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="98" />
        <source>Capacity per expert (0: no limit)</source>
        <extracomment>how many inputs an expert may take, as a multiple of an even share; 0 is no limit</extracomment>
        <translation>Kapazität pro Experte (0: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="99" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="109" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="120" />
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32" />
        <source>Search terms and definitions</source>
        <translation>Begriffe und Definitionen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33" />
        <source>Search the glossary</source>
        <translation>Glossar durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="42" />
        <source>No term matches "%1".</source>
        <extracomment>%1 is what the learner typed into the glossary search</extracomment>
        <translation>Kein Begriff passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="44" />
        <source>%n term(s)</source>
        <extracomment>How many glossary terms match the search</extracomment>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="21" />
        <source>Course</source>
        <extracomment>Small label above the course's title on the home page</extracomment>
        <translation>Kurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="65" />
        <source>%n line(s) of your school's settings could not be used; they are left out and the rest applies.</source>
        <extracomment>Notice on the home page when lines of the school's policy file cannot be used</extracomment>
        <translation>
            <numerusform>%n Zeile der Schuleinstellungen ließ sich nicht verwenden; sie wird ausgelassen, alles andere gilt.</numerusform>
            <numerusform>%n Zeilen der Schuleinstellungen ließen sich nicht verwenden; sie werden ausgelassen, alles andere gilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="76" />
        <source>Outline</source>
        <extracomment>Heading of the list of the course's modules</extracomment>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106" />
        <source>Labs</source>
        <extracomment>Heading of the list of the interactive labs</extracomment>
        <translation>Labore</translation>
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29" />
        <source>Open the glossary</source>
        <translation>Glossar öffnen</translation>
    </message>
</context>
<context>
    <name>LabCanvas</name>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="31" />
        <source>Output of the network over the data</source>
        <translation>Ausgabe des Netzes über den Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="79" />
        <source>Showing one neuron's output</source>
        <translation>Ausgabe eines einzelnen Neurons</translation>
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="19" />
        <source>Open the lab: %1</source>
        <extracomment>Screen-reader name of a card; %1 is the lab's title</extracomment>
        <translation>Labor öffnen: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="34" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>Interaktives Labor</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="63" />
        <source>Open lab →</source>
        <extracomment>Link-like button on a lab's card; the arrow points to the reading direction's end</extracomment>
        <translation>Labor öffnen →</translation>
    </message>
</context>
<context>
    <name>LabMessage</name>
    <message>
        <location filename="../qml/labs/common/LabMessage.qml" line="36" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LabPredictionCard</name>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="19" />
        <source>Predict, then run</source>
        <translation>Erst vorhersagen, dann starten</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="27" />
        <source>Your prediction:</source>
        <translation>Deine Vorhersage:</translation>
    </message>
</context>
<context>
    <name>LabShareCard</name>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="17" />
        <source>Lab link</source>
        <translation>Labor-Link</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="35" />
        <source>Link to this lab's settings</source>
        <translation>Link zu den Einstellungen dieses Labors</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="39" />
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="45" />
        <source>Paste a link to load its settings:</source>
        <translation>Füge einen Link ein, um seine Einstellungen zu laden:</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="57" />
        <source>Link to load</source>
        <translation>Zu ladender Link</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="62" />
        <source>Load</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>LearningLabPage</name>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="23" />
        <source>See how models learn</source>
        <translation>Sieh zu, wie Modelle lernen</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="140" />
        <source>Before you press play: what will happen?</source>
        <translation>Bevor du auf Start drückst: Was wird passieren?</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="141" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>Drücke „Zurücksetzen“, um vor dem nächsten Lauf eine Vorhersage zu treffen.</translation>
    </message>
</context>
<context>
    <name>LearningLoopCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="24" />
        <source>The training loop, live</source>
        <translation>Die Trainingsschleife, live</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="33" />
        <source>Press Step one batch and follow the batch round the loop: each press of Next stage shows the next stage, with the numbers the model really uses.</source>
        <extracomment>"Step one batch" and "Next stage" are the labels of the two buttons below: keep them identical</extracomment>
        <translation>Drücke „Einen Batch weiter“ und folge dem Batch durch die Schleife: Jeder Druck auf „Nächste Stufe“ zeigt die nächste Stufe, mit den Zahlen, die das Modell wirklich verwendet.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="56" />
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="119" />
        <source>Stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="91" />
        <source>Previous stage</source>
        <translation>Vorige Stufe</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Step one batch</source>
        <translation>Einen Batch weiter</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Next stage</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="106" />
        <source>Epoch %1, batch %2 of %3</source>
        <translation>Epoche %1, Batch %2 von %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="128" />
        <source>No batch yet: press Step one batch.</source>
        <translation>Noch kein Batch: Drücke „Einen Batch weiter“.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="140" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="141" />
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="144" />
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="196" />
        <source>… and %n more rows</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="206" />
        <source>Loss of this batch:</source>
        <translation>Verlust dieses Batches:</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="225" />
        <source>Update = − learning rate (%1) × gradient. A bar's length is the gradient's size; the arrow shows which way the parameter moves.</source>
        <translation>Aktualisierung = − Lernrate (%1) × Gradient. Die Länge eines Balkens zeigt die Größe des Gradienten; der Pfeil zeigt, in welche Richtung sich der Parameter bewegt.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="236" />
        <source>Each parameter multiplies one term of the model: 1 is the constant (the bias); P1, P2, … are polynomials of rising degree (P1(x) = x, P2(x) = (3x² − 1)/2, …) of the input, and P1(x1)·P1(x2) is a product of two of them.</source>
        <translation>Jeder Parameter multipliziert einen Term des Modells: 1 ist die Konstante (der Bias); P1, P2, … sind Polynome steigenden Grades (P1(x) = x, P2(x) = (3x² − 1)/2, …) der Eingabe, und P1(x1)·P1(x2) ist ein Produkt aus zweien davon.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="246" />
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="256" />
        <source>Size and direction</source>
        <translation>Größe und Richtung</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="351" />
        <source>… and %n more parameters</source>
        <translation>
            <numerusform>… und %n weiterer Parameter</numerusform>
            <numerusform>… und %n weitere Parameter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningLossCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="18" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="25" />
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="36" />
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="40" />
        <source>Baseline (validation)</source>
        <translation>Baseline (Validierung)</translation>
    </message>
</context>
<context>
    <name>LearningPlotCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="68" />
        <source>The model's class probabilities over the points</source>
        <translation>Klassenwahrscheinlichkeiten des Modells über den Punkten</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="69" />
        <source>The model's curve over the points</source>
        <translation>Kurve des Modells über den Punkten</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="90" />
        <source>training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="95" />
        <source>validation points</source>
        <translation>Validierungspunkte</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="101" />
        <source>the model's curve</source>
        <translation>Kurve des Modells</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="107" />
        <source>Background: orange for class 0, blue for class 1, pale where the model is unsure</source>
        <translation>Hintergrund: orange für Klasse 0, blau für Klasse 1, blass, wo das Modell unsicher ist</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="121" />
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="128" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="135" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
</context>
<context>
    <name>LearningPresetsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="14" />
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="30" />
        <source>Preset %1: %2</source>
        <translation>Voreinstellung %1: %2</translation>
    </message>
</context>
<context>
    <name>LearningQuestionsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="14" />
        <source>Check yourself</source>
        <translation>Teste dich selbst</translation>
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
        <translation>Eine Epoche weiter</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="28" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>Eine Epoche trainieren (Strg+Pfeil rechts)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="32" />
        <source>Step one batch</source>
        <translation>Einen Batch weiter</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="36" />
        <source>Send one batch round the training loop, stage by stage (Ctrl+Down)</source>
        <translation>Einen Batch Stufe für Stufe durch die Trainingsschleife schicken (Strg+Pfeil unten)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="40" />
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="43" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>Neue Parameter, gleiche Daten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="47" />
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="54" />
        <source>Speed</source>
        <extracomment>how many epochs the lab trains between two pictures on the screen</extracomment>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>LearningSettingsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="14" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="27" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="35" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="43" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="54" />
        <source>Model capacity (degree)</source>
        <translation>Modellkapazität (Grad)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="64" />
        <source>Data size (points)</source>
        <translation>Datenmenge (Punkte)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="75" />
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="76" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="46" />
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <extracomment>Screen-reader name of the diagram; %1 is the stage's number, %2 how many stages there are, %3 the stage's title</extracomment>
        <translation>Diagramm der Trainingsschleife, Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="163" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="260" />
        <source>Stage %1: %2</source>
        <extracomment>A stage of the training loop; %1 is its number, %2 its title</extracomment>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="196" />
        <source>Round %1</source>
        <extracomment>How many times the walkthrough has gone round the training loop; %1 is a number</extracomment>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="213" />
        <source>Previous</source>
        <extracomment>Button: the previous stage of the training loop</extracomment>
        <translation>Zurück</translation>
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
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Pause the walkthrough</source>
        <translation>Durchgang anhalten</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Play the walkthrough</source>
        <translation>Durchgang abspielen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="242" />
        <source>Next</source>
        <extracomment>Button: the next stage of the training loop</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="251" />
        <source>%1 of %2</source>
        <extracomment>Which stage is shown; %1 is its number, %2 how many stages there are</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="276" />
        <source>See this loop live in the lab</source>
        <translation>Diese Schleife live im Labor ansehen</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="16" />
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="17" />
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="23" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="40" />
        <source>Loss chart</source>
        <translation>Verlustdiagramm</translation>
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
        <translation>Dieser Teil des Kurses ist in den installierten Inhalten nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="56" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="61" />
        <source>%n outcome(s)</source>
        <extracomment>How many learning outcomes the module has</extracomment>
        <translation>
            <numerusform>%n Lernziel</numerusform>
            <numerusform>%n Lernziele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="20" />
        <source>Next: %1</source>
        <extracomment>Screen-reader name of the card that opens the next module; %1 is the module's title</extracomment>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="22" />
        <source>Previously: %1</source>
        <extracomment>Screen-reader name of the card that opens the previous module; %1 is the module's title</extracomment>
        <translation>Zuvor: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="40" />
        <source>Next</source>
        <extracomment>Label on the card of the following module</extracomment>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="42" />
        <source>Previously</source>
        <extracomment>Label on the card of the module before this one</extracomment>
        <translation>Zuvor</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="67" />
        <source>Not in this content pack yet</source>
        <extracomment>On the card of a module whose text is not installed</extracomment>
        <translation>Noch nicht in diesem Inhaltspaket</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="57" />
        <source>Add a hidden layer</source>
        <translation>Verborgene Schicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="65" />
        <source>Remove the last hidden layer</source>
        <translation>Letzte verborgene Schicht entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="72" />
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n verborgene Schicht</numerusform>
            <numerusform>%n verborgene Schichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="101" />
        <source>Add a neuron to layer %1</source>
        <translation>Neuron zu Schicht %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="110" />
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="119" />
        <source>Remove a neuron from layer %1</source>
        <translation>Neuron aus Schicht %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="131" />
        <source>Activation of layer %1: %2</source>
        <translation>Aktivierung von Schicht %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="167" />
        <source>Weights of the network; use the arrow keys to pick one and Enter to change it</source>
        <translation>Gewichte des Netzes; mit den Pfeiltasten eines auswählen und mit der Eingabetaste ändern</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="207" />
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="208" />
        <source>Neuron %1 of layer %2</source>
        <translation>Neuron %1 in Schicht %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="248" />
        <source>Line width shows a weight's size, colour its sign (blue positive, orange negative). Tap a line to read or change its weight; tap or hover a neuron to see its output on the canvas.</source>
        <translation>Die Linienstärke zeigt, wie groß ein Gewicht ist, die Farbe sein Vorzeichen (blau positiv, orange negativ). Tippe auf eine Linie, um ihr Gewicht abzulesen oder zu ändern; tippe auf ein Neuron oder zeige mit der Maus darauf, um seine Ausgabe auf der Zeichenfläche zu sehen.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="273" />
        <source>Weight from %1 to neuron %2 of layer %3</source>
        <translation>Gewicht von %1 zu Neuron %2 in Schicht %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="275" />
        <source>neuron %1</source>
        <translation>Neuron %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="290" />
        <source>Weight value</source>
        <translation>Wert des Gewichts</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="295" />
        <source>Set</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>NetworkLabPage</name>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="45" />
        <source>Build a neural network</source>
        <translation>Ein neuronales Netz bauen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="264" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="268" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>Eine Epoche trainieren (Strg+Pfeil rechts)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="272" />
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="275" />
        <source>Fresh weights (Ctrl+R)</source>
        <translation>Neue Gewichte (Strg+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="281" />
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="298" />
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="305" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="312" />
        <source>Activation (all layers)</source>
        <translation>Aktivierung (alle Schichten)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="320" />
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="321" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="327" />
        <source>Regularization rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="396" />
        <source>Problem type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="363" />
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="370" />
        <source>Loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Squared error</source>
        <translation>Quadratischer Fehler</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="89" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="163" />
        <source>Show test data</source>
        <translation>Testdaten anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="168" />
        <source>Discretize output</source>
        <translation>Ausgabe diskretisieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="389" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="404" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="411" />
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="421" />
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="431" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="439" />
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="445" />
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="464" />
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="494" />
        <source>Before you press play: what will this network do?</source>
        <translation>Bevor du auf Start drückst: Was wird dieses Netz tun?</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="495" />
        <source>Reset the network to make a prediction before the next run.</source>
        <translation>Setze das Netz zurück, um vor dem nächsten Lauf eine Vorhersage zu treffen.</translation>
    </message>
</context>
<context>
    <name>NetworkPointsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="17" />
        <source>Your own points</source>
        <translation>Deine eigenen Punkte</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="24" />
        <source>Choose what a tap on the canvas does. Your first change turns the points shown into your own set.</source>
        <translation>Wähle, was ein Tippen auf die Zeichenfläche bewirkt. Mit deiner ersten Änderung werden die angezeigten Punkte zu deinem eigenen Datensatz.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Just look</source>
        <translation>Nur ansehen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Add points</source>
        <translation>Punkte setzen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="33" />
        <source>Erase points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="54" />
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="62" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="80" />
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="91" />
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="95" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="110" />
        <source>Import points</source>
        <translation>Punkte importieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="119" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="116" />
        <source>Export points</source>
        <translation>Punkte exportieren</translation>
    </message>
</context>
<context>
    <name>NetworkResultsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="14" />
        <source>Results and stop conditions</source>
        <translation>Ergebnisse und Abbruchbedingungen</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="22" />
        <source>Accuracy: %1 % on training data, %2 % on test data.</source>
        <translation>Genauigkeit: %1 % bei den Trainingsdaten, %2 % bei den Testdaten.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="30" />
        <source>Confusion matrix of the test data (rows: true class, columns: predicted class)</source>
        <translation>Konfusionsmatrix der Testdaten (Zeilen: tatsächliche Klasse, Spalten: vorhergesagte Klasse)</translation>
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
        <translation>Anhalten bei Epoche (0: nie)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="84" />
        <source>Stop at epoch</source>
        <translation>Anhalten bei Epoche</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="91" />
        <source>Stop at test loss (0: never)</source>
        <translation>Anhalten bei Testverlust (0: nie)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="102" />
        <source>Stop at test loss</source>
        <translation>Anhalten bei Testverlust</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="110" />
        <source>Speed: %1 epochs per second.</source>
        <translation>Tempo: %1 Epochen pro Sekunde.</translation>
    </message>
</context>
<context>
    <name>NetworkRunsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="18" />
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="28" />
        <source>Name of this run (optional)</source>
        <translation>Name dieses Laufs (optional)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="29" />
        <source>Name of this run</source>
        <translation>Name dieses Laufs</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="33" />
        <source>Save run</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="49" />
        <source>No saved runs yet. Save one, change something, train again and save that too: then compare them here.</source>
        <translation>Noch keine gespeicherten Läufe. Speichere einen, ändere etwas, trainiere noch einmal und speichere auch diesen: Dann kannst du sie hier vergleichen.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run A</source>
        <translation>Lauf A</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run B</source>
        <translation>Lauf B</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="83" />
        <source>%1 epochs · test loss %2 · training loss %3</source>
        <translation>%1 Epochen · Testverlust %2 · Trainingsverlust %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="85" />
        <source>%1 epochs · test loss %2 · training loss %3 · test accuracy %4 %</source>
        <translation>%1 Epochen · Testverlust %2 · Trainingsverlust %3 · Testgenauigkeit %4 %</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="113" />
        <source>Loss curves of the two runs</source>
        <translation>Verlustkurven der beiden Läufe</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="131" />
        <source>A training</source>
        <translation>A Training</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="132" />
        <source>A test</source>
        <translation>A Test</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="133" />
        <source>B training</source>
        <translation>B Training</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="134" />
        <source>B test</source>
        <translation>B Test</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="14" />
        <source>✓ Saved</source>
        <extracomment>State of a note the learner writes: every change is saved</extracomment>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="18" />
        <source>Saving…</source>
        <extracomment>State of a note the learner writes: a change is being written</extracomment>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="21" />
        <source>Not saved yet: kept here and retried</source>
        <extracomment>State of a note: the last change could not be written yet; the app keeps it and tries again</extracomment>
        <translation>Noch nicht gespeichert: bleibt hier erhalten, Speichern wird wiederholt</translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="24" />
        <source>History (%1)</source>
        <extracomment>Button that shows a note's earlier versions; %1 is how many there are</extracomment>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="32" />
        <source>Export Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="43" />
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
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
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="93" />
        <source>✓ Completed</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="95" />
        <source>In progress</source>
        <extracomment>A module's status on the home page</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="96" />
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="102" />
        <source>Section %1 of %2</source>
        <extracomment>Where the learner left the module; %1 and %2 are numbers</extracomment>
        <translation>Abschnitt %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="92" />
        <source>Not in this content pack yet</source>
        <extracomment>A module's status on the home page: its text is not installed</extracomment>
        <translation>Noch nicht in diesem Inhaltspaket</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="12" />
        <source>Play</source>
        <extracomment>the button that starts training</extracomment>
        <translation>Start</translation>
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
        <translation>Starten oder anhalten (Strg+Leertaste)</translation>
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26" />
        <source>Good practice</source>
        <extracomment>Labels of three examples: acceptable, to avoid, and the best way to do something</extracomment>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="27" />
        <source>Bad practice</source>
        <translation>Schlechte Praxis</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="28" />
        <source>Best practice</source>
        <translation>Beste Praxis</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="14" />
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <extracomment>Notice on the home page when parts of a content pack are broken</extracomment>
        <translation>
            <numerusform>Ein Teil der Kursinhalte konnte nicht geladen werden (%n Problem). Alles andere funktioniert.</numerusform>
            <numerusform>Ein Teil der Kursinhalte konnte nicht geladen werden (%n Probleme). Alles andere funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show fewer</source>
        <extracomment>Button that folds the list of problems (of content, or of the school's policy) back to three</extracomment>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>%n Problem anzeigen</numerusform>
            <numerusform>Alle %n Probleme anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>Rename learner</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>New learner</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="34" />
        <source>Name</source>
        <extracomment>Placeholder of the field for a learner's name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="38" />
        <source>Learner name</source>
        <translation>Name des Profils</translation>
    </message>
</context>
<context>
    <name>ProfileRemoveDialog</name>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="11" />
        <source>Remove %1?</source>
        <extracomment>Title of the dialog that removes a learner; %1 is the learner's name</extracomment>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="13" />
        <source>Remove</source>
        <extracomment>Button: remove the learner</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="18" />
        <source>Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.</source>
        <translation>Fortschritt und Notizen dieses Profils verschwinden aus der Liste. Vorher wird eine Sicherung von allem angelegt; wo sie liegt, wird danach angezeigt.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="15" />
        <source>Learner</source>
        <extracomment>Label before the chooser of the learner profile on this device</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="42" />
        <source>Learner profile</source>
        <translation>Lernprofil</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="47" />
        <source>New learner</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="56" />
        <source>Rename</source>
        <extracomment>Button: rename the current learner</extracomment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="66" />
        <source>Remove</source>
        <extracomment>Button: remove the current learner from this device</extracomment>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="31" />
        <source>✓ Module complete · section %1 of %2: %3</source>
        <extracomment>A completed module's reader; %1 the section's number, %2 how many there are, %3 its title</extracomment>
        <translation>✓ Modul abgeschlossen · Abschnitt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="33" />
        <source>Section %1 of %2: %3</source>
        <extracomment>The section being read; %1 its number, %2 how many there are, %3 its title</extracomment>
        <translation>Abschnitt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>PromptCasesEditor</name>
    <message numerus="yes">
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="20" />
        <source>Test cases (%n)</source>
        <extracomment>%n test cases of the task</extracomment>
        <translation>
            <numerusform>Testfälle (%n)</numerusform>
            <numerusform>Testfälle (%n)</numerusform>
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
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="63" />
        <source>Edit case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>Fall %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="66" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="70" />
        <source>Remove case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>Fall %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="81" />
        <source>Input (what goes into {{input}})</source>
        <translation>Eingabe (was in {{input}} eingesetzt wird)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="82" />
        <source>Input of the test case</source>
        <translation>Eingabe des Testfalls</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="87" />
        <source>Expected answer</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="94" />
        <source>Must contain (words; separated; by semicolons)</source>
        <extracomment>words separated by semicolons</extracomment>
        <translation>Muss enthalten (Wörter; durch; Semikolons; getrennt)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="95" />
        <source>Words the answer must contain</source>
        <translation>Wörter, die die Antwort enthalten muss</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Save the case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Add the case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="116" />
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren …</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="122" />
        <source>Back to the task's own cases</source>
        <translation>Zurück zu den Fällen der Aufgabe</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="132" />
        <source>A CSV file's first line names its columns: input,expected and, if wanted, contains (words separated by semicolons).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>Die erste Zeile einer CSV-Datei nennt ihre Spalten: input,expected und, wenn gewünscht, contains (Wörter durch Semikolons getrennt).</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="149" />
        <source>Import test cases</source>
        <translation>Testfälle importieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PromptComparisonExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="36" />
        <source># The structure of prompt A and prompt B: %1</source>
        <extracomment>the heading of an exported structure comparison; %1 the task's title</extracomment>
        <translation># Die Struktur von Prompt A und Prompt B: %1</translation>
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
        <translation>## Was B tut und A nicht</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="47" />
        <source>## Criterion by criterion</source>
        <extracomment>a heading of the exported structure comparison, above its table</extracomment>
        <translation>## Kriterium für Kriterium</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="49" />
        <source>| Criterion | A | B | Why the guides recommend it | Guides |</source>
        <extracomment>the columns of the exported comparison table, separated by |</extracomment>
        <translation>| Kriterium | A | B | Warum die Leitfäden es empfehlen | Leitfäden |</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="52" />
        <source>yes</source>
        <extracomment>in the exported comparison table: the prompt has this part</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="54" />
        <source>no</source>
        <extracomment>in the exported comparison table: the prompt does not have this part</extracomment>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="64" />
        <source>Structure cannot tell whether a prompt works: run both prompts on the same test cases, several times, to find out.</source>
        <translation>Die Struktur sagt nicht, ob ein Prompt funktioniert: Lass beide Prompts mehrmals über dieselben Testfälle laufen, um es herauszufinden.</translation>
    </message>
</context>
<context>
    <name>PromptComparisonTable</name>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="18" />
        <source>Comparison of prompts A and B</source>
        <extracomment>Accessible name of the prompts lab's comparison table</extracomment>
        <translation>Vergleich der Prompts A und B</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="24" />
        <source>What the guides agree on: A has %1 of %3 parts, B has %2 of %3.</source>
        <extracomment>Heading of the prompts lab's comparison table; %1 and %2 how many of the %3 parts prompts A and B have</extracomment>
        <translation>Worin die Leitfäden übereinstimmen: A hat %1 von %3 Teilen, B hat %2 von %3.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="37" />
        <source>Mark</source>
        <extracomment>Column of the comparison table: how the editors mark the part</extracomment>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="46" />
        <source>Part</source>
        <extracomment>Column of the comparison table: the part of a prompt</extracomment>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="71" />
        <source>Why, and which guides</source>
        <extracomment>Column of the comparison table: why the guides recommend the part, and which guides</extracomment>
        <translation>Warum, und welche Leitfäden</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>A hat: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A lacks %1</source>
        <translation>A fehlt: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>B hat: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B lacks %1</source>
        <translation>B fehlt: %1</translation>
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
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="68" />
        <source>Examples from the cases</source>
        <extracomment>Pattern button of the prompts lab: adds few-shot examples taken from the task's test cases</extracomment>
        <translation>Beispiele aus den Testfällen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="74" />
        <source>Your examples</source>
        <extracomment>Pattern button of the prompts lab: adds the learner's own few-shot examples</extracomment>
        <translation>Eigene Beispiele</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="80" />
        <source>Step by step</source>
        <extracomment>Pattern button of the prompts lab: adds an instruction to think step by step</extracomment>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="86" />
        <source>Output format</source>
        <extracomment>Pattern button of the prompts lab: adds the answer format</extracomment>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="92" />
        <source>Delimiters</source>
        <extracomment>Pattern button of the prompts lab: puts the input between tags</extracomment>
        <translation>Begrenzer</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="98" />
        <source>Undo pattern</source>
        <extracomment>Button of the prompts lab: takes back the last pattern added to this prompt</extracomment>
        <translation>Muster zurücknehmen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="111" />
        <source>The pattern's change: what it inserted is bold and underlined.</source>
        <extracomment>Above the prompt as the last pattern changed it</extracomment>
        <translation>Die Änderung des Musters: Was es eingefügt hat, ist fett und unterstrichen.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="132" />
        <source>No clarity signals.</source>
        <extracomment>Under a prompt editor: the analyser found no sign of an unclear prompt</extracomment>
        <translation>Keine Hinweise auf Unklarheit.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="134" />
        <source>Clarity signals (wavy orange underline):</source>
        <extracomment>Heading above the list of signs that a prompt is unclear (vague words, conflicts, ...)</extracomment>
        <translation>Hinweise auf Unklarheit (orange Wellenlinie):</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="146" />
        <source>Line %1, %2: "%3"</source>
        <extracomment>One sign that a prompt is unclear: %1 its line number, %2 what it is (e.g. Vague word), %3 the words</extracomment>
        <translation>Zeile %1, %2: „%3“</translation>
    </message>
</context>
<context>
    <name>PromptExportButtons</name>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="20" />
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="27" />
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="36" />
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>PromptPatternSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="22" />
        <source>Patterns to try</source>
        <extracomment>Heading of the prompts lab's card for the pattern helpers (add a role, examples, ...)</extracomment>
        <translation>Muster zum Ausprobieren</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="36" />
        <source>Role, e.g. a support lead</source>
        <extracomment>Field of the prompts lab: the role the "Role" pattern writes ("You are ...")</extracomment>
        <translation>Rolle, z. B. eine Teamleitung im Support</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="37" />
        <source>a support lead</source>
        <translation>eine Teamleitung im Support</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="38" />
        <source>Role to add</source>
        <translation>Hinzuzufügende Rolle</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="46" />
        <source>Answer format, e.g. urgent / normal</source>
        <extracomment>Field of the prompts lab: the answer format the "Format" pattern writes</extracomment>
        <translation>Antwortformat, z. B. dringend / normal</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="48" />
        <source>Answer format to add</source>
        <translation>Hinzuzufügendes Antwortformat</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="57" />
        <source>Your own examples, one a line: input | answer</source>
        <extracomment>Field of the prompts lab: the learner's own few-shot examples</extracomment>
        <translation>Eigene Beispiele, eines pro Zeile: Eingabe | Antwort</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="58" />
        <source>Your own examples</source>
        <translation>Eigene Beispiele</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="66" />
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="77" />
        <source>Examples drawn from the test cases</source>
        <extracomment>Label of a number box: how many few-shot examples to take from the task's test cases</extracomment>
        <translation>Beispiele aus den Testfällen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="85" />
        <source>Some patterns need a large model to show their effect. Asking for steps (chain of thought) helps only large models on reasoning tasks, and a persona changes the style of an answer, not whether it is right. The built-in demonstration model does not reason: try those patterns on a local model too.</source>
        <translation>Manche Muster zeigen ihre Wirkung nur bei einem großen Modell. Die Bitte um Zwischenschritte (Chain of Thought) hilft nur großen Modellen bei Denkaufgaben, und eine Persona ändert den Stil einer Antwort, nicht, ob sie stimmt. Das eingebaute Demonstrationsmodell denkt nicht: Probiere diese Muster auch mit einem lokalen Modell aus.</translation>
    </message>
</context>
<context>
    <name>PromptRunResultsView</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="19" />
        <source>Pass rate over the test cases</source>
        <extracomment>Title of the chart of both prompts' pass rates</extracomment>
        <translation>Bestehensquote über die Testfälle</translation>
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
        <translation>Prompt %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="74" />
        <source>Answers from: %1</source>
        <extracomment>%1 the answers' provenance: model, version, seeds, temperature, time</extracomment>
        <translation>Antworten von: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="82" />
        <source>Only the cases where A and B differ</source>
        <translation>Nur die Fälle, in denen sich A und B unterscheiden</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="118" />
        <source>Case %1: %2 (expected: %3)</source>
        <extracomment>a row of the case table: %1 the case's number, %2 its input, %3 the expected answer</extracomment>
        <translation>Fall %1: %2 (erwartet: %3)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="127" />
        <source>A passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which A passed, %2 seeds in all, %3 A's answers grouped</extracomment>
        <translation>A bestand %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="135" />
        <source>B passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which B passed, %2 seeds in all, %3 B's answers grouped</extracomment>
        <translation>B bestand %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>PromptRunSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="18" />
        <source>Model and settings</source>
        <translation>Modell und Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="28" />
        <source>Built-in demonstration model</source>
        <extracomment>the built-in model, chosen as the model a test runs on</extracomment>
        <translation>Eingebautes Demonstrationsmodell</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="39" />
        <source>My local model server</source>
        <translation>Mein lokaler Modellserver</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="53" />
        <source>A small demonstration model made by the Loopwise project: it is trained on this computer from text the project ships, in a few seconds the first time, and gives the same answers for the same seed. It shows real effects of few-shot examples and their order, but it is not a large language model.</source>
        <translation>Ein kleines Demonstrationsmodell des Loopwise-Projekts: Es wird auf diesem Computer aus Text trainiert, den das Projekt mitliefert, beim ersten Mal in wenigen Sekunden, und gibt für denselben Seed dieselben Antworten. Es zeigt echte Wirkungen von Few-Shot-Beispielen und ihrer Reihenfolge, ist aber kein großes Sprachmodell.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="64" />
        <source>Send prompts to the local model server</source>
        <translation>Prompts an den lokalen Modellserver senden</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="81" />
        <source>Kind of server</source>
        <extracomment>the kind of model server: ollama, llamacpp or openai</extracomment>
        <translation>Art des Servers</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="89" />
        <source>Server address</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="92" />
        <source>Find local models</source>
        <translation>Lokale Modelle suchen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="98" />
        <source>List models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="119" />
        <source>Use %1 at %2</source>
        <extracomment>a model server found on this computer: %1 its kind, %2 its address</extracomment>
        <translation>%1 unter %2 verwenden</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="130" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="136" />
        <source>Check that the server follows the seed</source>
        <translation>Prüfen, ob der Server den Seed beachtet</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="169" />
        <source>Runs per case (seeds)</source>
        <extracomment>how many times each prompt is run on each test case, each with its own seed</extracomment>
        <translation>Läufe pro Fall (Seeds)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="178" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="190" />
        <source>Calibrate (correct the model's bias towards some labels with a content-free input)</source>
        <extracomment>contextual calibration: the model's label probabilities are corrected by those for a content-free input</extracomment>
        <translation>Kalibrieren (die Vorliebe des Modells für manche Labels mit einer inhaltsfreien Eingabe ausgleichen)</translation>
    </message>
</context>
<context>
    <name>PromptSavePair</name>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="17" />
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="33" />
        <source>Save this pair</source>
        <extracomment>Heading of the prompts lab's card to keep the two prompts with a note</extracomment>
        <translation>Dieses Paar speichern</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="28" />
        <source>Your note: what do you expect B to change, and why?</source>
        <extracomment>Placeholder of the note saved with a pair of prompts</extracomment>
        <translation>Deine Notiz: Was wird B deiner Erwartung nach ändern, und warum?</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="29" />
        <source>Note for this pair</source>
        <translation>Notiz zu diesem Paar</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="49" />
        <source>%1: %2</source>
        <extracomment>A saved pair of prompts: %1 its task, %2 the learner's note</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="55" />
        <source>Open</source>
        <extracomment>Button beside a saved pair of prompts: loads it into the editors again</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="56" />
        <source>Open the pair %1</source>
        <translation>Das Paar %1 öffnen</translation>
    </message>
</context>
<context>
    <name>PromptsLabPage</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="44" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>Interaktives Labor</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="72" />
        <source>Task</source>
        <extracomment>Chooser of the prompts lab: which starter task (and its prompt pair) to work on</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="100" />
        <source>Compare structure</source>
        <extracomment>Tab of the prompts lab: A and B side by side, their parts and clarity</extracomment>
        <translation>Struktur vergleichen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="107" />
        <source>Measure on test cases</source>
        <extracomment>Tab of the prompts lab: both prompts run on the task's test cases, several times</extracomment>
        <translation>An Testfällen messen</translation>
    </message>
</context>
<context>
    <name>PromptsRunPanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="36" />
        <source>Measure on test cases</source>
        <extracomment>Heading of the part of the prompts lab that runs both prompts on test cases</extracomment>
        <translation>An Testfällen messen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="45" />
        <source>How a prompt is written is a guess about how the model will behave. Run both prompts on the same test cases, several times, and see whether the difference is larger than the model's own run-to-run variation.</source>
        <translation>Wie ein Prompt geschrieben ist, ist eine Vermutung darüber, wie sich das Modell verhalten wird. Lass beide Prompts mehrmals auf denselben Testfällen laufen und sieh nach, ob der Unterschied größer ist als die Schwankung des Modells von Lauf zu Lauf.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="68" />
        <source>Run A and B on the test cases</source>
        <extracomment>Button: runs prompt A and prompt B on every test case with every seed</extracomment>
        <translation>A und B auf den Testfällen ausführen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="101" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="133" />
        <source>Run the same test on my local model server</source>
        <extracomment>Button after a run on the built-in model: switches the test to the learner's local model server</extracomment>
        <translation>Denselben Test auf meinem lokalen Modellserver ausführen</translation>
    </message>
</context>
<context>
    <name>PromptsStructurePanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="66" />
        <source>What B does that A does not</source>
        <extracomment>Heading of the prompts lab's summary of the differences between prompts A and B</extracomment>
        <translation>Was B tut und A nicht</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="87" />
        <source>Structure cannot tell you whether a prompt works. How a prompt is written is a guess about how a model will behave: to find out, run both prompts on the same test cases, several times, under "Measure on test cases".</source>
        <translation>Die Struktur sagt nicht, ob ein Prompt funktioniert. Wie ein Prompt geschrieben ist, ist eine Vermutung darüber, wie sich ein Modell verhalten wird: Um es herauszufinden, lass beide Prompts mehrmals über dieselben Testfälle laufen, unter „Mit Testfällen messen“.</translation>
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="45" />
        <source>%1 of %2 opened</source>
        <extracomment>How many of the check-yourself cards the learner has opened; %1 and %2 are numbers</extracomment>
        <translation>%1 von %2 geöffnet</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22" />
        <source>%1 Answer: %2</source>
        <extracomment>Screen-reader name of an opened question card; %1 is the question, %2 its answer</extracomment>
        <translation>%1 Antwort: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23" />
        <source>Shows the answer. Activate to hide it.</source>
        <translation>Zeigt die Antwort. Aktivieren, um sie auszublenden.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="24" />
        <source>Activate to show the answer.</source>
        <translation>Aktivieren, um die Antwort anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="71" />
        <source>Show answer</source>
        <extracomment>Button on a check-yourself question card</extracomment>
        <translation>Antwort anzeigen</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="42" />
        <source>Contents</source>
        <extracomment>Button that opens the list of the module's sections</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="43" />
        <source>Contents: jump to a section</source>
        <translation>Inhalt: zu einem Abschnitt springen</translation>
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="20" />
        <source>Reflection</source>
        <extracomment>Heading of the box where the learner writes a reflection</extracomment>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="28" />
        <source>Write a few sentences in your own words.</source>
        <translation>Schreib ein paar Sätze in deinen eigenen Worten.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="33" />
        <source>Saved versions</source>
        <extracomment>Heading of the list of a note's earlier versions</extracomment>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="64" />
        <source>%1 (current)</source>
        <extracomment>%1 is the date and time a note's version was saved; this one is the version shown now</extracomment>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="82" />
        <source>Restore</source>
        <extracomment>Button: make this earlier version of the note the current one</extracomment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="92" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="46" />
        <source>"%1" is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <extracomment>%1 is what was given after --open; home, glossary, ... are the app's places as written on the command line</extracomment>
        <translation>„%1“ ist kein Ort in der App; verwende home, glossary, settings, about, module/&lt;id&gt;[#section] oder lab/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="65" />
        <source>there is no lab "%1"; the labs are %2</source>
        <extracomment>%1 is the lab id the route names, %2 the list of lab ids (network, learning, ...)</extracomment>
        <translation>es gibt kein Labor „%1“; die Labore sind %2</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="70" />
        <source>Your school has turned off the lab "%1".</source>
        <extracomment>%1 the title of a lab that the school's policy turned off</extracomment>
        <translation>Deine Schule hat das Labor „%1“ ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>SchoolLock</name>
    <message>
        <location filename="../qml/components/SchoolLock.qml" line="14" />
        <source>Set by your school</source>
        <extracomment>Under a setting that the school's policy file fixes; the learner cannot change it</extracomment>
        <translation>Von deiner Schule festgelegt</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="18" />
        <location filename="../qml/pages/SettingsPage.qml" line="29" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45" />
        <source>The course text and the app switch language right away.</source>
        <translation>Kurstext und App wechseln sofort die Sprache.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="56" />
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73" />
        <source>Text size: %1 %</source>
        <extracomment>Label of the text-size slider; %1 is the size in percent of the normal size</extracomment>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86" />
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="95" />
        <source>This is how text in the course will look.</source>
        <translation>So sieht der Text im Kurs aus.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107" />
        <source>For teachers</source>
        <extracomment>Heading of the settings for exporting and importing learners' progress</extracomment>
        <translation>Für Lehrkräfte</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="113" />
        <source>Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.</source>
        <translation>Sammle den Fortschritt aller Lernenden auf diesem Gerät oder übertrage ein Profil auf ein anderes Gerät. Nichts verlässt das Gerät, solange du es nicht selbst irgendwo speicherst.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="127" />
        <source>Progress as CSV</source>
        <extracomment>Button: export every learner's progress as a CSV table</extracomment>
        <translation>Fortschritt als CSV</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="132" />
        <source>xAPI statements</source>
        <extracomment>Button: export every learner's progress as xAPI statements (a learning-records standard; keep "xAPI")</extracomment>
        <translation>xAPI-Statements</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="137" />
        <source>Export this learner</source>
        <extracomment>Button: save the current learner's profile to a file for another device</extracomment>
        <translation>Dieses Profil exportieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="142" />
        <source>Import a learner</source>
        <extracomment>Button: read a learner's profile from a file exported on another device</extracomment>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161" />
        <source>Progress is kept in %1</source>
        <extracomment>%1 is the path of the progress database file</extracomment>
        <translation>Der Fortschritt wird in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="179" />
        <source>CSV files (*.csv)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180" />
        <source>xAPI statements (*.jsonl)</source>
        <translation>xAPI-Statements (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="181" />
        <source>Loopwise learner files (*.json)</source>
        <translation>Loopwise-Profildateien (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201" />
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file that was written</extracomment>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>ShortcutPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="17" />
        <source>Before you train: how will the model do on the tickets after the staffing change?</source>
        <translation>Bevor du trainierst: Wie wird das Modell bei den Tickets nach dem Personalwechsel abschneiden?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="25" />
        <source>How you check the model</source>
        <translation>Wie du das Modell prüfst</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="32" />
        <source>Validation tickets, taken from the history</source>
        <translation>Validierungstickets, aus der Historie genommen</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="40" />
        <source>Let the model see the writing style (greetings, sign-offs, names, formatting)</source>
        <translation>Das Modell den Schreibstil sehen lassen (Grüße, Schlussformeln, Namen, Formatierung)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="58" />
        <source>Add fields known only afterwards (escalated, resolved within a day)</source>
        <translation>Felder hinzufügen, die erst hinterher bekannt sind (eskaliert, innerhalb eines Tages gelöst)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="84" />
        <source>Accuracy: training, validation, production</source>
        <translation>Genauigkeit: Training, Validierung, Betrieb</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="91" />
        <source>Production, after the staffing change</source>
        <translation>Betrieb, nach dem Personalwechsel</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="102" />
        <source>Accuracy lost when a feature group is shuffled</source>
        <translation>Verlorene Genauigkeit, wenn eine Merkmalsgruppe gemischt wird</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="110" />
        <source>The largest weights (positive: towards urgent)</source>
        <translation>Die größten Gewichte (positiv: Richtung dringend)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="121" />
        <source>Read the tickets</source>
        <translation>Lies die Tickets</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="149" />
        <source>Night desk, before the staffing change</source>
        <translation>Nachtschicht, vor dem Personalwechsel</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="150" />
        <source>After the staffing change</source>
        <translation>Nach dem Personalwechsel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../models/Shortcuts.cpp" line="29" />
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="30" />
        <source>Module reader</source>
        <translation>Im Modul</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="31" />
        <source>Lab: Build a neural network</source>
        <translation>Labor: Ein neuronales Netz bauen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="32" />
        <source>Lab: See how models learn</source>
        <translation>Labor: Sehen, wie Modelle lernen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="33" />
        <source>Lab: Check the assumptions</source>
        <translation>Labor: Annahmen prüfen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="34" />
        <source>Lab: Mixture of experts</source>
        <translation>Labor: Mixture of Experts</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="42" />
        <source>Go back (or close a glossary tip)</source>
        <translation>Zurück (oder einen Glossar-Hinweis schließen)</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="44" />
        <source>Course home</source>
        <translation>Startseite des Kurses</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="45" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="46" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="47" />
        <source>This list of keyboard shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="49" />
        <source>Next or previous control or glossary term</source>
        <translation>Nächstes oder vorheriges Bedienelement oder nächster oder vorheriger Glossarbegriff</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="51" />
        <source>Open the focused card, term or link</source>
        <translation>Die ausgewählte Karte, den Begriff oder den Link öffnen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="53" />
        <source>Loop diagram focused: previous or next stage</source>
        <translation>Diagramm der Trainingsschleife ausgewählt: vorherige oder nächste Stufe</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="55" />
        <source>Loop diagram focused: play or pause the walkthrough</source>
        <translation>Diagramm der Trainingsschleife ausgewählt: Durchgang abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="57" />
        <location filename="../models/Shortcuts.cpp" line="64" />
        <location filename="../models/Shortcuts.cpp" line="76" />
        <source>Play or pause training</source>
        <translation>Training starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="59" />
        <location filename="../models/Shortcuts.cpp" line="66" />
        <source>Train one epoch</source>
        <translation>Eine Epoche trainieren</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="60" />
        <location filename="../models/Shortcuts.cpp" line="78" />
        <source>Fresh weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="62" />
        <source>Weights focused: pick a weight, then change it</source>
        <translation>Bei ausgewählten Gewichten: ein Gewicht wählen und dann ändern</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="68" />
        <source>Send one batch round the training loop</source>
        <translation>Einen Batch durch die Trainingsschleife schicken</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="70" />
        <source>Fresh parameters, same data</source>
        <translation>Neue Parameter, gleiche Daten</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="72" />
        <source>Train and check, or pause</source>
        <translation>Trainieren und prüfen oder anhalten</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="74" />
        <source>Reset the experiment</source>
        <translation>Experiment zurücksetzen</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="110" />
        <source>Meta</source>
        <translation>Meta</translation>
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
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="49" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="52" />
        <source>Hide details</source>
        <extracomment>Button that hides the technical side of a save problem.</extracomment>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="54" />
        <source>Details</source>
        <extracomment>Button that shows the technical side of a save problem.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="57" />
        <source>Hide the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that hides a save problem's technical details.</extracomment>
        <translation>Technische Details zum Speicherproblem ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="59" />
        <source>Show the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that shows a save problem's technical details.</extracomment>
        <translation>Technische Details zum Speicherproblem anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="95" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="25" />
        <source>Open the lab: %1</source>
        <translation>Labor öffnen: %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="64" />
        <location filename="../qml/components/TopBar.qml" line="65" />
        <source>Back</source>
        <translation>Zurück</translation>
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
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="98" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="102" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="106" />
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="109" />
        <source>About Loopwise</source>
        <extracomment>Screen-reader name of the button that opens the About page</extracomment>
        <translation>Über Loopwise</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="17" />
        <source>Before you train: how will the validation score compare with the model on fresh cases?</source>
        <translation>Bevor du trainierst: Wie wird der Validierungswert im Vergleich zum Modell auf neuen Fällen aussehen?</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="25" />
        <source>How validation is made</source>
        <translation>Wie validiert wird</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="32" />
        <source>Validation method</source>
        <translation>Validierungsmethode</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="40" />
        <source>Features kept (0: all)</source>
        <translation>Behaltene Merkmale (0: alle)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="52" />
        <source>The data</source>
        <translation>Die Daten</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="59" />
        <source>Signal (0: the labels are pure noise)</source>
        <translation>Signal (0: die Labels sind reines Rauschen)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="70" />
        <source>Pure-noise features</source>
        <translation>Reine Rauschmerkmale</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="80" />
        <source>Rows per case (near-copies)</source>
        <translation>Zeilen pro Fall (Beinahe-Kopien)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="89" />
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="109" />
        <source>Validation beside production</source>
        <translation>Validierung neben Betrieb</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="115" />
        <source>Validation beside production (the line marks chance)</source>
        <translation>Validierung neben Betrieb (die Linie markiert den Zufall)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="127" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="128" />
        <source>Production</source>
        <translation>Betrieb</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsController</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="49" />
        <source>Model %1 of %2 trained</source>
        <extracomment>%1 validation models trained so far, %2 in all</extracomment>
        <translation>Modell %1 von %2 trainiert</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="52" />
        <source>Step %1 of %2</source>
        <extracomment>%1 gradient steps done so far, %2 in all</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="84" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. a value out of its range</extracomment>
        <translation>Diese Änderung lässt sich nicht trainieren: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="98" />
        <source>That link opens another experiment: %1.</source>
        <extracomment>%1 the title of the experiment the link opens</extracomment>
        <translation>Dieser Link öffnet ein anderes Experiment: %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="193" />
        <source>Your prediction matched what happened.</source>
        <translation>Deine Vorhersage hat sich bestätigt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="194" />
        <source>What happened was different from your prediction: the figures below show why.</source>
        <translation>Es kam anders, als du vorhergesagt hast: Die Zahlen unten zeigen, warum.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="196" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a statement of the same list), %3 whether they match</extracomment>
        <translation>Deine Vorhersage: %1
Was passiert ist: %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="226" />
        <source>Run the experiment to the end first: then it can be saved.</source>
        <translation>Lass das Experiment zuerst bis zum Ende laufen: Dann lässt es sich speichern.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="236" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="239" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="248" />
        <source>Check the assumptions: %1</source>
        <extracomment>the title of a lab run attached to a decision note; %1 the experiment's title</extracomment>
        <translation>Annahmen prüfen: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsExplanations</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="47" />
        <source>Urgent tickets: shortcuts and leakage</source>
        <translation>Dringende Tickets: Abkürzungen und Datenlecks</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="49" />
        <source>Validation is separate</source>
        <translation>Validierung ist getrennt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="51" />
        <source>Loss matches the decision</source>
        <translation>Verlust passt zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="60" />
        <source>A help desk wants a model that flags urgent tickets. For the first three months nearly every urgent ticket was logged by the three agents of the night desk, each with a way of writing you could spot at a glance. Then the rota changed. Train a model on that history, check it the way most people would, and find out what it really learned; then try to catch the problem before production does.</source>
        <translation>Ein Support-Team möchte ein Modell, das dringende Tickets markiert. In den ersten drei Monaten hat fast jedes dringende Ticket eine der drei Personen der Nachtschicht erfasst, jede mit einer Schreibweise, die man auf einen Blick erkennt. Dann änderte sich der Dienstplan. Trainiere ein Modell auf dieser Historie, prüfe es so, wie es die meisten tun würden, und finde heraus, was es wirklich gelernt hat; dann versuche, das Problem zu erkennen, bevor der Betrieb es tut.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="66" />
        <source>A validation score is worth something only if the validation data played no part in training. Here a small, noisy set is validated in five ways, and each score stands beside the same model on fresh cases. Turn the signal down to zero and see which validations still claim that the model has learned something.</source>
        <translation>Ein Validierungswert ist nur dann etwas wert, wenn die Validierungsdaten beim Training keine Rolle gespielt haben. Hier wird ein kleiner, verrauschter Datensatz auf fünf Arten validiert, und jeder Wert steht neben demselben Modell auf neuen Fällen. Dreh das Signal auf null und sieh nach, welche Validierungen trotzdem behaupten, das Modell habe etwas gelernt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="72" />
        <source>Few tickets are urgent, and missing one costs far more than a needless alarm. A model trained with the usual loss and the usual threshold can look accurate and still be expensive. Set the costs yourself, train, then repair the decision: weigh the classes in the loss, or keep the probabilities and choose the threshold by cost.</source>
        <translation>Nur wenige Tickets sind dringend, und eines zu übersehen kostet weit mehr als ein unnötiger Alarm. Ein Modell mit dem üblichen Verlust und der üblichen Schwelle kann genau wirken und trotzdem teuer sein. Lege die Kosten selbst fest, trainiere und repariere dann die Entscheidung: Gewichte die Klassen im Verlust, oder behalte die Wahrscheinlichkeiten und wähle die Schwelle nach den Kosten.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="84" />
        <source>%1 %</source>
        <extracomment>a share in percent, e.g. "93 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="97" />
        <source>at random</source>
        <extracomment>how the ticket history is split for validation</extracomment>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="99" />
        <source>by time (the newest tickets)</source>
        <translation>nach Zeit (die neuesten Tickets)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="101" />
        <source>by writer (agents the model never saw)</source>
        <translation>nach Verfasser (Personen, die das Modell nie gesehen hat)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="110" />
        <source>On the training data</source>
        <translation>Auf den Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="112" />
        <source>Held-out cases</source>
        <translation>Zurückgehaltene Fälle</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="114" />
        <source>Held-out rows, near-copies on both sides</source>
        <translation>Zurückgehaltene Zeilen, Beinahe-Kopien auf beiden Seiten</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="116" />
        <source>Features chosen on all data, then cross-validated</source>
        <translation>Merkmale auf allen Daten gewählt, dann kreuzvalidiert</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="118" />
        <source>Cross-validated, features chosen inside each fold</source>
        <translation>Kreuzvalidiert, Merkmale in jeder Falte gewählt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="127" />
        <source>None (plain loss, threshold 0.5)</source>
        <translation>Keine (einfacher Verlust, Schwelle 0,5)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="129" />
        <source>Class weights in the loss</source>
        <translation>Klassengewichte im Verlust</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="131" />
        <source>Threshold chosen by cost</source>
        <translation>Schwelle nach Kosten gewählt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="141" />
        <source>content</source>
        <extracomment>a group of the model's features: the words of the problem</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="144" />
        <source>style</source>
        <extracomment>a group of the model's features: greetings, sign-offs, names, formatting</extracomment>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="147" />
        <source>metadata</source>
        <extracomment>a group of the model's features: area, plan, channel</extracomment>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="150" />
        <source>after the fact</source>
        <extracomment>a group of the model's features: known only after the ticket was handled</extracomment>
        <translation>erst hinterher bekannt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="165" />
        <source>With the fields known only after the fact, validation reached %1. In production those fields are still empty when a ticket arrives: accuracy fell to %2 and the model caught %3 of %4 urgent tickets. The outcome leaked into training through a field nobody knows at decision time.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 urgent tickets caught, %4 urgent tickets in all</extracomment>
        <translation>Mit den Feldern, die erst hinterher bekannt sind, erreichte die Validierung %1. Im Betrieb sind diese Felder noch leer, wenn ein Ticket eintrifft: Die Genauigkeit fiel auf %2, und das Modell erkannte %3 von %4 dringenden Tickets. Der Ausgang ist über ein Feld ins Training gesickert, das zum Zeitpunkt der Entscheidung niemand kennt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="173" />
        <source>Validation said %1, production gave %2: a fall of %3 points after the staffing change. %4 of the %5 largest weights are style (the agents' names, sign-offs, formatting): the model learned who wrote a ticket, not what it says. Validation tickets drawn from the same months share that shortcut, so they could not show it.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the fall in percentage points, %4 style features among the largest weights, %5 the largest weights shown</extracomment>
        <translation>Die Validierung sagte %1, der Betrieb ergab %2: ein Einbruch um %3 Punkte nach dem Personalwechsel. %4 der %5 größten Gewichte sind Stil (Namen der Personen, Schlussformeln, Formatierung): Das Modell hat gelernt, wer ein Ticket geschrieben hat, nicht, was darin steht. Validierungstickets aus denselben Monaten teilen diese Abkürzung und konnten sie deshalb nicht zeigen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="181" />
        <source>Split %1, validation gave %2, within %3 points of production (%4). Tickets the model could not have seen in training stand in for production, so the validation shows the problem before production does. It looks worse than a random split, and that is the point: it is honest.</source>
        <extracomment>%1 how the history was split, %2 validation accuracy, %3 the difference in points, %4 production accuracy</extracomment>
        <translation>Aufgeteilt %1, ergab die Validierung %2, nur %3 Punkte vom Betrieb (%4) entfernt. Tickets, die das Modell im Training nicht gesehen haben kann, stehen für den Betrieb, also zeigt die Validierung das Problem, bevor der Betrieb es tut. Sie sieht schlechter aus als eine zufällige Aufteilung, und genau darum geht es: Sie ist ehrlich.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="188" />
        <source>Without the style features the model has to read what a ticket says: validation %1 and production %2 are within %3 points. Less brilliant on paper, and just as good after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>Ohne die Stilmerkmale muss das Modell lesen, was in einem Ticket steht: Validierung %1 und Betrieb %2 liegen nur %3 Punkte auseinander. Auf dem Papier weniger glänzend, und nach dem Wechsel genauso gut.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="194" />
        <source>Validation said %1 and production gave %2, %3 points less: this validation promised more than the model delivers after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>Die Validierung sagte %1, und der Betrieb ergab %2, %3 Punkte weniger: Diese Validierung hat mehr versprochen, als das Modell nach dem Wechsel hält.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="199" />
        <source>Validation gave %1 and production %2: here the validation was a fair guide.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Die Validierung ergab %1 und der Betrieb %2: Hier war die Validierung ein fairer Anhaltspunkt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="210" />
        <source>Validation gave %1 and fresh cases %2, both close to chance (%3): this validation admits that the model has found nothing to learn.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>Die Validierung ergab %1 und neue Fälle %2, beide nahe am Zufall (%3): Diese Validierung gibt zu, dass das Modell nichts zu lernen gefunden hat.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="215" />
        <source>Validation gave %1, within %2 points of the %3 on fresh cases: kept apart from training, it is an honest estimate.</source>
        <extracomment>%1 validation accuracy, %2 the difference in points, %3 production accuracy</extracomment>
        <translation>Die Validierung ergab %1, nur %2 Punkte von den %3 auf neuen Fällen entfernt: Vom Training getrennt ist sie eine ehrliche Schätzung.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="223" />
        <source>Scored on the rows it learned from, the model reports %1; on fresh cases it gets %2. Training data cannot tell memorising from learning.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Auf den Zeilen bewertet, aus denen es gelernt hat, meldet das Modell %1; auf neuen Fällen erreicht es %2. Trainingsdaten können Auswendiglernen nicht von Lernen unterscheiden.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="229" />
        <source>Near-copies of the same cases sit on both sides of the split: validation reports %1, fresh cases give %2. The model recognises copies it has already seen.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Beinahe-Kopien derselben Fälle liegen auf beiden Seiten der Aufteilung: Die Validierung meldet %1, neue Fälle ergeben %2. Das Modell erkennt Kopien wieder, die es schon gesehen hat.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="235" />
        <source>The features were chosen on all the rows before cross-validation, so the validation rows helped choose them: validation reports %1, fresh cases give %2, and chance is %3. Choose features inside each fold, as the correct pipeline does.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>Die Merkmale wurden vor der Kreuzvalidierung auf allen Zeilen gewählt, also haben die Validierungszeilen bei der Wahl mitgeholfen: Die Validierung meldet %1, neue Fälle ergeben %2, und der Zufall liegt bei %3. Wähle die Merkmale in jeder Falte, wie es die korrekte Pipeline tut.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="245" />
        <source>Validation gave %1 against %2 on fresh cases, %3 points more. This validation is separate, but with few cases its score varies from sample to sample: try more cases or another seed.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>Die Validierung ergab %1 gegenüber %2 auf neuen Fällen, %3 Punkte mehr. Diese Validierung ist getrennt, aber mit wenigen Fällen schwankt ihr Wert von Stichprobe zu Stichprobe: Versuche mehr Fälle oder einen anderen Startwert.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="259" />
        <source>All five validations stayed within 5 points of production this time: the data leaves little to memorise. Add near-copies or noise features, or turn the signal down, and compare again.</source>
        <translation>Alle fünf Validierungen lagen diesmal höchstens 5 Punkte vom Betrieb entfernt: Die Daten lassen wenig zum Auswendiglernen. Füge Beinahe-Kopien oder Rauschmerkmale hinzu oder dreh das Signal herunter, und vergleiche erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="263" />
        <source>%n of the five validations scored more than 5 points above production: %1. They were not kept apart from training. The others stayed close to production.</source>
        <extracomment>%n how many validations flattered, %1 their names as a list</extracomment>
        <translation>
            <numerusform>%n der fünf Validierungen lag mehr als 5 Punkte über dem Betrieb: %1. Sie war nicht vom Training getrennt. Die anderen blieben nahe am Betrieb.</numerusform>
            <numerusform>%n der fünf Validierungen lagen mehr als 5 Punkte über dem Betrieb: %1. Sie waren nicht vom Training getrennt. Die anderen blieben nahe am Betrieb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="278" />
        <source>At the usual threshold of 0.5 the model is %1 accurate, only %2 points above calling every ticket normal, yet it misses %3 of %4 urgent tickets. With a miss costing %5 and a false alarm %6, that is %7 per ticket, against %8 for calling every ticket normal.</source>
        <extracomment>%1 accuracy, %2 points above the all-normal baseline, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost of a miss, %6 cost of a false alarm, %7 cost per ticket, %8 the all-normal cost per ticket</extracomment>
        <translation>Bei der üblichen Schwelle von 0,5 ist das Modell zu %1 genau, nur %2 Punkte besser, als jedes Ticket normal zu nennen, und doch übersieht es %3 von %4 dringenden Tickets. Wenn ein übersehenes Ticket %5 kostet und ein Fehlalarm %6, sind das %7 pro Ticket, gegenüber %8, wenn man jedes Ticket normal nennt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="290" />
        <source>Counting each urgent ticket %1 times in the loss pushed its probabilities up: at 0.5 the model misses %2 of %3 urgent tickets and costs %4 per ticket, against %5 for calling every ticket normal. Accuracy is %6: more false alarms, and far fewer expensive misses.</source>
        <extracomment>%1 the weight of an urgent ticket, %2 urgent tickets missed, %3 urgent tickets in all, %4 cost per ticket, %5 the all-normal cost per ticket, %6 accuracy</extracomment>
        <translation>Jedes dringende Ticket %1-fach im Verlust zu zählen, hat seine Wahrscheinlichkeiten angehoben: Bei 0,5 übersieht das Modell %2 von %3 dringenden Tickets und kostet %4 pro Ticket, gegenüber %5, wenn man jedes Ticket normal nennt. Die Genauigkeit beträgt %6: mehr Fehlalarme und weit weniger teure Versäumnisse.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="300" />
        <source>The threshold of least cost on the held-out tickets is %1 (for well-calibrated probabilities the costs imply %2). On the test tickets the model then misses %3 of %4 urgent tickets and costs %5 per ticket, against %6 for calling every ticket normal; accuracy is %7. The loss stayed a proper loss for probabilities, and the costs decided only the threshold.</source>
        <extracomment>%1 the chosen threshold, %2 the threshold the costs imply, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost per ticket, %6 the all-normal cost per ticket, %7 accuracy</extracomment>
        <translation>Die Schwelle mit den geringsten Kosten auf den zurückgehaltenen Tickets ist %1 (für gut kalibrierte Wahrscheinlichkeiten ergeben die Kosten %2). Auf den Test-Tickets übersieht das Modell damit %3 von %4 dringenden Tickets und kostet %5 pro Ticket, gegenüber %6, wenn man jedes Ticket normal nennt; die Genauigkeit beträgt %7. Der Verlust blieb ein echter Verlust für Wahrscheinlichkeiten, und die Kosten bestimmten nur die Schwelle.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="316" />
        <source>Bar chart of accuracy: training %1, validation %2, production after the staffing change %3.</source>
        <extracomment>%1 training, %2 validation, %3 production accuracy</extracomment>
        <translation>Balkendiagramm der Genauigkeit: Training %1, Validierung %2, Betrieb nach dem Personalwechsel %3.</translation>
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
        <translation>Die größten Gewichte, das größte zuerst (positiv heißt dringend): %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="339" />
        <source>%1 %2 points</source>
        <extracomment>one group in a list: %1 the group, %2 percentage points of accuracy lost</extracomment>
        <translation>%1 %2 Punkte</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="341" />
        <source>Bar chart of the accuracy lost when each feature group is shuffled: %1.</source>
        <extracomment>%1 the groups as a list</extracomment>
        <translation>Balkendiagramm der verlorenen Genauigkeit, wenn jede Merkmalsgruppe gemischt wird: %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="348" />
        <source>Confusion matrix: %1 urgent tickets flagged, %2 urgent tickets missed, %3 false alarms, %4 normal tickets left alone.</source>
        <extracomment>%1 urgent flagged, %2 urgent missed, %3 false alarms, %4 normal left alone</extracomment>
        <translation>Konfusionsmatrix: %1 dringende Tickets markiert, %2 dringende Tickets übersehen, %3 Fehlalarme, %4 normale Tickets in Ruhe gelassen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="360" />
        <source>%1: validation %2, production %3</source>
        <extracomment>one method in a list: %1 the method, %2 validation accuracy, %3 production accuracy</extracomment>
        <translation>%1: Validierung %2, Betrieb %3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="364" />
        <source>Bar chart of validation beside production accuracy: %1. Chance is %2.</source>
        <extracomment>%1 the methods as a list, %2 chance</extracomment>
        <translation>Balkendiagramm der Genauigkeit von Validierung und Betrieb: %1. Der Zufall liegt bei %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="380" />
        <source>Line chart of the cost per ticket against the threshold on the held-out tickets: %1 at threshold %2, %3 at %4; the least, %5, at %6. The point shown: threshold %7, cost %8.</source>
        <extracomment>%1 cost at the lowest threshold %2, %3 cost at the highest threshold %4, %5 the least cost at threshold %6, %7 the threshold shown, %8 its cost</extracomment>
        <translation>Liniendiagramm der Kosten pro Ticket über der Schwelle auf den zurückgehaltenen Tickets: %1 bei Schwelle %2, %3 bei %4; am geringsten, %5, bei %6. Der gezeigte Punkt: Schwelle %7, Kosten %8.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsLabSettings</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsLabSettings.cpp" line="279" />
        <source>"%1" is not a setting of the %2 experiment.</source>
        <extracomment>%1 a key of the link, %2 the experiment's name in the link (shortcut, validation, cost)</extracomment>
        <translation>„%1“ ist keine Einstellung des Experiments %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsQuestions</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="30" />
        <source>Production will be about as good as validation (within 5 points).</source>
        <translation>Der Betrieb wird etwa so gut sein wie die Validierung (höchstens 5 Punkte Unterschied).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="32" />
        <source>Production will be well below validation.</source>
        <translation>Der Betrieb wird deutlich unter der Validierung liegen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="33" />
        <source>Production will be well above validation.</source>
        <translation>Der Betrieb wird deutlich über der Validierung liegen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="37" />
        <source>Validation will be within 5 points of production.</source>
        <translation>Die Validierung wird höchstens 5 Punkte vom Betrieb entfernt sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="39" />
        <source>Validation will be well above production: it flatters the model.</source>
        <translation>Die Validierung wird deutlich über dem Betrieb liegen: Sie schmeichelt dem Modell.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="41" />
        <source>Validation will be well below production.</source>
        <translation>Die Validierung wird deutlich unter dem Betrieb liegen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="45" />
        <source>The cost per ticket will be at most half of what calling every ticket normal costs.</source>
        <translation>Die Kosten pro Ticket werden höchstens halb so hoch sein, wie wenn man jedes Ticket normal nennt.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="48" />
        <source>The cost per ticket will stay above half of what calling every ticket normal costs.</source>
        <translation>Die Kosten pro Ticket bleiben über der Hälfte dessen, was es kostet, jedes Ticket normal zu nennen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="131" />
        <source>Validation (%1) and production (%2) agreed in your run. Why?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Validierung (%1) und Betrieb (%2) stimmten in deinem Lauf überein. Warum?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="132" />
        <source>The validation tickets were like production ones: newer, or from agents the model never saw.</source>
        <translation>Die Validierungstickets glichen denen im Betrieb: neuer oder von Personen, die das Modell nie gesehen hat.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="133" />
        <source>The model could no longer see who wrote a ticket, only what it says.</source>
        <translation>Das Modell konnte nicht mehr sehen, wer ein Ticket geschrieben hat, nur noch, was darin steht.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="134" />
        <source>The model trained for more steps.</source>
        <translation>Das Modell hat mehr Schritte trainiert.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="136" />
        <source>Right: a split that keeps the newest tickets or unseen writers apart asks the question production will ask.</source>
        <translation>Richtig: Eine Aufteilung, die die neuesten Tickets oder ungesehene Verfasser zurückhält, stellt die Frage, die der Betrieb stellen wird.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="138" />
        <source>Not in this run: the split was random. Look at what the model was allowed to see.</source>
        <translation>Nicht in diesem Lauf: Die Aufteilung war zufällig. Sieh dir an, was das Modell sehen durfte.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="139" />
        <source>Not in this run: the style features were there. Look at how validation was chosen.</source>
        <translation>Nicht in diesem Lauf: Die Stilmerkmale waren vorhanden. Sieh dir an, wie die Validierung gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="140" />
        <source>Right: without the style features the shortcut is gone, so what holds in validation holds after the change too.</source>
        <translation>Richtig: Ohne die Stilmerkmale ist die Abkürzung weg, also gilt, was in der Validierung gilt, auch nach dem Wechsel.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="142" />
        <source>No: every run trains the same number of steps. The difference lies in the data the model and its check were given.</source>
        <translation>Nein: Jeder Lauf trainiert gleich viele Schritte. Der Unterschied liegt in den Daten, die Modell und Prüfung bekommen haben.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="147" />
        <source>Your model scored %1 in validation and %2 in production. Which check would have warned you before production?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>Dein Modell erreichte %1 in der Validierung und %2 im Betrieb. Welche Prüfung hätte dich vor dem Betrieb gewarnt?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="150" />
        <source>Validate on the newest tickets (a split by time).</source>
        <translation>Auf den neuesten Tickets validieren (eine Aufteilung nach Zeit).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="151" />
        <source>Validate on a larger random share of the history.</source>
        <translation>Auf einem größeren zufälligen Anteil der Historie validieren.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="152" />
        <source>Look at the training accuracy as well.</source>
        <translation>Auch die Trainingsgenauigkeit ansehen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="154" />
        <source>Right: the newest tickets come from after the staffing change, like production, so the shortcut stops working in validation too.</source>
        <translation>Richtig: Die neuesten Tickets stammen wie der Betrieb aus der Zeit nach dem Personalwechsel, also versagt die Abkürzung auch in der Validierung.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="156" />
        <source>No: a larger random share is drawn from the same months, with the same shortcut, so it flatters the model just as much.</source>
        <translation>Nein: Ein größerer zufälliger Anteil stammt aus denselben Monaten, mit derselben Abkürzung, und schmeichelt dem Modell genauso.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="158" />
        <source>No: training accuracy is measured on the very tickets the shortcut was learned from.</source>
        <translation>Nein: Die Trainingsgenauigkeit wird genau auf den Tickets gemessen, aus denen die Abkürzung gelernt wurde.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="166" />
        <source>In your run validation said %1, fresh cases gave %2 and chance is %3. What does that tell you about this validation?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>In deinem Lauf sagte die Validierung %1, neue Fälle ergaben %2, und der Zufall liegt bei %3. Was sagt dir das über diese Validierung?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="169" />
        <source>It was kept apart from training: it estimates production fairly.</source>
        <translation>Sie war vom Training getrennt: Sie schätzt den Betrieb fair ein.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="170" />
        <source>It was not separate from training: it flatters the model.</source>
        <translation>Sie war nicht vom Training getrennt: Sie schmeichelt dem Modell.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="171" />
        <source>Nothing: validation and production measure different things.</source>
        <translation>Nichts: Validierung und Betrieb messen verschiedene Dinge.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="173" />
        <source>Look again: validation is well above what the model does on fresh cases.</source>
        <translation>Sieh noch einmal hin: Die Validierung liegt deutlich über dem, was das Modell auf neuen Fällen leistet.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="174" />
        <source>Right: validation and fresh cases agree within 5 points.</source>
        <translation>Richtig: Validierung und neue Fälle liegen höchstens 5 Punkte auseinander.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="175" />
        <source>Right: the model had seen the validation rows, their copies or their influence on the chosen features before it was scored.</source>
        <translation>Richtig: Das Modell hatte die Validierungszeilen, ihre Kopien oder ihren Einfluss auf die gewählten Merkmale schon gesehen, bevor es bewertet wurde.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="177" />
        <source>Look again: validation and fresh cases agree within 5 points.</source>
        <translation>Sieh noch einmal hin: Validierung und neue Fälle liegen höchstens 5 Punkte auseinander.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="178" />
        <source>No: both measure accuracy on cases; validation is meant to predict production.</source>
        <translation>Nein: Beide messen die Genauigkeit auf Fällen; die Validierung soll den Betrieb vorhersagen.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="185" />
        <source>On the test tickets your model is %1 accurate and costs %2 per ticket; calling every ticket normal is %3 accurate and costs %4. Which figure should decide what you deploy?</source>
        <extracomment>%1 accuracy, %2 cost per ticket, %3 the all-normal accuracy, %4 its cost per ticket</extracomment>
        <translation>Auf den Test-Tickets ist dein Modell zu %1 genau und kostet %2 pro Ticket; jedes Ticket normal zu nennen ist zu %3 genau und kostet %4. Welche Zahl sollte entscheiden, was du einsetzt?</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The cost per ticket.</source>
        <translation>Die Kosten pro Ticket.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The accuracy.</source>
        <translation>Die Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The training loss.</source>
        <translation>Der Trainingsverlust.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="191" />
        <source>Right: a miss costs %1 times a false alarm here, and only the cost weighs them that way.</source>
        <extracomment>%1 how many false alarms one miss is worth</extracomment>
        <translation>Richtig: Ein übersehenes Ticket kostet hier %1-mal so viel wie ein Fehlalarm, und nur die Kosten gewichten das so.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="193" />
        <source>No: accuracy counts a missed urgent ticket the same as a needless alarm, so calling everything normal already scores well.</source>
        <translation>Nein: Die Genauigkeit zählt ein übersehenes dringendes Ticket wie einen unnötigen Alarm, also schneidet schon „alles normal“ gut ab.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="195" />
        <source>No: the loss is how the model learns probabilities; the decision is judged by what its mistakes cost.</source>
        <translation>Nein: Über den Verlust lernt das Modell Wahrscheinlichkeiten; die Entscheidung wird daran gemessen, was ihre Fehler kosten.</translation>
    </message>
</context>
<context>
    <name>loopwise::CostLab</name>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="103" />
        <source>There is no repair "%1": choose none, class-weights or cost-threshold.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Es gibt keine Reparatur „%1“: Wähle none, class-weights oder cost-threshold.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="181" />
        <source>This model (threshold %1)</source>
        <extracomment>the trained model on the test tickets; %1 its threshold</extracomment>
        <translation>Dieses Modell (Schwelle %1)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="182" />
        <source>Calling every ticket normal</source>
        <translation>Jedes Ticket normal nennen</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="229" />
        <source>Costs: a missed urgent ticket %1, a false alarm %2</source>
        <extracomment>%1 the cost of a missed urgent ticket, %2 of a false alarm</extracomment>
        <translation>Kosten: ein übersehenes dringendes Ticket %1, ein Fehlalarm %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="232" />
        <source>Repair: %1</source>
        <extracomment>%1 the repair chosen (none, class weights, threshold chosen by cost)</extracomment>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="240" />
        <source>Threshold: %1</source>
        <translation>Schwelle: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="241" />
        <source>Test accuracy: %1</source>
        <translation>Testgenauigkeit: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="242" />
        <source>Test cost per ticket: %1</source>
        <translation>Testkosten pro Ticket: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="244" />
        <source>Urgent tickets missed: %1 of %2</source>
        <extracomment>%1 urgent tickets missed on the test set, %2 urgent tickets in all</extracomment>
        <translation>Übersehene dringende Tickets: %1 von %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="248" />
        <source>Calling every ticket normal: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket when every ticket is called normal</extracomment>
        <translation>Jedes Ticket normal nennen: Genauigkeit %1, Kosten pro Ticket %2</translation>
    </message>
</context>
<context>
    <name>loopwise::EngineErrorText</name>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="29" />
        <source>Learning rate</source>
        <extracomment>The name of a training setting, quoted in a sentence such as: "Learning rate" must be between 0.0001 and 10, not 20.</extracomment>
        <translation>Lernrate</translation>
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
        <translation>Betas von Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="38" />
        <source>Adam's epsilon</source>
        <extracomment>The name of a training setting (the Adam optimizer's small constant), quoted in a sentence.</extracomment>
        <translation>Epsilon von Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="41" />
        <source>Regularization rate</source>
        <extracomment>The name of a training setting, quoted in a sentence.</extracomment>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="44" />
        <source>Batch size</source>
        <extracomment>The name of a training setting (examples per training step), quoted in a sentence.</extracomment>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="47" />
        <source>Divergence factor</source>
        <extracomment>The name of a training setting (how many times the first loss counts as diverged), quoted in a sentence.</extracomment>
        <translation>Divergenzfaktor</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="50" />
        <source>Number of points</source>
        <extracomment>The name of a training setting (how many points the data has), quoted in a sentence.</extracomment>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="53" />
        <source>Noise</source>
        <extracomment>The name of a training setting (how noisy the data is), quoted in a sentence.</extracomment>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="56" />
        <source>Training share</source>
        <extracomment>The name of a training setting (the share of the points used for training), quoted in a sentence.</extracomment>
        <translation>Anteil der Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="59" />
        <source>Validation share</source>
        <extracomment>The name of a training setting (the share of the points held out for validation), quoted in a sentence.</extracomment>
        <translation>Anteil der Validierungsdaten</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="62" />
        <source>Degree</source>
        <extracomment>The name of a training setting (the degree of a polynomial model), quoted in a sentence.</extracomment>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="65" />
        <source>Inputs</source>
        <extracomment>The name of a training setting (the input features x1, x2, ...), quoted in a sentence.</extracomment>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="68" />
        <source>Number of inputs</source>
        <extracomment>The name of a training setting (how many inputs a network has), quoted in a sentence.</extracomment>
        <translation>Anzahl der Eingaben</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="71" />
        <source>Number of layers</source>
        <extracomment>The name of a training setting (how many layers a network has, hidden and output), quoted in a sentence.</extracomment>
        <translation>Anzahl der Schichten</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="74" />
        <source>Units</source>
        <extracomment>The name of a training setting (how many units a layer has), quoted in a sentence.</extracomment>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="77" />
        <source>Activation</source>
        <extracomment>The name of a training setting (a layer's activation function), quoted in a sentence.</extracomment>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="80" />
        <source>Loss</source>
        <extracomment>The name of a training setting (the loss function), quoted in a sentence.</extracomment>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="83" />
        <source>Output units</source>
        <extracomment>The name of a training setting (how many units the output layer has), quoted in a sentence.</extracomment>
        <translation>Neuronen der Ausgabeschicht</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="86" />
        <source>Class weights</source>
        <extracomment>The name of a training setting (a weight per class in the loss), quoted in a sentence.</extracomment>
        <translation>Klassengewichte</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="89" />
        <source>Classes</source>
        <extracomment>The name of a training setting (how many classes the data has), quoted in a sentence.</extracomment>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="92" />
        <source>Training set</source>
        <extracomment>The name of a training setting (the points used for training), quoted in a sentence.</extracomment>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="95" />
        <source>Points</source>
        <extracomment>The name of a training setting (the learner's own points), quoted in a sentence.</extracomment>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="98" />
        <source>Playground protocol</source>
        <extracomment>The name of a training setting (train exactly as TensorFlow Playground does), quoted in a sentence.</extracomment>
        <translation>Playground-Protokoll</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="101" />
        <source>Temperature</source>
        <extracomment>The name of a language model's setting (how random its word choice is), quoted in a sentence.</extracomment>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="104" />
        <source>Maximum tokens</source>
        <extracomment>The name of a language model's setting (the longest answer it may generate, in tokens), quoted in a sentence.</extracomment>
        <translation>Höchstzahl an Tokens</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="107" />
        <source>Experts</source>
        <extracomment>The name of a mixture-of-experts setting (how many expert networks it has), quoted in a sentence.</extracomment>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="110" />
        <source>Experts per input</source>
        <extracomment>The name of a mixture-of-experts setting (how many experts work on each input, "top k"), quoted in a sentence.</extracomment>
        <translation>Experten pro Eingabe</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="114" />
        <source>Balance weight</source>
        <extracomment>The name of a mixture-of-experts setting (the weight of the term that spreads inputs evenly over the experts), quoted in a sentence.</extracomment>
        <translation>Gewicht des Ausgleichs</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="118" />
        <source>Capacity</source>
        <extracomment>The name of a mixture-of-experts setting (how many inputs an expert may take, as a multiple of an even share), quoted in a sentence.</extracomment>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="130" />
        <source>Layer %1 must have between %2 and %3 units, not %4.</source>
        <extracomment>%1 is the layer's number (hidden layers first, the output layer last), %2 and %3 the allowed counts, %4 the given one</extracomment>
        <translation>Schicht %1 muss zwischen %2 und %3 Neuronen haben, nicht %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="137" />
        <source>"%1" must be at least %2, not %3.</source>
        <translation>„%1“ muss mindestens %2 sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="139" />
        <source>"%1" must be above %2, not %3.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 the value given</extracomment>
        <translation>„%1“ muss größer als %2 sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="142" />
        <source>"%1" must be between %2 and %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 and %3 its smallest and largest allowed values, %4 the value given</extracomment>
        <translation>„%1“ muss zwischen %2 und %3 liegen, nicht bei %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="146" />
        <source>"%1" must be at least %2 and below %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 its smallest allowed value, %3 the value it must stay below, %4 the value given</extracomment>
        <translation>„%1“ muss mindestens %2 und kleiner als %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="149" />
        <source>"%1" must be above %2 and at most %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 its largest allowed value, %4 the value given</extracomment>
        <translation>„%1“ muss größer als %2 und höchstens %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="157" />
        <source>Choose at least one input.</source>
        <translation>Wähle mindestens eine Eingabe.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="159" />
        <source>There are no points.</source>
        <translation>Es gibt keine Punkte.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="162" />
        <source>No point is left for training: add points or raise the training share.</source>
        <extracomment>The training share of the learner's points rounds down to no point at all</extracomment>
        <translation>Für das Training bleibt kein Punkt übrig: Füge Punkte hinzu oder erhöhe den Anteil der Trainingsdaten.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="165" />
        <source>"%1" is empty.</source>
        <extracomment>%1 is a setting's name</extracomment>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="176" />
        <source>With %1 classes there must be %2 class weights, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the class weights needed, %3 the class weights given</extracomment>
        <translation>Bei %1 Klassen braucht es %2 Klassengewichte, nicht %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="179" />
        <source>With %1 classes the output layer needs %2 units, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the output units needed, %3 the output units the network has</extracomment>
        <translation>Bei %1 Klassen braucht die Ausgabeschicht %2 Neuronen, nicht %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="192" />
        <source>The input %1 is chosen twice.</source>
        <extracomment>%1 is an input feature's name, e.g. x1 or sin x2</extracomment>
        <translation>Die Eingabe %1 ist zweimal gewählt.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="195" />
        <source>Point %1 must have finite numbers as its coordinates and class.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>Punkt %1 braucht endliche Zahlen als Koordinaten und Klasse.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="198" />
        <source>The class of point %1 must be a whole number from 0 to 99.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>Die Klasse von Punkt %1 muss eine ganze Zahl von 0 bis 99 sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="200" />
        <source>Softmax can only be the activation of an output layer of at least two units.</source>
        <translation>Softmax kann nur die Aktivierung einer Ausgabeschicht mit mindestens zwei Neuronen sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="202" />
        <source>Binary cross-entropy needs a sigmoid output layer.</source>
        <translation>Die binäre Kreuzentropie braucht eine Ausgabeschicht mit Sigmoid.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="204" />
        <source>Categorical cross-entropy needs a softmax output layer.</source>
        <translation>Die kategoriale Kreuzentropie braucht eine Ausgabeschicht mit Softmax.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="206" />
        <source>A regression has exactly one output.</source>
        <translation>Eine Regression hat genau eine Ausgabe.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="208" />
        <source>A regression is trained with the squared error.</source>
        <translation>Eine Regression wird mit dem quadratischen Fehler trainiert.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="210" />
        <source>Class weights need a classification task.</source>
        <translation>Klassengewichte gibt es nur bei einer Klassifikation.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="215" />
        <source>The points must belong to at least two classes.</source>
        <extracomment>The learner's points all have the same class</extracomment>
        <translation>Die Punkte müssen zu mindestens zwei Klassen gehören.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="218" />
        <source>Playground's protocol trains with the squared error.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Das Protokoll von Playground trainiert mit dem quadratischen Fehler.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="221" />
        <source>Playground's protocol trains with plain SGD.</source>
        <extracomment>Playground: TensorFlow Playground; SGD: stochastic gradient descent</extracomment>
        <translation>Das Protokoll von Playground trainiert mit einfachem SGD.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="224" />
        <source>Playground's protocol starts from Playground's initial weights.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Das Protokoll von Playground beginnt mit den Startgewichten von Playground.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="227" />
        <source>Playground's protocol keeps the order of the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Das Protokoll von Playground behält die Reihenfolge der Trainingsdaten bei.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="230" />
        <source>Playground's protocol needs a batch no larger than the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>Das Protokoll von Playground braucht einen Batch, der nicht größer ist als die Trainingsdaten.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="244" />
        <source>%1 cannot be opened.</source>
        <extracomment>%1 the path of a file the learner picked</extracomment>
        <translation>%1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="247" />
        <source>The file has no points: each line needs x1,x2,label.</source>
        <extracomment>x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>Die Datei enthält keine Punkte: Jede Zeile braucht x1,x2,label.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="250" />
        <source>it has %1 fields where x1,x2,label needs 3.</source>
        <extracomment>%1 how many comma-separated fields the line has; x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>Sie hat %1 Felder, x1,x2,label braucht aber 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="253" />
        <source>%1 is empty.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated</extracomment>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="256" />
        <source>%1 holds "%2", which is not a number.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the text found there</extracomment>
        <translation>%1 enthält „%2“, und das ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="259" />
        <source>%1 holds %2, which is far too large.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the number found there</extracomment>
        <translation>%1 enthält %2, und das ist viel zu groß.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="262" />
        <source>the label %1 is not a class: use 0, 1, 2, ... or -1 and 1.</source>
        <extracomment>%1 the label found; classes are whole numbers 0, 1, 2... (or TensorFlow Playground's -1 and 1)</extracomment>
        <translation>Die Klasse %1 gibt es nicht: Verwende 0, 1, 2, … oder -1 und 1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="266" />
        <source>the label %1 cannot go with the label -1 on line %2: use 0, 1, 2, ... or only -1 and 1.</source>
        <extracomment>%1 the label found; %2 the line number of a label -1. -1 and 1 is TensorFlow Playground's way of naming two classes.</extracomment>
        <translation>Die Klasse %1 passt nicht zur Klasse -1 in Zeile %2: Verwende 0, 1, 2, … oder nur -1 und 1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="271" />
        <source>The file cannot be read as points.</source>
        <translation>Die Datei lässt sich nicht als Punkte lesen.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="282" />
        <source>Line %1 of the file: %2</source>
        <extracomment>%1 a line number of the learner's CSV file; %2 what is wrong in it, a clause starting in lower case</extracomment>
        <translation>Zeile %1 der Datei: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="292" />
        <source>The training engine cannot use these settings.</source>
        <translation>Mit diesen Einstellungen kann die Trainings-Engine nicht arbeiten.</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsExplanations</name>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="26" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "42 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="39" />
        <source>Expert %1</source>
        <extracomment>one of the mixture's expert networks, numbered from 1</extracomment>
        <translation>Experte %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="54" />
        <source>One expert will end up taking most of the inputs.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>Am Ende übernimmt ein Experte die meisten Eingaben.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="57" />
        <source>The inputs will stay spread over several experts.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>Die Eingaben bleiben auf mehrere Experten verteilt.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="74" />
        <source>With one expert the gate has no choice: this is a dense network with a gate in front.</source>
        <translation>Mit einem Experten hat das Gate keine Wahl: Das ist ein dichtes Netz mit einem Gate davor.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="77" />
        <source>The experts collapsed: %1 takes %2 of the training inputs first, so the others hardly learn. The balance term (or a capacity per expert) pushes the gate to spread the inputs.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>Die Experten sind kollabiert: %1 bekommt %2 der Trainingseingaben als erste Wahl, die anderen lernen kaum. Der Ausgleichsterm (oder eine Kapazität pro Experte) drängt das Gate, die Eingaben zu verteilen.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="82" />
        <source>The gate spread the inputs: the busiest expert, %1, takes %2 of the training inputs first.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>Das Gate hat die Eingaben verteilt: Der meistbeschäftigte Experte, %1, bekommt %2 der Trainingseingaben als erste Wahl.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="85" />
        <source>The mixture reached %1 test accuracy at %2 multiply-adds per input; the dense network with as many parameters in all reached %3 at %4.</source>
        <extracomment>%1 and %3 accuracies ("91 %"), %2 and %4 multiply-adds per input</extracomment>
        <translation>Die Mixture erreichte %1 Testgenauigkeit mit %2 Multiplikationen und Additionen pro Eingabe; das dichte Netz mit insgesamt gleich vielen Parametern erreichte %3 mit %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="92" />
        <source>Here the mixture kept up with the large dense network for a fraction of its compute.</source>
        <translation>Hier hielt die Mixture mit dem großen dichten Netz mit, für einen Bruchteil seines Rechenaufwands.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="95" />
        <source>It kept up with the dense network of its active size (%1) but not with the large one: fewer parameters work on each input.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>Sie hielt mit dem dichten Netz ihrer aktiven Größe mit (%1), aber nicht mit dem großen: An jeder Eingabe arbeiten weniger Parameter.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="100" />
        <source>Here even the dense network of its active size did better (%1): routing is one option, not a guarantee.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>Hier war sogar das dichte Netz ihrer aktiven Größe besser (%1): Routing ist eine Möglichkeit, keine Garantie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="104" />
        <source>In the last epoch %n routing choice(s) found the expert full and were dropped.</source>
        <translation>
            <numerusform>In der letzten Epoche fand %n Zuteilung den Experten voll und wurde verworfen.</numerusform>
            <numerusform>In der letzten Epoche fanden %n Zuteilungen den Experten voll und wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="115" />
        <source>In your run, which expert took the most training inputs as its first choice? Look at the bar under the canvas.</source>
        <translation>Welcher Experte hat in deinem Lauf die meisten Trainingseingaben als erste Wahl bekommen? Sieh dir den Balken unter der Zeichenfläche an.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="131" />
        <source>Right: %1 took %2 of the training inputs first.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>Richtig: %1 bekam %2 der Trainingseingaben als erste Wahl.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="133" />
        <source>Not this one: %1 took the most, %2 of the training inputs. The bar under the canvas shows each expert's share.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>Nicht dieser: %1 bekam die meisten, %2 der Trainingseingaben. Der Balken unter der Zeichenfläche zeigt den Anteil jedes Experten.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="143" />
        <source>%1 takes %2</source>
        <extracomment>one item of a list, e.g. "Expert 2 takes 40 %"</extracomment>
        <translation>%1 bekommt %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="146" />
        <source>The gate's first choices over the training inputs: %1. Balance figure %2 (1 is even).</source>
        <extracomment>%1 a list of the experts' shares, %2 the balance figure (1 is even)</extracomment>
        <translation>Die erste Wahl des Gates über die Trainingseingaben: %1. Ausgleichszahl %2 (1 ist gleichmäßig).</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="154" />
        <source>Dataset: %1</source>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="155" />
        <source>Experts: %1, each input goes to %2</source>
        <translation>Experten: %1, jede Eingabe geht an %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="156" />
        <source>Balance term: on, weight %1</source>
        <translation>Ausgleichsterm: an, Gewicht %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="157" />
        <source>Balance term: off</source>
        <translation>Ausgleichsterm: aus</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="159" />
        <source>Capacity per expert: %1 × an even share</source>
        <translation>Kapazität pro Experte: %1 × ein gleicher Anteil</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="160" />
        <source>Capacity per expert: none</source>
        <translation>Kapazität pro Experte: keine</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="161" />
        <source>Learning rate: %1</source>
        <translation>Lernrate: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="167" />
        <source>Epochs: %1</source>
        <translation>Epochen: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="168" />
        <source>Mixture: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Mixture: %1 Testgenauigkeit, %2 Multiplikationen und Additionen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="171" />
        <source>Dense network, same total parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Dichtes Netz, gleich viele Parameter insgesamt: %1 Testgenauigkeit, %2 Multiplikationen und Additionen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="174" />
        <source>Dense network, same active parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>Dichtes Netz, gleich viele aktive Parameter: %1 Testgenauigkeit, %2 Multiplikationen und Additionen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="177" />
        <source>Largest share of one expert: %1</source>
        <translation>Größter Anteil eines Experten: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="178" />
        <source>Balance figure: %1 (1 is even)</source>
        <translation>Ausgleichszahl: %1 (1 ist gleichmäßig)</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLab</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="69" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. "Experts" must be between 1 and 8, not 9.</extracomment>
        <translation>Diese Änderung lässt sich nicht trainieren: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="122" />
        <source>This lab has no dataset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Dieses Labor hat keinen Datensatz „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="154" />
        <source>The experts cannot use the activation "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Die Experten können die Aktivierung „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="184" />
        <source>Circle</source>
        <extracomment>a dataset: two classes in a ring</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="188" />
        <source>Exclusive or</source>
        <extracomment>a dataset: four quadrants, opposite ones the same class</extracomment>
        <translation>Exklusives Oder</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="192" />
        <source>Two clusters</source>
        <extracomment>a dataset: two Gaussian clusters</extracomment>
        <translation>Zwei Haufen</translation>
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
        <translation>Monde</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="203" />
        <source>Three clusters</source>
        <translation>Drei Haufen</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="206" />
        <source>Four clusters</source>
        <translation>Vier Haufen</translation>
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
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="230" />
        <source>Watch the experts collapse</source>
        <translation>Sieh die Experten kollabieren</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="231" />
        <source>The balance term spreads them</source>
        <translation>Der Ausgleichsterm verteilt sie</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="232" />
        <source>Four experts on the spiral</source>
        <translation>Vier Experten auf der Spirale</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="248" />
        <source>There is no preset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="297" />
        <source>%1: %2</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage of the training inputs</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="315" />
        <source>Balance figure: %1 (1 is perfectly even; the number of experts means one takes everything)</source>
        <extracomment>%1 the balance figure E * sum f_i P_i, e.g. "1.42"</extracomment>
        <translation>Ausgleichszahl: %1 (1 ist völlig gleichmäßig; die Zahl der Experten heißt, einer bekommt alles)</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="322" />
        <source>No capacity limit: every input reaches its experts.</source>
        <translation>Keine Kapazitätsgrenze: Jede Eingabe erreicht ihre Experten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="323" />
        <source>Dropped for capacity in the last epoch: %n routing choice(s).</source>
        <translation>
            <numerusform>Wegen der Kapazität in der letzten Epoche verworfen: %n Zuteilung.</numerusform>
            <numerusform>Wegen der Kapazität in der letzten Epoche verworfen: %n Zuteilungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="339" />
        <source>%1 of %2</source>
        <extracomment>parameters of a model: %1 active on each input, %2 in all</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="343" />
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="505" />
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="344" />
        <source>Dense, same total parameters</source>
        <translation>Dicht, gleich viele Parameter insgesamt</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="345" />
        <source>Dense, same active parameters</source>
        <translation>Dicht, gleich viele aktive Parameter</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="357" />
        <source>Epoch %1</source>
        <extracomment>%1 the number of epochs trained</extracomment>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="362" />
        <source>A mixture of experts is one design option among several, not a guarantee of better results.</source>
        <translation>Eine Mixture of Experts ist eine Bauweise unter mehreren, keine Garantie für bessere Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="481" />
        <source>Your prediction matched what happened.</source>
        <translation>Deine Vorhersage traf zu.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="482" />
        <source>What happened was different from your prediction: look at the bar of each expert's share.</source>
        <translation>Es kam anders als vorhergesagt: Sieh dir den Balken mit dem Anteil jedes Experten an.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="484" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a sentence), %3 whether they match</extracomment>
        <translation>Deine Vorhersage: %1
Was passiert ist: %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="502" />
        <source>Train first: a finished run can be saved.</source>
        <translation>Trainiere zuerst: Ein beendeter Lauf lässt sich speichern.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="515" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="518" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLabSettings</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="130" />
        <source>hidden must list 1 to %1 layers of units, e.g. "8,8", not "%2".</source>
        <translation>hidden muss 1 bis %1 Schichten mit Neuronenzahlen nennen, z. B. „8,8“, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="155" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>„%1“ ist keine Einstellung dieses Labors.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="162" />
        <source>k must be at most the number of experts (%1), not %2.</source>
        <translation>k darf höchstens die Zahl der Experten (%1) sein, nicht %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::Exporters</name>
    <message>
        <location filename="../models/store/Exporters.cpp" line="147" />
        <source>Decision note</source>
        <translation>Entscheidungsnotiz</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="149" />
        <source>Model note</source>
        <translation>Modellnotiz</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="150" />
        <location filename="../models/store/Exporters.cpp" line="156" />
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="158" />
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="160" />
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="162" />
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="164" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="166" />
        <source>Cost of failure</source>
        <translation>Kosten eines Fehlers</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="168" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="170" />
        <source>Key risks</source>
        <translation>Wichtigste Risiken</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="171" />
        <source>Rollback plan</source>
        <translation>Plan zum Zurückrollen</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="178" />
        <source>(empty)</source>
        <extracomment>Shown in an exported note for a field the learner left empty.</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="192" />
        <source>%1 · saved %2</source>
        <translation>%1 · gespeichert am %2</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="196" />
        <source>%1 · not saved yet</source>
        <extracomment>%1 is the learner's profile name.</extracomment>
        <translation>%1 · noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="202" />
        <source>Evidence charts</source>
        <extracomment>Heading in an exported decision note above the charts of the lab runs attached as evidence</extracomment>
        <translation>Diagramme der Belege</translation>
    </message>
</context>
<context>
    <name>loopwise::LabController</name>
    <message>
        <location filename="../models/labs/common/LabController.cpp" line="69" />
        <source>That link cannot be used: %1</source>
        <extracomment>%1 what is wrong with a pasted lab link, one sentence per problem</extracomment>
        <translation>Dieser Link lässt sich nicht verwenden: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::LabEvidence</name>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="54" />
        <source>The run is being attached…</source>
        <translation>Der Lauf wird angehängt …</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="57" />
        <source>Train the model first: there is no run to attach yet.</source>
        <extracomment>why "Attach to my decision note" cannot be pressed yet</extracomment>
        <translation>Trainiere zuerst das Modell: Es gibt noch keinen Lauf zum Anhängen.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="111" />
        <source>Added to your decision note's evidence.</source>
        <extracomment>the confirmation after "Attach to my decision note"</extracomment>
        <translation>Zu den Belegen deiner Entscheidungsnotiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>loopwise::LabRegistry</name>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="19" />
        <source>Build a neural network</source>
        <translation>Ein neuronales Netz bauen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="22" />
        <source>See how models learn</source>
        <translation>Sehen, wie Modelle lernen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="25" />
        <source>Compare prompt strategies</source>
        <translation>Prompt-Strategien vergleichen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="28" />
        <source>Check the assumptions</source>
        <translation>Annahmen prüfen</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="31" />
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
</context>
<context>
    <name>loopwise::LabSpeed</name>
    <message>
        <location filename="../models/labs/common/LabSpeed.cpp" line="30" />
        <source>Full speed</source>
        <extracomment>training speed: as many epochs as the computer manages</extracomment>
        <translation>Volles Tempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/common/LabSpeed.cpp" line="32" />
        <source>%n per frame</source>
        <extracomment>training speed: %n epochs trained between two pictures on the screen</extracomment>
        <translation>
            <numerusform>%n pro Bild</numerusform>
            <numerusform>%n pro Bild</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLab</name>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="27" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "93.5 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="47" />
        <source>Good fit</source>
        <translation>Gute Anpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="48" />
        <source>A degree-5 curve learns the pattern and stops near the noise.</source>
        <translation>Eine Kurve vom Grad 5 lernt das Muster und landet nahe am Rauschniveau.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="49" />
        <source>Underfit</source>
        <translation>Unteranpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="50" />
        <source>A straight line cannot follow the curve.</source>
        <translation>Eine Gerade kann der Kurve nicht folgen.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="51" />
        <source>Overfit</source>
        <translation>Überanpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="52" />
        <source>Degree 15 on 16 noisy points learns the noise.</source>
        <translation>Eine Kurve vom Grad 15 lernt bei 16 verrauschten Punkten das Rauschen.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="53" />
        <source>Rate too high</source>
        <translation>Lernrate zu hoch</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="54" />
        <source>Each step overshoots until training collapses.</source>
        <translation>Jeder Schritt schießt übers Ziel hinaus, bis das Training zusammenbricht.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="55" />
        <source>Rate too low</source>
        <translation>Lernrate zu niedrig</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="56" />
        <source>Tiny steps: the loss crawls down.</source>
        <translation>Winzige Schritte: Der Verlust sinkt im Schneckentempo.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="57" />
        <source>Noisy labels</source>
        <translation>Verrauschte Labels</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="58" />
        <source>Two classes, 40 % of the labels a coin flip.</source>
        <translation>Zwei Klassen, 40 % der Labels per Münzwurf.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="59" />
        <source>More data cures overfitting</source>
        <translation>Mehr Daten gegen Überanpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="60" />
        <source>The overfitting model again, with 1000 points.</source>
        <translation>Das überangepasste Modell noch einmal, mit 1000 Punkten.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="101" />
        <source>That change cannot be trained: %1</source>
        <translation>Mit dieser Änderung kann nicht trainiert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="134" />
        <source>There is no model "%1": choose curve or classes.</source>
        <translation>Es gibt kein Modell „%1“: Wähle curve oder classes.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="228" />
        <source>Curve (regression)</source>
        <translation>Kurve (Regression)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="230" />
        <source>Two classes (logistic)</source>
        <translation>Zwei Klassen (logistisch)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="241" />
        <source>All training rows</source>
        <translation>Alle Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>The batch</source>
        <translation>Der Batch</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>These rows of the training set go round the loop together.</source>
        <translation>Diese Zeilen der Trainingsdaten durchlaufen die Schleife gemeinsam.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>Predict</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>The predictions</source>
        <translation>Die Vorhersagen</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="261" />
        <source>The model computes an output for every row with its current parameters.</source>
        <translation>Das Modell berechnet mit seinen aktuellen Parametern eine Ausgabe für jede Zeile.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>The loss</source>
        <translation>Der Verlust</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="263" />
        <source>The loss condenses how far the predictions are from the targets into one number.</source>
        <translation>Der Verlust fasst in einer einzigen Zahl zusammen, wie weit die Vorhersagen von den Zielwerten entfernt sind.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Gradient and update</source>
        <translation>Gradient und Aktualisierung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="265" />
        <source>The gradient says how the loss changes with each parameter; the update moves each parameter against it, scaled by the learning rate.</source>
        <translation>Der Gradient sagt, wie sich der Verlust mit jedem Parameter ändert; die Aktualisierung verschiebt jeden Parameter entgegen dem Gradienten, skaliert mit der Lernrate.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>The new parameters</source>
        <translation>Die neuen Parameter</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="268" />
        <source>The updated parameters are kept and the next batch uses them.</source>
        <translation>Die aktualisierten Parameter werden übernommen, und der nächste Batch verwendet sie.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="288" />
        <source>Epoch %1, step %2 of %3</source>
        <extracomment>%1 epoch, %2 the next step in it, %3 steps per epoch</extracomment>
        <translation>Epoche %1, Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="317" />
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="318" />
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="321" />
        <source>Training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="322" />
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the majority class</source>
        <translation>immer die Mehrheitsklasse</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the mean of the training targets</source>
        <extracomment>the baseline of the curve model: a model that always predicts the mean y of the training points</extracomment>
        <translation>immer der Mittelwert der Zielwerte der Trainingspunkte</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="375" />
        <source>Training has collapsed: reset it to step round the loop again.</source>
        <translation>Das Training ist zusammengebrochen: Setze es zurück, um wieder durch die Schleife zu gehen.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="393" />
        <source>(%1, %2)</source>
        <extracomment>a point's two inputs</extracomment>
        <translation>(%1; %2)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="449" />
        <source>Training has collapsed: reset it to train again.</source>
        <translation>Das Training ist zusammengebrochen: Setze es zurück, um erneut zu trainieren.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="473" />
        <source>There is no preset "%1".</source>
        <translation>Es gibt keine Voreinstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="578" />
        <source>Your prediction matched what happened.</source>
        <translation>Deine Vorhersage ist eingetroffen.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="579" />
        <source>What happened was different from your prediction: look at the loss curves to see why.</source>
        <translation>Es kam anders, als du vorhergesagt hast: Sieh dir die Verlustkurven an, um herauszufinden, warum.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="581" />
        <source>You predicted: %1
What happened: %2.
%3</source>
        <extracomment>%1 the learner's prediction, %2 the status reached (e.g. "Overfitting"), %3 whether they match</extracomment>
        <translation>Deine Vorhersage: %1
Was passiert ist: %2.
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="40" />
        <source>It is still learning: more epochs will lower the loss further.</source>
        <translation>Es lernt noch: Weitere Epochen senken den Verlust weiter.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="42" />
        <source>It has learned what the data allows: more epochs will not help.</source>
        <translation>Es hat gelernt, was die Daten hergeben: Weitere Epochen helfen nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="44" />
        <source>The model is too simple for the pattern: it underfits.</source>
        <translation>Das Modell ist zu einfach für das Muster: Unteranpassung.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="46" />
        <source>It is memorising the noise of its training points: it overfits.</source>
        <translation>Es lernt das Rauschen seiner Trainingspunkte auswendig: Überanpassung.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="48" />
        <source>The learning rate is too low: it learns, but crawls.</source>
        <translation>Die Lernrate ist zu niedrig: Es lernt, aber nur im Schneckentempo.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="50" />
        <source>The learning rate is too high: each step overshoots back and forth.</source>
        <translation>Die Lernrate ist zu hoch: Jeder Schritt schießt übers Ziel hinaus, mal in die eine, mal in die andere Richtung.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="52" />
        <source>The learning rate is far too high: the steps overshoot further and further until training collapses.</source>
        <translation>Die Lernrate ist viel zu hoch: Die Schritte schießen immer weiter übers Ziel hinaus, bis das Training zusammenbricht.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="78" />
        <source>Validation loss rose after epoch %1 (from %2 to %3) while training loss fell to %4: what is happening?</source>
        <extracomment>%1 epoch, %2 and %3 validation losses, %4 training loss</extracomment>
        <translation>Der Validierungsverlust ist nach Epoche %1 gestiegen (von %2 auf %3), während der Trainingsverlust auf %4 gesunken ist: Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="87" />
        <source>In epoch %1 a step made the loss explode and training stopped; the loss had reached %2 (it started at %3). What is happening?</source>
        <extracomment>%1 epoch, %2 the highest training loss, %3 the loss before training</extracomment>
        <translation>In Epoche %1 hat ein Schritt den Verlust explodieren lassen, und das Training wurde abgebrochen; der Verlust hatte %2 erreicht (zu Beginn lag er bei %3). Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="97" />
        <source>Over the last %1 epochs the training loss went up and down between %2 and %3: what is happening?</source>
        <translation>In den letzten %1 Epochen ist der Trainingsverlust zwischen %2 und %3 auf und ab gesprungen: Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="104" />
        <source>After %1 epochs the training loss has levelled off at %2, far above the noise floor of %3: what is happening?</source>
        <extracomment>%3 is the noise floor: the loss no model beats on fresh data</extracomment>
        <translation>Nach %1 Epochen hat sich der Trainingsverlust bei %2 eingependelt, weit über dem Rauschniveau von %3: Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="109" />
        <source>In %1 epochs the training loss fell only from %2 to %3, slowly but steadily: what is happening?</source>
        <translation>In %1 Epochen ist der Trainingsverlust nur von %2 auf %3 gesunken, langsam, aber stetig: Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="114" />
        <source>After %1 epochs the training loss has levelled off at %2, close to the noise floor of %3: what is happening?</source>
        <translation>Nach %1 Epochen hat sich der Trainingsverlust bei %2 eingependelt, nahe am Rauschniveau von %3: Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="119" />
        <source>After %1 epochs the training loss is still falling fast (from %2 to %3): what is happening?</source>
        <translation>Nach %1 Epochen sinkt der Trainingsverlust noch immer schnell (von %2 auf %3): Was passiert hier?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="173" />
        <source>The model beats the baseline on validation data.</source>
        <translation>Das Modell schlägt die Baseline bei den Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="174" />
        <source>The baseline beats the model on validation data.</source>
        <translation>Die Baseline schlägt das Modell bei den Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="175" />
        <source>They are about equal (within 5 %).</source>
        <translation>Beide sind etwa gleich gut (innerhalb von 5 %).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="177" />
        <source>A model is worth keeping when it beats the baseline on data it did not train on, and this one does.</source>
        <translation>Ein Modell lohnt sich, wenn es die Baseline bei Daten schlägt, mit denen es nicht trainiert wurde – und dieses tut das.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="179" />
        <source>On data it did not train on, this model does worse than the simple baseline: it is not worth keeping as it is.</source>
        <translation>Bei Daten, mit denen es nicht trainiert wurde, schneidet dieses Modell schlechter ab als die einfache Baseline: So, wie es ist, lohnt es sich nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="181" />
        <source>On data it did not train on, the model adds little to the simple baseline.</source>
        <translation>Bei Daten, mit denen es nicht trainiert wurde, bringt das Modell kaum mehr als die einfache Baseline.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="184" />
        <source>After %1 epochs the model's validation loss is %2; the baseline (%3) has %4. Which is true?</source>
        <extracomment>%1 epochs, %2 the model's validation loss, %3 the baseline's name, %4 its validation loss</extracomment>
        <translation>Nach %1 Epochen liegt der Validierungsverlust des Modells bei %2; die Baseline (%3) hat %4. Was stimmt?</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="198" />
        <source>Both losses fall and settle low: the model learns the pattern.</source>
        <translation>Beide Verluste sinken und pendeln sich niedrig ein: Das Modell lernt das Muster.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="201" />
        <source>Training loss keeps falling but validation loss rises: it memorises the noise.</source>
        <translation>Der Trainingsverlust sinkt weiter, aber der Validierungsverlust steigt: Es lernt das Rauschen auswendig.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="205" />
        <source>Both losses stop high: the model is too simple.</source>
        <translation>Beide Verluste bleiben hoch: Das Modell ist zu einfach.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="208" />
        <source>The losses barely move: the steps are too small.</source>
        <translation>Die Verluste bewegen sich kaum: Die Schritte sind zu klein.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="211" />
        <source>The loss jumps around or blows up: the steps are too big.</source>
        <translation>Der Verlust springt hin und her oder explodiert: Die Schritte sind zu groß.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="228" />
        <source>Not trained yet</source>
        <translation>Noch nicht trainiert</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="230" />
        <source>Improving</source>
        <translation>Wird besser</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="232" />
        <source>Converged</source>
        <translation>Konvergiert</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="234" />
        <source>Underfitting</source>
        <translation>Unteranpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="236" />
        <source>Overfitting</source>
        <translation>Überanpassung</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="238" />
        <source>Learning rate too low</source>
        <translation>Lernrate zu niedrig</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="240" />
        <source>Oscillating</source>
        <translation>Schwankt</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="242" />
        <source>Diverged: training collapsed</source>
        <translation>Divergiert: Training zusammengebrochen</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="251" />
        <source>Make a prediction, then press Play, or step one batch round the training loop.</source>
        <translation>Triff eine Vorhersage und drücke dann auf Start – oder schick einen Batch durch die Trainingsschleife.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="253" />
        <source>Both losses are still falling: let it train on.</source>
        <translation>Beide Verluste sinken noch: Lass es weiter trainieren.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="255" />
        <source>The loss has levelled off near the noise in the data: this is as good as this model gets, so stop here.</source>
        <translation>Der Verlust hat sich nahe am Rauschen in den Daten eingependelt: Besser wird dieses Modell nicht, also hör hier auf.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="258" />
        <source>The loss has levelled off far above the noise in the data: give the model more capacity (a higher degree).</source>
        <translation>Der Verlust hat sich weit über dem Rauschen in den Daten eingependelt: Gib dem Modell mehr Kapazität (einen höheren Grad).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="261" />
        <source>Validation loss rises while training loss falls: use more data or a lower degree, or stop at epoch %1, where validation loss was lowest.</source>
        <translation>Der Validierungsverlust steigt, während der Trainingsverlust sinkt: Nimm mehr Daten oder einen niedrigeren Grad, oder hör bei Epoche %1 auf, wo der Validierungsverlust am niedrigsten war.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="265" />
        <source>The loss falls steadily but very slowly: raise the learning rate.</source>
        <translation>Der Verlust sinkt stetig, aber sehr langsam: Erhöhe die Lernrate.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="267" />
        <source>The loss jumps up and down because the steps overshoot: lower the learning rate or use larger batches.</source>
        <translation>Der Verlust springt auf und ab, weil die Schritte übers Ziel hinausschießen: Senke die Lernrate oder nimm größere Batches.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="270" />
        <source>The loss exploded, so training stopped: lower the learning rate a lot, then reset.</source>
        <translation>Der Verlust ist explodiert, deshalb wurde das Training abgebrochen: Senke die Lernrate deutlich und setze das Modell dann zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="278" />
        <source>%n parameters to learn: one coefficient per term of the model</source>
        <extracomment>%n the model's parameters: the coefficients of its terms (1, P1(x), ...), which training learns</extracomment>
        <translation>
            <numerusform>%n Parameter zu lernen: ein Koeffizient je Term des Modells</numerusform>
            <numerusform>%n Parameter zu lernen: ein Koeffizient je Term des Modells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="312" />
        <source>Right. %1</source>
        <translation>Richtig. %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="314" />
        <source>Not quite: the answer is "%1" %2</source>
        <extracomment>%1 the right answer, %2 why</extracomment>
        <translation>Nicht ganz: Die Antwort ist „%1“ %2</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="11" />
        <source>Model: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the kind of model</extracomment>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="14" />
        <source>Degree: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the degree of the fitted curve</extracomment>
        <translation>Grad: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="15" />
        <source>Learning rate: %1</source>
        <translation>Lernrate: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Points: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a number of rows</extracomment>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Noise: %1 %</source>
        <translation>Rauschen: %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="19" />
        <source>Batch size: %1</source>
        <extracomment>a setting of a run in the decision note; %1 "All training rows" or a number</extracomment>
        <translation>Batchgröße: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="22" />
        <source>Preset: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a preset, e.g. "Overfitting"</extracomment>
        <translation>Voreinstellung: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="24" />
        <source>Epochs: %1</source>
        <translation>Epochen: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="28" />
        <source>%1: %2 (baseline: %3)</source>
        <extracomment>a result of a run in the decision note: %1 e.g. "Validation loss", %2 the model's figure, %3 the baseline's</extracomment>
        <translation>%1: %2 (Baseline: %3)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="34" />
        <source>Outcome: %1</source>
        <extracomment>the lab's verdict on the run, e.g. "Overfitting"</extracomment>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLabSettings</name>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="99" />
        <source>preset must be one of %1, not "%2".</source>
        <translation>preset muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="114" />
        <source>model must be curve or classes, not "%1".</source>
        <translation>model muss curve oder classes sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="141" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>„%1“ ist keine Einstellung dieses Labors.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="147" />
        <source>batch must be at most the number of points (%1), not %2.</source>
        <translation>batch darf höchstens so groß sein wie die Anzahl der Punkte (%1), nicht %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::LinkReader</name>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="15" />
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="25" />
        <source>%1 must be a number from %2 to %3, not "%4".</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="35" />
        <source>%1 must be 1 or 0, not "%2".</source>
        <translation>%1 muss 1 oder 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="41" />
        <source>%1 must be one of %2, not "%3".</source>
        <translation>%1 muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>loopwise::Messages</name>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="27" />
        <source>Loopwise is already running and using the progress folder %1. Close the other Loopwise window, then start Loopwise again.</source>
        <translation>Loopwise läuft bereits und verwendet den Fortschrittsordner %1. Schließ das andere Loopwise-Fenster und starte Loopwise dann erneut.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="61" />
        <source>The progress file %1 was saved by a newer version of Loopwise (data version %2; this version reads up to %3). It was left unchanged. Please update Loopwise to open it.</source>
        <extracomment>%1 is a file path, %2 and %3 are schema version numbers.</extracomment>
        <translation>Die Fortschrittsdatei %1 wurde von einer neueren Version von Loopwise gespeichert (Datenversion %2; diese Version liest bis Datenversion %3). Sie wurde nicht verändert. Bitte aktualisiere Loopwise, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="71" />
        <source>The progress store is not open, so nothing can be saved.</source>
        <translation>Der Fortschrittsspeicher ist nicht geöffnet, deshalb kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="76" />
        <source>Your progress file was empty.</source>
        <translation>Deine Fortschrittsdatei war leer.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="81" />
        <source>Your progress file was not a Loopwise progress file.</source>
        <translation>Deine Fortschrittsdatei war keine Loopwise-Fortschrittsdatei.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="86" />
        <source>Your progress file was damaged.</source>
        <translation>Deine Fortschrittsdatei war beschädigt.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="96" />
        <source>It was moved to %1 and kept there.</source>
        <translation>Sie wurde nach %1 verschoben und bleibt dort erhalten.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="102" />
        <source>A damaged progress file that Loopwise set aside earlier is still kept at %1.</source>
        <extracomment>%1 is a file path. Said when the progress file is missing and no backup exists.</extracomment>
        <translation>Eine beschädigte Fortschrittsdatei, die Loopwise früher beiseitegelegt hat, liegt weiterhin unter %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="107" />
        <source>Your progress was restored from the backup taken on %1; anything done after that time is missing.</source>
        <translation>Dein Fortschritt wurde aus der Sicherung vom %1 wiederhergestellt; alles, was du danach gemacht hast, fehlt.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="114" />
        <source>No backup was available, so Loopwise started a new, empty progress file.</source>
        <translation>Es gab keine Sicherung, deshalb hat Loopwise eine neue, leere Fortschrittsdatei angelegt.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="35" />
        <source>Loopwise on the computer %2 has been using the progress folder %1 since %3. This happens when the folder is shared, for example on a network drive. Close Loopwise on %2 and start it again here. If Loopwise is not open there any more, start it here with the option --take-over-lock.</source>
        <extracomment>%1 is a folder path, %2 a computer's network name, %3 a date and time.</extracomment>
        <translation>Loopwise auf dem Computer %2 nutzt den Fortschrittsordner %1 seit %3. Das kommt vor, wenn der Ordner geteilt ist, etwa auf einem Netzlaufwerk. Schließe Loopwise auf %2 und starte es hier neu. Ist Loopwise dort nicht mehr geöffnet, starte es hier mit der Option --take-over-lock.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="45" />
        <source>You asked to take over the progress folder from Loopwise on the computer %1 (in use there since %2). If Loopwise is still open there, close it without saving.</source>
        <extracomment>%1 is a computer's network name, %2 a date and time.</extracomment>
        <translation>Du hast den Fortschrittsordner von Loopwise auf dem Computer %1 übernommen (dort in Benutzung seit %2). Ist Loopwise dort noch geöffnet, schließe es ohne zu speichern.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="53" />
        <source>The lock file %1 could not be read, so no running Loopwise can own it. Loopwise took the folder over.</source>
        <extracomment>%1 is a file path. A lock file marks the folder as in use by a running Loopwise.</extracomment>
        <translation>Die Sperrdatei %1 ließ sich nicht lesen, also kann sie keinem laufenden Loopwise gehören. Loopwise hat den Ordner übernommen.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="91" />
        <source>Your progress file was missing.</source>
        <translation>Deine Fortschrittsdatei fehlte.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="119" />
        <source>The disk is full, so Loopwise holds on to your latest work and saves it as soon as there is space again.</source>
        <translation>Der Datenträger ist voll, daher hält Loopwise deine letzte Arbeit fest und speichert sie, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="132" />
        <source>Loopwise cannot write to its progress folder, so it holds on to your latest work and saves it as soon as it can.</source>
        <translation>Loopwise kann nicht in seinen Fortschrittsordner schreiben, daher hält es deine letzte Arbeit fest und speichert sie, sobald es geht.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="139" />
        <source>Progress folder: %1
Check that the folder exists, that you may write to it and that its disk has free space.</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path.</extracomment>
        <translation>Fortschrittsordner: %1
Prüfe, ob der Ordner existiert, ob du darin schreiben darfst und ob sein Datenträger freien Platz hat.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="151" />
        <source>Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying.</source>
        <translation>Deine letzte Arbeit konnte noch nicht gespeichert werden, daher hält Loopwise sie fest und versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="158" />
        <source>Progress folder: %1
Error reported by the database: %2</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path, %2 the database's technical error message (in English).</extracomment>
        <translation>Fortschrittsordner: %1
Fehlermeldung der Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="163" />
        <source>A change could not be saved and was discarded: %1</source>
        <translation>Eine Änderung konnte nicht gespeichert werden und wurde verworfen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="168" />
        <source>%n change(s) could not be saved before closing.</source>
        <translation>
            <numerusform>%n Änderung konnte vor dem Schließen nicht gespeichert werden.</numerusform>
            <numerusform>%n Änderungen konnten vor dem Schließen nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="173" />
        <source>The profile “%1” was deleted. A copy of all progress from before the deletion is kept in %2.</source>
        <translation>Das Profil „%1“ wurde gelöscht. Eine Kopie des gesamten Fortschritts von vor dem Löschen wird in %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="180" />
        <source>“%1” is not a valid id: use up to 128 letters, digits and . _ : / -</source>
        <translation>„%1“ ist keine gültige ID: Verwende bis zu 128 Buchstaben, Ziffern und . _ : / -</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="185" />
        <source>The text is too long: at most %1 characters can be saved.</source>
        <translation>Der Text ist zu lang: Es können höchstens %1 Zeichen gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="190" />
        <source>A profile name must have between 1 and %1 characters.</source>
        <translation>Ein Profilname muss zwischen 1 und %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="195" />
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="200" />
        <source>“%1” is not a kind of note.</source>
        <translation>„%1“ ist keine Notizart.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="205" />
        <source>The %1 note has no field “%2”.</source>
        <translation>Die Notizart „%1“ hat kein Feld „%2“.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="210" />
        <source>There is no saved version with the id %1.</source>
        <translation>Es gibt keine gespeicherte Fassung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="215" />
        <source>Time spent must be between 1 and %1 seconds.</source>
        <translation>Die aufgewendete Zeit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="220" />
        <source>A lab run can only be saved with its settings and results as valid JSON.</source>
        <translation>Ein Labordurchlauf kann nur gespeichert werden, wenn seine Einstellungen und Ergebnisse gültiges JSON sind.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="225" />
        <source>The run could not be attached: its chart could not be captured.</source>
        <translation>Der Lauf konnte nicht angehängt werden: Sein Diagramm ließ sich nicht aufnehmen.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="230" />
        <source>This run is already in your decision note's evidence.</source>
        <translation>Dieser Lauf steht schon in den Belegen deiner Entscheidungsnotiz.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="236" />
        <source>There is no evidence with the id “%1”.</source>
        <extracomment>%1 is an internal id</extracomment>
        <translation>Es gibt keinen Beleg mit der Kennung „%1“.</translation>
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
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="260" />
        <source>Figures:</source>
        <extracomment>Heading above a lab run's results (loss, accuracy...) in the decision note's evidence</extracomment>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="263" />
        <source>Reopen this run with the lab link: %1</source>
        <extracomment>%1 is a lab link such as lab/network?dataset=spiral; pasted into the lab, it reopens the run</extracomment>
        <translation>Mit diesem Labor-Link öffnest du den Lauf wieder: %1</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="268" />
        <source>The setting “%1” must be text, a number or true/false.</source>
        <translation>Die Einstellung „%1“ muss Text, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="273" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="278" />
        <source>Importing can start once your latest work has been saved. Please try again in a moment.</source>
        <translation>Der Import kann beginnen, sobald deine letzten Änderungen gespeichert sind. Bitte versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="284" />
        <source>%1 was not imported and nothing was changed. %2</source>
        <extracomment>%1 is a file path, %2 explains what is wrong with it.</extracomment>
        <translation>%1 wurde nicht importiert, und es wurde nichts geändert. %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="292" />
        <source>Nothing was imported from %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="295" />
        <source>%n event(s) were imported from %1 into the new profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n Ereignis wurde aus %1 in das neue Profil „%2“ importiert.</numerusform>
            <numerusform>%n Ereignisse wurden aus %1 in das neue Profil „%2“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="299" />
        <source>%n event(s) were imported from %1 into the profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n Ereignis wurde aus %1 in das Profil „%2“ importiert.</numerusform>
            <numerusform>%n Ereignisse wurden aus %1 in das Profil „%2“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="302" />
        <source>The file holds no progress.</source>
        <translation>Die Datei enthält keinen Fortschritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="305" />
        <source>%n event(s) were skipped because this profile has them already.</source>
        <translation>
            <numerusform>%n Ereignis wurde übersprungen, weil dieses Profil es schon hat.</numerusform>
            <numerusform>%n Ereignisse wurden übersprungen, weil dieses Profil sie schon hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="308" />
        <source>%n event(s) were skipped because they belong to another profile on this computer.</source>
        <extracomment>The same recorded learner action (by its id) is stored under another profile.</extracomment>
        <translation>
            <numerusform>%n Ereignis wurde übersprungen, weil es zu einem anderen Profil auf diesem Computer gehört.</numerusform>
            <numerusform>%n Ereignisse wurden übersprungen, weil sie zu einem anderen Profil auf diesem Computer gehören.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="312" />
        <source>No profile “%1” was added, because it would have been empty.</source>
        <extracomment>%1 is a learner's profile name.</extracomment>
        <translation>Es wurde kein Profil „%1“ angelegt, weil es leer geblieben wäre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="315" />
        <source>%n date(s) in the file were impossible (later than now or before 2000) and were set to the time of this import.</source>
        <extracomment>Dates written by a device whose clock was wrong.</extracomment>
        <translation>
            <numerusform>%n Datum in der Datei war unmöglich (später als jetzt oder vor 2000) und wurde auf den Zeitpunkt dieses Imports gesetzt.</numerusform>
            <numerusform>%n Datumsangaben in der Datei waren unmöglich (später als jetzt oder vor 2000) und wurden auf den Zeitpunkt dieses Imports gesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::ModelServer</name>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="23" />
        <source>No model server answers on this computer's usual ports (%1).</source>
        <extracomment>%1 port numbers, e.g. "11434, 8080, 1234"</extracomment>
        <translation>Auf den üblichen Ports dieses Computers (%1) antwortet kein Modellserver.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="143" />
        <source>Prompts you run will leave this device to %1.</source>
        <extracomment>%1 the host name or address of the model server</extracomment>
        <translation>Prompts, die du ausführst, verlassen dieses Gerät und gehen an %1.</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLab</name>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="244" />
        <source>%1 %</source>
        <extracomment>A whole percentage, e.g. "87 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="88" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 is one whole sentence saying why the training engine refuses the settings</extracomment>
        <translation>Mit dieser Änderung kann nicht trainiert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="86" />
        <source>Your own points need a classification set to start from: choose one, then add points.</source>
        <translation>Für eigene Punkte brauchst du einen Klassifikationsdatensatz als Ausgangspunkt: Wähle einen aus und füge dann Punkte hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="184" />
        <source>%n parameters to learn (weights: %1, biases: %2)</source>
        <extracomment>%n all numbers training learns; %1 of them weights (one per connection), %2 biases (one per neuron)</extracomment>
        <translation>
            <numerusform>%n Parameter zu lernen (Gewichte: %1, Biases: %2)</numerusform>
            <numerusform>%n Parameter zu lernen (Gewichte: %1, Biases: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="290" />
        <source>The network needs at least one input.</source>
        <translation>Das Netz braucht mindestens eine Eingabe.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="36" />
        <source>Circle</source>
        <extracomment>a data set: points inside a circle against points around it</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="38" />
        <source>Exclusive or</source>
        <extracomment>a data set: the four quarters of the plane, opposite quarters of one class</extracomment>
        <translation>Exklusives Oder</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="39" />
        <source>Two clusters</source>
        <translation>Zwei Cluster</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="40" />
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="41" />
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="42" />
        <source>Three classes</source>
        <translation>Drei Klassen</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="43" />
        <source>Four classes</source>
        <translation>Vier Klassen</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="44" />
        <source>Plane (regression)</source>
        <translation>Ebene (Regression)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="46" />
        <source>Hills (regression)</source>
        <extracomment>a regression data set whose values rise and fall like hills</extracomment>
        <translation>Hügel (Regression)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="47" />
        <source>My own points</source>
        <translation>Meine eigenen Punkte</translation>
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
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="67" />
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="73" />
        <source>Plain SGD</source>
        <extracomment>optimizers: plain stochastic gradient descent, with momentum, and Adam</extracomment>
        <translation>Einfaches SGD</translation>
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
        <translation>Deine Vorhersage hat gestimmt: Das Training ist in Epoche %1 divergiert.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="162" />
        <source>Not what you predicted: training diverged at epoch %1.</source>
        <translation>Anders als vorhergesagt: Das Training ist in Epoche %1 divergiert.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="167" />
        <source>Your prediction held: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>Deine Vorhersage hat gestimmt: Nach %1 Epochen liegt der Testverlust bei %2 (Tiefstwert %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="172" />
        <source>Not what you predicted: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>Anders als vorhergesagt: Nach %1 Epochen liegt der Testverlust bei %2 (Tiefstwert %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="178" />
        <source>Your prediction held: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>Deine Vorhersage hat gestimmt: Nach %1 Epochen liegen %2 % der Testpunkte auf der richtigen Seite; Testverlust %3 (Tiefstwert %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="185" />
        <source>Not what you predicted: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>Anders als vorhergesagt: Nach %1 Epochen liegen %2 % der Testpunkte auf der richtigen Seite; Testverlust %3 (Tiefstwert %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="81" />
        <source>It will learn the data: at least 90 % of test points on the right side (regression: test loss at most 0.05).</source>
        <translation>Es wird die Daten lernen: mindestens 90 % der Testpunkte auf der richtigen Seite (Regression: Testverlust höchstens 0,05).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="83" />
        <source>It will not manage that.</source>
        <translation>Das wird es nicht schaffen.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="85" />
        <source>The test loss will rise again while the training loss keeps falling.</source>
        <translation>Der Testverlust wird wieder steigen, während der Trainingsverlust weiter fällt.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="86" />
        <source>Training will blow up (diverge).</source>
        <translation>Das Training wird aus dem Ruder laufen (divergieren).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="28" />
        <source>Your own points are for classification: choose a classification set first.</source>
        <translation>Eigene Punkte gibt es nur für die Klassifikation: Wähle zuerst einen Klassifikationsdatensatz.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="37" />
        <source>The canvas holds at most %1 points.</source>
        <extracomment>%1 the largest number of points the learner may place</extracomment>
        <translation>Auf der Zeichenfläche haben höchstens %1 Punkte Platz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="96" />
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>%n Punkt importiert.</numerusform>
            <numerusform>%n Punkte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="33" />
        <source>Points saved to %1.</source>
        <extracomment>%1 a file name</extracomment>
        <translation>Punkte gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="75" />
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="84" />
        <source>Wait until the file being read or written is done.</source>
        <translation>Warte, bis die Datei fertig gelesen oder geschrieben ist.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="134" />
        <source>Your own points stay as they are; choose a generated set to get new data.</source>
        <translation>Deine eigenen Punkte bleiben, wie sie sind; wähle einen erzeugten Datensatz, um neue Daten zu bekommen.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="92" />
        <source>Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>Das Training ist in Epoche %1 divergiert: Der Verlust ist explodiert. Senke die Lernrate und setze das Netz dann zurück.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="96" />
        <source>Not trained yet. Test loss %1.</source>
        <translation>Noch nicht trainiert. Testverlust %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="99" />
        <source>Epoch %1, test loss %2.</source>
        <extracomment>%1 epoch, %2 test loss</extracomment>
        <translation>Epoche %1, Testverlust %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="101" />
        <source>Epoch %1, test loss %2, %3 % of test points on the right side.</source>
        <extracomment>%1 epoch, %2 test loss, %3 percentage of test points the network classifies rightly</extracomment>
        <translation>Epoche %1, Testverlust %2, %3 % der Testpunkte liegen auf der richtigen Seite.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="113" />
        <source>The network is still learning: the loss keeps falling, so more epochs will help.</source>
        <translation>Das Netz lernt noch: Der Verlust sinkt weiter, mehr Epochen helfen also.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="115" />
        <source>The network has learned the data: its test points are predicted well.</source>
        <translation>Das Netz hat die Daten gelernt: Es sagt seine Testpunkte gut vorher.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="117" />
        <source>The loss has levelled off before the network learned the data: it underfits. Give it more neurons, layers or inputs.</source>
        <translation>Der Verlust stagniert, bevor das Netz die Daten gelernt hat: Unteranpassung. Gib ihm mehr Neuronen, Schichten oder Eingaben.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="121" />
        <source>The test loss was lowest at epoch %1 (%2) and has risen since while the training loss kept falling: the network overfits. Stop earlier, add training data or use regularization.</source>
        <extracomment>%1 the epoch with the lowest test loss, %2 that loss</extracomment>
        <translation>Der Testverlust war in Epoche %1 am niedrigsten (%2) und ist seitdem gestiegen, während der Trainingsverlust weiter sank: Das Netz passt sich zu stark an (Überanpassung). Hör früher auf, nimm mehr Trainingsdaten oder nutze Regularisierung.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="127" />
        <source>The loss falls, but slowly: the learning rate is too low. Raise it.</source>
        <translation>Der Verlust sinkt, aber langsam: Die Lernrate ist zu niedrig. Erhöhe sie.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="131" />
        <source>The loss swings between %1 and %2: the learning rate is too high, so each step overshoots. Lower it.</source>
        <extracomment>%1 and %2 the lowest and highest loss of the last epochs</extracomment>
        <translation>Der Verlust schwankt zwischen %1 und %2: Die Lernrate ist zu hoch, jeder Schritt schießt über das Ziel hinaus. Senke sie.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="134" />
        <source>The learning rate is far too high: the steps overshot further and further until the loss blew up.</source>
        <translation>Die Lernrate ist viel zu hoch: Die Schritte schossen immer weiter über das Ziel hinaus, bis der Verlust explodierte.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="145" />
        <source>Stopped at the epoch limit (%1).</source>
        <extracomment>%1 the epoch limit the learner set</extracomment>
        <translation>Beim Epochenlimit (%1) angehalten.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="148" />
        <source>Stopped: the test loss reached the target (%1).</source>
        <extracomment>%1 the test loss the learner set as the target</extracomment>
        <translation>Angehalten: Der Testverlust hat das Ziel (%1) erreicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="150" />
        <source>Training diverged: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>Das Training ist divergiert: Der Verlust ist explodiert. Senke die Lernrate und setze das Netz dann zurück.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="308" />
        <source>A weight must be a number from -100 to 100.</source>
        <translation>Ein Gewicht muss eine Zahl von -100 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="317" />
        <source>A bias must be a number from -100 to 100.</source>
        <translation>Ein Bias muss eine Zahl von -100 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="330" />
        <source>A prediction is made before training starts: reset the network to predict again.</source>
        <translation>Die Vorhersage triffst du, bevor das Training beginnt: Setze das Netz zurück, um neu vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="380" />
        <source>There is nothing to save yet.</source>
        <translation>Es gibt noch nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="394" />
        <source>Run of %1 epochs</source>
        <extracomment>the name of a saved run the learner did not name; %1 its epochs</extracomment>
        <translation>Lauf mit %1 Epochen</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="398" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="401" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="23" />
        <source>%1 neurons (%2)</source>
        <extracomment>one hidden layer in a list of layers: %1 its number of neurons, %2 its activation</extracomment>
        <translation>%1 Neuronen (%2)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="30" />
        <source>Data set: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a data set</extracomment>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="32" />
        <source>Noise: %1 %</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>Rauschen: %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="34" />
        <source>Training data: %1 % of the points</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>Trainingsdaten: %1 % der Punkte</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="36" />
        <source>Features: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a list of input features</extracomment>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="37" />
        <source>Hidden layers: none</source>
        <translation>Verborgene Schichten: keine</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="39" />
        <source>Hidden layers: %1</source>
        <translation>Verborgene Schichten: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="40" />
        <source>Learning rate: %1</source>
        <translation>Lernrate: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Optimizer: %1</source>
        <extracomment>%1 the name of an optimizer, e.g. Adam</extracomment>
        <translation>Optimierer: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Batch size: %1</source>
        <translation>Batchgröße: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="45" />
        <source>Regularization: %1, rate %2</source>
        <extracomment>%1 L1 or L2, %2 the regularization rate</extracomment>
        <translation>Regularisierung: %1, Rate %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="46" />
        <source>Regularization: none</source>
        <translation>Regularisierung: keine</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: cross-entropy</source>
        <translation>Verlust: Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: squared error</source>
        <translation>Verlust: quadratischer Fehler</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Epochs: %1</source>
        <translation>Epochen: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Test loss: %1</source>
        <translation>Testverlust: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="51" />
        <source>Training loss: %1</source>
        <translation>Trainingsverlust: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="54" />
        <source>Test accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>Testgenauigkeit: %1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="56" />
        <source>Training accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>Trainingsgenauigkeit: %1 %</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLabSettings</name>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="216" />
        <source>dataset must be one of %1, not "%2".</source>
        <translation>dataset muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="236" />
        <source>features must name at least one input.</source>
        <translation>features muss mindestens eine Eingabe nennen.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="244" />
        <source>hidden may list at most %1 layers.</source>
        <translation>hidden darf höchstens %1 Schichten auflisten.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="269" />
        <source>loss must be squared or cross-entropy, not "%1".</source>
        <translation>loss muss squared oder cross-entropy sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="294" />
        <source>points: "%1" is not x:y:class with x and y from -6 to 6 and class 0 to 3.</source>
        <translation>points: „%1“ hat nicht die Form x:y:Klasse mit x und y von -6 bis 6 und Klasse 0 bis 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="302" />
        <source>points may hold at most %1 points.</source>
        <translation>points darf höchstens %1 Punkte enthalten.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="304" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>„%1“ ist keine Einstellung dieses Labors.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="310" />
        <source>activation must name one activation, or one per hidden layer.</source>
        <translation>activation muss eine Aktivierung nennen oder eine pro verborgene Schicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="316" />
        <source>activation must be one of %1, not "softmax".</source>
        <translation>activation muss einer der Werte %1 sein, nicht „softmax“.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="324" />
        <source>dataset=custom needs points.</source>
        <translation>dataset=custom braucht points.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="332" />
        <source>These settings cannot be trained: %1</source>
        <extracomment>%1 is the training engine's reason, a whole sentence</extracomment>
        <translation>Mit diesen Einstellungen kann nicht trainiert werden: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkPointsFile</name>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="31" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="59" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="105" />
        <source>Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from %5 to %6, classes from 0 to %7.</source>
        <extracomment>%1 the point's number in the file, %2 and %3 its coordinates, %4 its class; %5 to %6 the canvas's range, %7 the largest class</extracomment>
        <translation>Punkt %1 (%2, %3, Klasse %4) liegt außerhalb der Fläche: x1 und x2 reichen von %5 bis %6, die Klassen von 0 bis %7.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="114" />
        <source>The file has %1 points; the lab takes at most %2.</source>
        <extracomment>%1 points in the file, %2 the most the lab takes</extracomment>
        <translation>Die Datei hat %1 Punkte; das Labor nimmt höchstens %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="124" />
        <source>CSV lines are x1,x2,class with x1 and x2 from %1 to %2 and classes 0 to %3 (or -1 and 1).</source>
        <extracomment>x1,x2,class: the CSV columns, not to be translated; %1 to %2 the canvas's range, %3 the largest class; -1 and 1 is TensorFlow Playground's way of naming two classes</extracomment>
        <translation>CSV-Zeilen lauten x1,x2,Klasse mit x1 und x2 von %1 bis %2 und Klassen von 0 bis %3 (oder -1 und 1).</translation>
    </message>
</context>
<context>
    <name>loopwise::NoteEditor</name>
    <message>
        <location filename="../models/NoteEditor.cpp" line="193" />
        <source>Exported to %1</source>
        <extracomment>%1 is the path of the file the note was written to</extracomment>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>loopwise::ProfileArchive</name>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="88" />
        <location filename="../models/store/ProfileArchive.cpp" line="95" />
        <source>The file is not a Loopwise profile export.</source>
        <translation>Die Datei ist kein Loopwise-Profilexport.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="98" />
        <source>The file has no valid “formatVersion”.</source>
        <translation>Die Datei hat keine gültige „formatVersion“.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="100" />
        <source>The file was exported by a newer version of Loopwise (format %1). Please update Loopwise.</source>
        <translation>Die Datei wurde von einer neueren Version von Loopwise exportiert (Format %1). Bitte aktualisiere Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="114" />
        <source>“events” must be a list.</source>
        <translation>„events“ muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="117" />
        <source>The file has more than %1 events.</source>
        <translation>Die Datei enthält mehr als %1 Ereignisse.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="128" />
        <source>“%1” names a chart that is not in “evidenceImages”.</source>
        <translation>„%1“ nennt ein Diagramm, das nicht in „evidenceImages“ steht.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="143" />
        <source>“%1” must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="148" />
        <location filename="../models/store/ProfileArchive.cpp" line="165" />
        <location filename="../models/store/ProfileArchive.cpp" line="237" />
        <location filename="../models/store/ProfileArchive.cpp" line="272" />
        <source>“%1” must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="156" />
        <source>“%1” must be a PNG image in base64.</source>
        <translation>„%1“ muss ein PNG-Bild in Base64 sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="176" />
        <source>“%1” is not a known kind of event.</source>
        <translation>„%1“ ist keine bekannte Ereignisart.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="182" />
        <source>“%1” must be left out for this kind of event.</source>
        <translation>„%1“ darf bei dieser Ereignisart nicht vorkommen.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="220" />
        <source>“%1” must be a whole number of seconds from 1 to %2.</source>
        <translation>„%1“ muss eine ganze Zahl von Sekunden von 1 bis %2 sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="226" />
        <source>“%1” must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="233" />
        <source>“%1” is not a kind of note.</source>
        <translation>„%1“ ist keine Notizart.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="247" />
        <source>“%1” must hold valid JSON.</source>
        <translation>„%1“ muss gültiges JSON enthalten.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="254" />
        <source>“%1” must be text, a number or true/false.</source>
        <translation>„%1“ muss Text, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="264" />
        <source>“%1” is not part of a profile export.</source>
        <translation>„%1“ gehört nicht zu einem Profilexport.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="279" />
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="282" />
        <source>“%1” is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="290" />
        <source>“%1” must be a short id (letters, digits and . _ : / -).</source>
        <translation>„%1“ muss eine kurze ID sein (Buchstaben, Ziffern und . _ : / -).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="298" />
        <source>“%1” must be a UUID.</source>
        <translation>„%1“ muss eine UUID sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="312" />
        <source>“%1” must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="320" />
        <source>“%1” must be a date and time like 2024-05-01T09:30:00.000Z.</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit sein, etwa 2024-05-01T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="374" />
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the parser's technical message, %2 a byte offset in the file.</extracomment>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="393" />
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
</context>
<context>
    <name>loopwise::ProgressStore</name>
    <message>
        <location filename="../models/store/ProgressStore.cpp" line="139" />
        <source>Learner</source>
        <extracomment>Name of the profile Loopwise creates when there is none yet.</extracomment>
        <translation>Lernprofil</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="61" />
        <source>Opening your progress…</source>
        <extracomment>Shown while the learner's saved progress is being opened</extracomment>
        <translation>Dein Fortschritt wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="64" />
        <source>Saving and closing your progress…</source>
        <extracomment>Shown while the progress file is being saved and closed</extracomment>
        <translation>Dein Fortschritt wird gespeichert und geschlossen …</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="67" />
        <source>Loading this learner's progress…</source>
        <extracomment>Shown while the progress of another learner profile is being loaded</extracomment>
        <translation>Der Fortschritt dieses Profils wird geladen …</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="70" />
        <source>Exporting, please wait…</source>
        <extracomment>Shown while an export file (notes, progress, learner) is being written</extracomment>
        <translation>Wird exportiert, bitte warten …</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="73" />
        <source>Importing the learner, please wait…</source>
        <extracomment>Shown while a learner file is being read and merged into this device's progress</extracomment>
        <translation>Das Profil wird importiert, bitte warten …</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesFile</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="64" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="109" />
        <source>The first line must name the columns input,expected (and, if wanted, contains).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>Die erste Zeile muss die Spalten input,expected (und, wenn gewünscht, contains) nennen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="119" />
        <source>Line %1: a quote is opened and never closed.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>Zeile %1: Ein Anführungszeichen wird geöffnet und nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="124" />
        <source>Line %1 has %2 fields, the first line names %3 columns.</source>
        <extracomment>%1 a line number, %2 fields found, %3 columns named in the first line</extracomment>
        <translation>Zeile %1 hat %2 Felder, die erste Zeile nennt %3 Spalten.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="137" />
        <source>Line %1 has no input.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>Zeile %1 hat keine Eingabe.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="142" />
        <source>Line %1 has neither an expected answer nor words it must contain.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>Zeile %1 hat weder eine erwartete Antwort noch Wörter, die die Antwort enthalten muss.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesModel</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="138" />
        <source>A test case needs an input.</source>
        <translation>Ein Testfall braucht eine Eingabe.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="142" />
        <source>A test case needs an expected answer or words the answer must contain.</source>
        <translation>Ein Testfall braucht eine erwartete Antwort oder Wörter, die die Antwort enthalten muss.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="219" />
        <source>%n test case(s) imported.</source>
        <extracomment>%n test cases added from a CSV file</extracomment>
        <translation>
            <numerusform>%n Testfall importiert.</numerusform>
            <numerusform>%n Testfälle importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="222" />
        <source>%1 Not imported: %2</source>
        <extracomment>%1 the sentence saying how many were imported, %2 the rows that were not, one sentence each</extracomment>
        <translation>%1 Nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptContent</name>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="54" />
        <source>%1 cannot be read; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) is not a readable file or is larger than 8 MB. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 kann nicht gelesen werden; das Prompt-Labor verwendet stattdessen die Datei, die sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="63" />
        <source>%1 is not valid JSON at line %2, column %3; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) has a JSON syntax error at line %2, column %3. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 ist in Zeile %2, Spalte %3 kein gültiges JSON; das Prompt-Labor verwendet stattdessen die Datei, die sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="73" />
        <location filename="../models/labs/prompts/PromptContent.cpp" line="77" />
        <source>%1 cannot be used (%2); the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) lacks a field or has one of the wrong type; %2 is the technical detail (in English) naming the field. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>%1 kann nicht verwendet werden (%2); das Prompt-Labor verwendet stattdessen die Datei, die sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="82" />
        <source>No content pack has a usable %1 for the prompts lab.</source>
        <extracomment>%1 is a file name such as tasks.json that no content pack (not even the shipped one) holds in a usable form.</extracomment>
        <translation>Kein Inhaltspaket hat eine brauchbare Datei %1 für das Prompt-Labor.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="21" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="67" />
        <source># Prompt A against prompt B: %1</source>
        <extracomment>the heading of an exported test run; %1 the task's title</extracomment>
        <translation># Prompt A gegen Prompt B: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="77" />
        <source>Provenance: %1</source>
        <extracomment>%1 the answers' provenance</extracomment>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="79" />
        <source>| Case | Input | Expected | A passed | B passed | Answers of A | Answers of B |</source>
        <extracomment>the columns of the exported case-by-case table, separated by |</extracomment>
        <translation>| Fall | Eingabe | Erwartet | A bestanden | B bestanden | Antworten von A | Antworten von B |</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="56" />
        <source>%1 The test runs on the built-in demonstration model instead.</source>
        <extracomment>%1 the model server's failure, one sentence</extracomment>
        <translation>%1 Der Test läuft stattdessen auf dem eingebauten Demonstrationsmodell.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="68" />
        <source>Saved the comparison as %1.</source>
        <extracomment>%1 the file a test run was exported to</extracomment>
        <translation>Der Vergleich wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="112" />
        <source>There is no task "%1".</source>
        <extracomment>%1 a task id that the lab does not know</extracomment>
        <translation>Es gibt keine Aufgabe „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="169" />
        <source>The model is either builtin or server, not "%1".</source>
        <extracomment>builtin and server are values of a lab link, not to be translated</extracomment>
        <translation>Das Modell ist entweder builtin oder server, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="195" />
        <source>%1 model %2 on the local model server</source>
        <extracomment>a local model's name before a run: %1 the kind of server, %2 the model</extracomment>
        <translation>%1-Modell %2 auf dem lokalen Modellserver</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="282" />
        <source>Add a test case first: the prompts are run on the test cases.</source>
        <translation>Füge zuerst einen Testfall hinzu: Die Prompts laufen auf den Testfällen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="352" />
        <source>Test run: %1</source>
        <extracomment>the name of a saved test run; %1 the task's title</extracomment>
        <translation>Testlauf: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="362" />
        <source>The run could not be kept in your progress: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>Der Lauf konnte nicht in deinem Fortschritt gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="468" />
        <source>Compare prompt strategies: test run on %1</source>
        <extracomment>the title of a test run attached to a decision note; %1 the task's title</extracomment>
        <translation>Prompt-Strategien vergleichen: Testlauf zu %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunWords</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="14" />
        <source>%1 %</source>
        <extracomment>a share as a percentage, %1 the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="32" />
        <source>Loopwise demonstration model (small, made by the project)</source>
        <extracomment>the built-in model's name wherever a run's provenance is shown</extracomment>
        <translation>Loopwise-Demonstrationsmodell (klein, vom Projekt gebaut)</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="38" />
        <source>trigram model, %1 words, trained on %2 words of the %3 demo corpus</source>
        <extracomment>the built-in model's version: %1 words it knows, %2 words of training text, %3 the content language code</extracomment>
        <translation>Trigramm-Modell, %1 Wörter, trainiert auf %2 Wörtern des Demo-Korpus „%3“</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="45" />
        <source>Case %1 of %2, seed %3 of %4</source>
        <extracomment>a test run's progress: %1 the case being answered, %2 cases in all, %3 the seed, %4 seeds in all</extracomment>
        <translation>Fall %1 von %2, Seed %3 von %4</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="50" />
        <source>Training the demonstration model (only the first time, a few seconds)…</source>
        <translation>Das Demonstrationsmodell wird trainiert (nur beim ersten Mal, wenige Sekunden) …</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="59" />
        <source>%1 (over %n seeds: %2 to %3, standard deviation %4 points)</source>
        <extracomment>%1 the mean pass rate, %n seeds, %2 the lowest and %3 the highest seed's pass rate, %4 the standard deviation in percentage points</extracomment>
        <translation>
            <numerusform>%1 (über %n Seed: %2 bis %3, Standardabweichung %4 Punkte)</numerusform>
            <numerusform>%1 (über %n Seeds: %2 bis %3, Standardabweichung %4 Punkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="69" />
        <source>%1 of %n answered "%2"</source>
        <extracomment>repeated answers to one test case: %1 how many seeds gave this answer, %n seeds in all, %2 the answer</extracomment>
        <translation>
            <numerusform>%1 von %n antwortete „%2“</numerusform>
            <numerusform>%1 von %n antworteten „%2“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="81" />
        <source>B did better than A by more than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>B war besser als A, und zwar um mehr als die Schwankung von Lauf zu Lauf: B bestand in %1 Fällen öfter, A in %2 (Vorzeichentest p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="88" />
        <source>A did better than B by more than the run-to-run noise: A passed more often in %1 cases, B in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where A passed more often than B, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>A war besser als B, und zwar um mehr als die Schwankung von Lauf zu Lauf: A bestand in %1 Fällen öfter, B in %2 (Vorzeichentest p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="96" />
        <source>The difference between A and B is not larger than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3). Do not conclude that one prompt works better from this run.</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>Der Unterschied zwischen A und B ist nicht größer als die Schwankung von Lauf zu Lauf: B bestand in %1 Fällen öfter, A in %2 (Vorzeichentest p = %3). Schließe aus diesem Lauf nicht, dass ein Prompt besser funktioniert.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="103" />
        <source>B minus A: %1 points of pass rate (95 % bootstrap interval over the cases: %2 to %3 points).</source>
        <extracomment>%1 B's pass rate minus A's in percentage points, %2 and %3 the interval's ends</extracomment>
        <translation>B minus A: %1 Punkte Bestehensquote (95-%-Bootstrap-Intervall über die Fälle: %2 bis %3 Punkte).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="110" />
        <source>What this small demonstration model cannot show: it has no reasoning, so asking it to think step by step does not make its answers more correct (research finds that chain-of-thought prompting helps only large models), and a role or persona changes the style of its answers, not whether they are right (in large models too). To test those patterns, run the same A/B test on a local model server.</source>
        <translation>Was dieses kleine Demonstrationsmodell nicht zeigen kann: Es denkt nicht nach, also macht die Bitte, Schritt für Schritt zu denken, seine Antworten nicht richtiger (die Forschung findet, dass Chain-of-Thought-Prompts nur großen Modellen helfen), und eine Rolle oder Persona ändert den Stil seiner Antworten, nicht ob sie stimmen (auch bei großen Modellen). Um diese Muster zu prüfen, führe denselben A/B-Test auf einem lokalen Modellserver aus.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="118" />
        <source>The small demonstration model cannot show the difference on this task: it answers only with a label it has seen in examples, and cannot write a summary in a format or a JSON object, so both prompts fail on it whatever they say. Run this task on a local model server to compare the prompts, or try a task with labels (ticket triage, customer feedback) to see what examples change.</source>
        <translation>Das kleine Demonstrationsmodell kann den Unterschied bei dieser Aufgabe nicht zeigen: Es antwortet nur mit einem Label, das es in Beispielen gesehen hat, und kann weder eine Zusammenfassung in einem Format noch ein JSON-Objekt schreiben, also scheitern beide Prompts daran, was auch immer sie sagen. Führe diese Aufgabe auf einem lokalen Modellserver aus, um die Prompts zu vergleichen, oder probiere eine Aufgabe mit Labels (Tickets einordnen, Kundenrückmeldungen), um zu sehen, was Beispiele ändern.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="127" />
        <source>Prompt %1: %2 prompt tokens, %3 answer tokens, %4 s</source>
        <extracomment>%1 prompt A or B, %2 tokens read in all prompts, %3 tokens answered, %4 the time in seconds</extracomment>
        <translation>Prompt %1: %2 Prompt-Tokens, %3 Antwort-Tokens, %4 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="139" />
        <source>%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC</source>
        <extracomment>where an answer came from: %1 the model, %2 its version, %n seeds (1 to n), %3 the temperature, %4 the start time in UTC</extracomment>
        <translation>
            <numerusform>%1 (%2); Seed 1 bis %n, Temperatur %3; gestartet %4 UTC</numerusform>
            <numerusform>%1 (%2); Seeds 1 bis %n, Temperatur %3; gestartet %4 UTC</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="147" />
        <source>Task: %1</source>
        <extracomment>%1 the task's title</extracomment>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="149" />
        <source>Test cases: %1</source>
        <extracomment>%1 the number of test cases</extracomment>
        <translation>Testfälle: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Seeds: %1</source>
        <translation>Seeds: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="152" />
        <source>Temperature: %1</source>
        <translation>Temperatur: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: on</source>
        <translation>Kalibrierung: an</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: off</source>
        <translation>Kalibrierung: aus</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="155" />
        <source>Prompt A: %1</source>
        <extracomment>%1 the text of prompt A</extracomment>
        <translation>Prompt A: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="157" />
        <source>Prompt B: %1</source>
        <extracomment>%1 the text of prompt B</extracomment>
        <translation>Prompt B: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="163" />
        <source>Pass rate of A: %1</source>
        <extracomment>%1 prompt A's pass rate with its spread</extracomment>
        <translation>Bestehensquote von A: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="165" />
        <source>Pass rate of B: %1</source>
        <extracomment>%1 prompt B's pass rate with its spread</extracomment>
        <translation>Bestehensquote von B: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsExplanations</name>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="17" />
        <source>Role or persona</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Rolle oder Persona</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="20" />
        <source>Task as an instruction</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Aufgabe als Anweisung</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="23" />
        <source>Context and reference text</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Kontext und Referenztext</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="26" />
        <source>Audience</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="29" />
        <source>Purpose</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="32" />
        <source>Output format</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="35" />
        <source>Length</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="38" />
        <source>Constraints</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="41" />
        <source>Examples</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="44" />
        <source>Step by step</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="47" />
        <source>Delimiters and sections</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Begrenzer und Abschnitte</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="50" />
        <source>Success criteria</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="53" />
        <source>Subtasks</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>Teilaufgaben</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="62" />
        <source>A role tells the model whose voice and knowledge to answer with.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Eine Rolle sagt dem Modell, mit wessen Stimme und Wissen es antworten soll.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="66" />
        <source>A clear instruction says exactly what the model should do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Eine klare Anweisung sagt genau, was das Modell tun soll.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="70" />
        <source>Background and reference text let the model ground its answer instead of guessing.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Hintergrund und Referenztext lassen das Modell seine Antwort darauf stützen, statt zu raten.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="75" />
        <source>Naming the reader sets the level and the tone of the answer.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Wer die Leserschaft nennt, legt Niveau und Ton der Antwort fest.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="79" />
        <source>Saying why the answer is needed helps the model choose what matters.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Zu sagen, wozu die Antwort gebraucht wird, hilft dem Modell zu wählen, was zählt.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="83" />
        <source>A stated format makes answers consistent and easy to check.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Ein genanntes Format macht Antworten einheitlich und leicht zu prüfen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="87" />
        <source>A length in words or sentences keeps answers from being too short or too long.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Eine Länge in Wörtern oder Sätzen bewahrt Antworten davor, zu kurz oder zu lang zu sein.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="92" />
        <source>Rules set the limits, and work best when they say what to do, not only what not to do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Regeln setzen die Grenzen und wirken am besten, wenn sie sagen, was zu tun ist, nicht nur, was zu lassen ist.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="97" />
        <source>Consistently formatted, balanced examples show the answer wanted; the last one weighs most.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Einheitlich formatierte, ausgewogene Beispiele zeigen die gewünschte Antwort; das letzte wiegt am meisten.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="102" />
        <source>Asking the model to think first can help large models on reasoning tasks.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Das Modell erst nachdenken zu lassen, kann großen Modellen bei Denkaufgaben helfen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="106" />
        <source>Tags, quotes and headings keep instructions apart from the text to work on.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Tags, Anführungszeichen und Überschriften halten die Anweisungen vom zu bearbeitenden Text getrennt.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="111" />
        <source>Saying what a good answer looks like tells the model what to aim for.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Zu sagen, wie eine gute Antwort aussieht, zeigt dem Modell, worauf es hinarbeiten soll.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="115" />
        <source>Splitting a complex task into steps makes each step easier to follow.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>Eine komplexe Aufgabe in Schritte zu teilen, macht jeden Schritt leichter zu befolgen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="125" />
        <source>Vague word</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Vages Wort</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="128" />
        <source>Conflicting instructions</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Widersprüchliche Anweisungen</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="131" />
        <source>Very long sentence</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Sehr langer Satz</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="134" />
        <source>Reference to nothing before it</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Verweis auf nichts Vorangehendes</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="137" />
        <source>Unfilled placeholder</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Nicht ausgefüllter Platzhalter</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="140" />
        <source>Unbalanced tag or quote</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>Unpaariges Tag oder Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="164" />
        <source>B gives the model a role; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B gibt dem Modell eine Rolle, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="167" />
        <source>B states the task as an instruction; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B formuliert die Aufgabe als Anweisung, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="171" />
        <source>B gives context or reference text; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B gibt Kontext oder Referenztext, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="175" />
        <source>B says who the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B sagt, für wen die Antwort ist, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="179" />
        <source>B says what the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B sagt, wozu die Antwort dient, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="183" />
        <source>B asks for an output format; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B verlangt ein Ausgabeformat, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="186" />
        <source>B sets a length; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B legt eine Länge fest, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="189" />
        <source>B sets rules for the answer; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B setzt Regeln für die Antwort, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="192" />
        <source>B shows examples; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B zeigt Beispiele, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="195" />
        <source>B asks the model to work step by step; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B lässt das Modell Schritt für Schritt arbeiten, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="199" />
        <source>B marks its parts with delimiters or sections; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B grenzt seine Teile mit Begrenzern oder Abschnitten ab, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="203" />
        <source>B says what a good answer looks like; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B sagt, wie eine gute Antwort aussieht, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="207" />
        <source>B splits the task into subtasks; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B teilt die Aufgabe in Teilaufgaben, A nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="217" />
        <source>A gives the model a role; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A gibt dem Modell eine Rolle, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="220" />
        <source>A states the task as an instruction; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A formuliert die Aufgabe als Anweisung, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="224" />
        <source>A gives context or reference text; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A gibt Kontext oder Referenztext, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="228" />
        <source>A says who the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A sagt, für wen die Antwort ist, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="232" />
        <source>A says what the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A sagt, wozu die Antwort dient, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="236" />
        <source>A asks for an output format; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A verlangt ein Ausgabeformat, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="239" />
        <source>A sets a length; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A legt eine Länge fest, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="242" />
        <source>A sets rules for the answer; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A setzt Regeln für die Antwort, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="245" />
        <source>A shows examples; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A zeigt Beispiele, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="248" />
        <source>A asks the model to work step by step; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A lässt das Modell Schritt für Schritt arbeiten, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="252" />
        <source>A marks its parts with delimiters or sections; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A grenzt seine Teile mit Begrenzern oder Abschnitten ab, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="256" />
        <source>A says what a good answer looks like; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A sagt, wie eine gute Antwort aussieht, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="260" />
        <source>A splits the task into subtasks; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>A teilt die Aufgabe in Teilaufgaben, B nicht.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="270" />
        <source>B has fewer vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger vage Wörter als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="273" />
        <source>B has fewer conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger widersprüchliche Anweisungen als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="277" />
        <source>B has fewer very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger sehr lange Sätze als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="280" />
        <source>B has fewer references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger Verweise auf nichts Vorangehendes als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="284" />
        <source>B has fewer unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger nicht ausgefüllte Platzhalter als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="288" />
        <source>B has fewer unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat weniger unpaarige Tags oder Anführungszeichen als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="298" />
        <source>B has more vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr vage Wörter als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="301" />
        <source>B has more conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr widersprüchliche Anweisungen als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="305" />
        <source>B has more very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr sehr lange Sätze als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="308" />
        <source>B has more references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr Verweise auf nichts Vorangehendes als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="312" />
        <source>B has more unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr nicht ausgefüllte Platzhalter als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="315" />
        <source>B has more unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>B hat mehr unpaarige Tags oder Anführungszeichen als A.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="336" />
        <source>A and B have the same parts and the same clarity signals.</source>
        <extracomment>The prompts lab's summary when prompts A and B have the same parts and the same clarity signals</extracomment>
        <translation>A und B haben dieselben Teile und dieselben Hinweise auf Unklarheit.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="86" />
        <source>Saved the structure comparison as %1.</source>
        <extracomment>%1 the file the structure comparison of prompts A and B was exported to</extracomment>
        <translation>Der Strukturvergleich wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="130" />
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="409" />
        <source>The prompts lab has no task "%1".</source>
        <extracomment>%1 the id of a task the prompts lab was asked for
----------
%1 the task id a lab link names</extracomment>
        <translation>Das Prompt-Labor hat keine Aufgabe „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="284" />
        <source>That pattern is already in this prompt, or there is nothing for it to work on: the prompt stays as it is.</source>
        <translation>Dieses Muster steckt schon im Prompt, oder es gibt nichts, woran es ansetzen kann: Der Prompt bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="299" />
        <source>Write the role first, for example "a support lead".</source>
        <translation>Schreib zuerst die Rolle, zum Beispiel „eine Teamleitung im Support“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="317" />
        <source>Write one example a line, the input and then the answer after a bar: "The site is down | urgent".</source>
        <translation>Schreib ein Beispiel pro Zeile, die Eingabe und nach einem senkrechten Strich die Antwort: „Die Seite ist nicht erreichbar | dringend“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="357" />
        <source>Write the format first, for example "urgent / normal".</source>
        <translation>Schreib zuerst das Format, zum Beispiel „dringend / normal“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="457" />
        <source>The pair could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>Das Paar konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="459" />
        <source>The pair and your note are saved in your progress.</source>
        <translation>Das Paar und deine Notiz sind in deinem Fortschritt gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="494" />
        <source>Comparison: %1</source>
        <extracomment>the name of a structure comparison kept in the learner's progress; %1 the task's title</extracomment>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="537" />
        <source>Task: %1</source>
        <extracomment>A line of the prompts lab's evidence in the decision note; %1 the task's title</extracomment>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="539" />
        <source>Prompt A: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt A's whole text</extracomment>
        <translation>Prompt A: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="541" />
        <source>Prompt B: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt B's whole text</extracomment>
        <translation>Prompt B: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="549" />
        <source>Parts the guides recommend: A has %1 of %3, B has %2 of %3.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 how many of the %3 parts the guides recommend prompts A and B have</extracomment>
        <translation>Von den Leitfäden empfohlene Teile: A hat %1 von %3, B hat %2 von %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="554" />
        <source>Clarity signals: A has %1, B has %2.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 the numbers of clarity signals in prompts A and B</extracomment>
        <translation>Hinweise auf Unklarheit: A hat %1, B hat %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLabSettings</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="40" />
        <source>The prompt %1 in the link is longer than %2 characters.</source>
        <extracomment>%1 the link's key (a or b) of a prompt, %2 the most characters a prompt may have</extracomment>
        <translation>Der Prompt %1 im Link ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="99" />
        <source>task must be the id of one of the lab's tasks, such as triage, not "%1".</source>
        <extracomment>%1 what the link gives as the task's id</extracomment>
        <translation>task muss die Kennung einer Aufgabe des Labors sein, etwa triage, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="126" />
        <source>"%1" is not a setting of this lab.</source>
        <extracomment>%1 a key of the link that the prompts lab does not know</extracomment>
        <translation>„%1“ ist keine Einstellung dieses Labors.</translation>
    </message>
</context>
<context>
    <name>loopwise::SchoolPolicy</name>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="62" />
        <source>a section name must end with ].</source>
        <extracomment>A line of the school's policy file; [ and ] are typed as they are</extracomment>
        <translation>ein Abschnittsname muss mit ] enden.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="69" />
        <source>there is no section [%1]; the sections are %2.</source>
        <extracomment>%1 a section name of the school's policy file, %2 the list of the known ones</extracomment>
        <translation>es gibt keinen Abschnitt [%1]; die Abschnitte sind %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="78" />
        <source>write a setting as key = value.</source>
        <extracomment>A line of the school's policy file that is neither "key = value", a [section] nor a # comment</extracomment>
        <translation>schreibe eine Einstellung als key = value.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="85" />
        <source>"%1" must come after a [section] line.</source>
        <extracomment>%1 a key of the school's policy file</extracomment>
        <translation>„%1“ muss nach einer [Abschnitt]-Zeile stehen.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="94" />
        <source>[%2] has no key "%1"; its keys are %3.</source>
        <extracomment>%1 a key, %2 a section of the school's policy file, %3 the keys that section has</extracomment>
        <translation>[%2] hat keinen Schlüssel „%1“; seine Schlüssel sind %3.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="99" />
        <source>"%1" is set twice; the first value is kept.</source>
        <extracomment>%1 a key of the school's policy file, given twice in one section</extracomment>
        <translation>„%1“ ist zweimal gesetzt; der erste Wert bleibt.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="112" />
        <source>[learning-records] needs a key and a secret with its endpoint; no statements will be sent.</source>
        <extracomment>The school's policy file names a learning record store without its key and secret</extracomment>
        <translation>[learning-records] braucht zum endpoint auch key und secret; es werden keine Lernnachweise gesendet.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="118" />
        <source>manage-learners = teacher needs a teacher-pin; until one is set, anyone may.</source>
        <extracomment>The school's policy file lets only the teacher manage learners but sets no teacher PIN</extracomment>
        <translation>manage-learners = teacher braucht eine teacher-pin; bis eine gesetzt ist, darf es jede und jeder.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="159" />
        <source>"%1" is not a language code such as de or ar.</source>
        <extracomment>%1 what the policy file gives as a language</extracomment>
        <translation>„%1“ ist kein Sprachcode wie de oder ar.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="168" />
        <source>the theme is light or dark, not "%1".</source>
        <extracomment>%1 what the policy file gives as the theme; light and dark are typed as they are</extracomment>
        <translation>das Design ist light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="181" />
        <source>the text size is a percentage from %2 to %3, not "%1".</source>
        <extracomment>%1 what the policy file gives as the text size, %2 and %3 the smallest and largest percentages</extracomment>
        <translation>die Textgröße ist eine Prozentzahl von %2 bis %3, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="212" />
        <source>manage-learners is everyone or teacher, not "%1".</source>
        <extracomment>%1 what the policy file gives; everyone and teacher are typed as they are</extracomment>
        <translation>manage-learners ist everyone oder teacher, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="220" />
        <source>teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself.</source>
        <extracomment>loopwise --hash-pin is a command typed as it is</extracomment>
        <translation>teacher-pin muss die Zeile sein, die loopwise --hash-pin ausgibt, niemals die PIN selbst.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="243" />
        <source>write yes or no, not "%1".</source>
        <extracomment>%1 what the policy file gives where yes or no is expected; yes and no are typed as they are</extracomment>
        <translation>schreibe yes oder no, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="255" />
        <source>there is no lab "%1"; the labs are %2.</source>
        <extracomment>%1 a lab id the policy file names, %2 the list of lab ids</extracomment>
        <translation>es gibt kein Labor „%1“; die Labore sind %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="267" />
        <source>"%1" is not a web address starting with http:// or https://.</source>
        <extracomment>%1 what the policy file gives where a web address is expected</extracomment>
        <translation>„%1“ ist keine Webadresse, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="276" />
        <source>"%1" is not a whole path to a folder (such as /srv/loopwise).</source>
        <extracomment>%1 what the policy file gives where a folder is expected</extracomment>
        <translation>„%1“ ist kein vollständiger Pfad zu einem Ordner (etwa /srv/loopwise).</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="283" />
        <source>%1, line %2: %3</source>
        <extracomment>%1 the policy file's name, %2 a line number, %3 what is wrong there</extracomment>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="285" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="334" />
        <source>The school's policy %1 cannot be read: %2</source>
        <extracomment>%1 the path of the school's policy file, %2 the system's reason</extracomment>
        <translation>Die Schulrichtlinie %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="342" />
        <source>The school's policy %1 is larger than %2 KiB; it was not read.</source>
        <extracomment>%1 the path of the school's policy file, %2 its largest size in KiB</extracomment>
        <translation>Die Schulrichtlinie %1 ist größer als %2 KiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../app/SchoolStartup.cpp" line="67" />
        <source>The school's policy fixes the language %1, which is not installed.</source>
        <extracomment>%1 the language code the school's policy fixes</extracomment>
        <translation>Die Schulrichtlinie legt die Sprache %1 fest, die nicht installiert ist.</translation>
    </message>
</context>
<context>
    <name>loopwise::SeedCheck</name>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="42" />
        <source>The server honours the seed: seed %1 gave the same text twice at temperature %3 and seed %2 a different one, so a run can be repeated exactly.</source>
        <extracomment>%1 the seed, %2 the next seed, %3 the temperature</extracomment>
        <translation>Der Server beachtet den Seed: Seed %1 ergab bei Temperatur %3 zweimal denselben Text und Seed %2 einen anderen, ein Lauf lässt sich also genau wiederholen.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="49" />
        <source>The server ignores the seed: seed %1 gave two different texts at temperature %2, so no run can be repeated exactly; compare prompts over several runs instead.</source>
        <extracomment>%1 the seed, %2 the temperature</extracomment>
        <translation>Der Server ignoriert den Seed: Seed %1 ergab bei Temperatur %2 zwei verschiedene Texte, kein Lauf lässt sich also genau wiederholen; vergleiche Prompts deshalb über mehrere Läufe.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="55" />
        <source>This check cannot tell: seeds %1 and %2 gave the same text at temperature %3, so this prompt's answer does not vary; try a prompt with a more open answer.</source>
        <extracomment>%1 and %2 two seeds, %3 the temperature</extracomment>
        <translation>Diese Prüfung kann es nicht sagen: Die Seeds %1 und %2 ergaben bei Temperatur %3 denselben Text, die Antwort auf diesen Prompt schwankt also nicht; versuche einen Prompt mit einer offeneren Antwort.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="61" />
        <source>The seed check was stopped before it could tell.</source>
        <translation>Die Seed-Prüfung wurde abgebrochen, bevor sie ein Ergebnis hatte.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerFailure</name>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="12" />
        <source>The local model server is turned off: turn it on to send prompts to it.</source>
        <translation>Der lokale Modellserver ist ausgeschaltet: Schalte ihn ein, um Prompts an ihn zu senden.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="15" />
        <source>“%1” is not an address Loopwise can use: write it like http://localhost:11434.</source>
        <extracomment>%1 the address the learner typed</extracomment>
        <translation>„%1“ ist keine Adresse, die Loopwise verwenden kann: Schreibe sie wie http://localhost:11434.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="18" />
        <source>Choose a model from the server's list first.</source>
        <translation>Wähle zuerst ein Modell aus der Liste des Servers.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="21" />
        <source>Nothing answers at %1: start the model server, or check its address and port.</source>
        <extracomment>%1 host and port, e.g. localhost:11434</extracomment>
        <translation>Unter %1 antwortet nichts: Starte den Modellserver oder prüfe seine Adresse und seinen Port.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="25" />
        <source>The computer %1 could not be found: check the server's address.</source>
        <extracomment>%1 host and port</extracomment>
        <translation>Der Computer %1 wurde nicht gefunden: Prüfe die Adresse des Servers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="28" />
        <source>The model server at %1 did not answer within %n second(s).</source>
        <extracomment>%1 host and port; %n seconds waited</extracomment>
        <translation>
            <numerusform>Der Modellserver unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Modellserver unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="32" />
        <source>The model server stopped in the middle of its reply: nothing came for %n second(s).</source>
        <extracomment>%n seconds without any new text</extracomment>
        <translation>
            <numerusform>Der Modellserver hat mitten in seiner Antwort aufgehört: %n Sekunde lang kam nichts.</numerusform>
            <numerusform>Der Modellserver hat mitten in seiner Antwort aufgehört: %n Sekunden lang kam nichts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="36" />
        <source>The server at %1 does not have the model “%2”: pick one from its list.</source>
        <extracomment>%1 host and port, %2 the model's name</extracomment>
        <translation>Der Server unter %1 hat das Modell „%2“ nicht: Wähle eines aus seiner Liste.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="40" />
        <source>The server at %1 does not know %2: check that the kind of server chosen is the one running there.</source>
        <extracomment>%1 host and port, %2 a path such as /api/generate</extracomment>
        <translation>Der Server unter %1 kennt %2 nicht: Prüfe, ob die gewählte Serverart die ist, die dort läuft.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="44" />
        <source>The model server sent a reply Loopwise cannot read: check that the kind of server chosen is the one running there.</source>
        <translation>Der Modellserver hat eine Antwort gesendet, die Loopwise nicht lesen kann: Prüfe, ob die gewählte Serverart die ist, die dort läuft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="48" />
        <source>The model went on past the %n token(s) it was allowed, so Loopwise stopped it.</source>
        <extracomment>%n the number of tokens the reply was allowed</extracomment>
        <translation>
            <numerusform>Das Modell schrieb über den %n erlaubten Token hinaus weiter, deshalb hat Loopwise es gestoppt.</numerusform>
            <numerusform>Das Modell schrieb über die %n erlaubten Token hinaus weiter, deshalb hat Loopwise es gestoppt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="52" />
        <source>The reply was still running after %n second(s), so Loopwise stopped it.</source>
        <extracomment>%n seconds a whole reply may take</extracomment>
        <translation>
            <numerusform>Die Antwort lief nach %n Sekunde noch, deshalb hat Loopwise sie gestoppt.</numerusform>
            <numerusform>Die Antwort lief nach %n Sekunden noch, deshalb hat Loopwise sie gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="56" />
        <source>The model server answered with error %1.</source>
        <extracomment>%1 an HTTP status code such as 500</extracomment>
        <translation>Der Modellserver hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="58" />
        <source>The model server reported a problem while answering.</source>
        <translation>Der Modellserver hat beim Antworten ein Problem gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="60" />
        <source>The model server closed the connection before its reply was complete.</source>
        <translation>Der Modellserver hat die Verbindung geschlossen, bevor seine Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="63" />
        <source>The model server sent Loopwise on to another computer (%1); Loopwise did not follow, so nothing was sent there.</source>
        <extracomment>%1 the host the server pointed to</extracomment>
        <translation>Der Modellserver wollte Loopwise an einen anderen Computer (%1) weiterleiten; Loopwise ist nicht gefolgt, dorthin wurde also nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="67" />
        <source>Loopwise could not talk to the model server.</source>
        <translation>Loopwise konnte keine Verbindung zum Modellserver aufnehmen.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerPromptRun</name>
    <message>
        <location filename="../models/labs/prompts/ServerPromptRun.cpp" line="93" />
        <source>%1 model %2</source>
        <extracomment>a local model's name in a run's provenance: %1 the kind of server, %2 the model</extracomment>
        <translation>%1-Modell %2</translation>
    </message>
</context>
<context>
    <name>loopwise::ShortcutLab</name>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="28" />
        <source>Urgent, and the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>Dringend, und das Modell sagt dringend (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="29" />
        <source>Urgent, but the model says normal (%1 urgent).</source>
        <translation>Dringend, aber das Modell sagt normal (%1 dringend).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="31" />
        <source>Normal, but the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>Normal, aber das Modell sagt dringend (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="32" />
        <source>Normal, and the model says normal (%1 urgent).</source>
        <translation>Normal, und das Modell sagt normal (%1 dringend).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="84" />
        <source>There is no split "%1": choose random, time or writer.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Es gibt keine Aufteilung „%1“: Wähle random, time oder writer.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="124" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="125" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="127" />
        <source>Production</source>
        <extracomment>accuracy on the tickets after the staffing change</extracomment>
        <translation>Betrieb</translation>
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
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="184" />
        <source>Logged by %1 on day %2</source>
        <extracomment>who logged a ticket and when; %1 the agent's name, %2 the day of the year</extracomment>
        <translation>Erfasst von %1 an Tag %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="229" />
        <source>Validation split: %1 (%2 of the history)</source>
        <extracomment>%1 how the history was split, %2 the share held out for validation</extracomment>
        <translation>Validierungsaufteilung: %1 (%2 der Historie)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="230" />
        <source>Style features (greetings, sign-offs, names, formatting): used</source>
        <translation>Stilmerkmale (Grüße, Schlussformeln, Namen, Formatierung): verwendet</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="231" />
        <source>Style features (greetings, sign-offs, names, formatting): dropped</source>
        <translation>Stilmerkmale (Grüße, Schlussformeln, Namen, Formatierung): weggelassen</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="233" />
        <source>Fields known only after the fact (escalated, resolved within a day): added</source>
        <translation>Erst hinterher bekannte Felder (eskaliert, innerhalb eines Tages gelöst): hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="234" />
        <source>Fields known only after the fact (escalated, resolved within a day): not used</source>
        <translation>Erst hinterher bekannte Felder (eskaliert, innerhalb eines Tages gelöst): nicht verwendet</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="242" />
        <source>Training accuracy: %1</source>
        <translation>Trainingsgenauigkeit: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="243" />
        <source>Validation accuracy: %1</source>
        <translation>Validierungsgenauigkeit: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="244" />
        <source>Production accuracy: %1</source>
        <translation>Genauigkeit im Betrieb: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="246" />
        <source>Urgent tickets caught in production: %1 of %2</source>
        <extracomment>%1 urgent tickets the model flagged in production, %2 urgent tickets in all</extracomment>
        <translation>Im Betrieb erkannte dringende Tickets: %1 von %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="251" />
        <source>Largest weight: %1 (%2)</source>
        <extracomment>%1 the feature the model leans on most, %2 its group (content, style, ...)</extracomment>
        <translation>Größtes Gewicht: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>loopwise::ValidationLab</name>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="69" />
        <source>There is no validation method "%1".</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>Es gibt keine Validierungsmethode „%1“.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="123" />
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>All five, side by side</source>
        <translation>Alle fünf nebeneinander</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>Validation method: %1</source>
        <extracomment>%1 the validation method (or "All five, side by side")</extracomment>
        <translation>Validierungsmethode: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="221" />
        <source>Signal: %1 (0 means the labels are pure noise)</source>
        <extracomment>%1 the signal strength, 0 = pure noise</extracomment>
        <translation>Signal: %1 (0 heißt, die Labels sind reines Rauschen)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="223" />
        <source>Data: %1 cases, %2 rows per case, %3 noise features, %4 features kept</source>
        <extracomment>%1 cases, %2 near-copies per case, %3 pure-noise features, %4 features kept</extracomment>
        <translation>Daten: %1 Fälle, %2 Zeilen pro Fall, %3 Rauschmerkmale, %4 Merkmale behalten</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="226" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="234" />
        <source>%1: validation %2, production %3, chance %4</source>
        <extracomment>%1 the validation method, %2 its validation accuracy, %3 production accuracy, %4 chance</extracomment>
        <translation>%1: Validierung %2, Betrieb %3, Zufall %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="161" />
        <source>Loopwise cannot start because parts of Qt are not installed: %1. Please install them and start again.</source>
        <extracomment>%1 is a list of Qt module names with the reason each failed to load</extracomment>
        <translation>Loopwise kann nicht starten, weil Teile von Qt fehlen: %1. Bitte installiere sie und starte erneut.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169" />
        <location filename="../app/main.cpp" line="181" />
        <source>Loopwise cannot start</source>
        <extracomment>Title of the message box shown when Loopwise cannot start (parts of Qt missing, or the progress store cannot be opened)</extracomment>
        <translation>Loopwise kann nicht starten</translation>
    </message>
</context>
</TS>