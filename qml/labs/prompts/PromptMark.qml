import QtQuick
import Loopwise

// A sample of how the editors mark a part: a tinted "Abc" over its coloured underline,
// drawn with the part's dash pattern ([on, off, ...] in units of two pixels).
Item {
    id: mark

    property color colour
    property var pattern: [1]
    readonly property var dashes: {
        const segments = []
        const unit = 2
        let x = 0
        let i = 0
        const solid = pattern.length < 2
        while (x < width) {
            const on = solid ? width : pattern[i % pattern.length] * unit
            const off = solid ? 0 : pattern[(i + 1) % pattern.length] * unit
            segments.push({ x: x, w: Math.min(on, width - x) })
            x += on + off
            i += 2
        }
        return segments
    }

    implicitHeight: sample.implicitHeight + 4
    Accessible.ignored: true  // a picture of the mark; the row's words say what it is

    Rectangle {
        anchors.fill: sample
        color: Qt.rgba(mark.colour.r, mark.colour.g, mark.colour.b, 0.19)
    }
    Text {
        id: sample
        textFormat: Text.PlainText
        text: "Abc"
        color: Theme.text
        font.pixelSize: Theme.fontSmall
    }
    Repeater {
        model: mark.dashes
        delegate: Rectangle {
            required property var modelData
            x: modelData.x
            y: sample.height + 1
            width: modelData.w
            height: 2
            color: mark.colour
        }
    }
}
