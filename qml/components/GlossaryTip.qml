import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The tip that explains a key term where it stands in the text. Opened by
// tap, click, hover or keyboard focus on a term; Esc or a tap elsewhere closes it.
Popup {
    id: tip

    property string termId: ""
    readonly property var entry: termId ? Course.term(termId) : ({})

    function showTerm(id, item, localX, localY) {
        termId = id
        const overlay = Overlay.overlay
        const point = item.mapToItem(overlay, localX, localY)
        const maxX = overlay.width - width - Theme.unit
        x = Math.max(Theme.unit, Math.min(point.x - width / 2, maxX))
        const below = point.y + Theme.unit * 3
        y = below + implicitHeight < overlay.height ? below : Math.max(Theme.unit, point.y - implicitHeight - Theme.unit)
        open()
    }

    parent: Overlay.overlay
    width: Math.min(Theme.unit * 46, parent ? parent.width - Theme.unit * 2 : 360)
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
    focus: false

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        border.width: 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit
        Accessible.role: Accessible.ToolTip
        Accessible.name: (tip.entry.term || "") + ": " + (tip.entry.definition || "")
        Label {
            textFormat: Text.PlainText
            text: tip.entry.term || ""
            font.bold: true
            font.pixelSize: Theme.fontBody * 1.1
            color: Theme.accent
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: tip.entry.definition || ""
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
            Layout.fillWidth: true
        }
    }
}
