import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The canvas: the gate's regions (each expert's colour with its own pattern and outline)
// over the decision boundary, with the training points; each expert's own boundary as a
// thumbnail; the share of the inputs each expert takes; the balance figure.
Card {
    id: card

    required property ExpertsLab lab
    readonly property Item canvas: picture

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Where the gate sends the inputs")
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    HeatmapView {
        id: picture
        objectName: "routingCanvas"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.unit * 60
        Layout.preferredHeight: width
        image: card.lab.routingImage
        interpolate: false
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("The gate's regions over the decision boundary")
        Accessible.description: card.lab.routingDescription
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Each expert's own boundary")
        color: Theme.textMuted
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: card.lab.expertCount
            delegate: Column {
                required property int index
                spacing: 2
                Rectangle {
                    width: Theme.unit * 9
                    height: width
                    color: "transparent"
                    border.color: (LabColours.dark, LabColours.expertColour(index))
                    border.width: 3
                    HeatmapView {
                        anchors.fill: parent
                        anchors.margins: 3
                        image: (card.lab.revision, card.lab.expertImage(index))
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Expert %1's own boundary").arg(index + 1)
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Expert %1").arg(index + 1)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Training inputs each expert takes first")
        color: Theme.textMuted
    }
    Repeater {
        model: card.lab.loadBars
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.unit
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: Theme.unit * 17
                text: modelData.text
                color: Theme.text
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.unit * 2
                color: Theme.surfaceAlt
                border.color: Theme.border
                Rectangle {
                    width: parent.width * modelData.share
                    height: parent.height
                    color: (LabColours.dark, LabColours.expertColour(modelData.expert))
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "balanceText"
        Layout.fillWidth: true
        text: card.lab.balanceText
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        objectName: "droppedText"
        Layout.fillWidth: true
        text: card.lab.droppedText
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
