import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The app's keyboard shortcuts, from the one list the Shortcut items use (Shortcuts in C++):
// a heading per place they work, then keys and action side by side, the keys' column as
// wide as its widest keys so that nothing overlaps in any language.
GridLayout {
    id: table

    // Made again when the language changes: the names of keys and actions are translated.
    readonly property var rows: Preferences.language.length >= 0 ? Shortcuts.table() : []
    readonly property var cells: {
        const list = []
        let group = ""
        for (const row of rows) {
            if (row.group !== group) {
                group = row.group
                list.push({ kind: "group", text: row.group })
            }
            list.push({ kind: "keys", text: Theme.leftToRight(row.keys) })
            list.push({ kind: "action", text: row.action })
        }
        return list
    }

    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: Theme.unit / 2

    Repeater {
        model: table.cells
        delegate: Label {
            required property var modelData
            required property int index
            objectName: modelData.kind + "Cell" + index
            textFormat: Text.PlainText
            text: modelData.text
            font.bold: modelData.kind !== "action"
            color: modelData.kind === "keys" ? Theme.accent : Theme.text
            wrapMode: modelData.kind === "action" ? Text.Wrap : Text.NoWrap
            Layout.columnSpan: modelData.kind === "group" ? 2 : 1
            Layout.topMargin: modelData.kind === "group" && index > 0 ? Theme.unit : 0
            Layout.fillWidth: modelData.kind !== "keys"
            Layout.alignment: Qt.AlignTop
        }
    }
}
