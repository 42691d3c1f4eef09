import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Stays at the top of the module reader while the text scrolls under it: where the reader
// is (or that the module is complete), one segment per section, and the contents.
Rectangle {
    id: bar

    property var module
    property string currentSection
    property bool completed: false
    signal sectionRequested(string sectionId)

    implicitHeight: row.implicitHeight + Theme.unit * 2
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        anchors.bottom: parent.bottom
        color: Theme.border
    }

    RowLayout {
        id: row
        width: Math.min(bar.width - Theme.spacing * 2, Theme.readingWidth)
        anchors.centerIn: parent
        spacing: Theme.spacing
        ProgressStrip {
            objectName: "progressStrip"
            sections: bar.module ? bar.module.sections : []
            currentSection: bar.currentSection
            completed: bar.completed
            Layout.fillWidth: true
            onSectionRequested: sectionId => bar.sectionRequested(sectionId)
        }
        AppButton {
            objectName: "contentsButton"
            //: Button that opens the list of the module's sections
            text: qsTr("Contents")
            Accessible.name: qsTr("Contents: jump to a section")
            onClicked: contents.open()
        }
    }
    SectionsPopup {
        id: contents
        sections: bar.module ? bar.module.sections : []
        currentSection: bar.currentSection
        onSectionChosen: sectionId => bar.sectionRequested(sectionId)
    }
}
