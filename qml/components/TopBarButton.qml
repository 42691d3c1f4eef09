import QtQuick
import QtQuick.Controls
import Loopwise

// A button of the top bar: words only, a soft fill while pressed, hovered or focused.
// No Material ripple: Back hides under the pointer when it takes the reader home, and a
// ripple's hover state outlived that, leaving a grey circle on Back when it came back.
AppButton {
    id: control

    flat: true
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.unit * 1.5
    rightPadding: Theme.unit * 1.5
    Accessible.name: text
    // Hover starts afresh each time the button is shown again.
    hoverEnabled: visible
}
