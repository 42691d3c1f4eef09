import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Loopwise

// The app's button: Material's look without its shadow layer, so it draws the
// same with GPU and software rendering (headless screenshots, old machines).
Button {
    id: control

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Material.foreground: !highlighted ? Theme.text : down ? Theme.accentPressedWords : Theme.accentWords

    // Plain text: a button's words may come from a content pack or a learner's name.
    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius / 2
        color: !control.enabled ? Theme.surfaceAlt
             : control.highlighted ? (control.down ? Theme.accentPressed : Theme.accent)
             : control.flat ? (control.down || control.hovered ? Theme.surfaceAlt : "transparent")
             : (control.down ? Theme.border : control.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: control.visualFocus ? Theme.accent : (control.flat || control.highlighted ? "transparent" : Theme.border)
        border.width: control.visualFocus ? 2 : 1
    }
}
