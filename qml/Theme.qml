pragma Singleton
import QtQuick
import Loopwise

// Colours and sizes for every view. Sizes come from UiScale (the one C++
// source of ratios); colours follow the light or dark preference.
QtObject {
    readonly property bool dark: Preferences.darkTheme

    readonly property real unit: UiScale.gridUnit * UiScale.ratio
    readonly property real spacing: unit * 2
    readonly property real touchTarget: UiScale.touchTarget * UiScale.ratio
    readonly property real radius: UiScale.radius * UiScale.ratio
    readonly property real readingWidth: UiScale.readingWidth * UiScale.ratio

    // Reading order: right to left in Arabic (the locale says so; Main.qml mirrors the window).
    readonly property bool rightToLeft: Qt.application.layoutDirection === Qt.RightToLeft
    // Arrows that point along the reading order turn with it; ↺ goes round the same way.
    readonly property string forwardArrow: rightToLeft ? "←" : "→"
    readonly property string backArrow: rightToLeft ? "→" : "←"
    readonly property string againArrow: rightToLeft ? "↻" : "↺"
    // Arabic in a typeface drawn for it where one is installed (Debian: fonts-noto-core, which
    // build.sh installs; Windows and macOS shape Arabic with their own fonts); Latin words in it
    // fall back to the default font.
    // (The font list is asked for only in Arabic: start-up in other languages does not pay for it.)
    readonly property string fontFamily: Preferences.language === "ar"
                                         && Qt.fontFamilies().indexOf("Noto Sans Arabic") >= 0
                                         ? "Noto Sans Arabic" : Qt.application.font.family

    readonly property real fontSmall: UiScale.fontSmall * UiScale.fontRatio
    readonly property real fontBody: UiScale.fontBody * UiScale.fontRatio
    readonly property real fontHeading: UiScale.fontHeading * UiScale.fontRatio
    readonly property real fontTitle: UiScale.fontTitle * UiScale.fontRatio

    readonly property color background: dark ? "#15181d" : "#f6f7f9"
    readonly property color surface: dark ? "#1f242b" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272e37" : "#eef1f5"
    readonly property color border: dark ? "#38414d" : "#d9dee5"
    readonly property color text: dark ? "#e8ebef" : "#1c2330"
    readonly property color textMuted: dark ? "#a5aeba" : "#5a6472"
    readonly property color accent: dark ? "#7cb4ff" : "#1f5fbf"
    readonly property color accentSoft: dark ? "#23344d" : "#e3edfb"
    readonly property color link: dark ? "#8fc1ff" : "#1a56b0"
    readonly property color good: dark ? "#6fcf97" : "#1e7a46"
    readonly property color goodSoft: dark ? "#1d3327" : "#e5f4ea"
    readonly property color bad: dark ? "#ff8a80" : "#b3261e"
    readonly property color badSoft: dark ? "#3a2220" : "#fbe9e7"
    readonly property color best: dark ? "#c9a5ff" : "#6a3fb5"
    readonly property color bestSoft: dark ? "#2c2540" : "#f0e9fb"
    readonly property color warning: dark ? "#ffcc66" : "#8a5a00"
    readonly property color warningSoft: dark ? "#3a3020" : "#fff4db"

    // Filled buttons: white or near-black words, whichever has the higher WCAG contrast on the
    // fill, at rest and pressed, so a change of accent keeps them readable
    // (tests/qml/tst_polish.qml checks every style with ColourContrast, the C++ reference).
    readonly property color accentPressed: Qt.darker(accent, 1.2)
    readonly property color lightWords: "#ffffff"
    readonly property color darkWords: "#10141a"
    readonly property color accentWords: lightWordsReadBetter(accent.r, accent.g, accent.b) ? lightWords : darkWords
    readonly property color accentPressedWords: lightWordsReadBetter(accentPressed.r, accentPressed.g, accentPressed.b)
                                                ? lightWords : darkWords
    // Latin-script text that must read left to right inside a right-to-left sentence (a file
    // path, a key sequence): isolated with U+2066 LRI ... U+2069 PDI so that its own order holds.
    function leftToRight(text) {
        return "\u2066" + text + "\u2069"
    }

    function lightWordsReadBetter(red, green, blue) {
        const linear = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        const fill = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        const darkWordsLuminance = 0.0069 // of darkWords, #10141a
        return 1.05 / (fill + 0.05) >= (fill + 0.05) / (darkWordsLuminance + 0.05)
    }
    // Every look AppButton takes, as fill and words (flat buttons show what is behind them:
    // a card or the page). Enabled ones only: WCAG leaves disabled controls out.
    readonly property var buttonStyles: [
        { name: "filled", fill: accent, text: accentWords },
        { name: "filled, pressed", fill: accentPressed, text: accentPressedWords },
        { name: "plain", fill: surface, text: text },
        { name: "plain, hovered", fill: surfaceAlt, text: text },
        { name: "plain, pressed", fill: border, text: text },
        { name: "flat on a card", fill: surface, text: text },
        { name: "flat on the page", fill: background, text: text },
        { name: "flat, hovered or pressed", fill: surfaceAlt, text: text }
    ]
}
