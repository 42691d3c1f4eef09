#pragma once
// The school's policy as QML sees it: what went wrong reading it (shown on the home page),
// and where it came from. What the policy fixes is told by the objects it governs
// (Preferences.languageLocked, Course.labs without the labs turned off).

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

class School : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // The policy file read at start, "" when there is none.
    Q_PROPERTY(QString source READ source CONSTANT)
    // One translated sentence per line that could not be used, naming the file and line.
    Q_PROPERTY(QStringList problems READ problems CONSTANT)

public:
    explicit School(QObject *parent = nullptr);

    QString source() const;
    QStringList problems() const;
};

} // namespace loopwise
