import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A labelled slider whose value is always written out beside its name.
ColumnLayout {
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
        Layout.fillWidth: true
        text: control.label + ": " + control.valueText
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Slider {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        from: control.from
        to: control.to
        stepSize: control.stepSize
        snapMode: Slider.SnapAlways
        value: control.value
        onMoved: control.moved(value)
        Accessible.name: control.label
    }
}
