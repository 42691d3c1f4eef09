import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Lab "Check the assumptions": three experiments on one page, chosen with the tabs at the
// top, each with its own controller and its own scrolling panel. A lab link opens the
// experiment it names (lab/assumptions?experiment=cost&...), and --run-epochs trains that
// experiment (to its end with enough units).
Page {
    id: page

    property string labId: "assumptions"
    property string query: ""
    // Units to train at once when the page opens (--run-epochs).
    property int runEpochs: 0
    readonly property var panels: [shortcutPanel, validationPanel, costPanel]
    readonly property AssumptionsController currentLab: panels[tabs.currentIndex].lab
    readonly property bool busy: currentLab.busy

    title: Course.lab(labId).title || qsTr("Check the assumptions")
    objectName: "assumptionsLabPage"
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        const experiment = shortcutPanel.lab.experimentOf(query)
        tabs.currentIndex = Math.max(0, panels.findIndex(panel => panel.lab.experiment === experiment))
        if (query !== "")
            currentLab.applyLink(query)
        if (runEpochs > 0)
            currentLab.runEpochs(runEpochs)
    }

    Shortcut {
        sequences: Shortcuts.sequences("assumptions.run")
        onActivated: page.currentLab.togglePlay()
    }
    Shortcut {
        sequences: Shortcuts.sequences("assumptions.reset")
        onActivated: page.currentLab.reset()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "experimentTabs"
            Layout.fillWidth: true
            Repeater {
                model: page.panels
                delegate: TabButton {
                    required property var modelData
                    required property int index
                    objectName: "tab-" + modelData.lab.experiment
                    text: page.panels[index].title
                    implicitHeight: Theme.touchTarget
                    // The bar shares its width out equally; a width from the wrapped label
                    // would feed back into the bar's own width (a binding loop).
                    implicitWidth: Theme.unit * 12
                    Accessible.name: text
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: parent.text
                        color: parent.checked ? Theme.accent : Theme.text
                        font.bold: parent.checked
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ShortcutPanel {
                id: shortcutPanel
                readonly property string title: qsTr("Urgent tickets")
            }
            ValidationPanel {
                id: validationPanel
                readonly property string title: qsTr("Validation is separate")
            }
            CostPanel {
                id: costPanel
                readonly property string title: qsTr("Loss and decision")
            }
        }
    }
}
