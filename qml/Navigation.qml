pragma Singleton
import QtQuick

// How any view asks to go somewhere or to explain a term, without knowing the
// window: Main.qml listens and does it. Tests listen too.
QtObject {
    signal routeRequested(string route)
    // byHover: the pointer resting on the term opened it, so leaving the term closes it.
    signal termRequested(string termId, Item item, real x, real y, bool byHover)
    signal termTipClosed()
    signal termLeft()

    function open(route) {
        routeRequested(route)
    }
    function showTerm(termId, item, x, y, byHover) {
        termRequested(termId, item, x, y, byHover === true)
    }
    function leaveTerm() {
        termLeft()
    }
    function hideTerm() {
        termTipClosed()
    }
}
