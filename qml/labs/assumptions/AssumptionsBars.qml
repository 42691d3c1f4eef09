import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Horizontal bars of shares (0..1): one row per entry {label, value, text}, the figure
// written beside each bar. The chart's description for screen readers comes from C++.
ColumnLayout {
    id: chart
    // A chart: bars grow from the left and the reference line is placed from the left in every
    // language, so they never disagree (README, "Right to left").
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    property var rows: []
    property string title
    property string description
    property color barColour: Theme.accent
    // Where to mark chance (or another reference share) on every row; negative: nowhere.
    property real reference: -1

    spacing: Theme.unit / 2
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: description

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: chart.title !== ""
        text: chart.title
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: chart.rows
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.unit

            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: Theme.unit * 22
                text: row.modelData.label
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.unit * 3
                color: Theme.surfaceAlt
                radius: Theme.radius / 2
                Rectangle {
                    width: parent.width * Math.max(0, Math.min(1, row.modelData.value))
                    height: parent.height
                    radius: parent.radius
                    color: chart.barColour
                }
                Rectangle {
                    visible: chart.reference >= 0
                    x: parent.width * chart.reference - width / 2
                    width: 2
                    height: parent.height
                    color: Theme.text
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: Theme.unit * 12
                horizontalAlignment: Text.AlignRight
                text: row.modelData.text
                color: Theme.text
                font.bold: true
            }
        }
    }
}
