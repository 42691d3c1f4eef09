import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Loopwise

// A short message at the bottom of the window that goes away by itself.
ToolTip {
    id: notice

    function show(message) {
        text = message
        open()
    }

    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: parent.height - height - Theme.spacing * 2
    timeout: 6000
    font.pixelSize: Theme.fontBody
    contentItem: Text {
        textFormat: Text.PlainText
        text: notice.text
        font: notice.font
        wrapMode: Text.Wrap
        // As Material's own ToolTip colours its text (Qt 6.4 has no toolTipTextColor).
        color: notice.Material.foreground
    }
}
