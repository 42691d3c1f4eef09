import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// One entry of the course outline. Entries that are not in the installed
// content say so instead of pretending to open.
ItemDelegate {
    id: card

    property int number: 0
    property string entryTitle
    property string entryTeaser
    property int entryMinutes: 0
    property string entryModuleId
    property bool entryAvailable: false

    enabled: true
    hoverEnabled: true
    padding: Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + padding * 2)
    Accessible.name: entryTitle
    Accessible.description: entryTeaser
    onClicked: {
        if (entryAvailable)
            Navigation.open("module/" + entryModuleId)
    }

    background: Rectangle {
        color: card.hovered && card.entryAvailable ? Theme.accentSoft : Theme.surface
        border.color: card.activeFocus ? Theme.accent : Theme.border
        border.width: card.activeFocus ? 2 : 1
        radius: Theme.radius
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            radius: width / 2
            color: card.entryAvailable ? Theme.accentSoft : Theme.surfaceAlt
            Label {
                anchors.centerIn: parent
                text: card.number
                font.bold: true
                color: card.entryAvailable ? Theme.accent : Theme.textMuted
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.unit / 2
            Label {
                text: card.entryTitle
                font.bold: true
                font.pixelSize: Theme.fontBody * 1.1
                color: card.entryAvailable ? Theme.text : Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: card.entryTeaser
                visible: text.length > 0
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: Theme.unit
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit / 2
                Chip {
                    text: qsTr("%1 min").arg(card.entryMinutes)
                    visible: card.entryMinutes > 0
                    tint: Theme.textMuted
                }
                Chip {
                    text: card.entryAvailable ? qsTr("Not started") : qsTr("Not in this content pack yet")
                    tint: card.entryAvailable ? Theme.accent : Theme.warning
                }
            }
        }
    }
}
