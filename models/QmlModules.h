#pragma once

#include <QStringList>

class QQmlEngine;

namespace loopwise {

// The QML modules the interface imports, directly or through Qt's own dialogs
// (the file dialog lists folders with Qt.labs.folderlistmodel). A module that
// is not installed would otherwise show up as a crash when a page first needs it.
const QStringList &requiredQmlModules();

// The ones that do not load in engine, each with Qt's reason; empty when all load.
QStringList missingQmlModules(QQmlEngine &engine);

} // namespace loopwise
