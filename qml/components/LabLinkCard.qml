import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A card that opens one of the labs.
ItemDelegate {
    id: card

    property string labId
    property string note: "" // optional markup: why to open the lab here
    property string settings: "" // optional lab link query: the lab set up for the note's experiment
    readonly property var lab: Course.lab(labId)

    padding: Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + padding * 2)
    hoverEnabled: true
    //: Screen-reader name of a card; %1 is the lab's title
    Accessible.name: qsTr("Open the lab: %1").arg(lab.title || labId)
    onClicked: Navigation.open(Routes.lab(labId, settings))

    background: Rectangle {
        color: card.hovered ? Theme.accentSoft : Theme.surface
        border.color: card.activeFocus ? Theme.accent : Theme.border
        border.width: card.activeFocus ? 2 : 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit / 2
        Label {
            textFormat: Text.PlainText
            //: Small label above a lab's title
            text: qsTr("Interactive lab")
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            text: card.lab.title || card.labId
            font.bold: true
            font.pixelSize: Theme.fontBody * 1.1
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        MarkupText {
            markup: card.note
            visible: card.note.length > 0
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: card.lab.summary || ""
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            //: Link-like button on a lab's card; the arrow points to the reading direction's end
            text: qsTr("Open lab →")
            color: Theme.link
            font.bold: true
        }
    }
}
