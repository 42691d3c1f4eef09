import QtQuick
import QtQuick.Controls
import Loopwise

// A combo box in the app's look, drawn without shadow layers so it shows the
// same with GPU and software rendering.
ComboBox {
    id: control

    implicitHeight: Theme.touchTarget
    // Wide enough for its longest choice, so no translation is cut off.
    implicitContentWidthPolicy: ComboBox.WidestText

    // The words stop before the arrow, whatever the language and text size: room for the
    // arrow is kept on its side, and words that do not fit end in "…".
    leftPadding: Theme.unit * 1.5 + (mirrored ? indicator.width + Theme.unit : 0)
    rightPadding: Theme.unit * 1.5 + (mirrored ? 0 : indicator.width + Theme.unit)
    contentItem: Text {
        textFormat: Text.PlainText
        text: control.displayText
        font: control.font
        color: control.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    // A text chevron, not Material's picture of one: loading that picture makes
    // Qt load every image format plugin before the first frame.
    indicator: Text {
        textFormat: Text.PlainText
        x: control.mirrored ? Theme.unit * 1.5 : control.width - width - Theme.unit * 1.5
        y: control.topPadding + (control.availableHeight - height) / 2
        text: "\u25BE"
        color: control.enabled ? Theme.textMuted : Theme.border
        font.pixelSize: Theme.fontBody
        Accessible.ignored: true  // a picture, not words: the box itself is what is read out
    }

    // The chosen text follows the reading order, not its own first letter: "Tanh" or "SGD …" in an
    // Arabic window stands at the right, clear of the chevron on the left.
    Component.onCompleted: contentItem.horizontalAlignment = Text.AlignLeft

    background: Rectangle {
        radius: Theme.radius / 2
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.color: control.visualFocus ? Theme.accent : Theme.border
        border.width: control.visualFocus ? 2 : 1
    }

    popup.background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius / 2
    }
}
