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

    // The learner's status and reading position in this module (from the progress store).
    readonly property string status: entryAvailable && Progress.store.revision >= 0
                                     ? Progress.store.moduleStatus(entryModuleId) : ""
    readonly property var position: entryAvailable && Progress.store.revision >= 0
                                    ? Progress.sectionProgress(entryModuleId, Progress.store.readingPosition(entryModuleId))
                                    : ({ index: -1, count: 0 })

    hoverEnabled: true
    padding: Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + padding * 2)
    Accessible.name: entryTitle
    Accessible.description: entryTeaser
    onClicked: {
        if (entryAvailable)
            Navigation.open(Routes.module(entryModuleId))
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
                textFormat: Text.PlainText
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
                textFormat: Text.PlainText
                text: card.entryTitle
                font.bold: true
                font.pixelSize: Theme.fontBody * 1.1
                color: card.entryAvailable ? Theme.text : Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
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
                    //: How long the module takes; %1 is a number of minutes
                    text: qsTr("%1 min").arg(card.entryMinutes)
                    visible: card.entryMinutes > 0
                    tint: Theme.textMuted
                }
                Chip {
                    objectName: "statusChip"
                    //: A module's status on the home page: its text is not installed
                    text: !card.entryAvailable ? qsTr("Not in this content pack yet")
                        : card.status === "completed" ? qsTr("✓ Completed")
                        //: A module's status on the home page
                        : card.status === "in-progress" ? qsTr("In progress")
                        : qsTr("Not started")
                    tint: !card.entryAvailable ? Theme.warning : card.status === "completed" ? Theme.good : Theme.accent
                }
                Chip {
                    visible: card.status === "in-progress" && card.position.index >= 0
                    //: Where the learner left the module; %1 and %2 are numbers
                    text: qsTr("Section %1 of %2").arg(card.position.index + 1).arg(card.position.count)
                    tint: Theme.textMuted
                }
            }
            ProgressBar {
                visible: card.status === "in-progress" && card.position.index >= 0
                from: 0
                to: Math.max(1, card.position.count)
                value: card.position.index + 1
                Layout.fillWidth: true
            }
        }
    }
}
