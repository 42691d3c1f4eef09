import QtQuick
import QtQuick.Controls
import Loopwise

// The module's table of contents: one touch-sized row per section.
Popup {
    id: popup

    property var sections: []
    property string currentSection
    signal sectionChosen(string sectionId)

    parent: Overlay.overlay
    width: Math.min(Theme.unit * 60, parent.width - Theme.spacing * 2)
    height: Math.min(list.contentHeight + topPadding + bottomPadding, parent.height - Theme.spacing * 4)
    x: (parent.width - width) / 2
    y: Theme.spacing * 2
    modal: true
    focus: true
    padding: Theme.unit

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    contentItem: ListView {
        id: list
        clip: true
        model: popup.sections
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        currentIndex: {
            for (let i = 0; i < popup.sections.length; ++i) {
                if (popup.sections[i].id === popup.currentSection)
                    return i
            }
            return 0
        }
        delegate: ItemDelegate {
            id: row
            required property int index
            required property var modelData
            width: ListView.view.width
            height: Math.max(Theme.touchTarget, implicitHeight)
            //: An entry of the contents list; %1 is the section's number, %2 its title
            text: qsTr("%1. %2").arg(index + 1).arg(modelData.title)
            font.bold: modelData.id === popup.currentSection
            highlighted: ListView.isCurrentItem
            // A section title is the pack's text: never rich text (an <img> here once crashed the app).
            contentItem: Text {
                textFormat: Text.PlainText
                text: row.text
                font: row.font
                color: Theme.text
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                popup.sectionChosen(modelData.id)
                popup.close()
            }
        }
    }
}
