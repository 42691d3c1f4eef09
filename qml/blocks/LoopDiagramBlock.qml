import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Loopwise

// The training loop as a ring: training data → predict → loss → update →
// parameters, and round again. A walkthrough steps through it stage by stage
// (buttons, arrow keys, tap on a stage, or autoplay).
BlockBase {
    id: block
    objectName: "loopDiagramBlock"

    property alias loop: loopModel

    TrainingLoopModel {
        id: loopModel
        stages: block.fields.stages
    }

    Label {
        textFormat: Text.PlainText
        text: block.fields.title || ""
        font.bold: true
        font.pixelSize: Theme.fontBody * 1.15
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        text: block.fields.summary || ""
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    FocusScope {
        id: diagramArea
        objectName: "loopDiagram"
        Layout.fillWidth: true
        implicitHeight: Math.min(block.width * 0.62, Theme.unit * 46)
        activeFocusOnTab: true
        Accessible.role: Accessible.Graphic
        //: Screen-reader name of the diagram; %1 is the stage's number, %2 how many stages there are, %3 the stage's title
        Accessible.name: qsTr("Training loop diagram, stage %1 of %2: %3")
                            .arg(loopModel.activeStage + 1).arg(loopModel.count)
                            .arg(loopModel.count > 0 ? block.fields.stages[loopModel.activeStage].title : "")
        // The arrow that points along the reading order goes on round the loop.
        Keys.onRightPressed: Theme.rightToLeft ? loopModel.previous() : loopModel.next()
        Keys.onLeftPressed: Theme.rightToLeft ? loopModel.next() : loopModel.previous()
        Keys.onSpacePressed: loopModel.playing = !loopModel.playing
        // A click on the diagram or a stage readies ← → at once, as keyboard focus would.
        TapHandler {
            onTapped: diagramArea.forceActiveFocus(Qt.MouseFocusReason)
        }

        Rectangle {
            anchors.fill: parent
            color: Theme.surface
            radius: Theme.radius
            border.color: diagramArea.activeFocus ? Theme.accent : Theme.border
            border.width: diagramArea.activeFocus ? 2 : 1
        }

        Item {
            id: ring
            anchors.fill: parent
            anchors.margins: Theme.spacing
            readonly property real nodeWidth: Math.min(Theme.unit * 17, width / 3.2)
            readonly property real nodeHeight: Theme.touchTarget
            readonly property real radiusX: Math.max(10, (width - nodeWidth) / 2)
            readonly property real radiusY: Math.max(10, (height - nodeHeight) / 2)
            readonly property real stepDegrees: 360 / Math.max(1, loopModel.count)
            // Right to left the loop runs anticlockwise: the stages are read in that order.
            readonly property real turn: Theme.rightToLeft ? -1 : 1

            function pointAt(degrees) {
                const radians = degrees * Math.PI / 180
                return Qt.point(width / 2 + turn * radiusX * Math.cos(radians), height / 2 + radiusY * Math.sin(radians))
            }

            Shape {
                anchors.fill: parent
                ShapePath {
                    strokeColor: Theme.border
                    strokeWidth: 3
                    fillColor: "transparent"
                    PathAngleArc {
                        centerX: ring.width / 2
                        centerY: ring.height / 2
                        radiusX: ring.radiusX
                        radiusY: ring.radiusY
                        startAngle: 0
                        sweepAngle: 360
                    }
                }
            }

            // Arrowheads halfway between stages show which way the loop turns.
            Repeater {
                model: loopModel.count
                delegate: Shape {
                    required property int index
                    readonly property real angle: -90 + (index + 0.5) * ring.stepDegrees
                    readonly property point at: ring.pointAt(angle)
                    width: Theme.unit * 2
                    height: Theme.unit * 2
                    x: at.x - width / 2
                    y: at.y - height / 2
                    // Tangent of the ellipse at this point, in the loop's direction (mirrored: anticlockwise).
                    rotation: Math.atan2(ring.radiusY * Math.cos(angle * Math.PI / 180),
                                         -ring.turn * ring.radiusX * Math.sin(angle * Math.PI / 180)) * 180 / Math.PI
                    // A stroked chevron, not a filled triangle: Qt 6.4 on Mesa's llvmpipe
                    // draws no Shape fills at all.
                    ShapePath {
                        strokeColor: Theme.textMuted
                        strokeWidth: 3
                        fillColor: "transparent"
                        capStyle: ShapePath.RoundCap
                        joinStyle: ShapePath.RoundJoin
                        startX: Theme.unit * 0.5; startY: Theme.unit * 0.25
                        PathLine { x: Theme.unit * 1.75; y: Theme.unit }
                        PathLine { x: Theme.unit * 0.5; y: Theme.unit * 1.75 }
                    }
                }
            }

            // The batch travelling round the loop.
            Rectangle {
                id: token
                property real angle: -90 + loopModel.activeStage * ring.stepDegrees + loopModel.round * 360
                readonly property point at: ring.pointAt(angle)
                width: Theme.unit * 2
                height: width
                radius: width / 2
                color: Theme.accent
                x: at.x - width / 2
                y: at.y - height / 2
                z: 2
                Behavior on angle {
                    NumberAnimation { duration: 450; easing.type: Easing.InOutQuad }
                }
            }

            Repeater {
                model: loopModel
                delegate: AbstractButton {
                    id: node
                    required property int index
                    required property string node
                    required property bool active
                    readonly property point at: ring.pointAt(-90 + index * ring.stepDegrees)
                    objectName: "stageNode" + index
                    width: ring.nodeWidth
                    height: ring.nodeHeight
                    x: at.x - width / 2
                    y: at.y - height / 2
                    z: 3
                    scale: active ? 1.08 : 1
                    focusPolicy: Qt.NoFocus
                    //: A stage of the training loop; %1 is its number, %2 its title
                    Accessible.name: qsTr("Stage %1: %2").arg(index + 1).arg(node.node)
                    onClicked: {
                        loopModel.activeStage = index
                        diagramArea.forceActiveFocus(Qt.MouseFocusReason)
                    }
                    Behavior on scale { NumberAnimation { duration: 200 } }
                    background: Rectangle {
                        radius: height / 2
                        color: node.active ? Theme.accent : Theme.surfaceAlt
                        border.color: Theme.accent
                        border.width: node.active ? 0 : 1
                        Behavior on color { ColorAnimation { duration: 200 } }
                    }
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: node.node
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        font.bold: true
                        font.pixelSize: Theme.fontSmall * 1.1
                        color: node.active ? Theme.accentWords : Theme.text
                    }
                }
            }

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: ring.radiusX * 1.1
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                //: How many times the walkthrough has gone round the training loop; %1 is a number
                text: qsTr("Round %1").arg(loopModel.round + 1)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Card {
        Layout.fillWidth: true
        objectName: "stageCard"
        // The buttons above the stage's text: its length changes from stage to stage, they never move.
        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            AppButton {
                objectName: "previousStageButton"
                //: Button: the previous stage of the training loop
                text: qsTr("Previous")
                enabled: loopModel.activeStage > 0 || loopModel.round > 0
                Layout.preferredHeight: Theme.touchTarget
                onClicked: loopModel.previous()
            }
            AppButton {
                id: playButton
                objectName: "playStagesButton"
                //: Button: stop or start stepping through the stages on its own
                text: loopModel.playing ? qsTr("Pause") : qsTr("Play")
                Layout.preferredHeight: Theme.touchTarget
                // As wide as the wider of its two words, so Next stays where it is.
                Layout.preferredWidth: Math.max(playWord.advanceWidth, pauseWord.advanceWidth) + leftPadding + rightPadding + 2
                TextMetrics {
                    id: playWord
                    font: playButton.font
                    text: qsTr("Play")
                }
                TextMetrics {
                    id: pauseWord
                    font: playButton.font
                    text: qsTr("Pause")
                }
                Accessible.name: loopModel.playing ? qsTr("Pause the walkthrough") : qsTr("Play the walkthrough")
                onClicked: loopModel.playing = !loopModel.playing
            }
            AppButton {
                objectName: "nextStageButton"
                //: Button: the next stage of the training loop
                text: qsTr("Next")
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: loopModel.next()
            }
            Item { Layout.fillWidth: true }
            Label {
                textFormat: Text.PlainText
                //: Which stage is shown; %1 is its number, %2 how many stages there are
                text: qsTr("%1 of %2").arg(loopModel.activeStage + 1).arg(loopModel.count)
                color: Theme.textMuted
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "stageTitle"
            text: loopModel.count > 0
                  //: A stage of the training loop; %1 is its number, %2 its title
                  ? qsTr("Stage %1: %2").arg(loopModel.activeStage + 1).arg(block.fields.stages[loopModel.activeStage].title)
                  : ""
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkupText {
            markup: loopModel.count > 0 ? block.fields.stages[loopModel.activeStage].text : ""
            Layout.fillWidth: true
        }
    }

    // The same loop, driven by a real model in the lab "See how models learn".
    AppButton {
        objectName: "liveLoopButton"
        text: qsTr("See this loop live in the lab")
        Layout.preferredHeight: Theme.touchTarget
        onClicked: Navigation.open("lab/learning?loop=1")
    }
}
