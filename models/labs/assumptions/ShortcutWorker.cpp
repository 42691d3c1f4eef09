#include "ShortcutWorker.h"

namespace loopwise {

namespace assumptions = engine::assumptions;
namespace tickets = engine::tickets;

namespace {

bool nightDeskWriter(const std::string &name)
{
    for (const tickets::Writer &writer : tickets::writers())
        if (writer.name == name)
            return writer.nightDeskStyle;
    return false;
}

} // namespace

void ShortcutWorker::sendSnapshot()
{
    auto snapshot = std::make_shared<ShortcutSnapshot>();
    snapshot->progress = progress();
    if (m_experiment) {
        snapshot->loss = lastLoss();
        if (snapshot->progress.finished()) {
            snapshot->result = m_experiment->result();
            snapshot->tickets = shownTickets();
        }
    }
    snapshotSent();
    Q_EMIT snapshotReady(std::move(snapshot));
}

// The night desk's urgent tickets before the change and a normal one beside them; after
// the change, urgent tickets from other agents and a former night agent's normal one.
std::vector<ShownTicket> ShortcutWorker::shownTickets() const
{
    const assumptions::ShortcutConfig &config = m_experiment->config();
    const int changeDay = config.tickets.staffingChangeDay;
    std::vector<tickets::Ticket> picked;
    std::vector<bool> before;
    const auto pick = [&](bool beforeChange, bool nightWriter, bool urgent, int count) {
        for (const tickets::Ticket &t : m_experiment->tickets()) {
            if (count == 0)
                return;
            const bool inPeriod = beforeChange ? t.day < changeDay : t.day >= config.historyEndDay;
            if (!inPeriod || nightDeskWriter(t.writer) != nightWriter || t.urgent != urgent)
                continue;
            picked.push_back(t);
            before.push_back(beforeChange);
            --count;
        }
    };
    pick(true, true, true, kTicketsPerSide - 1);
    pick(true, false, false, 1);
    pick(false, false, true, kTicketsPerSide - 1);
    pick(false, true, false, 1);
    // Production tickets are read as they arrive: what happened to them is not known yet.
    std::vector<tickets::Ticket> seen;
    for (size_t i = 0; i < picked.size(); ++i)
        seen.push_back(before[i] ? picked[i] : tickets::asArrived({picked[i]}).front());
    const Eigen::VectorXd p = m_experiment->trainer().model().probabilities(m_experiment->features().encode(seen));
    std::vector<ShownTicket> shown;
    for (size_t i = 0; i < picked.size(); ++i) {
        const tickets::Ticket &t = picked[i];
        shown.push_back({QString::fromStdString(t.subject), QString::fromStdString(t.body),
                         QString::fromStdString(t.writer), t.day, t.urgent, before[i],
                         p(static_cast<Eigen::Index>(i))});
    }
    return shown;
}

} // namespace loopwise
