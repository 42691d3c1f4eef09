import QtQuick
import QtQuick.Controls
import Loopwise

// Text from a content pack with glossary tips and lab links. The markup is
// parsed and escaped in C++ (Course.styledText), so nothing in it can run or
// load anything. Tips open on tap, click, hover and keyboard focus: Tab walks
// through the terms of a paragraph before moving on.
Text {
    id: root

    property string markup: ""
    // Which link has keyboard focus (-1: none).
    property int focusedLink: -1
    readonly property int linkCount: Course.linkCount(markup)

    function openLink(link, x, y, byHover) {
        const term = Course.termOfLink(link)
        const route = Course.routeOfLink(link)
        if (term)
            Navigation.showTerm(term, root, x, y, byHover)
        else if (route)
            Navigation.open(route)
    }

    function focusLink(index) {
        focusedLink = index
        const term = Course.termOfLink(Course.linkAt(markup, index))
        if (term)
            Navigation.showTerm(term, root, width / 2, height)
    }

    text: Course.styledText(markup, Theme.link, focusedLink)
    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.25
    linkColor: Theme.link

    activeFocusOnTab: linkCount > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: Course.plainText(markup)

    onLinkActivated: link => {
        const point = hover.point.position
        openLink(link, point.x, point.y)
    }
    onLinkHovered: link => {
        if (Course.termOfLink(link)) {
            hoverTimer.restart()
        } else {
            hoverTimer.stop()
            Navigation.leaveTerm()
        }
    }
    onActiveFocusChanged: {
        if (activeFocus && focusedLink < 0)
            focusLink(0)
        else if (!activeFocus) {
            focusedLink = -1
            Navigation.hideTerm()
        }
    }

    Keys.onTabPressed: event => {
        if (focusedLink + 1 < linkCount)
            focusLink(focusedLink + 1)
        else
            event.accepted = false
    }
    Keys.onBacktabPressed: event => {
        if (focusedLink > 0)
            focusLink(focusedLink - 1)
        else
            event.accepted = false
    }
    Keys.onReturnPressed: openFocused()
    Keys.onEnterPressed: openFocused()
    Keys.onSpacePressed: openFocused()
    function openFocused() {
        if (focusedLink >= 0)
            openLink(Course.linkAt(markup, focusedLink), width / 2, height)
    }

    HoverHandler {
        id: hover
        cursorShape: root.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
    Timer {
        id: hoverTimer
        interval: 350
        onTriggered: {
            if (Course.termOfLink(root.hoveredLink))
                root.openLink(root.hoveredLink, hover.point.position.x, hover.point.position.y, true)
        }
    }
}
