import QtQuick
import QtQuick.Layouts
import Loopwise

// What every block view receives from the reader.
ColumnLayout {
    property var fields: ({})
    property string kind
    property string blockId
    property string sectionId
    property string sectionTitle
    property int sectionNumber
    property string moduleId

    spacing: Theme.unit
}
