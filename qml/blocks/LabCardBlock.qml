import QtQuick
import QtQuick.Layouts
import Loopwise

BlockBase {
    id: block
    LabLinkCard {
        labId: block.fields.lab
        note: block.fields.text || ""
        settings: block.fields.settings || ""
        Layout.fillWidth: true
    }
}
