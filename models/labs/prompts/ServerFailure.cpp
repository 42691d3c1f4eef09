#include "ServerFailure.h"

namespace loopwise {

namespace {

QString sentence(ServerFailure::Kind kind, const ServerFailure::Facts &f)
{
    using Kind = ServerFailure::Kind;
    switch (kind) {
    case Kind::Off:
        return ServerFailure::tr("The local model server is turned off: turn it on to send prompts to it.");
    case Kind::BadAddress:
        //: %1 the address the learner typed
        return ServerFailure::tr("“%1” is not an address Loopwise can use: write it like http://localhost:11434.")
            .arg(f.server);
    case Kind::NoModel:
        return ServerFailure::tr("Choose a model from the server's list first.");
    case Kind::Refused:
        //: %1 host and port, e.g. localhost:11434
        return ServerFailure::tr("Nothing answers at %1: start the model server, or check its address and port.")
            .arg(f.server);
    case Kind::HostNotFound:
        //: %1 host and port
        return ServerFailure::tr("The computer %1 could not be found: check the server's address.").arg(f.server);
    case Kind::NoAnswer:
        //: %1 host and port; %n seconds waited
        return ServerFailure::tr("The model server at %1 did not answer within %n second(s).", nullptr, f.seconds)
            .arg(f.server);
    case Kind::Stalled:
        //: %n seconds without any new text
        return ServerFailure::tr("The model server stopped in the middle of its reply: nothing came for %n second(s).",
                                 nullptr, f.seconds);
    case Kind::UnknownModel:
        //: %1 host and port, %2 the model's name
        return ServerFailure::tr("The server at %1 does not have the model “%2”: pick one from its list.")
            .arg(f.server, f.model);
    case Kind::MissingEndpoint:
        //: %1 host and port, %2 a path such as /api/generate
        return ServerFailure::tr(
                   "The server at %1 does not know %2: check that the kind of server chosen is the one running there.")
            .arg(f.server, f.path);
    case Kind::Malformed:
        return ServerFailure::tr("The model server sent a reply Loopwise cannot read: check that the kind of server "
                                 "chosen is the one running there.");
    case Kind::Endless:
        //: %n the number of tokens the reply was allowed
        return ServerFailure::tr("The model went on past the %n token(s) it was allowed, so Loopwise stopped it.",
                                 nullptr, f.tokens);
    case Kind::TooLong:
        //: %n seconds a whole reply may take
        return ServerFailure::tr("The reply was still running after %n second(s), so Loopwise stopped it.", nullptr,
                                 f.seconds);
    case Kind::HttpError:
        //: %1 an HTTP status code such as 500
        return ServerFailure::tr("The model server answered with error %1.").arg(f.httpStatus);
    case Kind::ServerError:
        return ServerFailure::tr("The model server reported a problem while answering.");
    case Kind::ClosedMidStream:
        return ServerFailure::tr("The model server closed the connection before its reply was complete.");
    case Kind::RedirectRefused:
        //: %1 the host the server pointed to
        return ServerFailure::tr("The model server sent Loopwise on to another computer (%1); Loopwise did not follow, "
                                 "so nothing was sent there.")
            .arg(f.target);
    case Kind::Network:
        return ServerFailure::tr("Loopwise could not talk to the model server.");
    }
    return {};
}

} // namespace

ServerFailure ServerFailure::of(Kind kind, const Facts &facts, const QString &details)
{
    return {kind, sentence(kind, facts), details};
}

QString ServerFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Off:
        return QStringLiteral("off");
    case Kind::BadAddress:
        return QStringLiteral("bad-address");
    case Kind::NoModel:
        return QStringLiteral("no-model");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::NoAnswer:
        return QStringLiteral("no-answer");
    case Kind::Stalled:
        return QStringLiteral("stalled");
    case Kind::UnknownModel:
        return QStringLiteral("unknown-model");
    case Kind::MissingEndpoint:
        return QStringLiteral("missing-endpoint");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Endless:
        return QStringLiteral("endless");
    case Kind::TooLong:
        return QStringLiteral("too-long");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::ClosedMidStream:
        return QStringLiteral("closed-mid-stream");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case Kind::Network:
        return QStringLiteral("network");
    }
    return {};
}

} // namespace loopwise
