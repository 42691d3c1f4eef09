import QtQuick
import Loopwise

// One row of the module reader: picks the view for the block's kind and
// centres it in the reading column.
Item {
    id: row

    required property string kind
    required property string blockId
    required property string sectionId
    required property string sectionTitle
    required property int sectionNumber
    required property var fields
    property string moduleId

    readonly property var viewForKind: ({
        heading: "../blocks/HeadingBlock.qml",
        paragraph: "../blocks/ParagraphBlock.qml",
        keySentence: "../blocks/KeySentenceBlock.qml",
        aside: "../blocks/AsideBlock.qml",
        list: "../blocks/ListBlock.qml",
        outcomes: "../blocks/ListBlock.qml",
        termList: "../blocks/TermListBlock.qml",
        rules: "../blocks/RulesBlock.qml",
        practice: "../blocks/PracticeBlock.qml",
        loopDiagram: "../blocks/LoopDiagramBlock.qml",
        steps: "../blocks/StepsBlock.qml",
        assumptions: "../blocks/AssumptionsBlock.qml",
        example: "../blocks/ExampleBlock.qml",
        definition: "../blocks/DefinitionBlock.qml",
        keyTerms: "../blocks/KeyTermsBlock.qml",
        labCard: "../blocks/LabCardBlock.qml",
        quiz: "../blocks/QuizBlock.qml",
        artefact: "../blocks/ArtefactBlock.qml",
        reflection: "../blocks/ReflectionBlock.qml",
        task: "../blocks/TaskBlock.qml",
        complete: "../blocks/CompleteBlock.qml"
    })

    implicitHeight: loader.item ? loader.item.implicitHeight + Theme.spacing : 0

    Loader {
        id: loader
        width: Math.min(row.width - Theme.spacing * 2, Theme.readingWidth)
        x: (row.width - width) / 2
        asynchronous: false
        Component.onCompleted: setSource(Qt.resolvedUrl(row.viewForKind[row.kind]), {
            fields: row.fields,
            kind: row.kind,
            blockId: row.blockId,
            sectionId: row.sectionId,
            sectionTitle: row.sectionTitle,
            sectionNumber: row.sectionNumber,
            moduleId: row.moduleId
        })
    }
}
