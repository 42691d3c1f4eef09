import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The colour scale under the canvas: what orange, the neutral middle and blue (or the class
// colours) mean, in the colours of LabColours.
ColumnLayout {
    id: legend

    property bool regression: false
    property int classes: 2
    readonly property bool twoSided: regression || classes <= 2

    spacing: Theme.unit / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        visible: legend.twoSided

        Label {
            textFormat: Text.PlainText
            text: "−1"
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Rectangle {
            Layout.fillWidth: true
            height: Theme.unit * 1.5
            radius: height / 2
            gradient: Gradient {
                orientation: Gradient.Horizontal
                GradientStop { position: 0; color: LabColours.negative }
                GradientStop { position: 0.5; color: LabColours.middle }
                GradientStop { position: 1; color: LabColours.positive }
            }
        }
        Label {
            textFormat: Text.PlainText
            text: "1"
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: !legend.twoSided
        spacing: Theme.spacing
        Repeater {
            model: legend.twoSided ? 0 : legend.classes
            delegate: Row {
                required property int index
                spacing: Theme.unit / 2
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.unit * 1.5
                    height: width
                    radius: width / 2
                    color: LabColours.classColours[index]
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("class %1").arg(index)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: legend.twoSided
        text: legend.regression ? qsTr("Colour: the predicted value, from −1 (orange) to 1 (blue).")
                                : qsTr("Orange: class 0, blue: class 1; fainter where the network is less sure.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
