<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="15"/>
        <source>Loopwise</source>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="21"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="25"/>
        <source>Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.</source>
        <translation>Loopwise zeigt dir, wie Modelle lernen: Lies das Modul und probiere dann jede Idee selbst in den Laboren aus. Die App funktioniert offline, speichert deinen Fortschritt auf diesem Gerät und spricht deine Sprache.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="41"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42"/>
        <source>Course home</source>
        <translation>Startseite des Kurses</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="43"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="45"/>
        <source>Move to the next control or glossary term</source>
        <translation>Zum nächsten Bedienelement oder Glossarbegriff springen</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="46"/>
        <source>Step through the training-loop diagram</source>
        <translation>Schrittweise durch das Diagramm der Trainingsschleife gehen</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="47"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="47"/>
        <source>Play or pause the diagram; open a card</source>
        <translation>Diagramm abspielen oder anhalten; eine Karte öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="71"/>
        <source>Built with Qt and Eigen. Course: %1.</source>
        <translation>Erstellt mit Qt und Eigen. Kurs: %1.</translation>
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="12"/>
        <source>Artefact</source>
        <translation>Artefakt</translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="37"/>
        <source>What changes if it is false</source>
        <translation>Was sich ändert, wenn sie nicht zutrifft</translation>
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="23"/>
        <source>Mark as not complete</source>
        <translation>Als nicht abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="23"/>
        <source>Mark this module complete</source>
        <translation>Dieses Modul als abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="30"/>
        <source>✓ Completed</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ContentProblems</name>
    <message numerus="yes">
        <location filename="../qml/components/ContentProblems.qml" line="27"/>
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <translation>
            <numerusform>Ein Teil der Kursinhalte konnte nicht geladen werden (%n Problem). Alles andere funktioniert.</numerusform>
            <numerusform>Ein Teil der Kursinhalte konnte nicht geladen werden (%n Probleme). Alles andere funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ContentProblems.qml" line="48"/>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ContentProblems.qml" line="48"/>
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>%n Problem anzeigen</numerusform>
            <numerusform>Alle %n Probleme anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="23"/>
        <source>Key term</source>
        <translation>Schlüsselbegriff</translation>
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="13"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32"/>
        <source>Search terms and definitions</source>
        <translation>Begriffe und Definitionen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33"/>
        <source>Search the glossary</source>
        <translation>Glossar durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="40"/>
        <source>No term matches &quot;%1&quot;.</source>
        <translation>Kein Begriff passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="41"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="19"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="55"/>
        <source>Outline</source>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="83"/>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29"/>
        <source>Open the glossary</source>
        <translation>Glossar öffnen</translation>
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="17"/>
        <source>Open the lab: %1</source>
        <translation>Labor öffnen: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="30"/>
        <source>Interactive lab</source>
        <translation>Interaktives Labor</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="55"/>
        <source>Open lab →</source>
        <translation>Labor öffnen →</translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="18"/>
        <source>Stack hidden layers and choose an activation for each.</source>
        <translation>Verborgene Schichten stapeln und für jede eine Aktivierungsfunktion wählen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="19"/>
        <source>Watch the network learn to separate classes on a 2D canvas, with the decision boundary drawn live.</source>
        <translation>Zusehen, wie das Netz lernt, Klassen auf einer 2D-Fläche zu trennen – die Entscheidungsgrenze wird live gezeichnet.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="20"/>
        <source>Change the learning rate, the noise and the data, and see the training and test loss respond.</source>
        <translation>Lernrate, Rauschen und Daten verändern und sehen, wie Trainings- und Testverlust reagieren.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="21"/>
        <source>Add your own points by tapping the canvas and compare saved runs.</source>
        <translation>Eigene Punkte durch Tippen auf die Fläche hinzufügen und gespeicherte Durchläufe vergleichen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="24"/>
        <source>Set the learning rate, the amount of data and the noise for a simple model.</source>
        <translation>Lernrate, Datenmenge und Rauschen für ein einfaches Modell einstellen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="25"/>
        <source>Watch it improve, overfit, underfit or collapse, with training and validation loss side by side.</source>
        <translation>Zusehen, wie es besser wird, sich überanpasst, unteranpasst oder zusammenbricht – mit Trainings- und Validierungsverlust nebeneinander.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="26"/>
        <source>Step through the training loop one batch at a time with real numbers.</source>
        <translation>Die Trainingsschleife Batch für Batch mit echten Zahlen durchgehen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="27"/>
        <source>Compare the model with a simple baseline.</source>
        <translation>Das Modell mit einer einfachen Baseline vergleichen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="30"/>
        <source>Put two prompts side by side.</source>
        <translation>Zwei Prompts nebeneinanderstellen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="31"/>
        <source>Compare their structure, clarity and likely effectiveness.</source>
        <translation>Aufbau, Klarheit und vermutliche Wirksamkeit vergleichen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="32"/>
        <source>Try structured patterns such as worked steps, few-shot examples and role play.</source>
        <translation>Strukturierte Muster wie ausgearbeitete Schritte, Few-Shot-Beispiele und Rollenspiel ausprobieren.</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="36"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="41"/>
        <source>Interactive lab</source>
        <translation>Interaktives Labor</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="75"/>
        <source>This lab is not built yet</source>
        <translation>Dieses Labor gibt es noch nicht</translation>
    </message>
    <message>
        <location filename="../qml/pages/LabPage.qml" line="80"/>
        <source>It is being built now. When it is ready, it will let you:</source>
        <translation>Es wird gerade gebaut. Wenn es fertig ist, kannst du damit:</translation>
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="43"/>
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <translation>Diagramm der Trainingsschleife, Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="148"/>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="188"/>
        <source>Stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="175"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="204"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="210"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="210"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="212"/>
        <source>Pause the walkthrough</source>
        <translation>Durchgang anhalten</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="212"/>
        <source>Play the walkthrough</source>
        <translation>Durchgang abspielen</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="217"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="20"/>
        <source>%1 – Loopwise</source>
        <translation>%1 – Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <location filename="../qml/Main.qml" line="116"/>
        <source>Loopwise</source>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="63"/>
        <source>This part of the course is not in the installed content.</source>
        <translation>Dieser Teil des Kurses ist in den installierten Inhalten nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="110"/>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="136"/>
        <location filename="../qml/Main.qml" line="139"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="143"/>
        <location filename="../qml/Main.qml" line="145"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="149"/>
        <location filename="../qml/Main.qml" line="151"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="155"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="158"/>
        <source>About Loopwise</source>
        <translation>Über Loopwise</translation>
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="54"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="58"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n Lernziel</numerusform>
            <numerusform>%n Lernziele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="18"/>
        <location filename="../qml/components/NeighbourCard.qml" line="34"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="18"/>
        <location filename="../qml/components/NeighbourCard.qml" line="34"/>
        <source>Previously</source>
        <translation>Zuvor</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="55"/>
        <source>Not in this content pack yet</source>
        <translation>Noch nicht in diesem Inhaltspaket</translation>
    </message>
</context>
<context>
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="75"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="80"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="80"/>
        <source>Not in this content pack yet</source>
        <translation>Noch nicht in diesem Inhaltspaket</translation>
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="24"/>
        <source>Good practice</source>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="25"/>
        <source>Bad practice</source>
        <translation>Schlechte Praxis</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26"/>
        <source>Best practice</source>
        <translation>Beste Praxis</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="25"/>
        <source>Section %1 of %2: %3</source>
        <translation>Abschnitt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="38"/>
        <source>%1 of %2 opened</source>
        <translation>%1 von %2 geöffnet</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="21"/>
        <source>%1 Answer: %2</source>
        <translation>%1 Antwort: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22"/>
        <source>Shows the answer. Activate to hide it.</source>
        <translation>Zeigt die Antwort. Aktivieren, um sie auszublenden.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23"/>
        <source>Activate to show the answer.</source>
        <translation>Aktivieren, um die Antwort anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="65"/>
        <source>Show answer</source>
        <translation>Antwort anzeigen</translation>
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="11"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="19"/>
        <source>Write a few sentences in your own words.</source>
        <translation>Schreib ein paar Sätze in deinen eigenen Worten.</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="16"/>
        <source>&quot;%1&quot; is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <translation>„%1“ ist kein Ort in der App; verwende home, glossary, settings, about, module/&lt;id&gt;[#section] oder lab/&lt;id&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="10"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="16"/>
        <location filename="../qml/pages/SettingsPage.qml" line="27"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="36"/>
        <source>The course text and the app switch language right away.</source>
        <translation>Kurstext und App wechseln sofort die Sprache.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Text size: %1 %</source>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>This is how text in the course will look.</source>
        <translation>So sieht der Text im Kurs aus.</translation>
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="24"/>
        <source>Open the lab: %1</source>
        <translation>Labor öffnen: %1</translation>
    </message>
</context>
</TS>
