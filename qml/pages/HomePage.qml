import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopwise

// The course home: what the course is, its outline with duration and status,
// the labs, and a notice if some content could not be loaded.
ScrollingPage {
    id: page

    title: qsTr("Home")
    objectName: "homePage"

    Column {
        width: parent.width
        spacing: Theme.unit

        Label {
            textFormat: Text.PlainText
            //: Small label above the course's title on the home page
            text: qsTr("Course")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            width: parent.width // full width, so that right to left it stands at the right
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: Course.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: Course.subtitle
            visible: text.length > 0
            font.pixelSize: Theme.fontHeading
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: Course.description
            visible: text.length > 0
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.25
        }
    }

    ProblemsNotice {
        width: parent.width
    }

    ProblemsNotice {
        objectName: "policyProblems"
        width: parent.width
        problems: School.problems
        //: Notice on the home page when lines of the school's policy file cannot be used
        heading: qsTr("%n line(s) of your school's settings could not be used; they are left out and the rest applies.",
                      "", School.problems.length)
    }

    ProfileSwitcher {
        width: parent.width
    }

    Label {
        textFormat: Text.PlainText
        //: Heading of the list of the course's modules
        text: qsTr("Outline")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
    }

    Repeater {
        model: Course.outline
        delegate: OutlineCard {
            required property int index
            required property string entryId
            required property string title
            required property string teaser
            required property int minutes
            required property string moduleId
            required property bool available

            width: parent ? parent.width : 0
            number: index + 1
            entryTitle: title
            entryTeaser: teaser
            entryMinutes: minutes
            entryModuleId: moduleId
            entryAvailable: available
        }
    }

    Label {
        textFormat: Text.PlainText
        //: Heading of the list of the interactive labs
        text: qsTr("Labs")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
        visible: Course.labs.length > 0
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: Course.labs
            delegate: LabLinkCard {
                required property var modelData
                width: page.width >= 900 ? (parent.width - Theme.spacing * 2) / 3 : parent.width
                labId: modelData.id
            }
        }
    }
}
