import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The module's key terms as buttons: each opens its tip; the glossary has all.
BlockBase {
    id: block
    Flow {
        Layout.fillWidth: true
        spacing: Theme.unit
        Repeater {
            model: block.fields.terms
            delegate: Button {
                required property string modelData
                text: Course.term(modelData).term || modelData
                flat: false
                implicitHeight: Theme.touchTarget
                Accessible.description: Course.term(modelData).definition || ""
                onClicked: Navigation.showTerm(modelData, this, width / 2, height)
                onActiveFocusChanged: {
                    if (activeFocus)
                        Navigation.showTerm(modelData, this, width / 2, height)
                }
            }
        }
    }
    AppButton {
        text: qsTr("Open the glossary")
        flat: true
        implicitHeight: Theme.touchTarget
        onClicked: Navigation.open("glossary")
    }
}
