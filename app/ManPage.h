#pragma once

#include <QString>

// loopwise.1 in troff (man macros), made from the same option table as --help.
// `version` goes into the page's footer, e.g. "0.1.0".
QString manPage(const QString &version);
