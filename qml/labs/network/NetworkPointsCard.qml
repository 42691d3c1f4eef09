import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Loopwise

// The learner's own data: tap the canvas to add points of a class or erase them; CSV in and out.
Card {
    id: card

    required property NetworkLab lab
    property string mode: "look"
    property int addClass: 0

    Label {
        textFormat: Text.PlainText
        text: qsTr("Your own points")
        font.bold: true
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Choose what a tap on the canvas does. Your first change turns the points shown into your own set.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: [{ id: "look", label: qsTr("Just look") }, { id: "add", label: qsTr("Add points") },
                    { id: "erase", label: qsTr("Erase points") }]
            delegate: AppButton {
                required property var modelData
                objectName: "pointMode_" + modelData.id
                text: modelData.label
                checkable: true
                checked: card.mode === modelData.id
                highlighted: checked
                enabled: !card.lab.regression || modelData.id === "look"
                onClicked: card.mode = modelData.id
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: card.mode === "add"
        spacing: Theme.unit
        Label {
            textFormat: Text.PlainText
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Class:")
            color: Theme.text
        }
        Repeater {
            model: 4
            delegate: AppButton {
                required property int index
                objectName: "addClass_" + index
                text: qsTr("Class %1").arg(index)
                checkable: true
                checked: card.addClass === index
                highlighted: checked
                onClicked: card.addClass = index
                contentItem: Row {
                    spacing: Theme.unit
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.unit * 2
                        height: width
                        radius: width / 2
                        color: LabColours.classColours[index]
                        border.color: LabColours.trainRing
                    }
                    Label {
                        textFormat: Text.PlainText
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Class %1").arg(index)
                        color: checked ? Theme.surface : Theme.text
                    }
                }
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            text: qsTr("Import CSV…")
            onClicked: openDialog.open()
        }
        AppButton {
            text: qsTr("Export CSV…")
            onClicked: saveDialog.open()
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.lab.pointsFileHint
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    FileDialog {
        id: openDialog
        title: qsTr("Import points")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: card.lab.importCsv(selectedFile)
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Export points")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: card.lab.exportCsv(selectedFile)
    }
}
