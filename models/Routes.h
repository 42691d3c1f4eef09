#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// What the user wrote, for quoting in a message: at most the first 40 characters, control
// characters shown as escapes (\n, \t, \x1b, ...), an ellipsis where it was cut.
QString excerpt(const QString &text);

// A place in the app, as written for --open and for links:
//   home | glossary | settings | about | module/<id>[#section] | lab/<id>[?query]
struct Route
{
    QString page; // home, glossary, settings, about, module, lab
    QString id; // module or lab id
    QString anchor; // section id inside a module
    QString query; // lab settings, kept for the lab to read
    bool valid = false;
    QString error;

    static Route parse(const QString &text);
    QVariantMap toMap() const;

    // The routes the app's links and cards open.
    static QString toModule(const QString &moduleId); // module/<id>
    static QString toLab(const QString &labId, const QString &query = {}); // lab/<id>[?query]
};

class Routes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Routes(QObject *parent = nullptr);
    // {valid, error, page, id, anchor, query}
    Q_INVOKABLE QVariantMap parse(const QString &text) const;
    Q_INVOKABLE QString module(const QString &moduleId) const { return Route::toModule(moduleId); }
    Q_INVOKABLE QString lab(const QString &labId, const QString &query = {}) const
    {
        return Route::toLab(labId, query);
    }
};

} // namespace loopwise
