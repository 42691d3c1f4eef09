import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A labelled, growing text area for the learner's own writing.
ColumnLayout {
    id: field

    property string label
    property string hint
    property alias text: area.text
    signal edited()

    spacing: Theme.unit / 2

    Label {
        textFormat: Text.PlainText
        text: field.label
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextArea {
        id: area
        objectName: "noteArea"
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        // Material's text area has no side padding: the words would touch the border.
        padding: Theme.unit * 1.5
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        Accessible.name: field.label
        Accessible.description: field.hint
        onTextChanged: field.edited()
        background: Rectangle {
            color: Theme.surface
            border.color: area.activeFocus ? Theme.accent : Theme.border
            border.width: area.activeFocus ? 2 : 1
            radius: Theme.radius / 2
        }
        // The hint is the pack's text: a plain-text placeholder of our own, as Qt's treats it as rich text.
        Label {
            textFormat: Text.PlainText
            x: area.leftPadding
            y: area.topPadding
            width: area.availableWidth
            text: field.hint
            visible: area.length === 0 && area.preeditText === ""
            color: Theme.textMuted
            font: area.font
            wrapMode: Text.Wrap
        }
    }
}
