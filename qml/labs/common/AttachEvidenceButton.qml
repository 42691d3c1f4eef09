import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Attach to my decision note": the lab's current run, with a picture of its main chart,
// becomes evidence in the decision note. Disabled until there is a run; the reason, and
// after a press the confirmation, are shown in words below (nothing only on hover).
ColumnLayout {
    id: root

    required property LabController lab
    // The lab's main chart: what the note's thumbnail and exports show.
    required property Item chart
    property alias evidence: evidence

    spacing: Theme.unit / 2

    LabEvidence {
        id: evidence
        lab: root.lab
        chart: root.chart
        store: Progress.store
    }

    AppButton {
        id: button
        objectName: "attachEvidenceButton"
        //: Button in a lab: adds the current run (settings, figures, chart) to the decision note's evidence
        text: qsTr("Attach to my decision note")
        enabled: evidence.canAttach
        Layout.fillWidth: true
        Accessible.name: text
        Accessible.description: evidence.reason
        ToolTip.visible: hovered && ToolTip.text !== ""
        ToolTip.text: evidence.reason
        ToolTip.delay: 500
        onClicked: evidence.attach()
    }
    Label {
        objectName: "attachEvidenceStatus"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text !== ""
        // The last attach's outcome while the button can be pressed, else why it cannot.
        text: evidence.canAttach ? evidence.message : evidence.reason
        color: evidence.canAttach && evidence.message !== "" ? (evidence.succeeded ? Theme.good : Theme.warning)
                                                             : Theme.textMuted
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
