import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A small modal dialog in the app's look: a title, content, and actions.
Popup {
    id: dialog

    property string title
    property string acceptText: qsTr("OK")
    property bool acceptEnabled: true
    default property alias content: body.data
    signal accepted()

    parent: Overlay.overlay
    width: Math.min(Theme.unit * 60, parent.width - Theme.spacing * 2)
    x: (parent.width - width) / 2
    y: Math.max(Theme.spacing, (parent.height - height) / 3)
    modal: true
    focus: true
    padding: Theme.spacing * 1.5

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            text: dialog.title
            font.bold: true
            font.pixelSize: Theme.fontHeading
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.unit
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.unit
            AppButton {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "dialogAccept"
                text: dialog.acceptText
                highlighted: true
                enabled: dialog.acceptEnabled
                onClicked: {
                    dialog.accepted()
                    dialog.close()
                }
            }
        }
    }
}
