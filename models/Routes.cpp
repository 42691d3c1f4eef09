#include "Routes.h"

#include "Labs.h"
#include "SchoolPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loopwise {

QString excerpt(const QString &text)
{
    constexpr qsizetype kLongest = 40;
    QString shown;
    qsizetype taken = 0;
    for (; taken < text.size() && taken < kLongest; ++taken) {
        const QChar c = text.at(taken);
        if (c == u'\n')
            shown += QStringLiteral("\\n");
        else if (c == u'\r')
            shown += QStringLiteral("\\r");
        else if (c == u'\t')
            shown += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c.isHighSurrogate() && taken + 1 == kLongest)
            break; // never half a character
        else
            shown += c;
    }
    if (taken < text.size())
        shown += QChar(0x2026); // …
    return shown;
}

Route Route::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(home|glossary|settings|about|module/([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?"
        "|lab/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\?(.*))?)$"));
    Route route;
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        //: %1 is what was given after --open; home, glossary, ... are the app's places as written on the command line
        route.error
            = QCoreApplication::translate("Route",
                                          "\"%1\" is not a place in the app; use home, glossary, settings, about, "
                                          "module/<id>[#section] or lab/<id>")
                  .arg(excerpt(text));
        return route;
    }
    route.valid = true;
    const QString whole = match.captured(1);
    if (!match.captured(2).isEmpty()) {
        route.page = QStringLiteral("module");
        route.id = match.captured(2);
        route.anchor = match.captured(3);
    } else if (!match.captured(4).isEmpty()) {
        route.page = QStringLiteral("lab");
        route.id = match.captured(4);
        route.query = match.captured(5);
        if (!isLabId(route.id)) {
            route.valid = false;
            //: %1 is the lab id the route names, %2 the list of lab ids (network, learning, ...)
            route.error = QCoreApplication::translate("Route", "there is no lab \"%1\"; the labs are %2")
                              .arg(excerpt(route.id), labIds().join(QStringLiteral(", ")));
        } else if (!schoolPolicy().labIsOn(route.id)) {
            route.valid = false;
            //: %1 the title of a lab that the school's policy turned off
            route.error = QCoreApplication::translate("Route", "Your school has turned off the lab \"%1\".")
                              .arg(QCoreApplication::translate("loopwise::LabRegistry", findLab(route.id)->title));
        }
    } else {
        route.page = whole;
    }
    return route;
}

QVariantMap Route::toMap() const
{
    return {{QStringLiteral("valid"), valid}, {QStringLiteral("error"), error},   {QStringLiteral("page"), page},
            {QStringLiteral("id"), id},       {QStringLiteral("anchor"), anchor}, {QStringLiteral("query"), query}};
}

QString Route::toModule(const QString &moduleId)
{
    return QStringLiteral("module/") + moduleId;
}

QString Route::toLab(const QString &labId, const QString &query)
{
    QString route = QStringLiteral("lab/") + labId;
    if (!query.isEmpty())
        route += QLatin1Char('?') + query;
    return route;
}

Routes::Routes(QObject *parent)
    : QObject(parent)
{}

QVariantMap Routes::parse(const QString &text) const
{
    return Route::parse(text).toMap();
}

} // namespace loopwise
