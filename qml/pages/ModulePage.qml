import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The module reader: header, previous/next, a progress strip and every
// section of the module as a list of blocks.
Page {
    id: page

    property string moduleId
    property string anchor: ""
    property var module: moduleId ? Course.openModule(moduleId) : null
    // The section the reader is in (the first one visible at the top).
    readonly property string currentSection: module ? module.sectionAt(list.indexAt(list.width / 2, list.contentY + Theme.unit)) : ""
    property bool busy: !anchorApplied

    property bool anchorApplied: anchor.length === 0
    // Seconds read since the last time they were added to the store.
    property int unsavedSeconds: 0

    title: module ? module.title : ""
    objectName: "modulePage"
    background: Rectangle { color: Theme.background }

    function goToSection(sectionId) {
        const row = module.rowOfSection(sectionId)
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Beginning)
    }

    Connections {
        target: Course
        // A language change brings new text: rebuild the reader at the same place.
        function onContentChanged() {
            const section = page.currentSection
            page.module = Course.openModule(page.moduleId)
            if (section)
                Qt.callLater(page.goToSection, section)
        }
    }

    // The reader's position stays in view however far the text scrolls.
    header: ReadingBar {
        module: page.module
        currentSection: page.currentSection
        completed: Progress.store.revision >= 0 && Progress.store.moduleStatus(page.moduleId) === "completed"
        onSectionRequested: sectionId => page.goToSection(sectionId)
    }

    ListView {
        id: list
        anchors.fill: parent
        model: page.module
        clip: true
        cacheBuffer: 1200
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        header: ModuleHeader {
            width: list.width
            module: page.module
        }
        footer: Item { width: list.width; height: Theme.spacing * 4 }
        delegate: BlockDelegate {
            width: list.width
            moduleId: page.moduleId
        }
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageDown) {
                list.contentY = Math.min(list.contentY + list.height * 0.9, list.contentHeight + list.originY - list.height)
                event.accepted = true
            } else if (event.key === Qt.Key_PageUp) {
                list.contentY = Math.max(list.contentY - list.height * 0.9, list.originY)
                event.accepted = true
            }
        }
    }

    Component.onCompleted: {
        Progress.store.openModule(moduleId)
        // Reopen where the learner left off, unless a route names a section.
        if (anchor.length === 0) {
            const section = Progress.store.readingPosition(moduleId)
            if (section.length > 0 && module && module.rowOfSection(section) > 0)
                anchor = section
        }
    }
    Component.onDestruction: {
        if (unsavedSeconds > 0)
            Progress.store.addTimeSpent(moduleId, unsavedSeconds)
    }

    // Remember the section being read, once scrolling has stopped for a moment.
    onCurrentSectionChanged: positionSaver.restart()
    Timer {
        id: positionSaver
        interval: 1500
        onTriggered: {
            if (page.anchorApplied && page.currentSection.length > 0)
                Progress.store.setReadingPosition(page.moduleId, page.currentSection)
        }
    }
    // Time spent reading: counted while this page is in front and the app is active.
    Timer {
        interval: 1000
        repeat: true
        running: page.StackView.status === StackView.Active && Qt.application.state === Qt.ApplicationActive
        onTriggered: {
            page.unsavedSeconds += 1
            if (page.unsavedSeconds >= 30) {
                Progress.store.addTimeSpent(page.moduleId, page.unsavedSeconds)
                page.unsavedSeconds = 0
            }
        }
    }

    // The header grows as its text wraps; keep its top in view until the reader scrolls.
    Connections {
        target: list.headerItem
        function onHeightChanged() {
            if (page.anchor.length === 0 && !list.moving && list.contentY < list.originY + list.headerItem.height)
                list.positionViewAtBeginning()
        }
    }

    // Jump to the anchor once the list has laid out its first items.
    Timer {
        running: !page.anchorApplied && list.count > 0
        interval: 50
        onTriggered: {
            page.goToSection(page.anchor)
            settle.start()
        }
    }
    Timer {
        id: settle
        interval: 150
        onTriggered: {
            // Positioning estimates heights of items not yet built; do it once more.
            page.goToSection(page.anchor)
            page.anchorApplied = true
        }
    }
}
