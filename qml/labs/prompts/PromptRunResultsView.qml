import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A finished run: pass rate per prompt with its spread over seeds (the chart a decision
// note keeps), whether the difference is larger than the noise, tokens and time, what the
// model cannot show, the case-by-case table (or only where A and B differ), exports.
Card {
    id: card

    required property PromptRunLab lab

    AssumptionsBars {
        id: passRateChart
        objectName: "evidenceChart"
        Layout.fillWidth: true
        //: Title of the chart of both prompts' pass rates
        title: qsTr("Pass rate over the test cases")
        description: card.lab.verdict
        rows: card.lab.passRates.map(rate => ({
            //: a bar of the pass-rate chart; %1 A or B
            label: qsTr("Prompt %1").arg(rate.prompt), value: rate.mean,
            text: Math.round(rate.mean * 100) + " %"
        }))
    }
    Repeater {
        model: card.lab.passRates
        delegate: Label {
            required property var modelData
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: %1 A or B, %2 its pass rate with the spread over seeds
            text: qsTr("Prompt %1: %2").arg(modelData.prompt).arg(modelData.text)
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "verdictLabel"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: card.lab.verdict
        font.bold: true
        color: card.lab.largerThanNoise ? Theme.good : Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: card.lab.costs
        delegate: Label {
            required property string modelData
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: modelData
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "honestNotes"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text !== ""
        text: card.lab.honestNotes
        color: Theme.text
        wrapMode: Text.Wrap
        padding: Theme.unit
        background: Rectangle { color: Theme.accentSoft; radius: Theme.radius }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        //: %1 the answers' provenance: model, version, seeds, temperature, time
        text: qsTr("Answers from: %1").arg(card.lab.provenance)
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    Switch {
        objectName: "onlyDifferencesSwitch"
        text: qsTr("Only the cases where A and B differ")
        checked: card.lab.rows.onlyDifferences
        onToggled: {
            card.lab.rows.onlyDifferences = checked
            checked = Qt.binding(() => card.lab.rows.onlyDifferences)
        }
        Accessible.name: text
    }
    ListView {
        id: table
        objectName: "caseTable"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, Theme.unit * 60)
        clip: true
        spacing: Theme.unit
        model: card.lab.rows
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: row
            required property int caseNumber
            required property string input
            required property string expected
            required property int passesA
            required property int passesB
            required property int seeds
            required property bool differs
            required property string answersA
            required property string answersB
            required property string provenance
            width: table.width
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: a row of the case table: %1 the case's number, %2 its input, %3 the expected answer
                text: qsTr("Case %1: %2 (expected: %3)").arg(row.caseNumber).arg(row.input).arg(row.expected)
                font.bold: true
                color: row.differs ? Theme.best : Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: %1 seeds in which A passed, %2 seeds in all, %3 A's answers grouped
                text: qsTr("A passed %1 of %2: %3").arg(row.passesA).arg(row.seeds).arg(row.answersA)
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: %1 seeds in which B passed, %2 seeds in all, %3 B's answers grouped
                text: qsTr("B passed %1 of %2: %3").arg(row.passesB).arg(row.seeds).arg(row.answersB)
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.provenance
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    }

    PromptExportButtons {
        Layout.fillWidth: true
        lab: card.lab
        nameSuffix: "Run"
    }
    AttachEvidenceButton {
        Layout.fillWidth: true
        lab: card.lab
        chart: passRateChart
    }
}
