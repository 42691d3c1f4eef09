pragma Singleton
import QtQuick

// How any view asks to go somewhere or to explain a term, without knowing the
// window: Main.qml listens and does it. Tests listen too.
QtObject {
    signal routeRequested(string route)
    signal termRequested(string termId, Item item, real x, real y)
    signal termTipClosed()

    function open(route) {
        routeRequested(route)
    }
    function showTerm(termId, item, x, y) {
        termRequested(termId, item, x, y)
    }
    function hideTerm() {
        termTipClosed()
    }
}
