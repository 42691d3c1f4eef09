import QtQuick
import QtQuick.Layouts
import Loopwise

// A surface that groups related content.
Rectangle {
    id: card

    default property alias content: inner.data
    property real padding: Theme.spacing
    property alias spacing: inner.spacing

    implicitHeight: inner.implicitHeight + padding * 2
    color: Theme.surface
    border.color: Theme.border
    border.width: 1
    radius: Theme.radius

    ColumnLayout {
        id: inner
        x: card.padding
        y: card.padding
        width: card.width - card.padding * 2
        spacing: Theme.unit
    }
}
