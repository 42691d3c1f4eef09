import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Tells the reader, plainly, that something could not be read, and where: broken content
// (the default) or lines of the school's policy.
Rectangle {
    id: box

    property bool expanded: false
    property var problems: Course.issues
    //: Notice on the home page when parts of a content pack are broken
    property string heading: qsTr("Some course content could not be loaded (%n problem(s)). Everything else works.", "",
                                  problems.length)

    visible: problems.length > 0
    implicitHeight: visible ? column.implicitHeight + Theme.spacing * 2 : 0
    color: Theme.warningSoft
    border.color: Theme.warning
    radius: Theme.radius

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: box.width - Theme.spacing * 2
        spacing: Theme.unit

        Label {
            textFormat: Text.PlainText
            text: box.heading
            font.bold: true
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: box.expanded ? box.problems : box.problems.slice(0, 3)
            Label {
                textFormat: Text.PlainText
                required property string modelData
                text: modelData
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
        AppButton {
            visible: box.problems.length > 3
            //: Button that folds the list of problems (of content, or of the school's policy) back to three
            text: box.expanded ? qsTr("Show fewer") : qsTr("Show all %n problem(s)", "", box.problems.length)
            flat: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: box.expanded = !box.expanded
        }
    }
}
