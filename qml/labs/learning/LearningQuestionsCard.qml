import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Check yourself: two questions about what this run did, with feedback on each answer.
Card {
    id: card

    required property LearningLab lab

    Label {
        textFormat: Text.PlainText
        text: qsTr("Check yourself")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: card.lab.questions
        delegate: ColumnLayout {
            id: question
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.unit / 2

            Label {
                textFormat: Text.PlainText
                objectName: "questionText" + question.index
                Layout.fillWidth: true
                text: qsTr("%1. %2").arg(question.index + 1).arg(question.modelData.text)
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: question.modelData.choices
                delegate: RadioButton {
                    required property var modelData
                    required property int index
                    objectName: "answer" + question.index + "-" + index
                    Layout.fillWidth: true
                    text: modelData.label
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
                    checked: question.modelData.chosen === index
                    onClicked: card.lab.answer(question.index, index)
                    contentItem: Label {
                        textFormat: Text.PlainText
                        // Beside the indicator, on whichever side it is (right to left: the right).
                        leftPadding: parent.mirrored ? 0 : parent.indicator.width + parent.spacing
                        rightPadding: parent.mirrored ? parent.indicator.width + parent.spacing : 0
                        text: parent.text
                        color: Theme.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "feedback" + question.index
                Layout.fillWidth: true
                visible: text !== ""
                text: question.modelData.feedback
                color: question.modelData.correct ? Theme.good : Theme.bad
                wrapMode: Text.Wrap
            }
        }
    }
}
