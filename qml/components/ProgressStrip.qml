import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One segment per section: where the reader is, and a way to jump.
ColumnLayout {
    id: strip

    property var sections: []
    property string currentSection
    property bool completed: false
    signal sectionRequested(string sectionId)

    readonly property int currentIndex: {
        for (let i = 0; i < sections.length; ++i) {
            if (sections[i].id === currentSection)
                return i
        }
        return 0
    }

    spacing: Theme.unit / 2

    Label {
        textFormat: Text.PlainText
        objectName: "positionLabel"
        readonly property string sectionTitle: strip.sections.length > 0 ? strip.sections[strip.currentIndex].title : ""
        text: strip.completed
              //: A completed module's reader; %1 the section's number, %2 how many there are, %3 its title
              ? qsTr("✓ Module complete · section %1 of %2: %3").arg(strip.currentIndex + 1).arg(strip.sections.length).arg(sectionTitle)
              //: The section being read; %1 its number, %2 how many there are, %3 its title
              : qsTr("Section %1 of %2: %3").arg(strip.currentIndex + 1).arg(strip.sections.length).arg(sectionTitle)
        color: strip.completed ? Theme.good : Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Row {
        id: segments
        Layout.fillWidth: true
        height: Theme.unit * 1.5
        spacing: 2
        Repeater {
            model: strip.sections
            delegate: Rectangle {
                required property int index
                required property var modelData
                width: (segments.width - (strip.sections.length - 1) * segments.spacing) / Math.max(1, strip.sections.length)
                height: segments.height
                radius: height / 2
                color: index === strip.currentIndex ? Theme.accent
                     : strip.completed ? Theme.good
                     : index < strip.currentIndex ? Theme.accent : Theme.border
                TapHandler {
                    onTapped: strip.sectionRequested(parent.modelData.id)
                }
                HoverHandler {
                    cursorShape: Qt.PointingHandCursor
                }
            }
        }
    }
}
