import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

BlockBase {
    spacing: Theme.unit / 2
    Item { implicitHeight: Theme.spacing }
    Label {
        textFormat: Text.PlainText
        text: parent.sectionTitle
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Rectangle {
        implicitHeight: 3
        implicitWidth: Theme.unit * 6
        radius: 1.5
        color: Theme.accent
    }
}
