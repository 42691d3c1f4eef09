#pragma once
// The training engine's reason for refusing a setting, worded for the learner in the UI's
// language. The engine reports it as data (engine::ConfigError: which setting, which rule,
// which range); this is the one place that turns it into a sentence.

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace loopwise::engine {
class CsvError;
}

namespace loopwise {

class EngineErrorText
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::EngineErrorText)

public:
    // A ConfigError as one sentence; any other engine error as a general one (its English
    // text is for developers, not learners).
    static QString of(const std::exception &error);
    // A problem in the learner's CSV file, with its line when there is one.
    static QString ofCsv(const engine::CsvError &error);
};

} // namespace loopwise
