import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Keyboard shortcuts" over any page (F1 or ?); Esc or Close puts it away.
Popup {
    id: sheet

    objectName: "shortcutsSheet"
    parent: Overlay.overlay
    width: Math.min(Theme.unit * 80, parent.width - Theme.spacing * 2)
    height: Math.min(implicitHeight, parent.height - Theme.spacing * 2)
    x: (parent.width - width) / 2
    y: (parent.height - height) / 2
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
            //: Heading of the list of keyboard shortcuts
            text: qsTr("Keyboard shortcuts")
            font.bold: true
            font.pixelSize: Theme.fontHeading
            color: Theme.text
        }
        ScrollView {
            id: scroller
            clip: true
            contentWidth: availableWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: shortcutTable.implicitHeight
            ShortcutTable {
                id: shortcutTable
                width: scroller.availableWidth
            }
        }
        AppButton {
            text: qsTr("Close")
            Layout.alignment: Qt.AlignRight
            onClicked: sheet.close()
        }
    }
}
