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

    header: Column {
        ToolBar {
            width: parent.width
            Material.foreground: Theme.text
            background: Rectangle {
                color: Theme.surface
                Rectangle {
                    width: parent.width
                    height: 1
                    anchors.bottom: parent.bottom
                    color: Theme.border
                }
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.unit
                anchors.rightMargin: Theme.unit
                spacing: Theme.unit

                ToolButton {
                    id: backButton
                    visible: stack.depth > 1
                    // The arrow points the way the reader came from, also right to left.
                    text: Theme.backArrow + " " + qsTr("Back")
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Back")
                    onClicked: window.goBack()
                }
                Label {
                    textFormat: Text.PlainText
                    //: The app's name
                    text: qsTr("Loopwise")
                    font.bold: true
                    font.pixelSize: Theme.fontHeading
                    color: Theme.accent
                    visible: stack.depth === 1
                    Layout.leftMargin: Theme.unit
                }
                Label {
                    textFormat: Text.PlainText
                    text: stack.currentItem && stack.depth > 1 ? stack.currentItem.title : ""
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Item {
                    visible: stack.depth === 1
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: qsTr("Home")
                    visible: stack.depth > 2
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Home")
                    onClicked: window.openRoute("home")
                }
                ToolButton {
                    text: qsTr("Glossary")
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Glossary")
                    onClicked: window.openRoute("glossary")
                }
                ToolButton {
                    text: qsTr("Settings")
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Settings")
                    onClicked: window.openRoute("settings")
                }
                ToolButton {
                    text: qsTr("About")
                    Layout.preferredHeight: Theme.touchTarget
                    visible: window.width >= 600
                    //: Screen-reader name of the button that opens the About page
                    Accessible.name: qsTr("About Loopwise")
                    onClicked: window.openRoute("about")
                }
            }
        }
        StoreBanner {
            width: parent.width
        }
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

    Shortcut {
        sequences: [StandardKey.Back, "Alt+Left", "Esc"]
        onActivated: window.goBack()
    }
    Shortcut {
        sequence: "Ctrl+G"
        onActivated: window.openRoute("glossary")
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: window.openRoute("settings")
    }
    Shortcut {
        sequences: ["Alt+Home", "Ctrl+H"]
        onActivated: window.openRoute("home")
    }
    Shortcut {
        sequence: StandardKey.HelpContents
        onActivated: window.openRoute("about")
    }

    Component.onCompleted: {
        UiScale.updateForWindow(width, height)
        if (startRoute !== "home")
            openRoute(startRoute)
    }
}
