#pragma once
// The labs this build of the app has, in one table: which ids a route, a content link and
// the command line may name, and how each lab reads the settings its link carries.

#include <QString>
#include <QStringList>

namespace loopwise {

// The lab ids, in the order the course presents them: network, learning, prompts.
QStringList labIds();
bool isLabId(const QString &id);

// What is wrong with the link lab/<id>?<query> (id one of labIds(), as Route::parse makes
// sure), one sentence per problem, read by the very code the lab reads a pasted link with;
// empty when the lab can open it as it is.
QStringList labLinkProblems(const QString &id, const QString &query);

} // namespace loopwise
