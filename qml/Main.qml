import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Loopwise

ApplicationWindow {
    id: window

    // Set by the app from --open; any route Routes.parse() accepts.
    property string startRoute: "home"
    // Set by the app from --run-epochs: the first lab opened trains this many epochs at once.
    property int startRunEpochs: 0
    // True while a page is still loading or moving: screenshots wait for it.
    readonly property bool busy: stack.busy || (stack.currentItem !== null && stack.currentItem.busy === true)

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 400
    visible: true
    //: Window title; %1 is the page's title
    title: stack.currentItem && stack.currentItem.title ? qsTr("%1 – Loopwise").arg(stack.currentItem.title)
                                                        : qsTr("Loopwise")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily

    Material.theme: Preferences.darkTheme ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    onWidthChanged: UiScale.updateForWindow(width, height)
    onHeightChanged: UiScale.updateForWindow(width, height)

    Binding {
        target: UiScale
        property: "textScale"
        value: Preferences.textScale
    }

    function openRoute(text) {
        const route = Routes.parse(text)
        if (!route.valid) {
            showNotice(route.error)
            return
        }
        switch (route.page) {
        case "home":
            stack.pop(null)
            break
        case "glossary":
            stack.push(Qt.resolvedUrl("pages/GlossaryPage.qml"))
            break
        case "settings":
            stack.push(Qt.resolvedUrl("pages/SettingsPage.qml"))
            break
        case "about":
            stack.push(Qt.resolvedUrl("pages/AboutPage.qml"))
            break
        case "module":
            if (!Course.hasModule(route.id)) {
                showNotice(qsTr("This part of the course is not in the installed content."))
                return
            }
            stack.push(Qt.resolvedUrl("pages/ModulePage.qml"), { moduleId: route.id, anchor: route.anchor })
            break
        case "lab": {
            const runEpochs = startRunEpochs
            startRunEpochs = 0
            stack.push(Qt.resolvedUrl(Labs.page(route.id)),
                       { labId: route.id, query: route.query, runEpochs: runEpochs })
            break
        }
        }
    }

    Connections {
        target: Navigation
        function onRouteRequested(route) { window.openRoute(route) }
        function onTermRequested(termId, item, x, y, byHover) {
            glossaryTipLoader.active = true
            glossaryTipLoader.item.showTerm(termId, item, x, y, byHover)
        }
        function onTermLeft() {
            if (glossaryTipLoader.item)
                glossaryTipLoader.item.pointerLeftTerm()
        }
        function onTermTipClosed() {
            if (glossaryTipLoader.item)
                glossaryTipLoader.item.close()
        }
    }

    function showNotice(message) {
        noticeLoader.active = true
        noticeLoader.item.show(message)
    }

    function goBack() {
        if (glossaryTipLoader.item && glossaryTipLoader.item.opened)
            glossaryTipLoader.item.close()
        else if (stack.depth > 1)
            stack.pop()
    }

    header: TopBar {
        stack: stack
        onBackRequested: window.goBack()
        onRouteRequested: route => window.openRoute(route)
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: HomePage {}
        focus: true
        // A tip belongs to the page it explains.
        onCurrentItemChanged: Navigation.hideTerm()
    }

    // Made on first use, from their files: not even compiled before the first frame.
    Loader {
        id: glossaryTipLoader
        objectName: "glossaryTipLoader"
        active: false
        source: Qt.resolvedUrl("components/GlossaryTip.qml")
    }
    Loader {
        id: noticeLoader
        active: false
        source: Qt.resolvedUrl("components/Notice.qml")
    }

    // Keys from the one list (Shortcuts in C++) that the shortcuts table shows.
    Shortcut {
        sequences: Shortcuts.sequences("back")
        onActivated: window.goBack()
    }
    Shortcut {
        sequences: Shortcuts.sequences("glossary")
        onActivated: window.openRoute("glossary")
    }
    Shortcut {
        sequences: Shortcuts.sequences("settings")
        onActivated: window.openRoute("settings")
    }
    Shortcut {
        sequences: Shortcuts.sequences("home")
        onActivated: window.openRoute("home")
    }
    Shortcut {
        sequences: Shortcuts.sequences("shortcuts")
        onActivated: {
            shortcutsSheetLoader.active = true
            shortcutsSheetLoader.item.open()
        }
    }
    Loader {
        id: shortcutsSheetLoader
        active: false
        source: Qt.resolvedUrl("components/ShortcutsSheet.qml")
    }

    Component.onCompleted: {
        UiScale.updateForWindow(width, height)
        if (startRoute !== "home")
            openRoute(startRoute)
    }
}
