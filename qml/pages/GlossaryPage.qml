import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// Every term of the course, searchable.
Page {
    id: page

    property bool busy: false

    title: qsTr("Glossary")
    objectName: "glossaryPage"
    background: Rectangle { color: Theme.background }

    GlossaryFilterModel {
        id: filtered
        sourceModel: Course.glossary
        query: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.unit

        TextField {
            id: search
            Layout.preferredWidth: Math.min(page.width - Theme.spacing * 2, Theme.readingWidth)
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Search terms and definitions")
            Accessible.name: qsTr("Search the glossary")
            focus: true
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: search.Layout.preferredWidth
            Layout.alignment: Qt.AlignHCenter
            //: %1 is what the learner typed into the glossary search
            text: filtered.count === 0 ? qsTr("No term matches \"%1\".").arg(search.text)
                                       //: How many glossary terms match the search
                                       : qsTr("%n term(s)", "", filtered.count)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            spacing: Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            footer: Item { height: Theme.spacing; width: 1 }
            delegate: Item {
                required property string termId
                required property string term
                required property string definition
                width: list.width
                implicitHeight: card.implicitHeight
                Card {
                    id: card
                    width: Math.min(list.width - Theme.spacing * 2, Theme.readingWidth)
                    x: (list.width - width) / 2
                    Label {
                        textFormat: Text.PlainText
                        text: term
                        font.bold: true
                        font.pixelSize: Theme.fontBody * 1.1
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: definition
                        color: Theme.text
                        wrapMode: Text.Wrap
                        lineHeight: 1.2
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
