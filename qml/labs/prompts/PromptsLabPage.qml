import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Lab "Compare prompt strategies": a header with the task chooser, then the lab's parts as
// tabs. "Compare structure" puts prompts A and B side by side; the lab controller holds the
// task, both prompts and the model settings every part shares (and the lab link carries).
Page {
    id: page

    property string labId: "prompts"
    property string query: ""
    property int runEpochs: 0  // accepted for every lab route; a test run is started by the learner
    readonly property bool busy: lab.busy
    readonly property var info: Course.lab(labId)

    readonly property PromptsLab lab: PromptsLab {
        store: Progress.store
    }

    title: info.title || Labs.title(labId)
    objectName: "promptsLabPage"
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        if (query !== "")
            lab.applyLink(query)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: Theme.unit
            spacing: Theme.unit
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Small label above a lab's title
                text: qsTr("Interactive lab")
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.AllUppercase
                font.bold: true
                color: Theme.accent
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: page.info.summary || ""
                visible: text !== ""
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ChoiceBox {
                objectName: "taskChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.unit * 60
                //: Chooser of the prompts lab: which starter task (and its prompt pair) to work on
                label: qsTr("Task")
                choices: page.lab.tasks
                current: page.lab.taskId
                onChosen: value => page.lab.taskId = value
            }
            Repeater {
                model: page.lab.contentProblems
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: modelData
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "promptsTabs"
            Layout.fillWidth: true
            // The lab holds the tab, so that a link (tab=run) opens the test run.
            currentIndex: page.lab.tab === "run" ? 1 : 0
            onCurrentIndexChanged: page.lab.tab = currentIndex === 1 ? "run" : "structure"
            TabButton {
                objectName: "tab-structure"
                //: Tab of the prompts lab: A and B side by side, their parts and clarity
                text: qsTr("Compare structure")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
            }
            TabButton {
                objectName: "tab-run"
                //: Tab of the prompts lab: both prompts run on the task's test cases, several times
                text: qsTr("Measure on test cases")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            PromptsStructurePanel {
                lab: page.lab
            }
            Flickable {
                id: runScroll
                objectName: "runTab"
                clip: true
                contentWidth: width
                contentHeight: runPanel.implicitHeight + Theme.spacing * 2
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                PromptsRunPanel {
                    id: runPanel
                    x: Theme.spacing
                    y: Theme.spacing
                    width: runScroll.width - Theme.spacing * 2
                    settings: page.lab
                }
            }
        }
    }
}
