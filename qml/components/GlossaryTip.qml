import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The tip that explains a key term where it stands in the text. Opened by tap, click,
// hover or keyboard focus on a term. It closes on a press outside it, when the text under
// it scrolls, when keyboard focus moves to another item, when the pointer leaves a tip that
// hover opened, and (from Main) on Esc and on navigation.
Popup {
    id: tip
    objectName: "glossaryTip"

    property string termId: ""
    readonly property var entry: termId ? Course.term(termId) : ({})
    // The text the term stands in, and whether the pointer resting on it opened the tip.
    property Item source: null
    property bool openedByHover: false
    // The scrolling views around the source: a scroll moves the term away from the tip.
    property var watchedViews: []

    function showTerm(id, item, localX, localY, byHover) {
        termId = id
        openedByHover = byHover === true
        watchScrolling(item)
        leaveTimer.stop()
        const overlay = Overlay.overlay
        const point = item.mapToItem(overlay, localX, localY)
        const maxX = overlay.width - width - Theme.unit
        x = Math.max(Theme.unit, Math.min(point.x - width / 2, maxX))
        const below = point.y + Theme.unit * 3
        y = below + implicitHeight < overlay.height ? below : Math.max(Theme.unit, point.y - implicitHeight - Theme.unit)
        open()
    }

    // The pointer left the term: a tip that hover opened goes, unless the pointer is on it.
    function pointerLeftTerm() {
        if (opened && openedByHover)
            leaveTimer.restart()
    }

    function watchScrolling(item) {
        unwatchScrolling()
        source = item
        const views = []
        for (let view = item; view; view = view.parent) {
            if (view.movementStarted !== undefined) {
                view.movementStarted.connect(tip.close)
                views.push(view)
            }
        }
        watchedViews = views
    }

    function unwatchScrolling() {
        for (const view of watchedViews) {
            if (view && view.movementStarted)  // a view deleted since reads as empty
                view.movementStarted.disconnect(tip.close)
        }
        watchedViews = []
    }

    parent: Overlay.overlay
    width: Math.min(Theme.unit * 46, parent ? parent.width - Theme.unit * 2 : 360)
    padding: Theme.spacing
    // Esc is Main's: one shortcut closes the tip first and goes back after (a second Esc
    // binding here would make both ambiguous, and neither would fire).
    closePolicy: Popup.CloseOnPressOutside
    focus: false

    onClosed: {
        unwatchScrolling()
        leaveTimer.stop()
    }

    // Keyboard focus moving on (Tab, a click on a control) takes the tip with it, except
    // while Tab walks through the terms of the text that opened it.
    Connections {
        target: tip.opened && tip.source ? tip.source.Window.window : null
        function onActiveFocusItemChanged() {
            const window = tip.source.Window.window
            if (window && window.activeFocusItem !== tip.source)
                tip.close()
        }
    }

    Timer {
        id: leaveTimer
        interval: 300
        onTriggered: {
            if (!tipHover.hovered)
                tip.close()
        }
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        border.width: 1
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit
        HoverHandler {
            id: tipHover
            onHoveredChanged: {
                if (!hovered)
                    tip.pointerLeftTerm()
            }
        }
        Accessible.role: Accessible.ToolTip
        Accessible.name: (tip.entry.term || "") + ": " + (tip.entry.definition || "")
        Label {
            textFormat: Text.PlainText
            text: tip.entry.term || ""
            font.bold: true
            font.pixelSize: Theme.fontBody * 1.1
            color: Theme.accent
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: tip.entry.definition || ""
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
            Layout.fillWidth: true
        }
    }
}
