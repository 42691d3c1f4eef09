// The built-in demonstration model's training text: the shipped corpus plus a ticket log
// written from the shared ticket generator.

#include "loopwise/engine/demo_model.h"

#include "loopwise/engine/cost_experiment.h"
#include "loopwise/engine/tickets.h"

#include <array>
#include <string_view>

namespace loopwise::engine::prompts {

namespace {

// The duty lead's note under a ticket: the triage in a sentence, then what was done. Prose,
// never "Label: urgent": the format of a label answer comes only from a prompt's examples.
constexpr std::array<std::string_view, 3> kUrgentNotes{
    "The duty lead marked this ticket as urgent and called the customer back at once.",
    "The duty lead rated it urgent, paged the engineer on call and wrote to the customer within minutes.",
    "This one was urgent: the team stopped other work until the customers could work again.",
};
constexpr std::array<std::string_view, 3> kNormalNotes{
    "The duty lead marked this ticket as normal and put it in the queue for the day team.",
    "The duty lead rated it normal and answered the customer the next working day.",
    "This one was normal: it went into the queue and was answered in turn.",
};

// The agent's reply under the note. One ticket in eight was answered by an agent told to be
// friendly, one in eight by one told to be terse (the role stands above the ticket), the
// others plainly: so the corpus ties a role's words to a style of reply.
struct Voice {
    std::string_view role;
    std::array<std::string_view, 4> replies;
};
const std::array<Voice, 3> kVoices{{
    {"", {"Reply: we have your ticket and are looking into it.",
          "Reply: the team is on it and will write again when it is fixed.",
          "Reply: we received your message and will answer it in turn.",
          "Reply: this is noted and the team will check it."}},
    {"You are a friendly support agent.",
     {"Reply: thank you so much for telling us, and sorry for the trouble! We are glad to help and will keep you posted. Have a lovely day!",
      "Reply: thanks a lot for your patience, we really appreciate it. We are happy to help and will write again soon. Please let us know if anything else comes up!",
      "Reply: thank you for reaching out, and we are so sorry about this. We are glad you told us and happy to sort it out. Have a great day!",
      "Reply: thank you for your kind message! Sorry for the wait, we are happy to help. Please do not hesitate to write again."}},
    {"You are a terse engineer.",
     {"Reply: noted. checking.", "Reply: on it.", "Reply: logged. fix in progress.",
      "Reply: seen. in the queue."}},
}};

}  // namespace

std::string demoCorpus(const Json& shipped, const DemoCorpusConfig& config) {
    // The triage tickets' world (assumptions::triageTickets()), with a seed of its own.
    tickets::TicketConfig ticketConfig = assumptions::triageTickets();
    ticketConfig.urgentShare = 0.3;  // enough urgent tickets to learn their words from
    ticketConfig.count = config.tickets;
    ticketConfig.seed = config.seed;
    tickets::checkTicketConfig(ticketConfig);
    const Json* paragraphs = shipped.find("paragraphs");
    if (!paragraphs) throw JsonError("demo corpus: missing \"paragraphs\"");
    std::string corpus;
    for (const Json& paragraph : paragraphs->asArray()) (corpus += paragraph.asString()) += "\n\n";
    for (const tickets::Ticket& t : tickets::generateTickets(ticketConfig)) {
        const auto& notes = t.urgent ? kUrgentNotes : kNormalNotes;
        const Voice& voice = kVoices[t.id % 8 == 1 ? 1 : t.id % 8 == 2 ? 2 : 0];
        if (!voice.role.empty()) (corpus += voice.role) += "\n";
        corpus += t.subject + "\n" + t.body + "\n";
        corpus += notes[static_cast<std::size_t>(t.id) % notes.size()];
        corpus += "\n";
        corpus += voice.replies[static_cast<std::size_t>(t.id / 4) % voice.replies.size()];
        corpus += "\n\n";
    }
    return corpus;
}

}  // namespace loopwise::engine::prompts
