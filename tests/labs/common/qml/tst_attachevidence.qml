import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Loopwise

// "Attach to my decision note": disabled (with the reason in words) until the lab has a run;
// a press adds the run to the decision note (text and chart) and says so; a second press of
// the same run adds nothing; the chart shows under the note's evidence field and can be
// taken off after a confirmation.
Item {
    id: root
    width: 900
    height: 700

    NetworkLab {
        id: lab
        store: Progress.store
    }
    NoteEditor {
        id: editor
        kind: "decision"
        store: Progress.store
    }
    Column {
        width: root.width
        Rectangle {
            id: chart
            width: 240
            height: 160
            color: "teal"
        }
        AttachEvidenceButton {
            id: attach
            width: 400
            lab: lab
            chart: chart
        }
        EvidenceCharts {
            id: charts
            width: root.width
            editor: editor
        }
        ArtefactBlock {
            id: artefact
            width: root.width
            fields: ({ note: "decision", title: "Decision note", text: "",
                       fields: [{ id: "assumption", label: "Assumption", hint: "" },
                                { id: "evidence", label: "Evidence", hint: "" }] })
        }
    }

    TestCase {
        name: "AttachEvidence"
        when: windowShown

        function test_attachOnceAfterARun() {
            const button = findChild(attach, "attachEvidenceButton")
            const status = findChild(attach, "attachEvidenceStatus")
            tryVerify(() => !lab.busy, 5000)
            compare(lab.epoch, 0)
            verify(!button.enabled, "nothing to attach before a run")
            compare(status.text, "Train the model first: there is no run to attach yet.")
            compare(button.Accessible.description, status.text)
            verify(!charts.visible)

            lab.runEpochs(8)
            tryVerify(() => !lab.busy && lab.epoch === 8, 10000)
            tryVerify(() => button.enabled)
            compare(button.Accessible.description, "")

            mouseClick(button)
            tryCompare(status, "text", "Added to your decision note's evidence.", 5000)
            compare(editor.evidence.length, 1)
            const text = editor.fields.evidence
            verify(text.indexOf("### Build a neural network, ") === 0, text)
            verify(text.indexOf("- Epochs: 8") > 0, text)
            verify(text.indexOf("`" + lab.link + "`") > 0, text)
            compare(editor.evidence[0].width, 240)
            compare(editor.evidence[0].height, 160)

            mouseClick(button)
            tryCompare(status, "text", "This run is already in your decision note's evidence.", 5000)
            compare(editor.evidence.length, 1)
            compare(editor.fields.evidence, text)

            // The note's block shows the text and, under the evidence field, the chart.
            tryCompare(findChild(artefact, "noteField_evidence"), "text", text)
            tryVerify(() => findChild(artefact, "evidenceChart_" + editor.evidence[0].id) !== null)
            verify(findChild(artefact, "evidenceChart_" + editor.evidence[0].id).visible)

            // The chart under the note, removed after the learner confirms.
            tryVerify(() => charts.visible)
            const chartId = editor.evidence[0].id
            const tile = findChild(charts, "evidenceChart_" + chartId)
            verify(tile)
            const remove = findChild(tile, "removeEvidenceButton")
            const dialog = findChild(charts, "removeEvidenceDialog")
            mouseClick(remove)
            tryVerify(() => dialog.opened)
            compare(editor.evidence.length, 1, "nothing is removed before the learner confirms")
            dialog.accepted()
            dialog.close()
            compare(editor.evidence.length, 0)
            verify(!charts.visible)
            tryVerify(() => findChild(artefact, "evidenceChart_" + chartId) === null)
            compare(editor.fields.evidence, text, "the text stays the learner's")
        }
    }
}
