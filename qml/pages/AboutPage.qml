import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

ScrollingPage {
    id: page

    title: qsTr("About")
    objectName: "aboutPage"

    Card {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            //: The app's name
            text: qsTr("Loopwise")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            //: %1 is the app's version number, e.g. 0.1.0
            text: qsTr("Version %1").arg(Qt.application.version)
            color: Theme.textMuted
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.")
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
            Layout.fillWidth: true
        }
    }
    Card {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            //: Heading of the list of keyboard shortcuts
            text: qsTr("Keyboard shortcuts")
            font.bold: true
            color: Theme.text
        }
        ShortcutTable {
            objectName: "shortcutTable"
            Layout.fillWidth: true
        }
    }
    Card {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            //: Qt and Eigen are software libraries (keep the names); %1 is the course's title
            text: qsTr("Built with Qt and Eigen. Course: %1.").arg(Course.title)
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
