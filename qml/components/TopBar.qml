import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Loopwise

// The bar over every page: Back and the page's title on the left, then Home (on every page
// but the home page itself), Glossary, Settings and About; a title too long for the row
// wraps on a line of its own below them.
Column {
    id: bar

    required property StackView stack
    signal backRequested()
    signal routeRequested(string route)

    readonly property bool onHome: stack.depth <= 1
    readonly property string title: stack.currentItem && !onHome ? stack.currentItem.title || "" : ""
    readonly property bool titleFitsBeside: titleMetrics.advanceWidth <= titleBesideBack.width

    TextMetrics {
        id: titleMetrics
        text: bar.title
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    // Tool tips never cover Back and the title: one that would reach into the bar opens
    // below its control instead (a tool tip flips when its window margin does not let it fit).
    Binding {
        target: bar.ToolTip.toolTip
        property: "topMargin"
        value: bar.height + Theme.unit
    }

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

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            RowLayout {
                id: buttonRow
                spacing: Theme.unit
                Layout.fillWidth: true
                Layout.leftMargin: Theme.unit
                Layout.rightMargin: Theme.unit

                TopBarButton {
                    objectName: "backButton"
                    visible: !bar.onHome
                    // The arrow points the way the reader came from, also right to left.
                    text: Theme.backArrow + " " + qsTr("Back")
                    Accessible.name: qsTr("Back")
                    onClicked: bar.backRequested()
                }
                Label {
                    textFormat: Text.PlainText
                    //: The app's name
                    text: qsTr("Loopwise")
                    font.bold: true
                    font.pixelSize: Theme.fontHeading
                    color: Theme.accent
                    visible: bar.onHome
                    Layout.leftMargin: Theme.unit
                }
                // The title stands beside Back while it fits there; a longer one (a long
                // language, a narrow window) gets a line of its own below, never elided.
                Label {
                    id: titleBesideBack
                    objectName: "pageTitle"
                    textFormat: Text.PlainText
                    text: bar.titleFitsBeside ? bar.title : ""
                    font: titleMetrics.font
                    color: Theme.text
                    // Its width is what the buttons leave, whatever the title says.
                    Layout.preferredWidth: 0
                    Layout.fillWidth: true
                }
                TopBarButton {
                    objectName: "homeButton"
                    text: qsTr("Home")
                    visible: !bar.onHome
                    onClicked: bar.routeRequested("home")
                }
                TopBarButton {
                    text: qsTr("Glossary")
                    onClicked: bar.routeRequested("glossary")
                }
                TopBarButton {
                    text: qsTr("Settings")
                    onClicked: bar.routeRequested("settings")
                }
                TopBarButton {
                    text: qsTr("About")
                    visible: bar.width >= 600
                    //: Screen-reader name of the button that opens the About page
                    Accessible.name: qsTr("About Loopwise")
                    onClicked: bar.routeRequested("about")
                }
            }
            Label {
                objectName: "pageTitleBelow"
                visible: !bar.titleFitsBeside
                textFormat: Text.PlainText
                text: visible ? bar.title : ""
                font: titleMetrics.font
                color: Theme.text
                wrapMode: Text.Wrap
                bottomPadding: Theme.unit
                Layout.fillWidth: true
                Layout.leftMargin: Theme.unit * 2.5
                Layout.rightMargin: Theme.unit * 2.5
            }
        }
    }
    StoreBanner {
        width: parent.width
    }
}
