import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The top of the module reader: label, title, tagline, facts, previous and
// next (the progress strip stays above it, in the ReadingBar).
Item {
    id: header

    property var module

    readonly property real columnWidth: Math.min(width - Theme.spacing * 2, Theme.readingWidth)
    implicitHeight: column.implicitHeight + Theme.spacing * 3

    ColumnLayout {
        id: column
        width: header.columnWidth
        x: (header.width - width) / 2
        y: Theme.spacing * 2
        spacing: Theme.unit * 1.5

        Label {
            textFormat: Text.PlainText
            text: header.module ? header.module.label : ""
            visible: text.length > 0
            color: Theme.accent
            font.bold: true
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
        }
        Label {
            textFormat: Text.PlainText
            text: header.module ? header.module.title : ""
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            text: header.module ? header.module.tagline : ""
            visible: text.length > 0
            font.pixelSize: Theme.fontHeading
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.unit
            Layout.fillWidth: true
            Chip {
                //: How long the module takes; %1 is a number of minutes
                text: qsTr("%1 min").arg(header.module ? header.module.minutes : 0)
                visible: header.module && header.module.minutes > 0
            }
            Chip {
                //: How many learning outcomes the module has
                text: qsTr("%n outcome(s)", "", header.module ? header.module.outcomeCount : 0)
                visible: header.module && header.module.outcomeCount > 0
            }
            Chip {
                text: header.module ? header.module.level : ""
                visible: text.length > 0
                tint: Theme.textMuted
            }
            Chip {
                text: Course.title
                tint: Theme.textMuted
            }
        }

        GridLayout {
            columns: header.width >= 700 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.unit
            Layout.fillWidth: true
            Layout.topMargin: Theme.unit
            NeighbourCard {
                direction: "previous"
                entryId: header.module ? header.module.previousId : ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
            }
            NeighbourCard {
                direction: "next"
                entryId: header.module ? header.module.nextId : ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
            }
        }
    }
}
