import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Loopwise

// "Export as Markdown…" and "Export as CSV…" with their save dialog, for a lab that has
// exporting, exportMarkdown(path) and exportCsv(path): the structure comparison's table and
// a test run's results.
Flow {
    id: buttons

    required property QtObject lab
    // Names the buttons for tests ("exportMarkdown" + suffix, "exportCsv" + suffix).
    property string nameSuffix: ""

    spacing: Theme.unit

    AppButton {
        objectName: "exportMarkdown" + buttons.nameSuffix
        text: qsTr("Export as Markdown…")
        enabled: !buttons.lab.exporting
        onClicked: { saveDialog.format = "md"; saveDialog.open() }
        Accessible.name: text
    }
    AppButton {
        objectName: "exportCsv" + buttons.nameSuffix
        text: qsTr("Export as CSV…")
        enabled: !buttons.lab.exporting
        onClicked: { saveDialog.format = "csv"; saveDialog.open() }
        Accessible.name: text
    }

    FileDialog {
        id: saveDialog
        property string format: "md"
        title: qsTr("Export the comparison")
        fileMode: FileDialog.SaveFile
        defaultSuffix: format
        nameFilters: format === "md" ? [qsTr("Markdown files (*.md)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: format === "md" ? buttons.lab.exportMarkdown(selectedFile) : buttons.lab.exportCsv(selectedFile)
    }
}
