import QtQuick
import QtTest
import Loopwise

// The loss chart's log scale, switched on by a loss that exploded, names its grid lines
// as powers of ten (10⁵, not Qt Charts' 1e+05), each beside its line.
Item {
    id: root
    width: 900
    height: 500

    LearningLab {
        id: lab
    }
    LearningLossCard {
        id: card
        width: root.width
        lab: lab
    }

    TestCase {
        name: "LossChart"
        when: windowShown

        function test_logAxisSaysPowersOfTen() {
            verify(lab.applyLink("preset=too-high"))
            tryCompare(lab, "busy", false, 5000)
            lab.runEpochs(100)
            tryCompare(lab, "diverged", true, 10000)
            tryCompare(findChild(card, "logScaleBox"), "checked", true, 3000)

            const chart = findChild(card, "lossChart")
            verify(chart)
            let labels = []
            tryVerify(() => {
                labels = []
                for (let i = 0; i < chart.children.length; ++i) {
                    if (chart.children[i].objectName === "logAxisLabel")
                        labels.push(chart.children[i])
                }
                return labels.length >= 3
            }, 3000)
            const texts = labels.map(label => label.text)
            verify(texts.indexOf("1") >= 0, texts.join(" "))
            verify(texts.indexOf("10") >= 0, texts.join(" "))
            verify(texts.indexOf("10²") >= 0, texts.join(" "))
            // Higher powers stand higher up, left of the plot area.
            const one = labels[texts.indexOf("1")]
            const hundred = labels[texts.indexOf("10²")]
            verify(hundred.y < one.y)
            verify(one.x + one.width <= chart.plotArea.x)
            verify(one.y + one.height / 2 > chart.plotArea.y)
            verify(one.y + one.height / 2 < chart.plotArea.y + chart.plotArea.height)
        }
    }
}
