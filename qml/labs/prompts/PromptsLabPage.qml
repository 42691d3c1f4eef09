import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Lab "Compare prompt strategies". Until its content is built (its own issue), the page
// says plainly what the lab will let the learner do, with no controls that pretend to work.
ScrollingPage {
    id: page

    property string labId: "prompts"
    property string query: ""
    property int runEpochs: 0  // accepted for every lab route; this lab has nothing to train yet
    readonly property var lab: Course.lab(labId)

    // What the lab will let the learner do, until it is built.
    readonly property var plans: [
        //: One of three things the prompt-comparison lab will let the learner do, shown as a list
        qsTr("Put two prompts side by side."),
        qsTr("Compare their structure, clarity and likely effectiveness."),
        qsTr("Try structured patterns such as worked steps, few-shot examples and role play.")
    ]

    title: lab.title || Labs.title(labId)
    objectName: "promptsLabPage"

    Label {
        textFormat: Text.PlainText
        width: parent.width
        //: Small label above a lab's title
        text: qsTr("Interactive lab")
        font.pixelSize: Theme.fontSmall
        font.capitalization: Font.AllUppercase
        font.bold: true
        color: Theme.accent
    }
    Label {
        textFormat: Text.PlainText
        width: parent.width
        text: page.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        width: parent.width
        text: page.lab.summary || ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontHeading
        wrapMode: Text.Wrap
    }
    Rectangle {
        width: parent.width
        implicitHeight: notBuilt.implicitHeight + Theme.spacing * 2
        color: Theme.warningSoft
        border.color: Theme.warning
        radius: Theme.radius
        ColumnLayout {
            id: notBuilt
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - Theme.spacing * 2
            spacing: Theme.unit
            Label {
                textFormat: Text.PlainText
                text: qsTr("This lab is not built yet")
                font.bold: true
                color: Theme.warning
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("It is being built now. When it is ready, it will let you:")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: page.plans
                delegate: Label {
                    textFormat: Text.PlainText
                    required property string modelData
                    text: "• " + modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
