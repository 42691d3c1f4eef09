import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// "Previously" / "Next" card with the neighbour's title and teaser.
ItemDelegate {
    id: card

    property string direction: "next" // or "previous"
    property string entryId
    readonly property var entry: entryId ? Course.outlineEntry(entryId) : ({})

    visible: entryId.length > 0 && entry.id !== undefined
    padding: Theme.spacing
    hoverEnabled: true
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + padding * 2)
    Accessible.name: direction === "next"
                     //: Screen-reader name of the card that opens the next module; %1 is the module's title
                     ? qsTr("Next: %1").arg(entry.title || "")
                     //: Screen-reader name of the card that opens the previous module; %1 is the module's title
                     : qsTr("Previously: %1").arg(entry.title || "")
    onClicked: {
        if (entry.available)
            Navigation.open(Routes.module(entry.moduleId))
    }

    background: Rectangle {
        color: card.hovered && card.entry.available ? Theme.accentSoft : Theme.surface
        border.color: card.activeFocus ? Theme.accent : Theme.border
        border.width: card.activeFocus ? 2 : 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit / 2
        Label {
            textFormat: Text.PlainText
            //: Label on the card of the following module
            text: card.direction === "next" ? qsTr("Next")
                                            //: Label on the card of the module before this one
                                            : qsTr("Previously")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            text: card.entry.title || ""
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: card.entry.teaser || ""
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: !card.entry.available
            //: On the card of a module whose text is not installed
            text: qsTr("Not in this content pack yet")
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
        }
    }
}
