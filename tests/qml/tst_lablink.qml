import QtQuick
import QtTest
import Loopwise

// The lab link card: a long link wraps only after a URL separator ("/", "?", "&", ","),
// never inside a word or a number, and shows the link the lab copies, letter for letter.
Item {
    id: root
    width: 800
    height: 600

    NetworkLab {
        id: lab
    }
    LabShareCard {
        id: card
        lab: lab
        example: "lab/network?dataset=spiral"
    }

    TestCase {
        name: "LabLinkCard"
        when: windowShown

        function initTestCase() {
            verify(lab.applyLink("lab/network?dataset=spiral&hidden=8,8,8,8&activation=tanh&lr=0.03&noise=35"))
        }

        function test_wrapsOnlyAtSeparators_data() {
            return [{ tag: "narrow", width: 200 }, { tag: "medium", width: 280 }, { tag: "wide", width: 380 }]
        }

        function test_wrapsOnlyAtSeparators(data) {
            card.width = data.width
            const link = findChild(card, "labLinkText")
            verify(link !== null)
            tryVerify(() => link.width > 0 && link.width < data.width)
            verify(link.lineCount > 1, "the link does not wrap at " + data.width + " px")
            compare(link.text.replace(/\u200B/g, ""), lab.link)
            let breaks = 0
            for (let i = 1; i < link.length; ++i) {
                if (link.positionToRectangle(i).y <= link.positionToRectangle(i - 1).y + 1)
                    continue
                ++breaks
                const before = link.getText(i - 1, i)
                verify(before === "\u200B" || before === "/",
                       "the link breaks inside \"" + link.getText(Math.max(0, i - 6), i + 6) + "\"")
            }
            compare(breaks, link.lineCount - 1)
            verify(link.contentWidth <= link.width + 0.5, "a line is wider than the card")
        }
    }
}
