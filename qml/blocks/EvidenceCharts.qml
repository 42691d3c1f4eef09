import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Under the decision note's evidence field: the charts of the lab runs attached to it, as a
// row of thumbnails with the lab and date; each can be taken off after a confirmation.
ColumnLayout {
    id: charts

    required property NoteEditor editor
    readonly property real thumbnailWidth: Theme.unit * 24

    spacing: Theme.unit
    visible: editor.evidence.length > 0

    Label {
        textFormat: Text.PlainText
        //: Above the thumbnails of the lab runs attached to the decision note
        text: qsTr("Charts of the runs you attached")
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: charts.editor.evidence
            delegate: Rectangle {
                id: tile
                required property var modelData
                //: A chart attached to the decision note: %1 the lab's title, %2 when it was attached
                readonly property string caption: qsTr("%1, %2").arg(modelData.title)
                    .arg(modelData.attachedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                objectName: "evidenceChart_" + modelData.id
                width: charts.thumbnailWidth + Theme.unit * 2
                height: tileColumn.implicitHeight + Theme.unit * 2
                color: Theme.surfaceAlt
                border.color: Theme.border
                radius: Theme.radius / 2
                ColumnLayout {
                    id: tileColumn
                    x: Theme.unit
                    y: Theme.unit
                    width: charts.thumbnailWidth
                    spacing: Theme.unit / 2
                    HeatmapView {
                        Layout.preferredWidth: charts.thumbnailWidth
                        Layout.preferredHeight: tile.modelData.width > 0
                            ? charts.thumbnailWidth * tile.modelData.height / tile.modelData.width : 0
                        image: charts.editor.evidenceChart(tile.modelData.id)
                        Accessible.role: Accessible.Graphic
                        Accessible.name: tile.caption
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: tile.caption
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    AppButton {
                        objectName: "removeEvidenceButton"
                        //: Takes an attached chart off the decision note
                        text: qsTr("Remove")
                        flat: true
                        //: %1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"
                        Accessible.name: qsTr("Remove the chart “%1”").arg(tile.caption)
                        onClicked: {
                            confirm.evidenceId = tile.modelData.id
                            confirm.caption = tile.caption
                            confirm.open()
                        }
                    }
                }
            }
        }
    }

    AppDialog {
        id: confirm
        objectName: "removeEvidenceDialog"
        property string evidenceId
        property string caption
        //: Title of the dialog that asks before an attached chart is taken off the decision note
        title: qsTr("Remove this chart?")
        //: Confirms taking the chart off the decision note
        acceptText: qsTr("Remove")
        onAccepted: charts.editor.removeEvidence(evidenceId)
        Label {
            textFormat: Text.PlainText
            //: %1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"
            text: qsTr("“%1” will no longer be shown with your decision note or its exports. The lines the run added to your evidence stay; edit them as you like.").arg(confirm.caption)
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
    }
}
