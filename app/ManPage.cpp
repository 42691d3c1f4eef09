#include "ManPage.h"

#include "CommandLineOptions.h"

#include <QStringList>

namespace {

// Plain text as troff shows it: backslashes escaped, dashes as minus signs (so a copied
// option still works), and a line that would start with a control character guarded.
QString troffText(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

// "-h, --help" or "--lang CODE", in bold with the value in italics.
QString optionHeading(const CommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append(QStringLiteral("\\fB%1%2\\fR")
                         .arg(name.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-"), troffText(name)));
    QString heading = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        heading += QStringLiteral(" \\fI%1\\fR").arg(troffText(option.valueName));
    return heading;
}

} // namespace

QString manPage(const QString &version)
{
    QStringList lines{
        QStringLiteral(".TH LOOPWISE 1 \"\" \"Loopwise %1\" \"User Commands\"").arg(troffText(version)),
        QStringLiteral(".nh"), // no hyphenation: routes and options must stay whole to be copied
        QStringLiteral(".SH NAME"),
        QStringLiteral("loopwise \\- learn how models, parameters and training dynamics work, in labs"),
        QStringLiteral(".SH SYNOPSIS"),
        QStringLiteral(".B loopwise"),
        QStringLiteral("[\\fIoptions\\fR]"),
        QStringLiteral(".SH DESCRIPTION"),
        troffText(applicationDescription()),
        QStringLiteral(".PP"),
        troffText(QStringLiteral("Without options it opens the course home in a window. Progress is kept in one "
                                 "SQLite file in the app-data folder (or --data-dir).")),
        QStringLiteral(".SH OPTIONS"),
    };
    for (const CommandLineOption &option : commandLineOptions()) {
        lines.append(QStringLiteral(".TP"));
        lines.append(optionHeading(option));
        lines.append(troffText(option.description));
    }
    lines += {
        QStringLiteral(".SH EXIT STATUS"),
        QStringLiteral(".TP"),
        QStringLiteral(".B 0"),
        troffText(QStringLiteral("Success.")),
        QStringLiteral(".TP"),
        QStringLiteral(".B 1"),
        troffText(QStringLiteral("Loopwise could not start, a screenshot's page never settled or its file could "
                                 "not be written, or --validate-content found problems.")),
        QStringLiteral(".TP"),
        QStringLiteral(".B 2"),
        troffText(QStringLiteral("A bad option or value (one line on standard error says which).")),
        QStringLiteral(".TP"),
        QStringLiteral(".B 3"),
        troffText(QStringLiteral("With --screenshot: a QML warning was printed while rendering.")),
        QStringLiteral(".SH EXAMPLES"),
        QStringLiteral(".EX"),
        troffText(QStringLiteral("loopwise --lang de --open lab/network")),
        troffText(
            QStringLiteral("QT_QPA_PLATFORM=offscreen loopwise --open home --size 1280x800 --screenshot home.png")),
        QStringLiteral(".EE"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
