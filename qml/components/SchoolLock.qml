import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Under a setting the school's policy fixes: says so, so a control that does not move is
// never a mystery. Hidden (and taking no room) while the learner may change it.
Label {
    property bool locked: false

    visible: locked
    textFormat: Text.PlainText
    //: Under a setting that the school's policy file fixes; the learner cannot change it
    text: qsTr("Set by your school")
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    font.italic: true
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
