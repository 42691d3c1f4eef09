import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Language, light or dark, text size. Every change applies at once.
ScrollingPage {
    id: page

    title: qsTr("Settings")
    objectName: "settingsPage"

    Card {
        width: parent.width
        Label {
            text: qsTr("Language")
            font.bold: true
            color: Theme.text
        }
        ComboBox {
            id: language
            model: Preferences.languages
            textRole: "name"
            valueRole: "code"
            Layout.preferredWidth: Math.min(Theme.unit * 40, page.width - Theme.spacing * 4)
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Language")
            Component.onCompleted: currentIndex = indexOfValue(Preferences.language)
            onActivated: Preferences.language = currentValue
            Connections {
                target: Preferences
                function onLanguageChanged() { language.currentIndex = language.indexOfValue(Preferences.language) }
            }
        }
        Label {
            text: qsTr("The course text and the app switch language right away.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Card {
        width: parent.width
        CheckBox {
            text: qsTr("Dark theme")
            checked: Preferences.darkTheme
            Layout.preferredHeight: Theme.touchTarget
            onToggled: Preferences.darkTheme = checked
        }
    }

    Card {
        width: parent.width
        Label {
            text: qsTr("Text size: %1 %").arg(Math.round(Preferences.textScale * 100))
            font.bold: true
            color: Theme.text
        }
        Slider {
            from: 0.8
            to: 1.6
            stepSize: 0.1
            snapMode: Slider.SnapAlways
            value: Preferences.textScale
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Text size")
            onMoved: Preferences.textScale = value
        }
        Label {
            text: qsTr("This is how text in the course will look.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
