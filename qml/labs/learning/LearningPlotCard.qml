import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The status in words, the model over the data, and the model's figures beside the
// baseline's.
Card {
    id: card

    required property LearningLab lab
    // Lower, so the live loop below it fits on the same screen (portrait, opened at the loop).
    property bool compact: false
    readonly property real figureWidth: Theme.unit * 13
    // The status's colour: fine, worth a look, or wrong.
    readonly property var tone: ({
        "converged": Theme.good, "improving": Theme.accent, "not-started": Theme.textMuted,
        "diverged": Theme.bad, "oscillating": Theme.bad
    })

    // The status: title and one sentence of advice.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: statusColumn.implicitHeight + Theme.unit * 2
        radius: Theme.radius / 2
        color: Theme.surfaceAlt
        border.color: card.tone[card.lab.phase] || Theme.warning
        border.width: 2
        Accessible.role: Accessible.StaticText
        Accessible.name: card.lab.statusTitle + ". " + card.lab.statusText
        ColumnLayout {
            id: statusColumn
            x: Theme.unit
            y: Theme.unit
            width: parent.width - Theme.unit * 2
            spacing: 2
            Label {
                textFormat: Text.PlainText
                objectName: "statusTitle"
                Layout.fillWidth: true
                text: card.lab.statusTitle
                font.bold: true
                font.pixelSize: Theme.fontHeading
                color: card.tone[card.lab.phase] || Theme.warning
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                objectName: "statusText"
                Layout.fillWidth: true
                text: card.lab.statusText
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }

    Rectangle {
        id: plotArea
        readonly property real room: card.width - card.padding * 2
        // Two classes live on a square; a curve reads best wider than high.
        Layout.preferredHeight: Math.min(card.lab.classes ? room : room * 0.62, Theme.unit * (card.compact ? 40 : 70))
        Layout.preferredWidth: card.lab.classes ? Layout.preferredHeight : room
        Layout.alignment: Qt.AlignHCenter
        color: Theme.surfaceAlt
        border.color: Theme.border
        Accessible.role: Accessible.Graphic
        Accessible.name: card.lab.classes ? qsTr("The model's class probabilities over the points")
                                          : qsTr("The model's curve over the points")
        Accessible.description: card.lab.statusTitle

        HeatmapView {
            anchors.fill: parent
            visible: card.lab.classes
            image: card.lab.probabilityImage
        }
        LearningPlot {
            objectName: "learningPlot"
            anchors.fill: parent
            lab: card.lab
        }
    }

    // Shapes as well as colours: the legend reads without colour too.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            text: "● " + qsTr("training points")
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            text: "□ " + qsTr("validation points")
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            visible: !card.lab.classes
            text: "━ " + qsTr("the model's curve")
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            visible: card.lab.classes
            text: qsTr("Background: orange for class 0, blue for class 1, pale where the model is unsure")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            width: parent.width
        }
    }

    // The model's figures beside the baseline's: a heading row, then one row per figure.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Baseline: %1").arg(card.lab.baselineName)
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: card.figureWidth
            text: qsTr("Model")
            font.bold: true
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: card.figureWidth
            text: qsTr("Baseline")
            font.bold: true
            color: Theme.text
        }
    }
    Repeater {
        model: card.lab.figures
        delegate: RowLayout {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: modelData.label
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                objectName: "figureModel" + index
                Layout.preferredWidth: card.figureWidth
                text: modelData.model
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                objectName: "figureBaseline" + index
                Layout.preferredWidth: card.figureWidth
                text: modelData.baseline
                color: Theme.text
            }
        }
    }
}
