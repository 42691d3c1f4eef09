#pragma once
// Why a request to a model server failed, as one sentence for the learner (in the UI's
// language) and the technical details apart. This is the one place that words them.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace loopwise {

struct ServerFailure
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::ServerFailure)

public:
    enum class Kind {
        Off, // the learner has not turned the server on
        BadAddress, // the base URL is not an http(s) address
        NoModel, // no model chosen
        Refused, // nothing listens at the address
        HostNotFound,
        NoAnswer, // nothing came within the timeout
        Stalled, // the reply began, then nothing came within the timeout
        UnknownModel, // the server does not have the model
        MissingEndpoint, // the server has no such endpoint: another kind of server
        Malformed, // the reply is not what this kind of server sends
        Endless, // more text than the tokens allowed
        TooLong, // longer than the time allowed
        HttpError, // any other HTTP error status
        ServerError, // the server's error message inside a reply
        ClosedMidStream, // the connection ended before the reply was complete
        RedirectRefused, // a redirect to another host, not followed
        Network, // any other network error
    };

    // The facts a sentence may name.
    struct Facts
    {
        QString server; // "localhost:11434"
        QString model;
        QString path; // "/api/generate"
        QString target; // where a redirect pointed
        int seconds = 0;
        int tokens = 0;
        int httpStatus = 0;
    };

    Kind kind = Kind::Network;
    QString message; // one sentence
    QString details; // for "Details": status, server's words, Qt's error

    static ServerFailure of(Kind kind, const Facts &facts, const QString &details = {});
    // A stable name for QML and tests: "refused", "no-answer", ...
    static QString kindName(Kind kind);
};

} // namespace loopwise

Q_DECLARE_METATYPE(loopwise::ServerFailure)
