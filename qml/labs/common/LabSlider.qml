import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A labelled slider whose value is always written out beside its name. Placed by anchors,
// not a nested layout (Qt 6.4 drew the slider of the first of several of these in a card
// over the next one), with a fixed implicit width (a wrapped label's would make the card's
// layout loop).
Item {
    id: control

    property string label
    property string valueText: String(value)
    property real from: 0
    property real to: 100
    property real stepSize: 1
    property real value: 0
    signal moved(real value)

    implicitWidth: Theme.unit * 24
    implicitHeight: caption.implicitHeight + slider.height

    Label {
        id: caption
        textFormat: Text.PlainText
        width: control.width
        objectName: "sliderCaption"
        // A no-break space keeps the value with its name: a narrow column never leaves
        // "3" alone on the caption's last line.
        text: control.label + ":\u00A0" + control.valueText
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Slider {
        id: slider
        anchors.top: caption.bottom
        width: control.width
        height: Theme.touchTarget
        from: control.from
        to: control.to
        stepSize: control.stepSize
        snapMode: Slider.SnapAlways
        value: control.value
        onMoved: control.moved(value)
        Accessible.name: control.label
    }
}
