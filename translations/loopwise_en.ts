<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="15"/>
        <source>Loopwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="21"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="25"/>
        <source>Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="41"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42"/>
        <source>Course home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="43"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="45"/>
        <source>Move to the next control or glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="46"/>
        <source>Step through the training-loop diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="47"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="47"/>
        <source>Play or pause the diagram; open a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="71"/>
        <source>Built with Qt and Eigen. Course: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="11"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="22"/>
        <source>Artefact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="54"/>
        <source>model-note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="54"/>
        <source>decision-note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="37"/>
        <source>What changes if it is false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="25"/>
        <source>Mark as not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="25"/>
        <source>Mark this module complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="34"/>
        <source>✓ Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentProblems</name>
    <message numerus="yes">
        <location filename="../qml/components/ContentProblems.qml" line="27"/>
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <translation>
            <numerusform>Some course content could not be loaded (%n problem). Everything else works.</numerusform>
            <numerusform>Some course content could not be loaded (%n problems). Everything else works.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ContentProblems.qml" line="48"/>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ContentProblems.qml" line="48"/>
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>Show all %n problem</numerusform>
            <numerusform>Show all %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="23"/>
        <source>Key term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="13"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32"/>
        <source>Search terms and definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33"/>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="40"/>
        <source>No term matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="41"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="19"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="59"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="87"/>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29"/>
        <source>Open the glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="17"/>
        <source>Open the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="30"/>
        <source>Interactive lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="55"/>
        <source>Open lab →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="18"/>
        <source>Stack hidden layers and choose an activation for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="19"/>
        <source>Watch the network learn to separate classes on a 2D canvas, with the decision boundary drawn live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="20"/>
        <source>Change the learning rate, the noise and the data, and see the training and test loss respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="21"/>
        <source>Add your own points by tapping the canvas and compare saved runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="24"/>
        <source>Set the learning rate, the amount of data and the noise for a simple model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="25"/>
        <source>Watch it improve, overfit, underfit or collapse, with training and validation loss side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="26"/>
        <source>Step through the training loop one batch at a time with real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="27"/>
        <source>Compare the model with a simple baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="30"/>
        <source>Put two prompts side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="31"/>
        <source>Compare their structure, clarity and likely effectiveness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="32"/>
        <source>Try structured patterns such as worked steps, few-shot examples and role play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="36"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="41"/>
        <source>Interactive lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="75"/>
        <source>This lab is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="80"/>
        <source>It is being built now. When it is ready, it will let you:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="43"/>
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="148"/>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="188"/>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="175"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="204"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="210"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="210"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="212"/>
        <source>Pause the walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="212"/>
        <source>Play the walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="217"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="224"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="20"/>
        <source>%1 – Loopwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Loopwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>This part of the course is not in the installed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="122"/>
        <location filename="../qml/Main.qml" line="124"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="148"/>
        <location filename="../qml/Main.qml" line="151"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="155"/>
        <location filename="../qml/Main.qml" line="157"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <location filename="../qml/Main.qml" line="163"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="167"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="170"/>
        <source>About Loopwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="54"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="58"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="106"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="107"/>
        <source>Contents: jump to a section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="18"/>
        <location filename="../qml/components/NeighbourCard.qml" line="34"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="18"/>
        <location filename="../qml/components/NeighbourCard.qml" line="34"/>
        <source>Previously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="55"/>
        <source>Not in this content pack yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="12"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="15"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="17"/>
        <source>Not saved yet: kept here and retried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="27"/>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="34"/>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="43"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="66"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="66"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="69"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="81"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="88"/>
        <source>✓ Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="89"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="90"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="95"/>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="87"/>
        <source>Not in this content pack yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="24"/>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="25"/>
        <source>Bad practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26"/>
        <source>Best practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="13"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="38"/>
        <source>Learner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="42"/>
        <location filename="../qml/components/ProfileSwitcher.qml" line="69"/>
        <source>New learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="50"/>
        <location filename="../qml/components/ProfileSwitcher.qml" line="70"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="59"/>
        <location filename="../qml/components/ProfileSwitcher.qml" line="93"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="69"/>
        <source>Rename learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="70"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="85"/>
        <source>Learner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="92"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="96"/>
        <source>Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="25"/>
        <source>Section %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="41"/>
        <source>%1 of %2 opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="21"/>
        <source>%1 Answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22"/>
        <source>Shows the answer. Activate to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23"/>
        <source>Activate to show the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="65"/>
        <source>Show answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="19"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="27"/>
        <source>Write a few sentences in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="31"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="60"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="76"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="86"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="16"/>
        <source>&quot;%1&quot; is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPopup</name>
    <message>
        <location filename="../qml/components/SectionsPopup.qml" line="46"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="11"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="17"/>
        <location filename="../qml/pages/SettingsPage.qml" line="28"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>The course text and the app switch language right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="48"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="58"/>
        <source>Text size: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="70"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="74"/>
        <source>This is how text in the course will look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="84"/>
        <source>For teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="98"/>
        <source>Progress as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="102"/>
        <source>xAPI statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="106"/>
        <source>Export this learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="110"/>
        <source>Import a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="122"/>
        <source>Progress is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="139"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="140"/>
        <source>xAPI statements (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="141"/>
        <source>Loopwise learner files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="150"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="151"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="28"/>
        <source>Your latest work is not saved yet: %1. It stays here and is saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="54"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="24"/>
        <source>Open the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopwise::Exporters</name>
    <message>
        <location filename="../models/store/exporters.cpp" line="122"/>
        <source>Decision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="124"/>
        <source>Model note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="125"/>
        <location filename="../models/store/exporters.cpp" line="131"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="133"/>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="135"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="137"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="139"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="141"/>
        <source>Cost of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="143"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="145"/>
        <source>Key risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="146"/>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="153"/>
        <source>(empty)</source>
        <extracomment>Shown in an exported note for a field the learner left empty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="168"/>
        <source>%1 · saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/exporters.cpp" line="172"/>
        <source>%1 · not saved yet</source>
        <extracomment>%1 is the learner&apos;s profile name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopwise::Messages</name>
    <message>
        <location filename="../models/store/messages.cpp" line="21"/>
        <source>Loopwise is already running and using the progress folder %1. Close the other Loopwise window, then start Loopwise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="29"/>
        <source>The progress file %1 was saved by a newer version of Loopwise (data version %2; this version reads up to %3). It was left unchanged. Please update Loopwise to open it.</source>
        <extracomment>%1 is a file path, %2 and %3 are schema version numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="39"/>
        <source>The progress store is not open, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="44"/>
        <source>Your progress file was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="49"/>
        <source>Your progress file was not a Loopwise progress file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="54"/>
        <source>Your progress file was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="59"/>
        <source>It was moved to %1 and kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="64"/>
        <source>Your progress was restored from the backup taken on %1; anything done after that time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="71"/>
        <source>No backup was available, so Loopwise started a new, empty progress file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="76"/>
        <source>Loopwise cannot write to the folder %1, so your latest work is not saved yet. Loopwise keeps it while it is open and keeps trying. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="86"/>
        <source>The disk is full, so your latest work is not saved yet. Loopwise keeps it while it is open and saves it as soon as there is space again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="91"/>
        <source>Your latest work is not saved yet (%1). Loopwise keeps it while it is open and keeps trying.</source>
        <extracomment>%1 is a technical error message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="98"/>
        <source>A change could not be saved and was discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/messages.cpp" line="103"/>
        <source>%n change(s) could not be saved before closing.</source>
        <translation>
            <numerusform>%n change could not be saved before closing.</numerusform>
            <numerusform>%n changes could not be saved before closing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="108"/>
        <source>The profile “%1” was deleted. A copy of all progress from before the deletion is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="115"/>
        <source>“%1” is not a valid id: use up to 128 letters, digits and . _ : / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="121"/>
        <source>The text is too long: at most %1 characters can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="126"/>
        <source>A profile name must have between 1 and %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="131"/>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="136"/>
        <source>“%1” is not a kind of note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="141"/>
        <source>The %1 note has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="146"/>
        <source>There is no saved version with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="151"/>
        <source>Time spent must be between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="156"/>
        <source>A lab run can only be saved with its settings and results as valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="161"/>
        <source>The setting “%1” must be text, a number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="166"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="171"/>
        <source>Importing can start once your latest work has been saved. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/messages.cpp" line="177"/>
        <source>%1 was not imported and nothing was changed. %2</source>
        <extracomment>%1 is a file path, %2 explains what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopwise::ProfileArchive</name>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="71"/>
        <location filename="../models/store/profilearchive.cpp" line="77"/>
        <source>The file is not a Loopwise profile export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="80"/>
        <source>The file has no valid “formatVersion”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="82"/>
        <source>The file was exported by a newer version of Loopwise (format %1). Please update Loopwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="96"/>
        <source>“events” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="99"/>
        <source>The file has more than %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="112"/>
        <location filename="../models/store/profilearchive.cpp" line="183"/>
        <location filename="../models/store/profilearchive.cpp" line="218"/>
        <source>“%1” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="122"/>
        <source>“%1” is not a known kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="128"/>
        <source>“%1” must be left out for this kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="166"/>
        <source>“%1” must be a whole number of seconds from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="172"/>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="179"/>
        <source>“%1” is not a kind of note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="193"/>
        <source>“%1” must hold valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="200"/>
        <source>“%1” must be text, a number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="209"/>
        <source>“%1” is not part of a profile export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="225"/>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="228"/>
        <source>“%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="236"/>
        <source>“%1” must be a short id (letters, digits and . _ : / -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="245"/>
        <source>“%1” must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="259"/>
        <source>“%1” must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="267"/>
        <source>“%1” must be a date and time like 2024-05-01T09:30:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="305"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the parser&apos;s technical message, %2 a byte offset in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/profilearchive.cpp" line="326"/>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopwise::ProgressStore</name>
    <message>
        <location filename="../models/store/progressstore.cpp" line="205"/>
        <source>Learner</source>
        <extracomment>Name of the profile Loopwise creates when there is none yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
