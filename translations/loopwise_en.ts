<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="17" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="25" />
        <source>Version %1</source>
        <extracomment>%1 is the app's version number, e.g. 0.1.0</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="30" />
        <source>Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="56" />
        <source>Built with Qt and Eigen. Course: %1.</source>
        <extracomment>Qt and Eigen are software libraries (keep the names); %1 is the course's title</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="11" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="50" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="24" />
        <source>Artefact</source>
        <extracomment>Small label above a note the module asks the learner to write (a decision note, a model note)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>model-note</source>
        <extracomment>Suggested file names for exporting a note: short, no spaces</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>decision-note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssumptionsAfterRun</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="15" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="31" />
        <source>Check yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="85" />
        <source>Name of this run (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="86" />
        <source>Name of this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="90" />
        <source>Save run</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="104" />
        <source>%n saved run(s) of this lab: %1</source>
        <extracomment>%n saved runs of this lab</extracomment>
        <translation>
            <numerusform>%n saved run of this lab: %1</numerusform>
            <numerusform>%n saved runs of this lab: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="40" />
        <source>What changes if it is false</source>
        <extracomment>Column heading beside an assumption the module makes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssumptionsConfusion</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="36" />
        <source>Flagged urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="37" />
        <source>Left as normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="39" />
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="42" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssumptionsLabPage</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="21" />
        <source>Check the assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="84" />
        <source>Urgent tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="88" />
        <source>Validation is separate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="92" />
        <source>Loss and decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsPanel.qml" line="59" />
        <source>Reset to make a prediction before the next run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssumptionsRunBar</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Train and check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="26" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachEvidenceButton</name>
    <message>
        <location filename="../qml/labs/common/AttachEvidenceButton.qml" line="30" />
        <source>Attach to my decision note</source>
        <extracomment>Button in a lab: adds the current run (settings, figures, chart) to the decision note's evidence</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="64" />
        <source>class %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="75" />
        <source>Colour: the predicted value, from −1 (orange) to 1 (blue).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="76" />
        <source>Orange: class 0, blue: class 1; fainter where the network is less sure.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark as not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark this module complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="36" />
        <source>✓ Completed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="19" />
        <source>Before you train: what will this model cost per ticket, compared with calling every ticket normal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="27" />
        <source>What mistakes cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="34" />
        <source>Cost of a missed urgent ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="43" />
        <source>Cost of a false alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="55" />
        <source>Repair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="62" />
        <source>How the decision is repaired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="77" />
        <source>Threshold (flag a ticket when p(urgent) is at least this)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="90" />
        <source>Held-out tickets: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket, on the held-out tickets</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="99" />
        <source>At this threshold, held-out tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="110" />
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="121" />
        <source>Cost per ticket against the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="163" />
        <source>Threshold from 0 (left) to 1 (right). The vertical line marks this run's threshold, the dot the threshold shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="171" />
        <source>Test tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="182" />
        <source>%1: accuracy %2, cost per ticket %3</source>
        <extracomment>%1 the model or the baseline, %2 accuracy, %3 cost per ticket</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="25" />
        <source>Key term</source>
        <extracomment>Small label above a definition in the module text</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceCharts</name>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="20" />
        <source>Charts of the runs you attached</source>
        <extracomment>Above the thumbnails of the lab runs attached to the decision note</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="35" />
        <source>%1, %2</source>
        <extracomment>A chart attached to the decision note: %1 the lab's title, %2 when it was attached</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="68" />
        <location filename="../qml/blocks/EvidenceCharts.qml" line="91" />
        <source>Remove</source>
        <extracomment>Takes an attached chart off the decision note
----------
Confirms taking the chart off the decision note</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="71" />
        <source>Remove the chart “%1”</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="89" />
        <source>Remove this chart?</source>
        <extracomment>Title of the dialog that asks before an attached chart is taken off the decision note</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="96" />
        <source>“%1” will no longer be shown with your decision note or its exports. The lines the run added to your evidence stay; edit them as you like.</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="15" />
        <source>Example</source>
        <extracomment>Small label above a worked example in the module text</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsCanvasCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="18" />
        <source>Where the gate sends the inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="32" />
        <source>The gate's regions over the decision boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="38" />
        <source>Each expert's own boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="60" />
        <source>Expert %1's own boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="65" />
        <source>Expert %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="75" />
        <source>Training inputs each expert takes first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsLabPage</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="20" />
        <source>Mixture of experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="64" />
        <source>A gate scores the experts for each input and sends it to the best k of them, so only part of the parameters work on each input. Train a mixture and watch where the gate sends the inputs, whether one expert takes over, and what it costs against two dense networks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="100" />
        <source>Before you train: will one expert end up taking most of the inputs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="101" />
        <source>Reset to make a prediction before the next run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="113" />
        <source>Loss of the mixture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsResultsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="15" />
        <source>Mixture against dense networks (same data, trained beside it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Multiply-adds per input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Parameters (active of all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="64" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="128" />
        <source>Name of the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="133" />
        <source>Save run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsRunBar</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="23" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="27" />
        <source>Step one epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="34" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="38" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="55" />
        <source>Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="63" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsSettingsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="15" />
        <source>The mixture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="22" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="30" />
        <source>Experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="40" />
        <source>Experts per input (k)</source>
        <extracomment>k of top-k routing: how many experts work on each input</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="49" />
        <source>Hidden layers per expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="58" />
        <source>Units per hidden layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="67" />
        <source>Activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="77" />
        <source>Balance term</source>
        <extracomment>the load-balancing term of the mixture's loss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="86" />
        <source>Balance weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="98" />
        <source>Capacity per expert (0: no limit)</source>
        <extracomment>how many inputs an expert may take, as a multiple of an even share; 0 is no limit</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="99" />
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="109" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="120" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12" />
        <source>Glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32" />
        <source>Search terms and definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33" />
        <source>Search the glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="42" />
        <source>No term matches "%1".</source>
        <extracomment>%1 is what the learner typed into the glossary search</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="44" />
        <source>%n term(s)</source>
        <extracomment>How many glossary terms match the search</extracomment>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="21" />
        <source>Course</source>
        <extracomment>Small label above the course's title on the home page</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="65" />
        <source>%n line(s) of your school's settings could not be used; they are left out and the rest applies.</source>
        <extracomment>Notice on the home page when lines of the school's policy file cannot be used</extracomment>
        <translation>
            <numerusform>%n line of your school's settings could not be used; it is left out and the rest applies.</numerusform>
            <numerusform>%n lines of your school's settings could not be used; they are left out and the rest applies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="76" />
        <source>Outline</source>
        <extracomment>Heading of the list of the course's modules</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106" />
        <source>Labs</source>
        <extracomment>Heading of the list of the interactive labs</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29" />
        <source>Open the glossary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabCanvas</name>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="31" />
        <source>Output of the network over the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="79" />
        <source>Showing one neuron's output</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="19" />
        <source>Open the lab: %1</source>
        <extracomment>Screen-reader name of a card; %1 is the lab's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="34" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="63" />
        <source>Open lab →</source>
        <extracomment>Link-like button on a lab's card; the arrow points to the reading direction's end</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabMessage</name>
    <message>
        <location filename="../qml/labs/common/LabMessage.qml" line="36" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabPredictionCard</name>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="19" />
        <source>Predict, then run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="27" />
        <source>Your prediction:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabShareCard</name>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="17" />
        <source>Lab link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="35" />
        <source>Link to this lab's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="39" />
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="45" />
        <source>Paste a link to load its settings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="57" />
        <source>Link to load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="62" />
        <source>Load</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningLabPage</name>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="23" />
        <source>See how models learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="140" />
        <source>Before you press play: what will happen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="141" />
        <source>Reset to make a prediction before the next run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningLoopCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="24" />
        <source>The training loop, live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="33" />
        <source>Press Step one batch and follow the batch round the loop: each press of Next stage shows the next stage, with the numbers the model really uses.</source>
        <extracomment>"Step one batch" and "Next stage" are the labels of the two buttons below: keep them identical</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="56" />
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="119" />
        <source>Stage %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="91" />
        <source>Previous stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Step one batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="106" />
        <source>Epoch %1, batch %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="128" />
        <source>No batch yet: press Step one batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="140" />
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="141" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="144" />
        <source>Prediction</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="196" />
        <source>… and %n more rows</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="206" />
        <source>Loss of this batch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="225" />
        <source>Update = − learning rate (%1) × gradient. A bar's length is the gradient's size; the arrow shows which way the parameter moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="236" />
        <source>Each parameter multiplies one term of the model: 1 is the constant (the bias); P1, P2, … are polynomials of rising degree (P1(x) = x, P2(x) = (3x² − 1)/2, …) of the input, and P1(x1)·P1(x2) is a product of two of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="246" />
        <source>Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Gradient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="256" />
        <source>Size and direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="351" />
        <source>… and %n more parameters</source>
        <translation>
            <numerusform>… and %n more parameter</numerusform>
            <numerusform>… and %n more parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningLossCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="18" />
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="25" />
        <source>Log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="36" />
        <source>Validation loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="40" />
        <source>Baseline (validation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningPlotCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="68" />
        <source>The model's class probabilities over the points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="69" />
        <source>The model's curve over the points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="90" />
        <source>training points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="95" />
        <source>validation points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="101" />
        <source>the model's curve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="107" />
        <source>Background: orange for class 0, blue for class 1, pale where the model is unsure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="121" />
        <source>Baseline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="128" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="135" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningPresetsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="14" />
        <source>Presets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="30" />
        <source>Preset %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningQuestionsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="14" />
        <source>Check yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="31" />
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningRunBar</name>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="24" />
        <source>Step one epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="28" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="32" />
        <source>Step one batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="36" />
        <source>Send one batch round the training loop, stage by stage (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="40" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="43" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="47" />
        <source>New data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="54" />
        <source>Speed</source>
        <extracomment>how many epochs the lab trains between two pictures on the screen</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningSettingsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="14" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="27" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="35" />
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="43" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="54" />
        <source>Model capacity (degree)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="64" />
        <source>Data size (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="75" />
        <source>Noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="76" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="46" />
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <extracomment>Screen-reader name of the diagram; %1 is the stage's number, %2 how many stages there are, %3 the stage's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="163" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="260" />
        <source>Stage %1: %2</source>
        <extracomment>A stage of the training loop; %1 is its number, %2 its title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="196" />
        <source>Round %1</source>
        <extracomment>How many times the walkthrough has gone round the training loop; %1 is a number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="213" />
        <source>Previous</source>
        <extracomment>Button: the previous stage of the training loop</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="234" />
        <source>Pause</source>
        <extracomment>Button: stop or start stepping through the stages on its own</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="229" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Pause the walkthrough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Play the walkthrough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="242" />
        <source>Next</source>
        <extracomment>Button: the next stage of the training loop</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="251" />
        <source>%1 of %2</source>
        <extracomment>Which stage is shown; %1 is its number, %2 how many stages there are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="276" />
        <source>See this loop live in the lab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="16" />
        <source>Training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="17" />
        <source>Test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="23" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="40" />
        <source>Loss chart</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="23" />
        <source>%1 – Loopwise</source>
        <extracomment>Window title; %1 is the page's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>Loopwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="66" />
        <source>This part of the course is not in the installed content.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="56" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="61" />
        <source>%n outcome(s)</source>
        <extracomment>How many learning outcomes the module has</extracomment>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="20" />
        <source>Next: %1</source>
        <extracomment>Screen-reader name of the card that opens the next module; %1 is the module's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="22" />
        <source>Previously: %1</source>
        <extracomment>Screen-reader name of the card that opens the previous module; %1 is the module's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="40" />
        <source>Next</source>
        <extracomment>Label on the card of the following module</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="42" />
        <source>Previously</source>
        <extracomment>Label on the card of the module before this one</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="67" />
        <source>Not in this content pack yet</source>
        <extracomment>On the card of a module whose text is not installed</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="57" />
        <source>Add a hidden layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="65" />
        <source>Remove the last hidden layer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="72" />
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n hidden layer</numerusform>
            <numerusform>%n hidden layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="101" />
        <source>Add a neuron to layer %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="110" />
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neuron</numerusform>
            <numerusform>%n neurons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="119" />
        <source>Remove a neuron from layer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="131" />
        <source>Activation of layer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="167" />
        <source>Weights of the network; use the arrow keys to pick one and Enter to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="207" />
        <source>Input %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="208" />
        <source>Neuron %1 of layer %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="248" />
        <source>Line width shows a weight's size, colour its sign (blue positive, orange negative). Tap a line to read or change its weight; tap or hover a neuron to see its output on the canvas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="273" />
        <source>Weight from %1 to neuron %2 of layer %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="275" />
        <source>neuron %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="290" />
        <source>Weight value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="295" />
        <source>Set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkLabPage</name>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="45" />
        <source>Build a neural network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="264" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="268" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="272" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="275" />
        <source>Fresh weights (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="281" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="298" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="305" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="312" />
        <source>Activation (all layers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="320" />
        <source>Regularization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="321" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="327" />
        <source>Regularization rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="396" />
        <source>Problem type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="363" />
        <source>Optimizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="370" />
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Squared error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Cross-entropy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="89" />
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="163" />
        <source>Show test data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="168" />
        <source>Discretize output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="389" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="404" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="411" />
        <source>Training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="421" />
        <source>Noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="431" />
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="439" />
        <source>New data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="445" />
        <source>Inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="464" />
        <source>Input %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="494" />
        <source>Before you press play: what will this network do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="495" />
        <source>Reset the network to make a prediction before the next run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkPointsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="17" />
        <source>Your own points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="24" />
        <source>Choose what a tap on the canvas does. Your first change turns the points shown into your own set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Just look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Add points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="33" />
        <source>Erase points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="54" />
        <source>Class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="62" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="80" />
        <source>Class %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="91" />
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="95" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="110" />
        <source>Import points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="119" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="116" />
        <source>Export points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkResultsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="14" />
        <source>Results and stop conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="22" />
        <source>Accuracy: %1 % on training data, %2 % on test data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="30" />
        <source>Confusion matrix of the test data (rows: true class, columns: predicted class)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="56" />
        <source>→ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="57" />
        <source>%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="72" />
        <source>Stop at epoch (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="84" />
        <source>Stop at epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="91" />
        <source>Stop at test loss (0: never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="102" />
        <source>Stop at test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="110" />
        <source>Speed: %1 epochs per second.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkRunsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="18" />
        <source>Saved runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="28" />
        <source>Name of this run (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="29" />
        <source>Name of this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="33" />
        <source>Save run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="49" />
        <source>No saved runs yet. Save one, change something, train again and save that too: then compare them here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="83" />
        <source>%1 epochs · test loss %2 · training loss %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="85" />
        <source>%1 epochs · test loss %2 · training loss %3 · test accuracy %4 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="113" />
        <source>Loss curves of the two runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="131" />
        <source>A training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="132" />
        <source>A test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="133" />
        <source>B training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="134" />
        <source>B test</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="14" />
        <source>✓ Saved</source>
        <extracomment>State of a note the learner writes: every change is saved</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="18" />
        <source>Saving…</source>
        <extracomment>State of a note the learner writes: a change is being written</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="21" />
        <source>Not saved yet: kept here and retried</source>
        <extracomment>State of a note: the last change could not be written yet; the app keeps it and tries again</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="24" />
        <source>History (%1)</source>
        <extracomment>Button that shows a note's earlier versions; %1 is how many there are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="32" />
        <source>Export Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="43" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>Markdown (*.md)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="85" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="93" />
        <source>✓ Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="95" />
        <source>In progress</source>
        <extracomment>A module's status on the home page</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="96" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="102" />
        <source>Section %1 of %2</source>
        <extracomment>Where the learner left the module; %1 and %2 are numbers</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="92" />
        <source>Not in this content pack yet</source>
        <extracomment>A module's status on the home page: its text is not installed</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="12" />
        <source>Play</source>
        <extracomment>the button that starts training</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="14" />
        <source>Pause</source>
        <extracomment>the same button while training runs: it stops training</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="21" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26" />
        <source>Good practice</source>
        <extracomment>Labels of three examples: acceptable, to avoid, and the best way to do something</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="27" />
        <source>Bad practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="28" />
        <source>Best practice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="14" />
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <extracomment>Notice on the home page when parts of a content pack are broken</extracomment>
        <translation>
            <numerusform>Some course content could not be loaded (%n problem). Everything else works.</numerusform>
            <numerusform>Some course content could not be loaded (%n problems). Everything else works.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show fewer</source>
        <extracomment>Button that folds the list of problems (of content, or of the school's policy) back to three</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>Show the %n problem</numerusform>
            <numerusform>Show all %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>Rename learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>New learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="34" />
        <source>Name</source>
        <extracomment>Placeholder of the field for a learner's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="38" />
        <source>Learner name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileRemoveDialog</name>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="11" />
        <source>Remove %1?</source>
        <extracomment>Title of the dialog that removes a learner; %1 is the learner's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="13" />
        <source>Remove</source>
        <extracomment>Button: remove the learner</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="18" />
        <source>Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="15" />
        <source>Learner</source>
        <extracomment>Label before the chooser of the learner profile on this device</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="42" />
        <source>Learner profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="47" />
        <source>New learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="56" />
        <source>Rename</source>
        <extracomment>Button: rename the current learner</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="66" />
        <source>Remove</source>
        <extracomment>Button: remove the current learner from this device</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="31" />
        <source>✓ Module complete · section %1 of %2: %3</source>
        <extracomment>A completed module's reader; %1 the section's number, %2 how many there are, %3 its title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="33" />
        <source>Section %1 of %2: %3</source>
        <extracomment>The section being read; %1 its number, %2 how many there are, %3 its title</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptCasesEditor</name>
    <message numerus="yes">
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="20" />
        <source>Test cases (%n)</source>
        <extracomment>%n test cases of the task</extracomment>
        <translation>
            <numerusform>Test cases (%n)</numerusform>
            <numerusform>Test cases (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="46" />
        <source>%1. %2 → %3</source>
        <extracomment>one test case: %1 its number, %2 its input, %3 the expected answer</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="54" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="63" />
        <source>Edit case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="66" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="70" />
        <source>Remove case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="81" />
        <source>Input (what goes into {{input}})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="82" />
        <source>Input of the test case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="87" />
        <source>Expected answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="94" />
        <source>Must contain (words; separated; by semicolons)</source>
        <extracomment>words separated by semicolons</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="95" />
        <source>Words the answer must contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Save the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Add the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="116" />
        <source>Import from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="122" />
        <source>Back to the task's own cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="132" />
        <source>A CSV file's first line names its columns: input,expected and, if wanted, contains (words separated by semicolons).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="149" />
        <source>Import test cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptComparisonExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="36" />
        <source># The structure of prompt A and prompt B: %1</source>
        <extracomment>the heading of an exported structure comparison; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="38" />
        <source>## Prompt A</source>
        <extracomment>a heading of the exported structure comparison, above prompt A's text</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="40" />
        <source>## Prompt B</source>
        <extracomment>a heading of the exported structure comparison, above prompt B's text</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="42" />
        <source>## What B does that A does not</source>
        <extracomment>a heading of the exported structure comparison, above its summary</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="47" />
        <source>## Criterion by criterion</source>
        <extracomment>a heading of the exported structure comparison, above its table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="49" />
        <source>| Criterion | A | B | Why the guides recommend it | Guides |</source>
        <extracomment>the columns of the exported comparison table, separated by |</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="52" />
        <source>yes</source>
        <extracomment>in the exported comparison table: the prompt has this part</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="54" />
        <source>no</source>
        <extracomment>in the exported comparison table: the prompt does not have this part</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="64" />
        <source>Structure cannot tell whether a prompt works: run both prompts on the same test cases, several times, to find out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptComparisonTable</name>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="18" />
        <source>Comparison of prompts A and B</source>
        <extracomment>Accessible name of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="24" />
        <source>What the guides agree on: A has %1 of %3 parts, B has %2 of %3.</source>
        <extracomment>Heading of the prompts lab's comparison table; %1 and %2 how many of the %3 parts prompts A and B have</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="37" />
        <source>Mark</source>
        <extracomment>Column of the comparison table: how the editors mark the part</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="46" />
        <source>Part</source>
        <extracomment>Column of the comparison table: the part of a prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="71" />
        <source>Why, and which guides</source>
        <extracomment>Column of the comparison table: why the guides recommend the part, and which guides</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A lacks %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B lacks %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="129" />
        <source>%1 (%2)</source>
        <extracomment>A cell of the comparison table: %1 why the guides recommend a part, %2 the guides' publishers</extracomment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="62" />
        <source>Add a role</source>
        <extracomment>Pattern button of the prompts lab: adds "You are &lt;role&gt;." at the top of the prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="68" />
        <source>Examples from the cases</source>
        <extracomment>Pattern button of the prompts lab: adds few-shot examples taken from the task's test cases</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="74" />
        <source>Your examples</source>
        <extracomment>Pattern button of the prompts lab: adds the learner's own few-shot examples</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="80" />
        <source>Step by step</source>
        <extracomment>Pattern button of the prompts lab: adds an instruction to think step by step</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="86" />
        <source>Output format</source>
        <extracomment>Pattern button of the prompts lab: adds the answer format</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="92" />
        <source>Delimiters</source>
        <extracomment>Pattern button of the prompts lab: puts the input between tags</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="98" />
        <source>Undo pattern</source>
        <extracomment>Button of the prompts lab: takes back the last pattern added to this prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="111" />
        <source>The pattern's change: what it inserted is bold and underlined.</source>
        <extracomment>Above the prompt as the last pattern changed it</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="132" />
        <source>No clarity signals.</source>
        <extracomment>Under a prompt editor: the analyser found no sign of an unclear prompt</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="134" />
        <source>Clarity signals (wavy orange underline):</source>
        <extracomment>Heading above the list of signs that a prompt is unclear (vague words, conflicts, ...)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="146" />
        <source>Line %1, %2: "%3"</source>
        <extracomment>One sign that a prompt is unclear: %1 its line number, %2 what it is (e.g. Vague word), %3 the words</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptExportButtons</name>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="20" />
        <source>Export as Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="27" />
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="36" />
        <source>Export the comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>Markdown files (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptPatternSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="22" />
        <source>Patterns to try</source>
        <extracomment>Heading of the prompts lab's card for the pattern helpers (add a role, examples, ...)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="36" />
        <source>Role, e.g. a support lead</source>
        <extracomment>Field of the prompts lab: the role the "Role" pattern writes ("You are ...")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="37" />
        <source>a support lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="38" />
        <source>Role to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="46" />
        <source>Answer format, e.g. urgent / normal</source>
        <extracomment>Field of the prompts lab: the answer format the "Format" pattern writes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="48" />
        <source>Answer format to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="57" />
        <source>Your own examples, one a line: input | answer</source>
        <extracomment>Field of the prompts lab: the learner's own few-shot examples</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="58" />
        <source>Your own examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="66" />
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="77" />
        <source>Examples drawn from the test cases</source>
        <extracomment>Label of a number box: how many few-shot examples to take from the task's test cases</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="85" />
        <source>Some patterns need a large model to show their effect. Asking for steps (chain of thought) helps only large models on reasoning tasks, and a persona changes the style of an answer, not whether it is right. The built-in demonstration model does not reason: try those patterns on a local model too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptRunResultsView</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="19" />
        <source>Pass rate over the test cases</source>
        <extracomment>Title of the chart of both prompts' pass rates</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="23" />
        <source>Prompt %1</source>
        <extracomment>a bar of the pass-rate chart; %1 A or B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="34" />
        <source>Prompt %1: %2</source>
        <extracomment>%1 A or B, %2 its pass rate with the spread over seeds</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="74" />
        <source>Answers from: %1</source>
        <extracomment>%1 the answers' provenance: model, version, seeds, temperature, time</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="82" />
        <source>Only the cases where A and B differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="118" />
        <source>Case %1: %2 (expected: %3)</source>
        <extracomment>a row of the case table: %1 the case's number, %2 its input, %3 the expected answer</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="127" />
        <source>A passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which A passed, %2 seeds in all, %3 A's answers grouped</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="135" />
        <source>B passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which B passed, %2 seeds in all, %3 B's answers grouped</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptRunSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="18" />
        <source>Model and settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="28" />
        <source>Built-in demonstration model</source>
        <extracomment>the built-in model, chosen as the model a test runs on</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="39" />
        <source>My local model server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="53" />
        <source>A small demonstration model made by the Loopwise project: it is trained on this computer from text the project ships, in a few seconds the first time, and gives the same answers for the same seed. It shows real effects of few-shot examples and their order, but it is not a large language model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="64" />
        <source>Send prompts to the local model server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="81" />
        <source>Kind of server</source>
        <extracomment>the kind of model server: ollama, llamacpp or openai</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="89" />
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="92" />
        <source>Find local models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="98" />
        <source>List models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="119" />
        <source>Use %1 at %2</source>
        <extracomment>a model server found on this computer: %1 its kind, %2 its address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="130" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="136" />
        <source>Check that the server follows the seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="169" />
        <source>Runs per case (seeds)</source>
        <extracomment>how many times each prompt is run on each test case, each with its own seed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="178" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="190" />
        <source>Calibrate (correct the model's bias towards some labels with a content-free input)</source>
        <extracomment>contextual calibration: the model's label probabilities are corrected by those for a content-free input</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptSavePair</name>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="17" />
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="33" />
        <source>Save this pair</source>
        <extracomment>Heading of the prompts lab's card to keep the two prompts with a note</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="28" />
        <source>Your note: what do you expect B to change, and why?</source>
        <extracomment>Placeholder of the note saved with a pair of prompts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="29" />
        <source>Note for this pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="49" />
        <source>%1: %2</source>
        <extracomment>A saved pair of prompts: %1 its task, %2 the learner's note</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="55" />
        <source>Open</source>
        <extracomment>Button beside a saved pair of prompts: loads it into the editors again</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="56" />
        <source>Open the pair %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptsLabPage</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="44" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="72" />
        <source>Task</source>
        <extracomment>Chooser of the prompts lab: which starter task (and its prompt pair) to work on</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="100" />
        <source>Compare structure</source>
        <extracomment>Tab of the prompts lab: A and B side by side, their parts and clarity</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="107" />
        <source>Measure on test cases</source>
        <extracomment>Tab of the prompts lab: both prompts run on the task's test cases, several times</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptsRunPanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="36" />
        <source>Measure on test cases</source>
        <extracomment>Heading of the part of the prompts lab that runs both prompts on test cases</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="45" />
        <source>How a prompt is written is a guess about how the model will behave. Run both prompts on the same test cases, several times, and see whether the difference is larger than the model's own run-to-run variation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="68" />
        <source>Run A and B on the test cases</source>
        <extracomment>Button: runs prompt A and prompt B on every test case with every seed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="76" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="101" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="133" />
        <source>Run the same test on my local model server</source>
        <extracomment>Button after a run on the built-in model: switches the test to the learner's local model server</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptsStructurePanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="66" />
        <source>What B does that A does not</source>
        <extracomment>Heading of the prompts lab's summary of the differences between prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="87" />
        <source>Structure cannot tell you whether a prompt works. How a prompt is written is a guess about how a model will behave: to find out, run both prompts on the same test cases, several times, under "Measure on test cases".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="45" />
        <source>%1 of %2 opened</source>
        <extracomment>How many of the check-yourself cards the learner has opened; %1 and %2 are numbers</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22" />
        <source>%1 Answer: %2</source>
        <extracomment>Screen-reader name of an opened question card; %1 is the question, %2 its answer</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23" />
        <source>Shows the answer. Activate to hide it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="24" />
        <source>Activate to show the answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="71" />
        <source>Show answer</source>
        <extracomment>Button on a check-yourself question card</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="42" />
        <source>Contents</source>
        <extracomment>Button that opens the list of the module's sections</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="43" />
        <source>Contents: jump to a section</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="20" />
        <source>Reflection</source>
        <extracomment>Heading of the box where the learner writes a reflection</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="28" />
        <source>Write a few sentences in your own words.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="33" />
        <source>Saved versions</source>
        <extracomment>Heading of the list of a note's earlier versions</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="64" />
        <source>%1 (current)</source>
        <extracomment>%1 is the date and time a note's version was saved; this one is the version shown now</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="82" />
        <source>Restore</source>
        <extracomment>Button: make this earlier version of the note the current one</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="92" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="46" />
        <source>"%1" is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <extracomment>%1 is what was given after --open; home, glossary, ... are the app's places as written on the command line</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="65" />
        <source>there is no lab "%1"; the labs are %2</source>
        <extracomment>%1 is the lab id the route names, %2 the list of lab ids (network, learning, ...)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="70" />
        <source>Your school has turned off the lab "%1".</source>
        <extracomment>%1 the title of a lab that the school's policy turned off</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchoolLock</name>
    <message>
        <location filename="../qml/components/SchoolLock.qml" line="14" />
        <source>Set by your school</source>
        <extracomment>Under a setting that the school's policy file fixes; the learner cannot change it</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionsPopup</name>
    <message>
        <location filename="../qml/components/SectionsPopup.qml" line="48" />
        <source>%1. %2</source>
        <extracomment>An entry of the contents list; %1 is the section's number, %2 its title</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="11" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="18" />
        <location filename="../qml/pages/SettingsPage.qml" line="29" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45" />
        <source>The course text and the app switch language right away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="56" />
        <source>Dark theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73" />
        <source>Text size: %1 %</source>
        <extracomment>Label of the text-size slider; %1 is the size in percent of the normal size</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="95" />
        <source>This is how text in the course will look.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107" />
        <source>For teachers</source>
        <extracomment>Heading of the settings for exporting and importing learners' progress</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="113" />
        <source>Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="127" />
        <source>Progress as CSV</source>
        <extracomment>Button: export every learner's progress as a CSV table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="132" />
        <source>xAPI statements</source>
        <extracomment>Button: export every learner's progress as xAPI statements (a learning-records standard; keep "xAPI")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="137" />
        <source>Export this learner</source>
        <extracomment>Button: save the current learner's profile to a file for another device</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="142" />
        <source>Import a learner</source>
        <extracomment>Button: read a learner's profile from a file exported on another device</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161" />
        <source>Progress is kept in %1</source>
        <extracomment>%1 is the path of the progress database file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="179" />
        <source>CSV files (*.csv)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180" />
        <source>xAPI statements (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="181" />
        <source>Loopwise learner files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201" />
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file that was written</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="17" />
        <source>Before you train: how will the model do on the tickets after the staffing change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="25" />
        <source>How you check the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="32" />
        <source>Validation tickets, taken from the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="40" />
        <source>Let the model see the writing style (greetings, sign-offs, names, formatting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="58" />
        <source>Add fields known only afterwards (escalated, resolved within a day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="84" />
        <source>Accuracy: training, validation, production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="91" />
        <source>Production, after the staffing change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="102" />
        <source>Accuracy lost when a feature group is shuffled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="110" />
        <source>The largest weights (positive: towards urgent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="121" />
        <source>Read the tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="149" />
        <source>Night desk, before the staffing change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="150" />
        <source>After the staffing change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../models/Shortcuts.cpp" line="29" />
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="30" />
        <source>Module reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="31" />
        <source>Lab: Build a neural network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="32" />
        <source>Lab: See how models learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="33" />
        <source>Lab: Check the assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="34" />
        <source>Lab: Mixture of experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="42" />
        <source>Go back (or close a glossary tip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="44" />
        <source>Course home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="45" />
        <source>Glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="46" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="47" />
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="49" />
        <source>Next or previous control or glossary term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="51" />
        <source>Open the focused card, term or link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="53" />
        <source>Loop diagram focused: previous or next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="55" />
        <source>Loop diagram focused: play or pause the walkthrough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="57" />
        <location filename="../models/Shortcuts.cpp" line="64" />
        <location filename="../models/Shortcuts.cpp" line="76" />
        <source>Play or pause training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="59" />
        <location filename="../models/Shortcuts.cpp" line="66" />
        <source>Train one epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="60" />
        <location filename="../models/Shortcuts.cpp" line="78" />
        <source>Fresh weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="62" />
        <source>Weights focused: pick a weight, then change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="68" />
        <source>Send one batch round the training loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="70" />
        <source>Fresh parameters, same data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="72" />
        <source>Train and check, or pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="74" />
        <source>Reset the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Ctrl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Alt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="110" />
        <source>Meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="128" />
        <source>, </source>
        <extracomment>Separates the keys that do the same thing in the shortcuts table, e.g. "Esc, Alt+←"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="31" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="49" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="52" />
        <source>Hide details</source>
        <extracomment>Button that hides the technical side of a save problem.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="54" />
        <source>Details</source>
        <extracomment>Button that shows the technical side of a save problem.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="57" />
        <source>Hide the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that hides a save problem's technical details.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="59" />
        <source>Show the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that shows a save problem's technical details.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="95" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="25" />
        <source>Open the lab: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="64" />
        <location filename="../qml/components/TopBar.qml" line="65" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="71" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="93" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="98" />
        <source>Glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="102" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="106" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="109" />
        <source>About Loopwise</source>
        <extracomment>Screen-reader name of the button that opens the About page</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="17" />
        <source>Before you train: how will the validation score compare with the model on fresh cases?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="25" />
        <source>How validation is made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="32" />
        <source>Validation method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="40" />
        <source>Features kept (0: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="52" />
        <source>The data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="59" />
        <source>Signal (0: the labels are pure noise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="70" />
        <source>Pure-noise features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="80" />
        <source>Rows per case (near-copies)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="89" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="109" />
        <source>Validation beside production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="115" />
        <source>Validation beside production (the line marks chance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="127" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="128" />
        <source>Production</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::AssumptionsController</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="49" />
        <source>Model %1 of %2 trained</source>
        <extracomment>%1 validation models trained so far, %2 in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="52" />
        <source>Step %1 of %2</source>
        <extracomment>%1 gradient steps done so far, %2 in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="84" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. a value out of its range</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="98" />
        <source>That link opens another experiment: %1.</source>
        <extracomment>%1 the title of the experiment the link opens</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="193" />
        <source>Your prediction matched what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="194" />
        <source>What happened was different from your prediction: the figures below show why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="196" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a statement of the same list), %3 whether they match</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="226" />
        <source>Run the experiment to the end first: then it can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="236" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="239" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="248" />
        <source>Check the assumptions: %1</source>
        <extracomment>the title of a lab run attached to a decision note; %1 the experiment's title</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::AssumptionsExplanations</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="47" />
        <source>Urgent tickets: shortcuts and leakage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="49" />
        <source>Validation is separate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="51" />
        <source>Loss matches the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="60" />
        <source>A help desk wants a model that flags urgent tickets. For the first three months nearly every urgent ticket was logged by the three agents of the night desk, each with a way of writing you could spot at a glance. Then the rota changed. Train a model on that history, check it the way most people would, and find out what it really learned; then try to catch the problem before production does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="66" />
        <source>A validation score is worth something only if the validation data played no part in training. Here a small, noisy set is validated in five ways, and each score stands beside the same model on fresh cases. Turn the signal down to zero and see which validations still claim that the model has learned something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="72" />
        <source>Few tickets are urgent, and missing one costs far more than a needless alarm. A model trained with the usual loss and the usual threshold can look accurate and still be expensive. Set the costs yourself, train, then repair the decision: weigh the classes in the loss, or keep the probabilities and choose the threshold by cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="84" />
        <source>%1 %</source>
        <extracomment>a share in percent, e.g. "93 %"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="97" />
        <source>at random</source>
        <extracomment>how the ticket history is split for validation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="99" />
        <source>by time (the newest tickets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="101" />
        <source>by writer (agents the model never saw)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="110" />
        <source>On the training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="112" />
        <source>Held-out cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="114" />
        <source>Held-out rows, near-copies on both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="116" />
        <source>Features chosen on all data, then cross-validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="118" />
        <source>Cross-validated, features chosen inside each fold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="127" />
        <source>None (plain loss, threshold 0.5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="129" />
        <source>Class weights in the loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="131" />
        <source>Threshold chosen by cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="141" />
        <source>content</source>
        <extracomment>a group of the model's features: the words of the problem</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="144" />
        <source>style</source>
        <extracomment>a group of the model's features: greetings, sign-offs, names, formatting</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="147" />
        <source>metadata</source>
        <extracomment>a group of the model's features: area, plan, channel</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="150" />
        <source>after the fact</source>
        <extracomment>a group of the model's features: known only after the ticket was handled</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="165" />
        <source>With the fields known only after the fact, validation reached %1. In production those fields are still empty when a ticket arrives: accuracy fell to %2 and the model caught %3 of %4 urgent tickets. The outcome leaked into training through a field nobody knows at decision time.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 urgent tickets caught, %4 urgent tickets in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="173" />
        <source>Validation said %1, production gave %2: a fall of %3 points after the staffing change. %4 of the %5 largest weights are style (the agents' names, sign-offs, formatting): the model learned who wrote a ticket, not what it says. Validation tickets drawn from the same months share that shortcut, so they could not show it.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the fall in percentage points, %4 style features among the largest weights, %5 the largest weights shown</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="181" />
        <source>Split %1, validation gave %2, within %3 points of production (%4). Tickets the model could not have seen in training stand in for production, so the validation shows the problem before production does. It looks worse than a random split, and that is the point: it is honest.</source>
        <extracomment>%1 how the history was split, %2 validation accuracy, %3 the difference in points, %4 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="188" />
        <source>Without the style features the model has to read what a ticket says: validation %1 and production %2 are within %3 points. Less brilliant on paper, and just as good after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="194" />
        <source>Validation said %1 and production gave %2, %3 points less: this validation promised more than the model delivers after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="199" />
        <source>Validation gave %1 and production %2: here the validation was a fair guide.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="210" />
        <source>Validation gave %1 and fresh cases %2, both close to chance (%3): this validation admits that the model has found nothing to learn.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="215" />
        <source>Validation gave %1, within %2 points of the %3 on fresh cases: kept apart from training, it is an honest estimate.</source>
        <extracomment>%1 validation accuracy, %2 the difference in points, %3 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="223" />
        <source>Scored on the rows it learned from, the model reports %1; on fresh cases it gets %2. Training data cannot tell memorising from learning.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="229" />
        <source>Near-copies of the same cases sit on both sides of the split: validation reports %1, fresh cases give %2. The model recognises copies it has already seen.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="235" />
        <source>The features were chosen on all the rows before cross-validation, so the validation rows helped choose them: validation reports %1, fresh cases give %2, and chance is %3. Choose features inside each fold, as the correct pipeline does.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="245" />
        <source>Validation gave %1 against %2 on fresh cases, %3 points more. This validation is separate, but with few cases its score varies from sample to sample: try more cases or another seed.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="259" />
        <source>All five validations stayed within 5 points of production this time: the data leaves little to memorise. Add near-copies or noise features, or turn the signal down, and compare again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="263" />
        <source>%n of the five validations scored more than 5 points above production: %1. They were not kept apart from training. The others stayed close to production.</source>
        <extracomment>%n how many validations flattered, %1 their names as a list</extracomment>
        <translation>
            <numerusform>%n of the five validations scored more than 5 points above production: %1. It was not kept apart from training. The others stayed close to production.</numerusform>
            <numerusform>%n of the five validations scored more than 5 points above production: %1. They were not kept apart from training. The others stayed close to production.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="278" />
        <source>At the usual threshold of 0.5 the model is %1 accurate, only %2 points above calling every ticket normal, yet it misses %3 of %4 urgent tickets. With a miss costing %5 and a false alarm %6, that is %7 per ticket, against %8 for calling every ticket normal.</source>
        <extracomment>%1 accuracy, %2 points above the all-normal baseline, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost of a miss, %6 cost of a false alarm, %7 cost per ticket, %8 the all-normal cost per ticket</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="290" />
        <source>Counting each urgent ticket %1 times in the loss pushed its probabilities up: at 0.5 the model misses %2 of %3 urgent tickets and costs %4 per ticket, against %5 for calling every ticket normal. Accuracy is %6: more false alarms, and far fewer expensive misses.</source>
        <extracomment>%1 the weight of an urgent ticket, %2 urgent tickets missed, %3 urgent tickets in all, %4 cost per ticket, %5 the all-normal cost per ticket, %6 accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="300" />
        <source>The threshold of least cost on the held-out tickets is %1 (for well-calibrated probabilities the costs imply %2). On the test tickets the model then misses %3 of %4 urgent tickets and costs %5 per ticket, against %6 for calling every ticket normal; accuracy is %7. The loss stayed a proper loss for probabilities, and the costs decided only the threshold.</source>
        <extracomment>%1 the chosen threshold, %2 the threshold the costs imply, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost per ticket, %6 the all-normal cost per ticket, %7 accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="316" />
        <source>Bar chart of accuracy: training %1, validation %2, production after the staffing change %3.</source>
        <extracomment>%1 training, %2 validation, %3 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="326" />
        <source>%1 (%2, %3)</source>
        <extracomment>one weight in a list: %1 the feature, %2 its group, %3 the weight</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="329" />
        <source>The largest weights, largest first (positive means urgent): %1.</source>
        <extracomment>%1 the weights as a list; a positive weight pushes towards urgent</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="339" />
        <source>%1 %2 points</source>
        <extracomment>one group in a list: %1 the group, %2 percentage points of accuracy lost</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="341" />
        <source>Bar chart of the accuracy lost when each feature group is shuffled: %1.</source>
        <extracomment>%1 the groups as a list</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="348" />
        <source>Confusion matrix: %1 urgent tickets flagged, %2 urgent tickets missed, %3 false alarms, %4 normal tickets left alone.</source>
        <extracomment>%1 urgent flagged, %2 urgent missed, %3 false alarms, %4 normal left alone</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="360" />
        <source>%1: validation %2, production %3</source>
        <extracomment>one method in a list: %1 the method, %2 validation accuracy, %3 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="364" />
        <source>Bar chart of validation beside production accuracy: %1. Chance is %2.</source>
        <extracomment>%1 the methods as a list, %2 chance</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="380" />
        <source>Line chart of the cost per ticket against the threshold on the held-out tickets: %1 at threshold %2, %3 at %4; the least, %5, at %6. The point shown: threshold %7, cost %8.</source>
        <extracomment>%1 cost at the lowest threshold %2, %3 cost at the highest threshold %4, %5 the least cost at threshold %6, %7 the threshold shown, %8 its cost</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::AssumptionsLabSettings</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsLabSettings.cpp" line="279" />
        <source>"%1" is not a setting of the %2 experiment.</source>
        <extracomment>%1 a key of the link, %2 the experiment's name in the link (shortcut, validation, cost)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::AssumptionsQuestions</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="30" />
        <source>Production will be about as good as validation (within 5 points).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="32" />
        <source>Production will be well below validation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="33" />
        <source>Production will be well above validation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="37" />
        <source>Validation will be within 5 points of production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="39" />
        <source>Validation will be well above production: it flatters the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="41" />
        <source>Validation will be well below production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="45" />
        <source>The cost per ticket will be at most half of what calling every ticket normal costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="48" />
        <source>The cost per ticket will stay above half of what calling every ticket normal costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="131" />
        <source>Validation (%1) and production (%2) agreed in your run. Why?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="132" />
        <source>The validation tickets were like production ones: newer, or from agents the model never saw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="133" />
        <source>The model could no longer see who wrote a ticket, only what it says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="134" />
        <source>The model trained for more steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="136" />
        <source>Right: a split that keeps the newest tickets or unseen writers apart asks the question production will ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="138" />
        <source>Not in this run: the split was random. Look at what the model was allowed to see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="139" />
        <source>Not in this run: the style features were there. Look at how validation was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="140" />
        <source>Right: without the style features the shortcut is gone, so what holds in validation holds after the change too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="142" />
        <source>No: every run trains the same number of steps. The difference lies in the data the model and its check were given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="147" />
        <source>Your model scored %1 in validation and %2 in production. Which check would have warned you before production?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="150" />
        <source>Validate on the newest tickets (a split by time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="151" />
        <source>Validate on a larger random share of the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="152" />
        <source>Look at the training accuracy as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="154" />
        <source>Right: the newest tickets come from after the staffing change, like production, so the shortcut stops working in validation too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="156" />
        <source>No: a larger random share is drawn from the same months, with the same shortcut, so it flatters the model just as much.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="158" />
        <source>No: training accuracy is measured on the very tickets the shortcut was learned from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="166" />
        <source>In your run validation said %1, fresh cases gave %2 and chance is %3. What does that tell you about this validation?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="169" />
        <source>It was kept apart from training: it estimates production fairly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="170" />
        <source>It was not separate from training: it flatters the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="171" />
        <source>Nothing: validation and production measure different things.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="173" />
        <source>Look again: validation is well above what the model does on fresh cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="174" />
        <source>Right: validation and fresh cases agree within 5 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="175" />
        <source>Right: the model had seen the validation rows, their copies or their influence on the chosen features before it was scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="177" />
        <source>Look again: validation and fresh cases agree within 5 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="178" />
        <source>No: both measure accuracy on cases; validation is meant to predict production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="185" />
        <source>On the test tickets your model is %1 accurate and costs %2 per ticket; calling every ticket normal is %3 accurate and costs %4. Which figure should decide what you deploy?</source>
        <extracomment>%1 accuracy, %2 cost per ticket, %3 the all-normal accuracy, %4 its cost per ticket</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The cost per ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The accuracy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The training loss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="191" />
        <source>Right: a miss costs %1 times a false alarm here, and only the cost weighs them that way.</source>
        <extracomment>%1 how many false alarms one miss is worth</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="193" />
        <source>No: accuracy counts a missed urgent ticket the same as a needless alarm, so calling everything normal already scores well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="195" />
        <source>No: the loss is how the model learns probabilities; the decision is judged by what its mistakes cost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::CostLab</name>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="103" />
        <source>There is no repair "%1": choose none, class-weights or cost-threshold.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="181" />
        <source>This model (threshold %1)</source>
        <extracomment>the trained model on the test tickets; %1 its threshold</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="182" />
        <source>Calling every ticket normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="229" />
        <source>Costs: a missed urgent ticket %1, a false alarm %2</source>
        <extracomment>%1 the cost of a missed urgent ticket, %2 of a false alarm</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="232" />
        <source>Repair: %1</source>
        <extracomment>%1 the repair chosen (none, class weights, threshold chosen by cost)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="240" />
        <source>Threshold: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="241" />
        <source>Test accuracy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="242" />
        <source>Test cost per ticket: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="244" />
        <source>Urgent tickets missed: %1 of %2</source>
        <extracomment>%1 urgent tickets missed on the test set, %2 urgent tickets in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="248" />
        <source>Calling every ticket normal: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket when every ticket is called normal</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::EngineErrorText</name>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="29" />
        <source>Learning rate</source>
        <extracomment>The name of a training setting, quoted in a sentence such as: "Learning rate" must be between 0.0001 and 10, not 20.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="32" />
        <source>Momentum</source>
        <extracomment>The name of a training setting (the momentum optimizer's factor), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="35" />
        <source>Adam's betas</source>
        <extracomment>The name of a training setting (the Adam optimizer's decay rates beta1 and beta2), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="38" />
        <source>Adam's epsilon</source>
        <extracomment>The name of a training setting (the Adam optimizer's small constant), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="41" />
        <source>Regularization rate</source>
        <extracomment>The name of a training setting, quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="44" />
        <source>Batch size</source>
        <extracomment>The name of a training setting (examples per training step), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="47" />
        <source>Divergence factor</source>
        <extracomment>The name of a training setting (how many times the first loss counts as diverged), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="50" />
        <source>Number of points</source>
        <extracomment>The name of a training setting (how many points the data has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="53" />
        <source>Noise</source>
        <extracomment>The name of a training setting (how noisy the data is), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="56" />
        <source>Training share</source>
        <extracomment>The name of a training setting (the share of the points used for training), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="59" />
        <source>Validation share</source>
        <extracomment>The name of a training setting (the share of the points held out for validation), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="62" />
        <source>Degree</source>
        <extracomment>The name of a training setting (the degree of a polynomial model), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="65" />
        <source>Inputs</source>
        <extracomment>The name of a training setting (the input features x1, x2, ...), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="68" />
        <source>Number of inputs</source>
        <extracomment>The name of a training setting (how many inputs a network has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="71" />
        <source>Number of layers</source>
        <extracomment>The name of a training setting (how many layers a network has, hidden and output), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="74" />
        <source>Units</source>
        <extracomment>The name of a training setting (how many units a layer has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="77" />
        <source>Activation</source>
        <extracomment>The name of a training setting (a layer's activation function), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="80" />
        <source>Loss</source>
        <extracomment>The name of a training setting (the loss function), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="83" />
        <source>Output units</source>
        <extracomment>The name of a training setting (how many units the output layer has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="86" />
        <source>Class weights</source>
        <extracomment>The name of a training setting (a weight per class in the loss), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="89" />
        <source>Classes</source>
        <extracomment>The name of a training setting (how many classes the data has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="92" />
        <source>Training set</source>
        <extracomment>The name of a training setting (the points used for training), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="95" />
        <source>Points</source>
        <extracomment>The name of a training setting (the learner's own points), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="98" />
        <source>Playground protocol</source>
        <extracomment>The name of a training setting (train exactly as TensorFlow Playground does), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="101" />
        <source>Temperature</source>
        <extracomment>The name of a language model's setting (how random its word choice is), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="104" />
        <source>Maximum tokens</source>
        <extracomment>The name of a language model's setting (the longest answer it may generate, in tokens), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="107" />
        <source>Experts</source>
        <extracomment>The name of a mixture-of-experts setting (how many expert networks it has), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="110" />
        <source>Experts per input</source>
        <extracomment>The name of a mixture-of-experts setting (how many experts work on each input, "top k"), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="114" />
        <source>Balance weight</source>
        <extracomment>The name of a mixture-of-experts setting (the weight of the term that spreads inputs evenly over the experts), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="118" />
        <source>Capacity</source>
        <extracomment>The name of a mixture-of-experts setting (how many inputs an expert may take, as a multiple of an even share), quoted in a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="130" />
        <source>Layer %1 must have between %2 and %3 units, not %4.</source>
        <extracomment>%1 is the layer's number (hidden layers first, the output layer last), %2 and %3 the allowed counts, %4 the given one</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="137" />
        <source>"%1" must be at least %2, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="139" />
        <source>"%1" must be above %2, not %3.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="142" />
        <source>"%1" must be between %2 and %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 and %3 its smallest and largest allowed values, %4 the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="146" />
        <source>"%1" must be at least %2 and below %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 its smallest allowed value, %3 the value it must stay below, %4 the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="149" />
        <source>"%1" must be above %2 and at most %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 its largest allowed value, %4 the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="157" />
        <source>Choose at least one input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="159" />
        <source>There are no points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="162" />
        <source>No point is left for training: add points or raise the training share.</source>
        <extracomment>The training share of the learner's points rounds down to no point at all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="165" />
        <source>"%1" is empty.</source>
        <extracomment>%1 is a setting's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="176" />
        <source>With %1 classes there must be %2 class weights, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the class weights needed, %3 the class weights given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="179" />
        <source>With %1 classes the output layer needs %2 units, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the output units needed, %3 the output units the network has</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="192" />
        <source>The input %1 is chosen twice.</source>
        <extracomment>%1 is an input feature's name, e.g. x1 or sin x2</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="195" />
        <source>Point %1 must have finite numbers as its coordinates and class.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="198" />
        <source>The class of point %1 must be a whole number from 0 to 99.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="200" />
        <source>Softmax can only be the activation of an output layer of at least two units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="202" />
        <source>Binary cross-entropy needs a sigmoid output layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="204" />
        <source>Categorical cross-entropy needs a softmax output layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="206" />
        <source>A regression has exactly one output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="208" />
        <source>A regression is trained with the squared error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="210" />
        <source>Class weights need a classification task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="215" />
        <source>The points must belong to at least two classes.</source>
        <extracomment>The learner's points all have the same class</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="218" />
        <source>Playground's protocol trains with the squared error.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="221" />
        <source>Playground's protocol trains with plain SGD.</source>
        <extracomment>Playground: TensorFlow Playground; SGD: stochastic gradient descent</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="224" />
        <source>Playground's protocol starts from Playground's initial weights.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="227" />
        <source>Playground's protocol keeps the order of the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="230" />
        <source>Playground's protocol needs a batch no larger than the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="244" />
        <source>%1 cannot be opened.</source>
        <extracomment>%1 the path of a file the learner picked</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="247" />
        <source>The file has no points: each line needs x1,x2,label.</source>
        <extracomment>x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="250" />
        <source>it has %1 fields where x1,x2,label needs 3.</source>
        <extracomment>%1 how many comma-separated fields the line has; x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="253" />
        <source>%1 is empty.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="256" />
        <source>%1 holds "%2", which is not a number.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the text found there</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="259" />
        <source>%1 holds %2, which is far too large.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the number found there</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="262" />
        <source>the label %1 is not a class: use 0, 1, 2, ... or -1 and 1.</source>
        <extracomment>%1 the label found; classes are whole numbers 0, 1, 2... (or TensorFlow Playground's -1 and 1)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="266" />
        <source>the label %1 cannot go with the label -1 on line %2: use 0, 1, 2, ... or only -1 and 1.</source>
        <extracomment>%1 the label found; %2 the line number of a label -1. -1 and 1 is TensorFlow Playground's way of naming two classes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="271" />
        <source>The file cannot be read as points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="282" />
        <source>Line %1 of the file: %2</source>
        <extracomment>%1 a line number of the learner's CSV file; %2 what is wrong in it, a clause starting in lower case</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="292" />
        <source>The training engine cannot use these settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ExpertsExplanations</name>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="26" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "42 %"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="39" />
        <source>Expert %1</source>
        <extracomment>one of the mixture's expert networks, numbered from 1</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="54" />
        <source>One expert will end up taking most of the inputs.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="57" />
        <source>The inputs will stay spread over several experts.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="74" />
        <source>With one expert the gate has no choice: this is a dense network with a gate in front.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="77" />
        <source>The experts collapsed: %1 takes %2 of the training inputs first, so the others hardly learn. The balance term (or a capacity per expert) pushes the gate to spread the inputs.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="82" />
        <source>The gate spread the inputs: the busiest expert, %1, takes %2 of the training inputs first.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="85" />
        <source>The mixture reached %1 test accuracy at %2 multiply-adds per input; the dense network with as many parameters in all reached %3 at %4.</source>
        <extracomment>%1 and %3 accuracies ("91 %"), %2 and %4 multiply-adds per input</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="92" />
        <source>Here the mixture kept up with the large dense network for a fraction of its compute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="95" />
        <source>It kept up with the dense network of its active size (%1) but not with the large one: fewer parameters work on each input.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="100" />
        <source>Here even the dense network of its active size did better (%1): routing is one option, not a guarantee.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="104" />
        <source>In the last epoch %n routing choice(s) found the expert full and were dropped.</source>
        <translation>
            <numerusform>In the last epoch %n routing choice found the expert full and was dropped.</numerusform>
            <numerusform>In the last epoch %n routing choices found the expert full and were dropped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="115" />
        <source>In your run, which expert took the most training inputs as its first choice? Look at the bar under the canvas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="131" />
        <source>Right: %1 took %2 of the training inputs first.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="133" />
        <source>Not this one: %1 took the most, %2 of the training inputs. The bar under the canvas shows each expert's share.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="143" />
        <source>%1 takes %2</source>
        <extracomment>one item of a list, e.g. "Expert 2 takes 40 %"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="146" />
        <source>The gate's first choices over the training inputs: %1. Balance figure %2 (1 is even).</source>
        <extracomment>%1 a list of the experts' shares, %2 the balance figure (1 is even)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="154" />
        <source>Dataset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="155" />
        <source>Experts: %1, each input goes to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="156" />
        <source>Balance term: on, weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="157" />
        <source>Balance term: off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="159" />
        <source>Capacity per expert: %1 × an even share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="160" />
        <source>Capacity per expert: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="161" />
        <source>Learning rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="167" />
        <source>Epochs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="168" />
        <source>Mixture: %1 test accuracy, %2 multiply-adds per input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="171" />
        <source>Dense network, same total parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="174" />
        <source>Dense network, same active parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="177" />
        <source>Largest share of one expert: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="178" />
        <source>Balance figure: %1 (1 is even)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ExpertsLab</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="69" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. "Experts" must be between 1 and 8, not 9.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="122" />
        <source>This lab has no dataset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="154" />
        <source>The experts cannot use the activation "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="184" />
        <source>Circle</source>
        <extracomment>a dataset: two classes in a ring</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="188" />
        <source>Exclusive or</source>
        <extracomment>a dataset: four quadrants, opposite ones the same class</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="192" />
        <source>Two clusters</source>
        <extracomment>a dataset: two Gaussian clusters</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="196" />
        <source>Spiral</source>
        <extracomment>a dataset: two interleaved spirals</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="200" />
        <source>Moons</source>
        <extracomment>a dataset: two interleaving half circles</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="203" />
        <source>Three clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="206" />
        <source>Four clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>Tanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>ReLU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Sigmoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="230" />
        <source>Watch the experts collapse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="231" />
        <source>The balance term spreads them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="232" />
        <source>Four experts on the spiral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="248" />
        <source>There is no preset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="297" />
        <source>%1: %2</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage of the training inputs</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="315" />
        <source>Balance figure: %1 (1 is perfectly even; the number of experts means one takes everything)</source>
        <extracomment>%1 the balance figure E * sum f_i P_i, e.g. "1.42"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="322" />
        <source>No capacity limit: every input reaches its experts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="323" />
        <source>Dropped for capacity in the last epoch: %n routing choice(s).</source>
        <translation>
            <numerusform>Dropped for capacity in the last epoch: %n routing choice.</numerusform>
            <numerusform>Dropped for capacity in the last epoch: %n routing choices.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="339" />
        <source>%1 of %2</source>
        <extracomment>parameters of a model: %1 active on each input, %2 in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="343" />
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="505" />
        <source>Mixture of experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="344" />
        <source>Dense, same total parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="345" />
        <source>Dense, same active parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="357" />
        <source>Epoch %1</source>
        <extracomment>%1 the number of epochs trained</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="362" />
        <source>A mixture of experts is one design option among several, not a guarantee of better results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="481" />
        <source>Your prediction matched what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="482" />
        <source>What happened was different from your prediction: look at the bar of each expert's share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="484" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a sentence), %3 whether they match</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="502" />
        <source>Train first: a finished run can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="515" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="518" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ExpertsLabSettings</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="130" />
        <source>hidden must list 1 to %1 layers of units, e.g. "8,8", not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="155" />
        <source>"%1" is not a setting of this lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="162" />
        <source>k must be at most the number of experts (%1), not %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::Exporters</name>
    <message>
        <location filename="../models/store/Exporters.cpp" line="147" />
        <source>Decision note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="149" />
        <source>Model note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="150" />
        <location filename="../models/store/Exporters.cpp" line="156" />
        <source>Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="158" />
        <source>Assumption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="160" />
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="162" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="164" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="166" />
        <source>Cost of failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="168" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="170" />
        <source>Key risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="171" />
        <source>Rollback plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="178" />
        <source>(empty)</source>
        <extracomment>Shown in an exported note for a field the learner left empty.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="192" />
        <source>%1 · saved %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="196" />
        <source>%1 · not saved yet</source>
        <extracomment>%1 is the learner's profile name.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="202" />
        <source>Evidence charts</source>
        <extracomment>Heading in an exported decision note above the charts of the lab runs attached as evidence</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LabController</name>
    <message>
        <location filename="../models/labs/common/LabController.cpp" line="69" />
        <source>That link cannot be used: %1</source>
        <extracomment>%1 what is wrong with a pasted lab link, one sentence per problem</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LabEvidence</name>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="54" />
        <source>The run is being attached…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="57" />
        <source>Train the model first: there is no run to attach yet.</source>
        <extracomment>why "Attach to my decision note" cannot be pressed yet</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="111" />
        <source>Added to your decision note's evidence.</source>
        <extracomment>the confirmation after "Attach to my decision note"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LabRegistry</name>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="19" />
        <source>Build a neural network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="22" />
        <source>See how models learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="25" />
        <source>Compare prompt strategies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="28" />
        <source>Check the assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="31" />
        <source>Mixture of experts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LabSpeed</name>
    <message>
        <location filename="../models/labs/common/LabSpeed.cpp" line="30" />
        <source>Full speed</source>
        <extracomment>training speed: as many epochs as the computer manages</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/common/LabSpeed.cpp" line="32" />
        <source>%n per frame</source>
        <extracomment>training speed: %n epochs trained between two pictures on the screen</extracomment>
        <translation>
            <numerusform>%n per frame</numerusform>
            <numerusform>%n per frame</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLab</name>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="27" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "93.5 %"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="47" />
        <source>Good fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="48" />
        <source>A degree-5 curve learns the pattern and stops near the noise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="49" />
        <source>Underfit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="50" />
        <source>A straight line cannot follow the curve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="51" />
        <source>Overfit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="52" />
        <source>Degree 15 on 16 noisy points learns the noise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="53" />
        <source>Rate too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="54" />
        <source>Each step overshoots until training collapses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="55" />
        <source>Rate too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="56" />
        <source>Tiny steps: the loss crawls down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="57" />
        <source>Noisy labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="58" />
        <source>Two classes, 40 % of the labels a coin flip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="59" />
        <source>More data cures overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="60" />
        <source>The overfitting model again, with 1000 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="101" />
        <source>That change cannot be trained: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="134" />
        <source>There is no model "%1": choose curve or classes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="228" />
        <source>Curve (regression)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="230" />
        <source>Two classes (logistic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="241" />
        <source>All training rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>Training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>The batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>These rows of the training set go round the loop together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>Predict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>The predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="261" />
        <source>The model computes an output for every row with its current parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>The loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="263" />
        <source>The loss condenses how far the predictions are from the targets into one number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Gradient and update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="265" />
        <source>The gradient says how the loss changes with each parameter; the update moves each parameter against it, scaled by the learning rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>The new parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="268" />
        <source>The updated parameters are kept and the next batch uses them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="288" />
        <source>Epoch %1, step %2 of %3</source>
        <extracomment>%1 epoch, %2 the next step in it, %3 steps per epoch</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="317" />
        <source>Training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="318" />
        <source>Validation loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="321" />
        <source>Training accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="322" />
        <source>Validation accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the majority class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the mean of the training targets</source>
        <extracomment>the baseline of the curve model: a model that always predicts the mean y of the training points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="375" />
        <source>Training has collapsed: reset it to step round the loop again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="393" />
        <source>(%1, %2)</source>
        <extracomment>a point's two inputs</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="449" />
        <source>Training has collapsed: reset it to train again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="473" />
        <source>There is no preset "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="578" />
        <source>Your prediction matched what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="579" />
        <source>What happened was different from your prediction: look at the loss curves to see why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="581" />
        <source>You predicted: %1
What happened: %2.
%3</source>
        <extracomment>%1 the learner's prediction, %2 the status reached (e.g. "Overfitting"), %3 whether they match</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="40" />
        <source>It is still learning: more epochs will lower the loss further.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="42" />
        <source>It has learned what the data allows: more epochs will not help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="44" />
        <source>The model is too simple for the pattern: it underfits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="46" />
        <source>It is memorising the noise of its training points: it overfits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="48" />
        <source>The learning rate is too low: it learns, but crawls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="50" />
        <source>The learning rate is too high: each step overshoots back and forth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="52" />
        <source>The learning rate is far too high: the steps overshoot further and further until training collapses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="78" />
        <source>Validation loss rose after epoch %1 (from %2 to %3) while training loss fell to %4: what is happening?</source>
        <extracomment>%1 epoch, %2 and %3 validation losses, %4 training loss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="87" />
        <source>In epoch %1 a step made the loss explode and training stopped; the loss had reached %2 (it started at %3). What is happening?</source>
        <extracomment>%1 epoch, %2 the highest training loss, %3 the loss before training</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="97" />
        <source>Over the last %1 epochs the training loss went up and down between %2 and %3: what is happening?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="104" />
        <source>After %1 epochs the training loss has levelled off at %2, far above the noise floor of %3: what is happening?</source>
        <extracomment>%3 is the noise floor: the loss no model beats on fresh data</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="109" />
        <source>In %1 epochs the training loss fell only from %2 to %3, slowly but steadily: what is happening?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="114" />
        <source>After %1 epochs the training loss has levelled off at %2, close to the noise floor of %3: what is happening?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="119" />
        <source>After %1 epochs the training loss is still falling fast (from %2 to %3): what is happening?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="173" />
        <source>The model beats the baseline on validation data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="174" />
        <source>The baseline beats the model on validation data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="175" />
        <source>They are about equal (within 5 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="177" />
        <source>A model is worth keeping when it beats the baseline on data it did not train on, and this one does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="179" />
        <source>On data it did not train on, this model does worse than the simple baseline: it is not worth keeping as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="181" />
        <source>On data it did not train on, the model adds little to the simple baseline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="184" />
        <source>After %1 epochs the model's validation loss is %2; the baseline (%3) has %4. Which is true?</source>
        <extracomment>%1 epochs, %2 the model's validation loss, %3 the baseline's name, %4 its validation loss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="198" />
        <source>Both losses fall and settle low: the model learns the pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="201" />
        <source>Training loss keeps falling but validation loss rises: it memorises the noise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="205" />
        <source>Both losses stop high: the model is too simple.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="208" />
        <source>The losses barely move: the steps are too small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="211" />
        <source>The loss jumps around or blows up: the steps are too big.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="228" />
        <source>Not trained yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="230" />
        <source>Improving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="232" />
        <source>Converged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="234" />
        <source>Underfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="236" />
        <source>Overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="238" />
        <source>Learning rate too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="240" />
        <source>Oscillating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="242" />
        <source>Diverged: training collapsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="251" />
        <source>Make a prediction, then press Play, or step one batch round the training loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="253" />
        <source>Both losses are still falling: let it train on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="255" />
        <source>The loss has levelled off near the noise in the data: this is as good as this model gets, so stop here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="258" />
        <source>The loss has levelled off far above the noise in the data: give the model more capacity (a higher degree).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="261" />
        <source>Validation loss rises while training loss falls: use more data or a lower degree, or stop at epoch %1, where validation loss was lowest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="265" />
        <source>The loss falls steadily but very slowly: raise the learning rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="267" />
        <source>The loss jumps up and down because the steps overshoot: lower the learning rate or use larger batches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="270" />
        <source>The loss exploded, so training stopped: lower the learning rate a lot, then reset.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="278" />
        <source>%n parameters to learn: one coefficient per term of the model</source>
        <extracomment>%n the model's parameters: the coefficients of its terms (1, P1(x), ...), which training learns</extracomment>
        <translation>
            <numerusform>%n parameter to learn: one coefficient per term of the model</numerusform>
            <numerusform>%n parameters to learn: one coefficient per term of the model</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="312" />
        <source>Right. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="314" />
        <source>Not quite: the answer is "%1" %2</source>
        <extracomment>%1 the right answer, %2 why</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="11" />
        <source>Model: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the kind of model</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="14" />
        <source>Degree: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the degree of the fitted curve</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="15" />
        <source>Learning rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Points: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a number of rows</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Noise: %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="19" />
        <source>Batch size: %1</source>
        <extracomment>a setting of a run in the decision note; %1 "All training rows" or a number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="22" />
        <source>Preset: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a preset, e.g. "Overfitting"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="24" />
        <source>Epochs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="28" />
        <source>%1: %2 (baseline: %3)</source>
        <extracomment>a result of a run in the decision note: %1 e.g. "Validation loss", %2 the model's figure, %3 the baseline's</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="34" />
        <source>Outcome: %1</source>
        <extracomment>the lab's verdict on the run, e.g. "Overfitting"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LearningLabSettings</name>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="99" />
        <source>preset must be one of %1, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="114" />
        <source>model must be curve or classes, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="141" />
        <source>"%1" is not a setting of this lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="147" />
        <source>batch must be at most the number of points (%1), not %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::LinkReader</name>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="15" />
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="25" />
        <source>%1 must be a number from %2 to %3, not "%4".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="35" />
        <source>%1 must be 1 or 0, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="41" />
        <source>%1 must be one of %2, not "%3".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::Messages</name>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="27" />
        <source>Loopwise is already running and using the progress folder %1. Close the other Loopwise window, then start Loopwise again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="61" />
        <source>The progress file %1 was saved by a newer version of Loopwise (data version %2; this version reads up to %3). It was left unchanged. Please update Loopwise to open it.</source>
        <extracomment>%1 is a file path, %2 and %3 are schema version numbers.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="71" />
        <source>The progress store is not open, so nothing can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="76" />
        <source>Your progress file was empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="81" />
        <source>Your progress file was not a Loopwise progress file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="86" />
        <source>Your progress file was damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="96" />
        <source>It was moved to %1 and kept there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="102" />
        <source>A damaged progress file that Loopwise set aside earlier is still kept at %1.</source>
        <extracomment>%1 is a file path. Said when the progress file is missing and no backup exists.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="107" />
        <source>Your progress was restored from the backup taken on %1; anything done after that time is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="114" />
        <source>No backup was available, so Loopwise started a new, empty progress file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="35" />
        <source>Loopwise on the computer %2 has been using the progress folder %1 since %3. This happens when the folder is shared, for example on a network drive. Close Loopwise on %2 and start it again here. If Loopwise is not open there any more, start it here with the option --take-over-lock.</source>
        <extracomment>%1 is a folder path, %2 a computer's network name, %3 a date and time.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="45" />
        <source>You asked to take over the progress folder from Loopwise on the computer %1 (in use there since %2). If Loopwise is still open there, close it without saving.</source>
        <extracomment>%1 is a computer's network name, %2 a date and time.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="53" />
        <source>The lock file %1 could not be read, so no running Loopwise can own it. Loopwise took the folder over.</source>
        <extracomment>%1 is a file path. A lock file marks the folder as in use by a running Loopwise.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="91" />
        <source>Your progress file was missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="119" />
        <source>The disk is full, so Loopwise holds on to your latest work and saves it as soon as there is space again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="132" />
        <source>Loopwise cannot write to its progress folder, so it holds on to your latest work and saves it as soon as it can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="139" />
        <source>Progress folder: %1
Check that the folder exists, that you may write to it and that its disk has free space.</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="151" />
        <source>Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="158" />
        <source>Progress folder: %1
Error reported by the database: %2</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path, %2 the database's technical error message (in English).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="163" />
        <source>A change could not be saved and was discarded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="168" />
        <source>%n change(s) could not be saved before closing.</source>
        <translation>
            <numerusform>%n change could not be saved before closing.</numerusform>
            <numerusform>%n changes could not be saved before closing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="173" />
        <source>The profile “%1” was deleted. A copy of all progress from before the deletion is kept in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="180" />
        <source>“%1” is not a valid id: use up to 128 letters, digits and . _ : / -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="185" />
        <source>The text is too long: at most %1 characters can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="190" />
        <source>A profile name must have between 1 and %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="195" />
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="200" />
        <source>“%1” is not a kind of note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="205" />
        <source>The %1 note has no field “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="210" />
        <source>There is no saved version with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="215" />
        <source>Time spent must be between 1 and %1 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="220" />
        <source>A lab run can only be saved with its settings and results as valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="225" />
        <source>The run could not be attached: its chart could not be captured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="230" />
        <source>This run is already in your decision note's evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="236" />
        <source>There is no evidence with the id “%1”.</source>
        <extracomment>%1 is an internal id</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="242" />
        <source>%1, %2</source>
        <extracomment>A lab run attached as evidence: %1 is the lab's title, %2 the date and time it was attached</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="257" />
        <source>Settings:</source>
        <extracomment>Heading above a lab run's settings in the decision note's evidence</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="260" />
        <source>Figures:</source>
        <extracomment>Heading above a lab run's results (loss, accuracy...) in the decision note's evidence</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="263" />
        <source>Reopen this run with the lab link: %1</source>
        <extracomment>%1 is a lab link such as lab/network?dataset=spiral; pasted into the lab, it reopens the run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="268" />
        <source>The setting “%1” must be text, a number or true/false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="273" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="278" />
        <source>Importing can start once your latest work has been saved. Please try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="284" />
        <source>%1 was not imported and nothing was changed. %2</source>
        <extracomment>%1 is a file path, %2 explains what is wrong with it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="292" />
        <source>Nothing was imported from %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="295" />
        <source>%n event(s) were imported from %1 into the new profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n event was imported from %1 into the new profile “%2”.</numerusform>
            <numerusform>%n events were imported from %1 into the new profile “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="299" />
        <source>%n event(s) were imported from %1 into the profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>%n event was imported from %1 into the profile “%2”.</numerusform>
            <numerusform>%n events were imported from %1 into the profile “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="302" />
        <source>The file holds no progress.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="305" />
        <source>%n event(s) were skipped because this profile has them already.</source>
        <translation>
            <numerusform>%n event was skipped because this profile has it already.</numerusform>
            <numerusform>%n events were skipped because this profile has them already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="308" />
        <source>%n event(s) were skipped because they belong to another profile on this computer.</source>
        <extracomment>The same recorded learner action (by its id) is stored under another profile.</extracomment>
        <translation>
            <numerusform>%n event was skipped because it belongs to another profile on this computer.</numerusform>
            <numerusform>%n events were skipped because they belong to another profile on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="312" />
        <source>No profile “%1” was added, because it would have been empty.</source>
        <extracomment>%1 is a learner's profile name.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="315" />
        <source>%n date(s) in the file were impossible (later than now or before 2000) and were set to the time of this import.</source>
        <extracomment>Dates written by a device whose clock was wrong.</extracomment>
        <translation>
            <numerusform>%n date in the file was impossible (later than now or before 2000) and was set to the time of this import.</numerusform>
            <numerusform>%n dates in the file were impossible (later than now or before 2000) and were set to the time of this import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::ModelServer</name>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="23" />
        <source>No model server answers on this computer's usual ports (%1).</source>
        <extracomment>%1 port numbers, e.g. "11434, 8080, 1234"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="143" />
        <source>Prompts you run will leave this device to %1.</source>
        <extracomment>%1 the host name or address of the model server</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::NetworkLab</name>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="244" />
        <source>%1 %</source>
        <extracomment>A whole percentage, e.g. "87 %"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="88" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 is one whole sentence saying why the training engine refuses the settings</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="86" />
        <source>Your own points need a classification set to start from: choose one, then add points.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="184" />
        <source>%n parameters to learn (weights: %1, biases: %2)</source>
        <extracomment>%n all numbers training learns; %1 of them weights (one per connection), %2 biases (one per neuron)</extracomment>
        <translation>
            <numerusform>%n parameter to learn (weights: %1, biases: %2)</numerusform>
            <numerusform>%n parameters to learn (weights: %1, biases: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="290" />
        <source>The network needs at least one input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="36" />
        <source>Circle</source>
        <extracomment>a data set: points inside a circle against points around it</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="38" />
        <source>Exclusive or</source>
        <extracomment>a data set: the four quarters of the plane, opposite quarters of one class</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="39" />
        <source>Two clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="40" />
        <source>Spiral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="41" />
        <source>Two moons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="42" />
        <source>Three classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="43" />
        <source>Four classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="44" />
        <source>Plane (regression)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="46" />
        <source>Hills (regression)</source>
        <extracomment>a regression data set whose values rise and fall like hills</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="47" />
        <source>My own points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="63" />
        <source>Tanh</source>
        <extracomment>activation functions of a neural network's neurons</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="64" />
        <source>ReLU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="65" />
        <source>Leaky ReLU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="66" />
        <source>Sigmoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="67" />
        <source>Linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="73" />
        <source>Plain SGD</source>
        <extracomment>optimizers: plain stochastic gradient descent, with momentum, and Adam</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="74" />
        <source>Momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="75" />
        <source>Adam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="161" />
        <source>Your prediction held: training diverged at epoch %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="162" />
        <source>Not what you predicted: training diverged at epoch %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="167" />
        <source>Your prediction held: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="172" />
        <source>Not what you predicted: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="178" />
        <source>Your prediction held: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="185" />
        <source>Not what you predicted: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="81" />
        <source>It will learn the data: at least 90 % of test points on the right side (regression: test loss at most 0.05).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="83" />
        <source>It will not manage that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="85" />
        <source>The test loss will rise again while the training loss keeps falling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="86" />
        <source>Training will blow up (diverge).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="28" />
        <source>Your own points are for classification: choose a classification set first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="37" />
        <source>The canvas holds at most %1 points.</source>
        <extracomment>%1 the largest number of points the learner may place</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="96" />
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>%n point imported.</numerusform>
            <numerusform>%n points imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="33" />
        <source>Points saved to %1.</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="75" />
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="84" />
        <source>Wait until the file being read or written is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="134" />
        <source>Your own points stay as they are; choose a generated set to get new data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="92" />
        <source>Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="96" />
        <source>Not trained yet. Test loss %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="99" />
        <source>Epoch %1, test loss %2.</source>
        <extracomment>%1 epoch, %2 test loss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="101" />
        <source>Epoch %1, test loss %2, %3 % of test points on the right side.</source>
        <extracomment>%1 epoch, %2 test loss, %3 percentage of test points the network classifies rightly</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="113" />
        <source>The network is still learning: the loss keeps falling, so more epochs will help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="115" />
        <source>The network has learned the data: its test points are predicted well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="117" />
        <source>The loss has levelled off before the network learned the data: it underfits. Give it more neurons, layers or inputs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="121" />
        <source>The test loss was lowest at epoch %1 (%2) and has risen since while the training loss kept falling: the network overfits. Stop earlier, add training data or use regularization.</source>
        <extracomment>%1 the epoch with the lowest test loss, %2 that loss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="127" />
        <source>The loss falls, but slowly: the learning rate is too low. Raise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="131" />
        <source>The loss swings between %1 and %2: the learning rate is too high, so each step overshoots. Lower it.</source>
        <extracomment>%1 and %2 the lowest and highest loss of the last epochs</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="134" />
        <source>The learning rate is far too high: the steps overshot further and further until the loss blew up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="145" />
        <source>Stopped at the epoch limit (%1).</source>
        <extracomment>%1 the epoch limit the learner set</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="148" />
        <source>Stopped: the test loss reached the target (%1).</source>
        <extracomment>%1 the test loss the learner set as the target</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="150" />
        <source>Training diverged: the loss blew up. Lower the learning rate, then reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="308" />
        <source>A weight must be a number from -100 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="317" />
        <source>A bias must be a number from -100 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="330" />
        <source>A prediction is made before training starts: reset the network to predict again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="380" />
        <source>There is nothing to save yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="394" />
        <source>Run of %1 epochs</source>
        <extracomment>the name of a saved run the learner did not name; %1 its epochs</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="398" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="401" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="23" />
        <source>%1 neurons (%2)</source>
        <extracomment>one hidden layer in a list of layers: %1 its number of neurons, %2 its activation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="30" />
        <source>Data set: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a data set</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="32" />
        <source>Noise: %1 %</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="34" />
        <source>Training data: %1 % of the points</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="36" />
        <source>Features: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a list of input features</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="37" />
        <source>Hidden layers: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="39" />
        <source>Hidden layers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="40" />
        <source>Learning rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Optimizer: %1</source>
        <extracomment>%1 the name of an optimizer, e.g. Adam</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Batch size: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="45" />
        <source>Regularization: %1, rate %2</source>
        <extracomment>%1 L1 or L2, %2 the regularization rate</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="46" />
        <source>Regularization: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: cross-entropy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: squared error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Epochs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Test loss: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="51" />
        <source>Training loss: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="54" />
        <source>Test accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="56" />
        <source>Training accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::NetworkLabSettings</name>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="216" />
        <source>dataset must be one of %1, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="236" />
        <source>features must name at least one input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="244" />
        <source>hidden may list at most %1 layers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="269" />
        <source>loss must be squared or cross-entropy, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="294" />
        <source>points: "%1" is not x:y:class with x and y from -6 to 6 and class 0 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="302" />
        <source>points may hold at most %1 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="304" />
        <source>"%1" is not a setting of this lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="310" />
        <source>activation must name one activation, or one per hidden layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="316" />
        <source>activation must be one of %1, not "softmax".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="324" />
        <source>dataset=custom needs points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="332" />
        <source>These settings cannot be trained: %1</source>
        <extracomment>%1 is the training engine's reason, a whole sentence</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::NetworkPointsFile</name>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="31" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="59" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="105" />
        <source>Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from %5 to %6, classes from 0 to %7.</source>
        <extracomment>%1 the point's number in the file, %2 and %3 its coordinates, %4 its class; %5 to %6 the canvas's range, %7 the largest class</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="114" />
        <source>The file has %1 points; the lab takes at most %2.</source>
        <extracomment>%1 points in the file, %2 the most the lab takes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="124" />
        <source>CSV lines are x1,x2,class with x1 and x2 from %1 to %2 and classes 0 to %3 (or -1 and 1).</source>
        <extracomment>x1,x2,class: the CSV columns, not to be translated; %1 to %2 the canvas's range, %3 the largest class; -1 and 1 is TensorFlow Playground's way of naming two classes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::NoteEditor</name>
    <message>
        <location filename="../models/NoteEditor.cpp" line="193" />
        <source>Exported to %1</source>
        <extracomment>%1 is the path of the file the note was written to</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ProfileArchive</name>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="88" />
        <location filename="../models/store/ProfileArchive.cpp" line="95" />
        <source>The file is not a Loopwise profile export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="98" />
        <source>The file has no valid “formatVersion”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="100" />
        <source>The file was exported by a newer version of Loopwise (format %1). Please update Loopwise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="114" />
        <source>“events” must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="117" />
        <source>The file has more than %1 events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="128" />
        <source>“%1” names a chart that is not in “evidenceImages”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="143" />
        <source>“%1” must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="148" />
        <location filename="../models/store/ProfileArchive.cpp" line="165" />
        <location filename="../models/store/ProfileArchive.cpp" line="237" />
        <location filename="../models/store/ProfileArchive.cpp" line="272" />
        <source>“%1” must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="156" />
        <source>“%1” must be a PNG image in base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="176" />
        <source>“%1” is not a known kind of event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="182" />
        <source>“%1” must be left out for this kind of event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="220" />
        <source>“%1” must be a whole number of seconds from 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="226" />
        <source>“%1” must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="233" />
        <source>“%1” is not a kind of note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="247" />
        <source>“%1” must hold valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="254" />
        <source>“%1” must be text, a number or true/false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="264" />
        <source>“%1” is not part of a profile export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="279" />
        <source>“%1” must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="282" />
        <source>“%1” is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="290" />
        <source>“%1” must be a short id (letters, digits and . _ : / -).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="298" />
        <source>“%1” must be a UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="312" />
        <source>“%1” must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="320" />
        <source>“%1” must be a date and time like 2024-05-01T09:30:00.000Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="374" />
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the parser's technical message, %2 a byte offset in the file.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="393" />
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ProgressStore</name>
    <message>
        <location filename="../models/store/ProgressStore.cpp" line="139" />
        <source>Learner</source>
        <extracomment>Name of the profile Loopwise creates when there is none yet.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="61" />
        <source>Opening your progress…</source>
        <extracomment>Shown while the learner's saved progress is being opened</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="64" />
        <source>Saving and closing your progress…</source>
        <extracomment>Shown while the progress file is being saved and closed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="67" />
        <source>Loading this learner's progress…</source>
        <extracomment>Shown while the progress of another learner profile is being loaded</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="70" />
        <source>Exporting, please wait…</source>
        <extracomment>Shown while an export file (notes, progress, learner) is being written</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="73" />
        <source>Importing the learner, please wait…</source>
        <extracomment>Shown while a learner file is being read and merged into this device's progress</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptCasesFile</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="64" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="109" />
        <source>The first line must name the columns input,expected (and, if wanted, contains).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="119" />
        <source>Line %1: a quote is opened and never closed.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="124" />
        <source>Line %1 has %2 fields, the first line names %3 columns.</source>
        <extracomment>%1 a line number, %2 fields found, %3 columns named in the first line</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="137" />
        <source>Line %1 has no input.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="142" />
        <source>Line %1 has neither an expected answer nor words it must contain.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptCasesModel</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="138" />
        <source>A test case needs an input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="142" />
        <source>A test case needs an expected answer or words the answer must contain.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="219" />
        <source>%n test case(s) imported.</source>
        <extracomment>%n test cases added from a CSV file</extracomment>
        <translation>
            <numerusform>%n test case imported.</numerusform>
            <numerusform>%n test cases imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="222" />
        <source>%1 Not imported: %2</source>
        <extracomment>%1 the sentence saying how many were imported, %2 the rows that were not, one sentence each</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptContent</name>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="54" />
        <source>%1 cannot be read; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) is not a readable file or is larger than 8 MB. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="63" />
        <source>%1 is not valid JSON at line %2, column %3; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) has a JSON syntax error at line %2, column %3. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="73" />
        <location filename="../models/labs/prompts/PromptContent.cpp" line="77" />
        <source>%1 cannot be used (%2); the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) lacks a field or has one of the wrong type; %2 is the technical detail (in English) naming the field. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="82" />
        <source>No content pack has a usable %1 for the prompts lab.</source>
        <extracomment>%1 is a file name such as tasks.json that no content pack (not even the shipped one) holds in a usable form.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptRunExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="21" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="67" />
        <source># Prompt A against prompt B: %1</source>
        <extracomment>the heading of an exported test run; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="77" />
        <source>Provenance: %1</source>
        <extracomment>%1 the answers' provenance</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="79" />
        <source>| Case | Input | Expected | A passed | B passed | Answers of A | Answers of B |</source>
        <extracomment>the columns of the exported case-by-case table, separated by |</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptRunLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="56" />
        <source>%1 The test runs on the built-in demonstration model instead.</source>
        <extracomment>%1 the model server's failure, one sentence</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="68" />
        <source>Saved the comparison as %1.</source>
        <extracomment>%1 the file a test run was exported to</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="112" />
        <source>There is no task "%1".</source>
        <extracomment>%1 a task id that the lab does not know</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="169" />
        <source>The model is either builtin or server, not "%1".</source>
        <extracomment>builtin and server are values of a lab link, not to be translated</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="195" />
        <source>%1 model %2 on the local model server</source>
        <extracomment>a local model's name before a run: %1 the kind of server, %2 the model</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="282" />
        <source>Add a test case first: the prompts are run on the test cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="352" />
        <source>Test run: %1</source>
        <extracomment>the name of a saved test run; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="362" />
        <source>The run could not be kept in your progress: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="468" />
        <source>Compare prompt strategies: test run on %1</source>
        <extracomment>the title of a test run attached to a decision note; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptRunWords</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="14" />
        <source>%1 %</source>
        <extracomment>a share as a percentage, %1 the number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="32" />
        <source>Loopwise demonstration model (small, made by the project)</source>
        <extracomment>the built-in model's name wherever a run's provenance is shown</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="38" />
        <source>trigram model, %1 words, trained on %2 words of the %3 demo corpus</source>
        <extracomment>the built-in model's version: %1 words it knows, %2 words of training text, %3 the content language code</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="45" />
        <source>Case %1 of %2, seed %3 of %4</source>
        <extracomment>a test run's progress: %1 the case being answered, %2 cases in all, %3 the seed, %4 seeds in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="50" />
        <source>Training the demonstration model (only the first time, a few seconds)…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="59" />
        <source>%1 (over %n seeds: %2 to %3, standard deviation %4 points)</source>
        <extracomment>%1 the mean pass rate, %n seeds, %2 the lowest and %3 the highest seed's pass rate, %4 the standard deviation in percentage points</extracomment>
        <translation>
            <numerusform>%1 (over %n seed: %2 to %3, standard deviation %4 points)</numerusform>
            <numerusform>%1 (over %n seeds: %2 to %3, standard deviation %4 points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="69" />
        <source>%1 of %n answered "%2"</source>
        <extracomment>repeated answers to one test case: %1 how many seeds gave this answer, %n seeds in all, %2 the answer</extracomment>
        <translation>
            <numerusform>%1 of %n answered "%2"</numerusform>
            <numerusform>%1 of %n answered "%2"</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="81" />
        <source>B did better than A by more than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="88" />
        <source>A did better than B by more than the run-to-run noise: A passed more often in %1 cases, B in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where A passed more often than B, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="96" />
        <source>The difference between A and B is not larger than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3). Do not conclude that one prompt works better from this run.</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="103" />
        <source>B minus A: %1 points of pass rate (95 % bootstrap interval over the cases: %2 to %3 points).</source>
        <extracomment>%1 B's pass rate minus A's in percentage points, %2 and %3 the interval's ends</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="110" />
        <source>What this small demonstration model cannot show: it has no reasoning, so asking it to think step by step does not make its answers more correct (research finds that chain-of-thought prompting helps only large models), and a role or persona changes the style of its answers, not whether they are right (in large models too). To test those patterns, run the same A/B test on a local model server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="118" />
        <source>The small demonstration model cannot show the difference on this task: it answers only with a label it has seen in examples, and cannot write a summary in a format or a JSON object, so both prompts fail on it whatever they say. Run this task on a local model server to compare the prompts, or try a task with labels (ticket triage, customer feedback) to see what examples change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="127" />
        <source>Prompt %1: %2 prompt tokens, %3 answer tokens, %4 s</source>
        <extracomment>%1 prompt A or B, %2 tokens read in all prompts, %3 tokens answered, %4 the time in seconds</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="139" />
        <source>%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC</source>
        <extracomment>where an answer came from: %1 the model, %2 its version, %n seeds (1 to n), %3 the temperature, %4 the start time in UTC</extracomment>
        <translation>
            <numerusform>%1 (%2); seed 1 to %n, temperature %3; started %4 UTC</numerusform>
            <numerusform>%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="147" />
        <source>Task: %1</source>
        <extracomment>%1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="149" />
        <source>Test cases: %1</source>
        <extracomment>%1 the number of test cases</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Seeds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="152" />
        <source>Temperature: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="155" />
        <source>Prompt A: %1</source>
        <extracomment>%1 the text of prompt A</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="157" />
        <source>Prompt B: %1</source>
        <extracomment>%1 the text of prompt B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="163" />
        <source>Pass rate of A: %1</source>
        <extracomment>%1 prompt A's pass rate with its spread</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="165" />
        <source>Pass rate of B: %1</source>
        <extracomment>%1 prompt B's pass rate with its spread</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptsExplanations</name>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="17" />
        <source>Role or persona</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="20" />
        <source>Task as an instruction</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="23" />
        <source>Context and reference text</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="26" />
        <source>Audience</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="29" />
        <source>Purpose</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="32" />
        <source>Output format</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="35" />
        <source>Length</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="38" />
        <source>Constraints</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="41" />
        <source>Examples</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="44" />
        <source>Step by step</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="47" />
        <source>Delimiters and sections</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="50" />
        <source>Success criteria</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="53" />
        <source>Subtasks</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="62" />
        <source>A role tells the model whose voice and knowledge to answer with.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="66" />
        <source>A clear instruction says exactly what the model should do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="70" />
        <source>Background and reference text let the model ground its answer instead of guessing.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="75" />
        <source>Naming the reader sets the level and the tone of the answer.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="79" />
        <source>Saying why the answer is needed helps the model choose what matters.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="83" />
        <source>A stated format makes answers consistent and easy to check.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="87" />
        <source>A length in words or sentences keeps answers from being too short or too long.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="92" />
        <source>Rules set the limits, and work best when they say what to do, not only what not to do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="97" />
        <source>Consistently formatted, balanced examples show the answer wanted; the last one weighs most.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="102" />
        <source>Asking the model to think first can help large models on reasoning tasks.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="106" />
        <source>Tags, quotes and headings keep instructions apart from the text to work on.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="111" />
        <source>Saying what a good answer looks like tells the model what to aim for.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="115" />
        <source>Splitting a complex task into steps makes each step easier to follow.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="125" />
        <source>Vague word</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="128" />
        <source>Conflicting instructions</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="131" />
        <source>Very long sentence</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="134" />
        <source>Reference to nothing before it</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="137" />
        <source>Unfilled placeholder</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="140" />
        <source>Unbalanced tag or quote</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="164" />
        <source>B gives the model a role; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="167" />
        <source>B states the task as an instruction; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="171" />
        <source>B gives context or reference text; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="175" />
        <source>B says who the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="179" />
        <source>B says what the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="183" />
        <source>B asks for an output format; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="186" />
        <source>B sets a length; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="189" />
        <source>B sets rules for the answer; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="192" />
        <source>B shows examples; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="195" />
        <source>B asks the model to work step by step; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="199" />
        <source>B marks its parts with delimiters or sections; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="203" />
        <source>B says what a good answer looks like; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="207" />
        <source>B splits the task into subtasks; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="217" />
        <source>A gives the model a role; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="220" />
        <source>A states the task as an instruction; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="224" />
        <source>A gives context or reference text; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="228" />
        <source>A says who the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="232" />
        <source>A says what the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="236" />
        <source>A asks for an output format; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="239" />
        <source>A sets a length; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="242" />
        <source>A sets rules for the answer; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="245" />
        <source>A shows examples; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="248" />
        <source>A asks the model to work step by step; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="252" />
        <source>A marks its parts with delimiters or sections; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="256" />
        <source>A says what a good answer looks like; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="260" />
        <source>A splits the task into subtasks; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="270" />
        <source>B has fewer vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="273" />
        <source>B has fewer conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="277" />
        <source>B has fewer very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="280" />
        <source>B has fewer references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="284" />
        <source>B has fewer unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="288" />
        <source>B has fewer unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="298" />
        <source>B has more vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="301" />
        <source>B has more conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="305" />
        <source>B has more very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="308" />
        <source>B has more references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="312" />
        <source>B has more unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="315" />
        <source>B has more unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="336" />
        <source>A and B have the same parts and the same clarity signals.</source>
        <extracomment>The prompts lab's summary when prompts A and B have the same parts and the same clarity signals</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptsLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="86" />
        <source>Saved the structure comparison as %1.</source>
        <extracomment>%1 the file the structure comparison of prompts A and B was exported to</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="130" />
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="409" />
        <source>The prompts lab has no task "%1".</source>
        <extracomment>%1 the id of a task the prompts lab was asked for
----------
%1 the task id a lab link names</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="284" />
        <source>That pattern is already in this prompt, or there is nothing for it to work on: the prompt stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="299" />
        <source>Write the role first, for example "a support lead".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="317" />
        <source>Write one example a line, the input and then the answer after a bar: "The site is down | urgent".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="357" />
        <source>Write the format first, for example "urgent / normal".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="457" />
        <source>The pair could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="459" />
        <source>The pair and your note are saved in your progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="494" />
        <source>Comparison: %1</source>
        <extracomment>the name of a structure comparison kept in the learner's progress; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="537" />
        <source>Task: %1</source>
        <extracomment>A line of the prompts lab's evidence in the decision note; %1 the task's title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="539" />
        <source>Prompt A: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt A's whole text</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="541" />
        <source>Prompt B: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt B's whole text</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="549" />
        <source>Parts the guides recommend: A has %1 of %3, B has %2 of %3.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 how many of the %3 parts the guides recommend prompts A and B have</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="554" />
        <source>Clarity signals: A has %1, B has %2.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 the numbers of clarity signals in prompts A and B</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::PromptsLabSettings</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="40" />
        <source>The prompt %1 in the link is longer than %2 characters.</source>
        <extracomment>%1 the link's key (a or b) of a prompt, %2 the most characters a prompt may have</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="99" />
        <source>task must be the id of one of the lab's tasks, such as triage, not "%1".</source>
        <extracomment>%1 what the link gives as the task's id</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="126" />
        <source>"%1" is not a setting of this lab.</source>
        <extracomment>%1 a key of the link that the prompts lab does not know</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::SchoolPolicy</name>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="62" />
        <source>a section name must end with ].</source>
        <extracomment>A line of the school's policy file; [ and ] are typed as they are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="69" />
        <source>there is no section [%1]; the sections are %2.</source>
        <extracomment>%1 a section name of the school's policy file, %2 the list of the known ones</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="78" />
        <source>write a setting as key = value.</source>
        <extracomment>A line of the school's policy file that is neither "key = value", a [section] nor a # comment</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="85" />
        <source>"%1" must come after a [section] line.</source>
        <extracomment>%1 a key of the school's policy file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="94" />
        <source>[%2] has no key "%1"; its keys are %3.</source>
        <extracomment>%1 a key, %2 a section of the school's policy file, %3 the keys that section has</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="99" />
        <source>"%1" is set twice; the first value is kept.</source>
        <extracomment>%1 a key of the school's policy file, given twice in one section</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="112" />
        <source>[learning-records] needs a key and a secret with its endpoint; no statements will be sent.</source>
        <extracomment>The school's policy file names a learning record store without its key and secret</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="118" />
        <source>manage-learners = teacher needs a teacher-pin; until one is set, anyone may.</source>
        <extracomment>The school's policy file lets only the teacher manage learners but sets no teacher PIN</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="159" />
        <source>"%1" is not a language code such as de or ar.</source>
        <extracomment>%1 what the policy file gives as a language</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="168" />
        <source>the theme is light or dark, not "%1".</source>
        <extracomment>%1 what the policy file gives as the theme; light and dark are typed as they are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="181" />
        <source>the text size is a percentage from %2 to %3, not "%1".</source>
        <extracomment>%1 what the policy file gives as the text size, %2 and %3 the smallest and largest percentages</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="212" />
        <source>manage-learners is everyone or teacher, not "%1".</source>
        <extracomment>%1 what the policy file gives; everyone and teacher are typed as they are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="220" />
        <source>teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself.</source>
        <extracomment>loopwise --hash-pin is a command typed as it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="243" />
        <source>write yes or no, not "%1".</source>
        <extracomment>%1 what the policy file gives where yes or no is expected; yes and no are typed as they are</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="255" />
        <source>there is no lab "%1"; the labs are %2.</source>
        <extracomment>%1 a lab id the policy file names, %2 the list of lab ids</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="267" />
        <source>"%1" is not a web address starting with http:// or https://.</source>
        <extracomment>%1 what the policy file gives where a web address is expected</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="276" />
        <source>"%1" is not a whole path to a folder (such as /srv/loopwise).</source>
        <extracomment>%1 what the policy file gives where a folder is expected</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="283" />
        <source>%1, line %2: %3</source>
        <extracomment>%1 the policy file's name, %2 a line number, %3 what is wrong there</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="285" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="334" />
        <source>The school's policy %1 cannot be read: %2</source>
        <extracomment>%1 the path of the school's policy file, %2 the system's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="342" />
        <source>The school's policy %1 is larger than %2 KiB; it was not read.</source>
        <extracomment>%1 the path of the school's policy file, %2 its largest size in KiB</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/SchoolStartup.cpp" line="67" />
        <source>The school's policy fixes the language %1, which is not installed.</source>
        <extracomment>%1 the language code the school's policy fixes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::SeedCheck</name>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="42" />
        <source>The server honours the seed: seed %1 gave the same text twice at temperature %3 and seed %2 a different one, so a run can be repeated exactly.</source>
        <extracomment>%1 the seed, %2 the next seed, %3 the temperature</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="49" />
        <source>The server ignores the seed: seed %1 gave two different texts at temperature %2, so no run can be repeated exactly; compare prompts over several runs instead.</source>
        <extracomment>%1 the seed, %2 the temperature</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="55" />
        <source>This check cannot tell: seeds %1 and %2 gave the same text at temperature %3, so this prompt's answer does not vary; try a prompt with a more open answer.</source>
        <extracomment>%1 and %2 two seeds, %3 the temperature</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="61" />
        <source>The seed check was stopped before it could tell.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ServerFailure</name>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="12" />
        <source>The local model server is turned off: turn it on to send prompts to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="15" />
        <source>“%1” is not an address Loopwise can use: write it like http://localhost:11434.</source>
        <extracomment>%1 the address the learner typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="18" />
        <source>Choose a model from the server's list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="21" />
        <source>Nothing answers at %1: start the model server, or check its address and port.</source>
        <extracomment>%1 host and port, e.g. localhost:11434</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="25" />
        <source>The computer %1 could not be found: check the server's address.</source>
        <extracomment>%1 host and port</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="28" />
        <source>The model server at %1 did not answer within %n second(s).</source>
        <extracomment>%1 host and port; %n seconds waited</extracomment>
        <translation>
            <numerusform>The model server at %1 did not answer within %n second.</numerusform>
            <numerusform>The model server at %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="32" />
        <source>The model server stopped in the middle of its reply: nothing came for %n second(s).</source>
        <extracomment>%n seconds without any new text</extracomment>
        <translation>
            <numerusform>The model server stopped in the middle of its reply: nothing came for %n second.</numerusform>
            <numerusform>The model server stopped in the middle of its reply: nothing came for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="36" />
        <source>The server at %1 does not have the model “%2”: pick one from its list.</source>
        <extracomment>%1 host and port, %2 the model's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="40" />
        <source>The server at %1 does not know %2: check that the kind of server chosen is the one running there.</source>
        <extracomment>%1 host and port, %2 a path such as /api/generate</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="44" />
        <source>The model server sent a reply Loopwise cannot read: check that the kind of server chosen is the one running there.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="48" />
        <source>The model went on past the %n token(s) it was allowed, so Loopwise stopped it.</source>
        <extracomment>%n the number of tokens the reply was allowed</extracomment>
        <translation>
            <numerusform>The model went on past the %n token it was allowed, so Loopwise stopped it.</numerusform>
            <numerusform>The model went on past the %n tokens it was allowed, so Loopwise stopped it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="52" />
        <source>The reply was still running after %n second(s), so Loopwise stopped it.</source>
        <extracomment>%n seconds a whole reply may take</extracomment>
        <translation>
            <numerusform>The reply was still running after %n second, so Loopwise stopped it.</numerusform>
            <numerusform>The reply was still running after %n seconds, so Loopwise stopped it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="56" />
        <source>The model server answered with error %1.</source>
        <extracomment>%1 an HTTP status code such as 500</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="58" />
        <source>The model server reported a problem while answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="60" />
        <source>The model server closed the connection before its reply was complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="63" />
        <source>The model server sent Loopwise on to another computer (%1); Loopwise did not follow, so nothing was sent there.</source>
        <extracomment>%1 the host the server pointed to</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="67" />
        <source>Loopwise could not talk to the model server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ServerPromptRun</name>
    <message>
        <location filename="../models/labs/prompts/ServerPromptRun.cpp" line="93" />
        <source>%1 model %2</source>
        <extracomment>a local model's name in a run's provenance: %1 the kind of server, %2 the model</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ShortcutLab</name>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="28" />
        <source>Urgent, and the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="29" />
        <source>Urgent, but the model says normal (%1 urgent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="31" />
        <source>Normal, but the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="32" />
        <source>Normal, and the model says normal (%1 urgent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="84" />
        <source>There is no split "%1": choose random, time or writer.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="124" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="125" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="127" />
        <source>Production</source>
        <extracomment>accuracy on the tickets after the staffing change</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="145" />
        <source>%1 (%2)</source>
        <extracomment>a feature and its group, e.g. "mo (style)"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="166" />
        <source>%1 points</source>
        <extracomment>accuracy lost when a feature group is shuffled, in percentage points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="184" />
        <source>Logged by %1 on day %2</source>
        <extracomment>who logged a ticket and when; %1 the agent's name, %2 the day of the year</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="229" />
        <source>Validation split: %1 (%2 of the history)</source>
        <extracomment>%1 how the history was split, %2 the share held out for validation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="230" />
        <source>Style features (greetings, sign-offs, names, formatting): used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="231" />
        <source>Style features (greetings, sign-offs, names, formatting): dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="233" />
        <source>Fields known only after the fact (escalated, resolved within a day): added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="234" />
        <source>Fields known only after the fact (escalated, resolved within a day): not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="242" />
        <source>Training accuracy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="243" />
        <source>Validation accuracy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="244" />
        <source>Production accuracy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="246" />
        <source>Urgent tickets caught in production: %1 of %2</source>
        <extracomment>%1 urgent tickets the model flagged in production, %2 urgent tickets in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="251" />
        <source>Largest weight: %1 (%2)</source>
        <extracomment>%1 the feature the model leans on most, %2 its group (content, style, ...)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loopwise::ValidationLab</name>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="69" />
        <source>There is no validation method "%1".</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="123" />
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>All five, side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>Validation method: %1</source>
        <extracomment>%1 the validation method (or "All five, side by side")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="221" />
        <source>Signal: %1 (0 means the labels are pure noise)</source>
        <extracomment>%1 the signal strength, 0 = pure noise</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="223" />
        <source>Data: %1 cases, %2 rows per case, %3 noise features, %4 features kept</source>
        <extracomment>%1 cases, %2 near-copies per case, %3 pure-noise features, %4 features kept</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="226" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="234" />
        <source>%1: validation %2, production %3, chance %4</source>
        <extracomment>%1 the validation method, %2 its validation accuracy, %3 production accuracy, %4 chance</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="161" />
        <source>Loopwise cannot start because parts of Qt are not installed: %1. Please install them and start again.</source>
        <extracomment>%1 is a list of Qt module names with the reason each failed to load</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="169" />
        <location filename="../app/main.cpp" line="181" />
        <source>Loopwise cannot start</source>
        <extracomment>Title of the message box shown when Loopwise cannot start (parts of Qt missing, or the progress store cannot be opened)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
</TS>