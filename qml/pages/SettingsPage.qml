import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
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
            textFormat: Text.PlainText
            text: qsTr("Language")
            font.bold: true
            color: Theme.text
        }
        AppComboBox {
            id: language
            model: Preferences.languages
            textRole: "name"
            valueRole: "code"
            Layout.preferredWidth: Math.min(Theme.unit * 40, page.width - Theme.spacing * 4)
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Language")
            enabled: !Preferences.languageLocked
            Component.onCompleted: currentIndex = indexOfValue(Preferences.language)
            onActivated: Preferences.language = currentValue
            Connections {
                target: Preferences
                function onLanguageChanged() { language.currentIndex = language.indexOfValue(Preferences.language) }
            }
        }
        SchoolLock {
            objectName: "languageLock"
            locked: Preferences.languageLocked
        }
        Label {
            textFormat: Text.PlainText
            visible: !Preferences.languageLocked
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
            enabled: !Preferences.themeLocked
            Layout.preferredHeight: Theme.touchTarget
            onToggled: Preferences.darkTheme = checked
        }
        SchoolLock {
            objectName: "themeLock"
            locked: Preferences.themeLocked
        }
    }

    Card {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            //: Label of the text-size slider; %1 is the size in percent of the normal size
            text: qsTr("Text size: %1 %").arg(Math.round(Preferences.textScale * 100).toLocaleString(Qt.locale(), "f", 0))
            font.bold: true
            color: Theme.text
        }
        Slider {
            from: 0.8
            to: 1.6
            stepSize: 0.1
            snapMode: Slider.SnapAlways
            value: Preferences.textScale
            enabled: !Preferences.textScaleLocked
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Text size")
            onMoved: Preferences.textScale = value
        }
        SchoolLock {
            objectName: "textScaleLock"
            locked: Preferences.textScaleLocked
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("This is how text in the course will look.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Card {
        width: parent.width
        Label {
            textFormat: Text.PlainText
            //: Heading of the settings for exporting and importing learners' progress
            text: qsTr("For teachers")
            font.bold: true
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            id: teacherTools
            objectName: "teacherTools"
            // One export or import at a time; the store's thread does it while the page goes on.
            enabled: !Progress.store.busy
            Layout.fillWidth: true
            spacing: Theme.unit
            AppButton {
                //: Button: export every learner's progress as a CSV table
                text: qsTr("Progress as CSV")
                onClicked: fileDialog.start("csv", FileDialog.SaveFile, "loopwise-progress.csv")
            }
            AppButton {
                //: Button: export every learner's progress as xAPI statements (a learning-records standard; keep "xAPI")
                text: qsTr("xAPI statements")
                onClicked: fileDialog.start("xapi", FileDialog.SaveFile, "loopwise-xapi.jsonl")
            }
            AppButton {
                //: Button: save the current learner's profile to a file for another device
                text: qsTr("Export this learner")
                onClicked: fileDialog.start("profile", FileDialog.SaveFile, "loopwise-learner.json")
            }
            AppButton {
                //: Button: read a learner's profile from a file exported on another device
                text: qsTr("Import a learner")
                onClicked: fileDialog.start("import", FileDialog.OpenFile, "")
            }
        }
        StoreBusyRow {
            objectName: "teacherToolsBusy"
        }
        Label {
            textFormat: Text.PlainText
            id: result
            objectName: "teacherToolsResult"
            visible: text.length > 0
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            //: %1 is the path of the progress database file
            text: qsTr("Progress is kept in %1").arg(Theme.leftToRight(Progress.store.databasePath))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }

    FileDialog {
        id: fileDialog
        property string action: ""
        function start(what, mode, name) {
            action = what
            fileMode = mode
            currentFile = name.length > 0 ? "file:" + name : ""
            open()
        }
        //: File-dialog filter; keep the pattern in brackets as it is
        nameFilters: action === "csv" ? [qsTr("CSV files (*.csv)")]
                   : action === "xapi" ? [qsTr("xAPI statements (*.jsonl)")]
                   : [qsTr("Loopwise learner files (*.json)")]
        onAccepted: {
            result.text = ""
            const store = Progress.store
            if (action === "csv")
                store.exportProgressCsv(selectedFile)
            else if (action === "xapi")
                store.exportXapi(selectedFile)
            else if (action === "profile")
                store.exportProfile(selectedFile)
            else
                store.importProfile(selectedFile)
        }
    }
    // The results come back while the page keeps running; note exports belong to their notes.
    Connections {
        target: Progress.store
        function onExportFinished(format, path, ok, message) {
            if (format === "csv" || format === "xapi" || format === "profile")
                //: %1 is the path of the file that was written
                result.text = ok ? qsTr("Saved to %1").arg(Theme.leftToRight(path)) : message
        }
        function onImportFinished(path, ok, message) {
            // On success the store's summary says what was imported and what was skipped.
            result.text = ok ? Progress.store.importSummary : message
        }
    }
}
