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
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="12"/>
        <source>Artefact</source>
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
        <location filename="../qml/blocks/CompleteBlock.qml" line="23"/>
        <source>Mark as not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="23"/>
        <source>Mark this module complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="30"/>
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
        <location filename="../qml/pages/HomePage.qml" line="55"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="83"/>
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
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="223"/>
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
        <location filename="../qml/Main.qml" line="116"/>
        <source>Loopwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="63"/>
        <source>This part of the course is not in the installed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="110"/>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="136"/>
        <location filename="../qml/Main.qml" line="139"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="143"/>
        <location filename="../qml/Main.qml" line="145"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="149"/>
        <location filename="../qml/Main.qml" line="151"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="155"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="158"/>
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
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="75"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="80"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="80"/>
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
        <location filename="../qml/blocks/QuizBlock.qml" line="38"/>
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
        <location filename="../qml/blocks/ReflectionBlock.qml" line="11"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="19"/>
        <source>Write a few sentences in your own words.</source>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="10"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="16"/>
        <location filename="../qml/pages/SettingsPage.qml" line="27"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="36"/>
        <source>The course text and the app switch language right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Text size: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>This is how text in the course will look.</source>
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
</TS>
