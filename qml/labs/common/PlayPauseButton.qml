import QtQuick
import QtQuick.Controls
import Loopwise

// Play / Pause: as wide as the wider of its two labels, so the row beside it never moves
// when training starts or stops (in any language).
AppButton {
    id: control

    required property bool playing
    //: the button that starts training
    readonly property string playText: qsTr("Play")
    //: the same button while training runs: it stops training
    readonly property string pauseText: qsTr("Pause")

    text: playing ? pauseText : playText
    implicitWidth: Math.ceil(Math.max(playMetrics.advanceWidth, pauseMetrics.advanceWidth)) + leftPadding + rightPadding
    highlighted: true
    Accessible.name: text
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Play or pause (Ctrl+Space)")

    TextMetrics {
        id: playMetrics
        font: control.font
        text: control.playText
    }
    TextMetrics {
        id: pauseMetrics
        font: control.font
        text: control.pauseText
    }
}
