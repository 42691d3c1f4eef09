import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A named choice: its label above a combo box of {id, label} entries (or plain values).
ColumnLayout {
    id: control

    property string label
    property var choices: []
    property var current
    signal chosen(var value)

    spacing: 0

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: control.label
        color: Theme.text
        elide: Text.ElideRight
    }
    AppComboBox {
        id: box
        Layout.fillWidth: true
        model: control.choices
        textRole: "label"
        valueRole: "id"
        currentIndex: {
            for (let i = 0; i < control.choices.length; ++i) {
                const id = control.choices[i].id
                if (typeof id === "number" ? Math.abs(id - control.current) <= 1e-6 * Math.max(1, Math.abs(id))
                                           : id === control.current)
                    return i
            }
            return -1
        }
        onActivated: index => control.chosen(control.choices[index].id)
        Accessible.name: control.label
    }
}
