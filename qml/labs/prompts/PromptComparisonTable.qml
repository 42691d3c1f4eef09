import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The comparison, criterion by criterion: its mark in the editors (colour and underline
// style), whether A and B have it, why the guides recommend it and which guides do.
Card {
    id: card

    required property PromptsLab lab
    readonly property real markWidth: Theme.unit * 5
    readonly property real flagWidth: Theme.unit * 4
    readonly property bool narrow: width < Theme.unit * 90

    Accessible.role: Accessible.Table
    //: Accessible name of the prompts lab's comparison table
    Accessible.name: qsTr("Comparison of prompts A and B")

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: Heading of the prompts lab's comparison table; %1 and %2 how many of the %3 parts prompts A and B have
        text: qsTr("What the guides agree on: A has %1 of %3 parts, B has %2 of %3.")
              .arg(card.lab.comparison.countA).arg(card.lab.comparison.countB).arg(tableRows.count)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: card.markWidth
            //: Column of the comparison table: how the editors mark the part
            text: qsTr("Mark")
            font.bold: true
            color: Theme.textMuted
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            //: Column of the comparison table: the part of a prompt
            text: qsTr("Part")
            font.bold: true
            color: Theme.textMuted
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: card.flagWidth
            horizontalAlignment: Text.AlignHCenter
            text: "A"
            font.bold: true
            color: Theme.textMuted
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: card.flagWidth
            horizontalAlignment: Text.AlignHCenter
            text: "B"
            font.bold: true
            color: Theme.textMuted
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.preferredWidth: 4
            //: Column of the comparison table: why the guides recommend the part, and which guides
            text: qsTr("Why, and which guides")
            font.bold: true
            color: Theme.textMuted
        }
    }
    Repeater {
        id: tableRows
        model: card.lab.comparison
        delegate: RowLayout {
            id: row
            required property string criterion
            required property string name
            required property bool inA
            required property bool inB
            required property string reason
            required property string guides
            required property color colour
            required property var underline
            Layout.fillWidth: true
            spacing: Theme.unit

            PromptMark {
                Layout.preferredWidth: card.markWidth
                Layout.alignment: Qt.AlignTop
                colour: row.colour
                pattern: row.underline
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                text: row.criterion
                color: Theme.text
                wrapMode: Text.Wrap
            }
            PromptPresence {
                objectName: "inA-" + row.name
                Layout.preferredWidth: card.flagWidth
                Layout.alignment: Qt.AlignTop
                present: row.inA
                //: Accessible name of a cell of the comparison table; %1 the part of a prompt
                Accessible.name: row.inA ? qsTr("A has %1").arg(row.criterion) : qsTr("A lacks %1").arg(row.criterion)
            }
            PromptPresence {
                objectName: "inB-" + row.name
                Layout.preferredWidth: card.flagWidth
                Layout.alignment: Qt.AlignTop
                present: row.inB
                //: Accessible name of a cell of the comparison table; %1 the part of a prompt
                Accessible.name: row.inB ? qsTr("B has %1").arg(row.criterion) : qsTr("B lacks %1").arg(row.criterion)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.preferredWidth: 4
                Layout.alignment: Qt.AlignTop
                //: A cell of the comparison table: %1 why the guides recommend a part, %2 the guides' publishers
                text: qsTr("%1 (%2)").arg(row.reason).arg(row.guides)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
