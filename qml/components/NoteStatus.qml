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
            //: State of a note the learner writes: every change is saved
            return editor.revisions.length > 0 ? qsTr("✓ Saved") : ""
        case NoteEditor.Editing:
        case NoteEditor.Saving:
            //: State of a note the learner writes: a change is being written
            return qsTr("Saving…")
        default:
            //: State of a note: the last change could not be written yet; the app keeps it and tries again
            return qsTr("Not saved yet: kept here and retried")
        }
    }
    color: editor.saveState === NoteEditor.Failed ? Theme.bad : Theme.textMuted
    font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
