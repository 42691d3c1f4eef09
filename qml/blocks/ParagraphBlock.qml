import QtQuick
import QtQuick.Layouts
import Loopwise

BlockBase {
    MarkupText {
        markup: parent.fields.text
        Layout.fillWidth: true
    }
}
