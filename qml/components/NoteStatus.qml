import QtQuick
import QtQuick.Controls
import Loopwise

// Whether the learner's words are safe: saved, being saved, or kept and retried.
Label {
    textFormat: Text.PlainText
    property NoteEditor editor

    text: {
        switch (editor.saveState) {
        case NoteEditor.Saved:
            return editor.revisions.length > 0 ? qsTr("✓ Saved") : ""
        case NoteEditor.Editing:
        case NoteEditor.Saving:
            return qsTr("Saving…")
        default:
            return qsTr("Not saved yet: kept here and retried")
        }
    }
    color: editor.saveState === NoteEditor.Failed ? Theme.bad : Theme.textMuted
    font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
