import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A confusion matrix of urgent (positive) and normal tickets: {truePositives,
// falseNegatives, falsePositives, trueNegatives}. Right answers on the good colour,
// mistakes on the bad one.
ColumnLayout {
    id: matrix

    property var counts: ({})
    property string title
    property string description

    spacing: Theme.unit / 2
    Accessible.role: Accessible.Table
    Accessible.name: title
    Accessible.description: description

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: matrix.title
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.unit / 2
        rowSpacing: Theme.unit / 2

        Item { Layout.preferredWidth: 1 }
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: qsTr("Flagged urgent"); color: Theme.textMuted; wrapMode: Text.Wrap }
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: qsTr("Left as normal"); color: Theme.textMuted; wrapMode: Text.Wrap }

        Label { textFormat: Text.PlainText; text: qsTr("Urgent"); color: Theme.textMuted }
        Cell { count: matrix.counts.truePositives; correct: true }
        Cell { count: matrix.counts.falseNegatives; correct: false }
        Label { textFormat: Text.PlainText; text: qsTr("Normal"); color: Theme.textMuted }
        Cell { count: matrix.counts.falsePositives; correct: false }
        Cell { count: matrix.counts.trueNegatives; correct: true }
    }
    // Four fixed cells (no Repeater: the counts change as the threshold moves).
    component Cell: Rectangle {
        property var count
        property bool correct
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        radius: Theme.radius / 2
        color: correct ? Theme.goodSoft : Theme.badSoft
        border.color: correct ? Theme.good : Theme.bad
        Label {
            anchors.centerIn: parent
            textFormat: Text.PlainText
            text: parent.count === undefined ? "" : Number(parent.count).toLocaleString(Qt.locale(), 'f', 0)
            font.bold: true
            color: Theme.text
        }
    }
}
