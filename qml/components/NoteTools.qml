import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Loopwise

// Save state, revision history and export for one note.
ColumnLayout {
    id: tools

    property NoteEditor editor
    property string fileStem: "note"
    property bool canExport: true
    property string message: ""

    spacing: Theme.unit

    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            objectName: "historyButton"
            //: Button that shows a note's earlier versions; %1 is how many there are
            text: qsTr("History (%1)").arg(tools.editor.revisions.length)
            flat: true
            enabled: tools.editor.revisions.length > 0
            onClicked: history.open()
        }
        AppButton {
            visible: tools.canExport
            enabled: !tools.editor.exporting
            text: qsTr("Export Markdown")
            flat: true
            onClicked: {
                saveDialog.format = "md"
                saveDialog.open()
            }
        }
        AppButton {
            objectName: "exportPdfButton"
            visible: tools.canExport
            enabled: !tools.editor.exporting
            text: qsTr("Export PDF")
            flat: true
            onClicked: {
                saveDialog.format = "pdf"
                saveDialog.open()
            }
        }
        // Last, so that "Saving…" coming and going never moves the buttons.
        NoteStatus {
            objectName: "noteStatus"
            editor: tools.editor
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
        }
    }
    StoreBusyRow {
        objectName: "exportBusy"
        visible: tools.editor.exporting
    }
    Label {
        textFormat: Text.PlainText
        visible: !tools.editor.exporting && text.length > 0
        text: tools.message
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    FileDialog {
        id: saveDialog
        property string format: "md"
        fileMode: FileDialog.SaveFile
        defaultSuffix: format
        currentFile: "file:" + tools.fileStem + "." + format
        //: File-dialog filter; keep the pattern in brackets as it is
        nameFilters: format === "md" ? [qsTr("Markdown (*.md)")] : [qsTr("PDF (*.pdf)")]
        onAccepted: format === "md" ? tools.editor.exportMarkdown(selectedFile) : tools.editor.exportPdf(selectedFile)
    }
    Connections {
        target: tools.editor
        function onExported(ok, message) { tools.message = message }
    }

    RevisionHistory {
        id: history
        editor: tools.editor
    }
}
