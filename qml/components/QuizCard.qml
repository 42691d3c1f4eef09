import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One check-yourself question; tap, click, Enter or Space turns it over.
ItemDelegate {
    id: card

    required property int index
    required property string question
    required property string answer
    required property bool opened
    property bool showingAnswer: false
    signal openRequested(int row)

    objectName: "quizCard" + index
    padding: Theme.spacing
    hoverEnabled: true
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + padding * 2)
    //: Screen-reader name of an opened question card; %1 is the question, %2 its answer
    Accessible.name: showingAnswer ? qsTr("%1 Answer: %2").arg(question).arg(answer) : question
    Accessible.description: showingAnswer ? qsTr("Shows the answer. Activate to hide it.")
                                          : qsTr("Activate to show the answer.")
    onClicked: {
        showingAnswer = !showingAnswer
        if (showingAnswer)
            openRequested(index)
    }

    background: Rectangle {
        color: card.showingAnswer ? Theme.accentSoft : (card.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: card.activeFocus ? Theme.accent : Theme.border
        border.width: card.activeFocus ? 2 : 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: card.question
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: card.opened ? "✓" : "?"
                color: card.opened ? Theme.good : Theme.textMuted
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: card.showingAnswer
            text: card.answer
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: !card.showingAnswer
            //: Button on a check-yourself question card
            text: qsTr("Show answer")
            color: Theme.link
            font.pixelSize: Theme.fontSmall
        }
    }
}
