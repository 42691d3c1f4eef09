import QtQuick
import QtQuick.Controls
import Loopwise

// A page whose content scrolls and flicks, centred in a comfortable reading width.
Page {
    id: page

    default property alias content: column.data
    property alias flickable: flick
    property bool busy: false

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacing * 4
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: column
            width: Math.min(flick.width - Theme.spacing * 2, Theme.readingWidth * 1.2)
            x: (flick.width - width) / 2
            y: Theme.spacing * 2
            spacing: Theme.spacing
        }
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown)
            flick.flick(0, -flick.height * 4)
        else if (event.key === Qt.Key_PageUp)
            flick.flick(0, flick.height * 4)
    }
}
