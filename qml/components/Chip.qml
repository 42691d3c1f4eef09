import QtQuick
import QtQuick.Controls
import Loopwise

// A small label such as "48 min" or "Not started".
Label {
    textFormat: Text.PlainText
    property color tint: Theme.accent

    leftPadding: Theme.unit
    rightPadding: Theme.unit
    topPadding: Theme.unit / 2
    bottomPadding: Theme.unit / 2
    font.pixelSize: Theme.fontSmall
    color: tint
    background: Rectangle {
        radius: height / 2
        color: "transparent"
        border.color: parent.tint
        border.width: 1
    }
}
