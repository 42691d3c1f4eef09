// The built-in demonstration model's training text: the shipped corpus plus a ticket log
// written from the shared ticket generator, in the words the corpus file gives for it.

#include "loopwise/engine/demo_model.h"

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/tickets.h"

#include <string_view>

namespace loopwise::engine::prompts {

namespace {

// Tickets in a cycle of this many: voice k > 0 answers ticket k of each cycle.
constexpr int kVoiceCycle = 8;

const Json &member(const Json &json, std::string_view key)
{
    const Json *value = json.find(key);
    if (!value)
        throw JsonError("demo corpus: missing \"" + std::string(key) + "\"");
    return *value;
}

std::vector<std::string> sentences(const Json &json, std::string_view key)
{
    std::vector<std::string> out;
    for (const Json &s : member(json, key).asArray())
        out.push_back(s.asString());
    if (out.empty())
        throw JsonError("demo corpus: \"" + std::string(key) + "\" is empty");
    return out;
}

// Who answered a ticket: a role line above it (none for the plain voice) and the replies.
struct Voice
{
    std::string role;
    std::vector<std::string> replies;
};

} // namespace

std::string demoCorpus(const Json &shipped, const DemoCorpusConfig &config)
{
    // The triage tickets' world (assumptions::triageTickets()), with a seed of its own.
    tickets::TicketConfig ticketConfig = assumptions::triageTickets();
    ticketConfig.urgentShare = 0.3; // enough urgent tickets to learn their words from
    ticketConfig.count = config.tickets;
    ticketConfig.seed = config.seed;
    tickets::checkTicketConfig(ticketConfig);

    const Json &log = member(shipped, "ticketLog");
    const std::vector<std::string> urgentNotes = sentences(log, "urgentNotes");
    const std::vector<std::string> normalNotes = sentences(log, "normalNotes");
    std::vector<Voice> voices;
    for (const Json &v : member(log, "voices").asArray())
        voices.push_back({member(v, "role").asString(), sentences(v, "replies")});
    if (voices.empty() || voices.size() > static_cast<std::size_t>(kVoiceCycle))
        throw JsonError("demo corpus: \"voices\" needs 1 to 8 voices");

    std::string corpus;
    for (const Json &paragraph : member(shipped, "paragraphs").asArray())
        (corpus += paragraph.asString()) += "\n\n";
    for (const tickets::Ticket &t : tickets::generateTickets(ticketConfig)) {
        const auto turn = static_cast<std::size_t>(t.id % kVoiceCycle);
        const Voice &voice = voices[turn < voices.size() ? turn : 0];
        const auto &notes = t.urgent ? urgentNotes : normalNotes;
        if (!voice.role.empty())
            (corpus += voice.role) += "\n";
        corpus += t.subject + "\n" + t.body + "\n";
        (corpus += notes[static_cast<std::size_t>(t.id) % notes.size()]) += "\n";
        (corpus += voice.replies[static_cast<std::size_t>(t.id / kVoiceCycle) % voice.replies.size()]) += "\n\n";
    }
    return corpus;
}

} // namespace loopwise::engine::prompts
