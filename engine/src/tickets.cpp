#include "loopwise/engine/tickets.h"

#include "loopwise/engine/rng.h"

#include "range_check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace loopwise::engine::tickets {

namespace {

// A kind of problem: its area, subjects and body sentences (any subject fits any body). A
// body sentence may hold the slots {since}, {count} and {company}.
struct Issue
{
    Area area;
    std::vector<std::string_view> subjects;
    std::vector<std::string_view> bodies;
};

// Worded with a clear urgency phrase.
const std::vector<Issue> &alarming()
{
    static const std::vector<Issue> issues{
        {Area::Login,
         {"Cannot log in", "Login broken"},
         {"The customer cannot log in {since}. {count} users are locked out and the password "
          "reset fails.",
          "Nobody at {company} can log in {since}; the login page shows an error."}},
        {Area::Login,
         {"Locked out of the account", "Admin locked out"},
         {"The admin of {company} is locked out of the account and cannot log in to approve "
          "payroll.",
          "The only admin is locked out {since} and cannot log in to add staff."}},
        {Area::Payments,
         {"Payment failed", "Checkout failing"},
         {"Every payment failed {since} and customers see a checkout error.",
          "Checkout is failing for all orders of {company} {since}; each payment is declined."}},
        {Area::Payments,
         {"Card charged twice", "Double charge"},
         {"The card of {company} was charged twice and the payment failed on the retry.",
          "{count} customers were charged twice {since} and the refund payment failed."}},
        {Area::Outage,
         {"Site down", "Outage", "Server errors on every page"},
         {"The whole app is down {since}. It is an outage for {count} users.",
          "Every page returns a server error {since}; the service is down.",
          "API outage: all requests from {company} time out {since}."}},
        {Area::Data,
         {"Data lost", "Records missing"},
         {"After the sync the data of {company} was lost: {count} records are gone.",
          "Data lost in the import {since}, the project is empty."}},
        {Area::Data,
         {"Files deleted", "Files missing"},
         {"Files were deleted by the export job and the copy is missing too.",
          "{count} files of {company} were deleted {since} and cannot be found."}},
    };
    return issues;
}

// Worded mildly: as often a routine matter as an urgent one.
const std::vector<Issue> &mild()
{
    static const std::vector<Issue> issues{
        {Area::Login,
         {"Trouble signing in", "Sign-in page keeps reloading"},
         {"Since the update the sign-in page keeps reloading for {company}.",
          "The sign-in page loops back to itself for {count} users {since}."}},
        {Area::Payments,
         {"Invoice run stopped", "Billing stuck"},
         {"The monthly invoice run stopped half way and customers of {company} have not "
          "received their bills.",
          "Billing is stuck {since}; no invoices have gone out today."}},
        {Area::Outage,
         {"App very slow", "Pages hang"},
         {"Pages take minutes to open for {company} {since}.",
          "Every screen hangs on the spinner {since} for {count} users."}},
        {Area::Data,
         {"Numbers look wrong", "Dashboard shows zero"},
         {"The dashboard shows zero for every figure after the import {since}.",
          "The figures of {company} changed after the nightly import and no longer match "
          "their books."}},
    };
    return issues;
}

// Routine requests.
const std::vector<Issue> &routine()
{
    static const std::vector<Issue> issues{
        {Area::Account,
         {"Change invoice address", "New invoice address"},
         {"{company} would like to change the address on their invoices.",
          "The customer has moved and needs a new address on the invoices."}},
        {Area::Account,
         {"Add a new user", "New colleague"},
         {"How can the customer add a new user to their workspace?",
          "{company} would like {count} new users added to the workspace."}},
        {Area::Account, {"Rename the workspace"}, {"The customer asks how to rename the workspace to {company}."}},
        {Area::Reports,
         {"Report layout question", "Totals on the wrong page"},
         {"The monthly report puts the totals on a second page; can the layout be changed?",
          "{company} would like the totals at the top of the monthly report."}},
        {Area::Reports,
         {"Export column missing", "Order date in the export"},
         {"The CSV export has no column for the order date, which {company} would like."}},
        {Area::Reports,
         {"Feature request: dark mode", "Dark mode?"},
         {"A feature request from {company}: a dark mode for the dashboard."}},
        {Area::Payments,
         {"Question about pricing", "Price for more seats"},
         {"{company} asks what the price would be for {count} more seats."}},
        {Area::Payments,
         {"Switch to yearly billing", "Yearly plan"},
         {"The customer would like to switch to yearly billing at renewal."}},
        {Area::Payments,
         {"Receipt needed", "Copy of an invoice"},
         {"The customer needs a receipt for the last invoice for their accounts."}},
        {Area::Login,
         {"Two-factor setup", "Turning on two-factor sign-in"},
         {"How does the customer turn on two-factor sign-in for {count} users?"}},
        {Area::Login,
         {"How to change the password", "Password settings"},
         {"The customer asks where to change the password in the settings."}},
        {Area::Data,
         {"How to import a CSV", "CSV import question"},
         {"{company} asks which columns a CSV import needs."}},
        {Area::Data,
         {"Archive old projects", "Old projects"},
         {"The customer would like to archive projects older than a year."}},
    };
    return issues;
}

// Normal, but with an urgency phrase about something past or harmless.
const std::vector<Issue> &pastOrHarmless()
{
    static const std::vector<Issue> issues{
        {Area::Payments,
         {"Receipt for an old payment", "Question about a past charge"},
         {"Last month a payment failed but went through on the retry; the customer only needs "
          "a receipt for it.",
          "A card was charged twice in March and refunded since; {company} asks for the "
          "statement."}},
        {Area::Outage,
         {"Service credit question", "Question about the outage report"},
         {"The customer asks whether the outage of last quarter is covered by the service "
          "credit. Nothing is broken now.",
          "{company} would like the written report on the outage from last year."}},
        {Area::Login,
         {"Old phone still listed", "Remove an old device"},
         {"The customer cannot log in on an old phone they no longer use and would like it "
          "removed from the account.",
          "An old laptop is locked out and can be deleted from the device list."}},
        {Area::Data,
         {"Migration question", "Question about backups"},
         {"{company} asks how we make sure no data is lost during their migration next "
          "quarter.",
          "Were any files deleted in the clear-out last year? The customer just wants to know "
          "for an audit."}},
    };
    return issues;
}

constexpr std::array<std::string_view, 5> kSince{"since 9 pm", "for the last hour", "since the last release",
                                                 "since this morning", "for twenty minutes"};
constexpr std::array<std::string_view, 5> kCount{"12", "40", "all 300", "about 75", "several"};
constexpr std::array<std::string_view, 6> kCompany{"Acme Ltd", "Northwind",       "Globex",
                                                   "Initech",  "Umbrella Health", "Stark Logistics"};

// How an agent writes. The night-desk agents of the first months each have quirks of their
// own; everyone else writes plainly with one of the plain greetings and sign-offs.
enum class Quirks { Plain, Mo, Priya, Jonas };

struct Agent
{
    std::string_view name;
    Quirks quirks;
    bool joinsAtChange; // the new night team
};

constexpr std::array<Agent, 11> kAgents{{
    {"Alice", Quirks::Plain, false},
    {"Ben", Quirks::Plain, false},
    {"Chloe", Quirks::Plain, false},
    {"Dmitri", Quirks::Plain, false},
    {"Elena", Quirks::Plain, false},
    {"Mo", Quirks::Mo, false},
    {"Priya", Quirks::Priya, false},
    {"Jonas", Quirks::Jonas, false},
    {"Farah", Quirks::Plain, true},
    {"Gus", Quirks::Plain, true},
    {"Hana", Quirks::Plain, true},
}};
constexpr int kFirstNightDeskAgent = 5; // Mo, Priya, Jonas
constexpr int kNightDeskAgents = 3;
constexpr int kDayAgents = 5; // Alice .. Elena
constexpr int kFirstNewNightAgent = 8; // Farah, Gus, Hana

constexpr std::array<std::string_view, 3> kPlainGreetings{"Hi there,", "Hello,", ""};
constexpr std::array<std::string_view, 4> kPlainSignOffs{"Thanks, ", "Best regards, ", "Kind regards, ", ""};

// Each quirk shows with this probability, so the night agents' tickets vary too.
constexpr double kQuirkRate = 0.85;

// The words of the night agents' quirks in write(), for styleWords().
constexpr std::array<std::string_view, 9> kQuirkPhrases{
    "cust says:",  "pls check",       "-- / nights", "FYI:", "Thx! (overnight)",
    "Heads up...", "~ J, night desk", "P.",          "ok?"};

// How a ticket is worded. Urgent: clearly, or (quietUrgentShare) mildly or even routinely.
// Normal: routinely or mildly, or (alarmingNormalShare) with an urgency phrase, about the
// past or said in alarm about something minor. So the words alone cannot tell every case.
const std::vector<Issue> &wording(const TicketConfig &c, bool urgent, Rng &rng)
{
    constexpr double kMildShareOfQuiet = 0.6; // of quiet urgent tickets; the rest routine
    constexpr double kClearShareOfAlarming = 0.5; // of alarming normal tickets; the rest past
    constexpr double kMildShareOfCalm = 0.2; // of the other normal tickets
    const double u = rng.uniform(), v = rng.uniform();
    if (urgent) {
        if (u >= c.quietUrgentShare)
            return alarming();
        return v < kMildShareOfQuiet ? mild() : routine();
    }
    if (u < c.alarmingNormalShare)
        return v < kClearShareOfAlarming ? alarming() : pastOrHarmless();
    return v < kMildShareOfCalm ? mild() : routine();
}

template<typename T, std::size_t N>
const T &pick(Rng &rng, const std::array<T, N> &options)
{
    return options[rng.below(N)];
}
template<typename T>
const T &pick(Rng &rng, const std::vector<T> &options)
{
    return options[rng.below(options.size())];
}

std::string fillSlots(std::string_view pattern, Rng &rng)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            const std::size_t end = pattern.find('}', i);
            const std::string_view slot = pattern.substr(i + 1, end - i - 1);
            if (slot == "since")
                out += pick(rng, kSince);
            else if (slot == "count")
                out += pick(rng, kCount);
            else
                out += pick(rng, kCompany);
            i = end + 1;
        } else {
            out += pattern[i++];
        }
    }
    return out;
}

std::string upper(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

// Subject and body of a ticket about `sentence`, in the agent's way of writing.
void write(Ticket &ticket, const Agent &agent, std::string subject, std::string sentence, Rng &rng)
{
    const auto quirk = [&] { return rng.uniform() < kQuirkRate; };
    std::vector<std::string> lines;
    switch (agent.quirks) {
    case Quirks::Plain: {
        const std::string_view greeting = pick(rng, kPlainGreetings);
        if (!greeting.empty())
            lines.emplace_back(greeting);
        lines.push_back(std::move(sentence));
        const std::string_view signOff = pick(rng, kPlainSignOffs);
        lines.push_back(std::string(signOff) + std::string(agent.name));
        break;
    }
    case Quirks::Mo:
        if (quirk())
            subject = upper(std::move(subject));
        lines.push_back(quirk() ? "cust says: " + sentence : sentence);
        if (quirk())
            lines.emplace_back("pls check");
        lines.emplace_back(quirk() ? "-- Mo / nights" : "Mo");
        break;
    case Quirks::Priya:
        if (quirk())
            lines.emplace_back("FYI:");
        lines.push_back(quirk() ? "* " + sentence : sentence);
        lines.emplace_back(quirk() ? "Thx! P. (overnight)" : "Priya");
        break;
    case Quirks::Jonas: {
        std::string line = quirk() ? "Heads up... " + sentence : sentence;
        if (quirk())
            line += ".. ok?";
        lines.push_back(std::move(line));
        lines.emplace_back(quirk() ? "~ J, night desk" : "Jonas");
        break;
    }
    }
    ticket.subject = std::move(subject);
    ticket.body.clear();
    for (const std::string &line : lines) {
        if (!ticket.body.empty())
            ticket.body += '\n';
        ticket.body += line;
    }
}

// The agent who logs a ticket.
int chooseAgent(const TicketConfig &c, bool beforeChange, bool urgent, Rng &rng)
{
    if (beforeChange) {
        const double nightShare = urgent ? c.nightShareOfUrgent : c.nightShareOfNormal;
        if (rng.uniform() < nightShare)
            return kFirstNightDeskAgent + static_cast<int>(rng.below(kNightDeskAgents));
        return static_cast<int>(rng.below(kDayAgents));
    }
    return static_cast<int>(rng.below(kAgents.size()));
}

bool worksNights(int agent, bool beforeChange)
{
    if (beforeChange)
        return agent >= kFirstNightDeskAgent && agent < kFirstNewNightAgent;
    return agent >= kFirstNewNightAgent;
}

template<typename E, std::size_t N>
E weighted(Rng &rng, const std::array<double, N> &shares)
{
    double u = rng.uniform();
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (u < shares[i])
            return static_cast<E>(i);
        u -= shares[i];
    }
    return static_cast<E>(N - 1);
}

// Adds the words of a phrase, leaving out its slots ({since}, ...).
void addWords(std::set<std::string> &to, std::string_view text)
{
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{')
            i = text.find('}', i);
        else
            plain += text[i];
    }
    for (std::string &w : words(plain))
        to.insert(std::move(w));
}

} // namespace

std::string_view areaName(Area area)
{
    constexpr std::array<std::string_view, kAreaCount> names{"login", "payments", "outage",
                                                             "data",  "account",  "reports"};
    return names[static_cast<std::size_t>(area)];
}
std::string_view planName(Plan plan)
{
    constexpr std::array<std::string_view, kPlanCount> names{"free", "pro", "enterprise"};
    return names[static_cast<std::size_t>(plan)];
}
std::string_view channelName(Channel channel)
{
    constexpr std::array<std::string_view, kChannelCount> names{"email", "chat", "phone"};
    return names[static_cast<std::size_t>(channel)];
}

void checkTicketConfig(const TicketConfig &c)
{
    requireRange(c.count, 100, 100000, "ticket count");
    requireRange(c.urgentShare, 0.01, 0.9, "ticket urgentShare");
    requireRange(c.staffingChangeDay, 0, kDaysPerYear, "ticket staffingChangeDay");
    requireRange(c.nightShareOfUrgent, 0.0, 1.0, "ticket nightShareOfUrgent");
    requireRange(c.nightShareOfNormal, 0.0, 1.0, "ticket nightShareOfNormal");
    requireRange(c.quietUrgentShare, 0.0, 1.0, "ticket quietUrgentShare");
    requireRange(c.alarmingNormalShare, 0.0, 1.0, "ticket alarmingNormalShare");
}

std::vector<Ticket> generateTickets(const TicketConfig &c)
{
    checkTicketConfig(c);
    Rng rng(c.seed, static_cast<std::uint64_t>(RngStream::Data));
    std::vector<Ticket> out(static_cast<std::size_t>(c.count));
    for (Ticket &t : out)
        t.day = static_cast<int>(rng.below(kDaysPerYear));
    std::sort(out.begin(), out.end(), [](const Ticket &a, const Ticket &b) { return a.day < b.day; });

    for (std::size_t i = 0; i < out.size(); ++i) {
        Ticket &t = out[i];
        t.id = static_cast<int>(i);
        t.urgent = rng.uniform() < c.urgentShare;
        const bool beforeChange = t.day < c.staffingChangeDay;
        const int agent = chooseAgent(c, beforeChange, t.urgent, rng);
        t.writer = std::string(kAgents[static_cast<std::size_t>(agent)].name);
        t.shift = worksNights(agent, beforeChange) ? Shift::Night : Shift::Day;
        // Night: 22:00 to 06:00; day: 06:00 to 22:00.
        t.minute = t.shift == Shift::Night ? static_cast<int>((22 * 60 + rng.below(8 * 60)) % 1440)
                                           : static_cast<int>(6 * 60 + rng.below(16 * 60));

        const Issue &issue = pick(rng, wording(c, t.urgent, rng));
        t.area = issue.area;
        std::string subject(pick(rng, issue.subjects));
        std::string sentence = fillSlots(pick(rng, issue.bodies), rng);
        write(t, kAgents[static_cast<std::size_t>(agent)], std::move(subject), std::move(sentence), rng);

        t.plan = weighted<Plan>(rng, t.urgent ? std::array{0.25, 0.35, 0.4} : std::array{0.4, 0.35, 0.25});
        t.channel = weighted<Channel>(rng, t.urgent ? std::array{0.3, 0.3, 0.4} : std::array{0.45, 0.35, 0.2});
        t.escalated = rng.uniform() < (t.urgent ? 0.85 : 0.05);
        // Urgent tickets are handled within hours, the others within days.
        t.hoursToResolve = std::exp(rng.normal(t.urgent ? std::log(3.0) : std::log(30.0), t.urgent ? 0.36 : 0.64));
    }
    std::stable_sort(out.begin(), out.end(), [](const Ticket &a, const Ticket &b) {
        return a.day != b.day ? a.day < b.day : a.minute < b.minute;
    });
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].id = static_cast<int>(i);
    return out;
}

std::vector<Ticket> asArrived(std::vector<Ticket> tickets)
{
    for (Ticket &t : tickets) {
        t.outcomeKnown = false;
        t.escalated = false;
        t.hoursToResolve = 0.0;
    }
    return tickets;
}

const std::vector<Writer> &writers()
{
    static const std::vector<Writer> all = [] {
        std::vector<Writer> w;
        for (const Agent &a : kAgents)
            w.push_back({std::string(a.name), a.quirks != Quirks::Plain});
        return w;
    }();
    return all;
}

const std::vector<std::string> &styleWords()
{
    static const std::vector<std::string> all = [] {
        std::set<std::string> s;
        for (std::string_view g : kPlainGreetings)
            addWords(s, g);
        for (std::string_view g : kPlainSignOffs)
            addWords(s, g);
        for (std::string_view q : kQuirkPhrases)
            addWords(s, q);
        for (const Agent &a : kAgents)
            addWords(s, a.name);
        return std::vector<std::string>(s.begin(), s.end());
    }();
    return all;
}

const std::vector<std::string> &contentWords()
{
    static const std::vector<std::string> all = [] {
        std::set<std::string> s;
        for (const auto *kinds : {&alarming(), &mild(), &routine(), &pastOrHarmless()})
            for (const Issue &issue : *kinds) {
                for (std::string_view text : issue.subjects)
                    addWords(s, text);
                for (std::string_view text : issue.bodies)
                    addWords(s, text);
            }
        for (std::string_view text : kSince)
            addWords(s, text);
        for (std::string_view text : kCount)
            addWords(s, text);
        for (std::string_view text : kCompany)
            addWords(s, text);
        return std::vector<std::string>(s.begin(), s.end());
    }();
    return all;
}

std::vector<std::string_view> wordViews(std::string_view text, std::string &buffer)
{
    buffer.clear();
    for (char c : text) {
        if (c == '\'')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        const bool inWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        buffer += inWord ? c : ' ';
    }
    std::vector<std::string_view> out;
    const std::string_view all(buffer);
    for (std::size_t start = all.find_first_not_of(' '); start != std::string_view::npos;) {
        const std::size_t end = std::min(all.find(' ', start), all.size());
        out.push_back(all.substr(start, end - start));
        start = all.find_first_not_of(' ', end);
    }
    return out;
}

std::vector<std::string> words(std::string_view text)
{
    std::string buffer;
    std::vector<std::string> out;
    for (std::string_view w : wordViews(text, buffer))
        out.emplace_back(w);
    return out;
}

} // namespace loopwise::engine::tickets
