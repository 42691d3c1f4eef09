import QtQuick
import QtQuick.Controls
import Loopwise

// One cell of the comparison table: a tick when the prompt has the part, a dash when not
// (a sign, not only a colour).
Label {
    property bool present: false

    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    text: present ? "\u2713" : "\u2013"
    color: present ? Theme.good : Theme.textMuted
    font.bold: present
    Accessible.role: Accessible.Cell
}
