import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A labelled slider whose value is always written out beside its name. A plain Column,
// not a layout: Qt 6.4 misplaced the slider of the first of several of these nested in a
// card's layout (drawn over the next one) when the label's wrapped height settled late.
Column {
    id: control

    property string label
    property string valueText: String(value)
    property real from: 0
    property real to: 100
    property real stepSize: 1
    property real value: 0
    signal moved(real value)

    spacing: 0

    Label {
        textFormat: Text.PlainText
        width: control.width
        text: control.label + ": " + control.valueText
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Slider {
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
