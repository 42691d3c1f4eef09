import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A spinner and the store's plain sentence for what it is doing (exporting, importing,
// loading a learner), shown while that work runs on the store's thread.
RowLayout {
    id: row

    visible: Progress.store.busy
    spacing: Theme.unit
    Layout.fillWidth: true

    BusyIndicator {
        running: row.visible
        Layout.preferredHeight: Theme.touchTarget
        Layout.preferredWidth: Theme.touchTarget
        Accessible.name: Progress.store.busyText
    }
    Label {
        textFormat: Text.PlainText
        text: Progress.store.busyText
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
