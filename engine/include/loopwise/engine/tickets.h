#pragma once
// Generated support tickets over a year, shared by the "Check the assumptions" lab and the
// prompts lab's triage task. Each ticket is a short English text (subject and body) logged
// by a support agent, with its shift, time, a few metadata fields, whether it was urgent,
// and what was only known after the fact (escalated, hours to resolve).
//
// The story (the course's urgent-tickets example): genuine urgency shows in the words
// (outage, cannot log in, payment failed, data lost...), but for the first three months
// urgent reports were routed to the night desk, whose three agents each write in their own
// recognisable style (sign-off, phrasing, formatting). On the staffing-change day the night
// agents move to the day shift, a new night team starts, and urgent tickets reach every
// agent alike: from then on the style no longer goes with urgency.
//
// Deterministic: a config gives the same tickets, word for word, on every platform.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::tickets {

enum class Shift { Day, Night };
enum class Area { Login, Payments, Outage, Data, Account, Reports };
enum class Plan { Free, Pro, Enterprise };
enum class Channel { Email, Chat, Phone };

inline constexpr int kAreaCount = 6;
inline constexpr int kPlanCount = 3;
inline constexpr int kChannelCount = 3;
inline constexpr int kDaysPerYear = 365;

// login, payments, outage, data, account, reports.
std::string_view areaName(Area area);
// free, pro, enterprise.
std::string_view planName(Plan plan);
// email, chat, phone.
std::string_view channelName(Channel channel);

struct Ticket
{
    int id = 0; // 0, 1, ... in time order
    int day = 0; // day of the year, 0 .. 364
    int minute = 0; // minute of the day the ticket was logged, 0 .. 1439
    Shift shift = Shift::Day; // the shift of the agent who logged it (night: 22:00-06:00)
    std::string writer; // the agent's first name
    std::string subject;
    std::string body; // lines separated by '\n'
    Area area = Area::Account;
    Plan plan = Plan::Free;
    Channel channel = Channel::Email;
    bool urgent = false; // the label
    // Known only after the ticket was handled; false on a ticket as it arrives.
    bool outcomeKnown = true;
    bool escalated = false;
    double hoursToResolve = 0.0;
};

struct TicketConfig
{
    int count = 12000; // tickets over the year, 100 .. 100000
    double urgentShare = 0.3; // share of urgent tickets, 0.01 .. 0.9
    // The day the night agents move to the day shift (0: no night-desk period at all;
    // 91 = three months).
    int staffingChangeDay = 91;
    // Before that day: the share of urgent tickets logged by the night agents, and of
    // normal tickets.
    double nightShareOfUrgent = 0.99;
    double nightShareOfNormal = 0.01;
    // Share of urgent tickets worded without any of the clear urgency phrases (mildly, or
    // like a routine request), and of normal tickets worded with one (about a past case, or
    // in alarm about something minor). With the defaults the words alone decide about four
    // tickets in five.
    double quietUrgentShare = 0.4;
    double alarmingNormalShare = 0.2;
    std::uint64_t seed = 1;
    friend bool operator==(const TicketConfig &, const TicketConfig &) = default;
};

// Throws std::invalid_argument naming the field and its allowed range.
void checkTicketConfig(const TicketConfig &config);

// The tickets of the year, in time order.
std::vector<Ticket> generateTickets(const TicketConfig &config);

// The tickets as they were when they arrived: escalation and time to resolve not yet known.
std::vector<Ticket> asArrived(std::vector<Ticket> tickets);

// The agents. The night agents of the first months each have a personal style; everyone
// else writes plainly.
struct Writer
{
    std::string name;
    bool nightDeskStyle = false; // one of the three night agents of the first months
};
const std::vector<Writer> &writers();

// The lower-case words the generator uses only for style (greetings, sign-offs, fillers and
// the agents' names), never for the content of a ticket.
const std::vector<std::string> &styleWords();
// The lower-case words of the generator's content phrases (problems, times, companies).
const std::vector<std::string> &contentWords();

// The text split into lower-case words: runs of ASCII letters and digits, apostrophes
// dropped ("can't" -> "cant").
std::vector<std::string> words(std::string_view text);
// The same words as views into `buffer`, which it overwrites (no allocation per word).
std::vector<std::string_view> wordViews(std::string_view text, std::string &buffer);

} // namespace loopwise::engine::tickets
