import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Check yourself": question cards that open to reveal the answer, with a
// live count of how many the learner has opened.
BlockBase {
    id: block

    property alias quiz: quizModel

    QuizModel {
        id: quizModel
        questions: block.fields.questions
        // The cards this learner opened before, restored on return.
        openedIds: Progress.store.revision >= 0 ? Progress.store.openedCards(block.moduleId) : []
        onCardOpened: questionId => Progress.store.openCard(block.moduleId, questionId)
    }

    Label {
        textFormat: Text.PlainText
        text: block.fields.title
        font.bold: true
        font.pixelSize: Theme.fontBody * 1.1
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        text: block.fields.subtitle || ""
        visible: text.length > 0
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            objectName: "openedCounter"
            //: How many of the check-yourself cards the learner has opened; %1 and %2 are numbers
            text: qsTr("%1 of %2 opened").arg(quizModel.openedCount).arg(quizModel.count)
            font.bold: true
            color: Theme.accent
        }
        ProgressBar {
            from: 0
            to: Math.max(1, quizModel.count)
            value: quizModel.openedCount
            Layout.fillWidth: true
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: block.width >= 640 ? 2 : 1
        columnSpacing: Theme.unit
        rowSpacing: Theme.unit
        Repeater {
            model: quizModel
            // Each card as tall as its own text: opening one leaves its neighbour as it was.
            delegate: QuizCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                onOpenRequested: row => quizModel.open(row)
            }
        }
    }
}
