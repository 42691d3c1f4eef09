import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Loopwise

// The task's test cases: each with its input and expected answer (or words it must
// contain); the learner edits, removes and adds cases, imports more from a CSV file and can
// go back to the task's own. Edited cases are kept in the learner's progress per task.
Card {
    id: card

    required property PromptRunLab lab
    property int editing: -1  // the row being edited, -1 for a new case

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: %n test cases of the task
        text: qsTr("Test cases (%n)", "", card.lab.cases.count)
        font.bold: true
        color: Theme.text
    }
    ListView {
        id: caseList
        objectName: "caseList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, Theme.unit * 40)
        clip: true
        model: card.lab.cases
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: RowLayout {
            id: caseRow
            required property int index
            required property int number
            required property string input
            required property string expected
            required property string contains
            width: caseList.width
            spacing: Theme.unit
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: one test case: %1 its number, %2 its input, %3 the expected answer
                text: qsTr("%1. %2 → %3").arg(caseRow.number).arg(caseRow.input)
                          .arg(caseRow.expected !== "" ? caseRow.expected : caseRow.contains)
                color: Theme.text
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
            }
            AppButton {
                text: qsTr("Edit")
                flat: true
                onClicked: {
                    card.editing = caseRow.index
                    inputField.text = caseRow.input
                    expectedField.text = caseRow.expected
                    containsField.text = caseRow.contains
                }
                //: %1 the case's number
                Accessible.name: qsTr("Edit case %1").arg(caseRow.number)
            }
            AppButton {
                text: qsTr("Remove")
                flat: true
                onClicked: card.lab.cases.remove(caseRow.index)
                //: %1 the case's number
                Accessible.name: qsTr("Remove case %1").arg(caseRow.number)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: card.width > Theme.unit * 80 ? 3 : 1
        TextField {
            id: inputField
            objectName: "caseInputField"
            Layout.fillWidth: true
            placeholderText: qsTr("Input (what goes into {{input}})")
            Accessible.name: qsTr("Input of the test case")
        }
        TextField {
            id: expectedField
            Layout.fillWidth: true
            placeholderText: qsTr("Expected answer")
            Accessible.name: placeholderText
        }
        TextField {
            id: containsField
            Layout.fillWidth: true
            //: words separated by semicolons
            placeholderText: qsTr("Must contain (words; separated; by semicolons)")
            Accessible.name: qsTr("Words the answer must contain")
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        AppButton {
            objectName: "saveCaseButton"
            text: card.editing >= 0 ? qsTr("Save the case") : qsTr("Add the case")
            onClicked: {
                const done = card.editing >= 0
                    ? card.lab.cases.edit(card.editing, inputField.text, expectedField.text, containsField.text)
                    : card.lab.cases.add(inputField.text, expectedField.text, containsField.text)
                if (done) {
                    card.editing = -1
                    inputField.text = expectedField.text = containsField.text = ""
                }
            }
            Accessible.name: text
        }
        AppButton {
            text: qsTr("Import from CSV…")
            enabled: !card.lab.cases.importing
            onClicked: openDialog.open()
            Accessible.name: text
        }
        AppButton {
            text: qsTr("Back to the task's own cases")
            enabled: card.lab.cases.edited
            onClicked: card.lab.cases.resetToTask()
            Accessible.name: text
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: input, expected and contains are CSV column names, not to be translated
        text: qsTr("A CSV file's first line names its columns: input,expected and, if wanted, contains (words separated by semicolons).")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "casesMessage"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.cases.message
        color: Theme.warning
        wrapMode: Text.Wrap
    }

    FileDialog {
        id: openDialog
        title: qsTr("Import test cases")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: card.lab.cases.importCsv(selectedFile)
    }
}
