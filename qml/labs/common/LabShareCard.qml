import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// A lab's whole set-up as a short text to copy, share and paste back. Both labs give
// it a link, copyLink() and applyLink().
Card {
    id: card

    required property QtObject lab
    // An example of this lab's links, shown in the empty paste field.
    property string example

    Label {
        textFormat: Text.PlainText
        text: qsTr("Lab link")
        font.bold: true
        color: Theme.text
    }
    // The link wraps only after its separators (a zero-width space after each "?", "&" and
    // ","), never inside a word or a number; "Copy link" copies it whole, without them.
    TextEdit {
        objectName: "labLinkText"
        Layout.fillWidth: true
        readOnly: true
        activeFocusOnPress: false
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
        text: card.lab.link.replace(/([?&,])/g, "$1\u200B")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Link to this lab's settings")
        Accessible.description: card.lab.link
    }
    AppButton {
        text: qsTr("Copy link")
        onClicked: card.lab.copyLink()
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Paste a link to load its settings:")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: pasteField
            objectName: "pasteLinkField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: card.example
            Accessible.name: qsTr("Link to load")
            onAccepted: applyButton.clicked()
        }
        AppButton {
            id: applyButton
            text: qsTr("Load")
            enabled: pasteField.text.trim() !== ""
            onClicked: {
                if (card.lab.applyLink(pasteField.text))
                    pasteField.text = ""
            }
        }
    }
}
