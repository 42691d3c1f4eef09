import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Every saved version of a note, newest first; any one can be restored
// (restoring saves it again as the newest: history is never rewritten).
Popup {
    id: popup

    property NoteEditor editor

    parent: Overlay.overlay
    width: Math.min(Theme.unit * 70, parent.width - Theme.spacing * 2)
    height: Math.min(Theme.unit * 80, parent.height - Theme.spacing * 4)
    x: (parent.width - width) / 2
    y: (parent.height - height) / 2
    modal: true
    focus: true
    padding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit
        Label {
            textFormat: Text.PlainText
            //: Heading of the list of a note's earlier versions
            text: qsTr("Saved versions")
            font.bold: true
            font.pixelSize: Theme.fontHeading
            color: Theme.text
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.unit
            model: popup.opened ? popup.editor.revisions : []
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                required property int index
                required property var modelData
                width: ListView.view.width
                implicitHeight: row.implicitHeight + Theme.unit * 2
                color: index === 0 ? Theme.accentSoft : Theme.surfaceAlt
                radius: Theme.radius / 2
                RowLayout {
                    id: row
                    x: Theme.unit
                    y: Theme.unit
                    width: parent.width - Theme.unit * 2
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            //: %1 is the date and time a note's version was saved; this one is the version shown now
                            text: index === 0 ? qsTr("%1 (current)").arg(Qt.formatDateTime(modelData.savedAt))
                                              : Qt.formatDateTime(modelData.savedAt)
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: modelData.fieldTexts.join(" · ")
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    AppButton {
                        visible: index > 0
                        //: Button: make this earlier version of the note the current one
                        text: qsTr("Restore")
                        onClicked: {
                            popup.editor.restore(modelData.revisionId)
                            popup.close()
                        }
                    }
                }
            }
        }
        AppButton {
            text: qsTr("Close")
            Layout.alignment: Qt.AlignRight
            onClicked: popup.close()
        }
    }
}
