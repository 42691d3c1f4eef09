#include "loopwise/engine/tickets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <set>
#include <stdexcept>

using namespace loopwise::engine::tickets;

namespace {

bool byNightDesk(const Ticket &t)
{
    const auto &all = writers();
    return std::any_of(all.begin(), all.end(), [&](const Writer &w) { return w.nightDeskStyle && w.name == t.writer; });
}

double share(const std::vector<Ticket> &tickets, auto &&counted, auto &&among)
{
    int hits = 0, total = 0;
    for (const Ticket &t : tickets)
        if (among(t)) {
            ++total;
            hits += counted(t) ? 1 : 0;
        }
    return total == 0 ? 0.0 : static_cast<double>(hits) / total;
}

} // namespace

TEST(Tickets, SameSeedSameTicketsOtherSeedOthers)
{
    TicketConfig config;
    config.count = 500;
    const auto a = generateTickets(config), b = generateTickets(config);
    ASSERT_EQ(a.size(), 500u);
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].subject, b[i].subject);
        EXPECT_EQ(a[i].body, b[i].body);
        EXPECT_EQ(a[i].writer, b[i].writer);
        EXPECT_EQ(a[i].urgent, b[i].urgent);
    }
    config.seed = 2;
    const auto c = generateTickets(config);
    int sameBodies = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sameBodies += a[i].body == c[i].body;
    EXPECT_LT(sameBodies, 50);
}

TEST(Tickets, ReadableTextsInTimeOrderOverAYear)
{
    const auto tickets = generateTickets(TicketConfig{});
    std::set<std::string> bodies;
    for (std::size_t i = 0; i < tickets.size(); ++i) {
        const Ticket &t = tickets[i];
        EXPECT_EQ(t.id, static_cast<int>(i));
        ASSERT_GE(t.day, 0);
        ASSERT_LT(t.day, kDaysPerYear);
        if (i > 0) {
            EXPECT_LE(tickets[i - 1].day * 1440 + tickets[i - 1].minute, t.day * 1440 + t.minute);
        }
        const bool nightHours = t.minute >= 22 * 60 || t.minute < 6 * 60;
        EXPECT_EQ(t.shift == Shift::Night, nightHours) << t.minute;
        EXPECT_FALSE(t.subject.empty());
        EXPECT_GE(words(t.body).size(), 5u) << t.body;
        EXPECT_EQ(t.body.find('{'), std::string::npos) << t.body; // every slot filled
        bodies.insert(t.body);
    }
    EXPECT_EQ(tickets.back().day, kDaysPerYear - 1);
    // Templates with slots and several phrasings: the texts vary.
    std::cout << "distinct bodies: " << bodies.size() << " of " << tickets.size() << "\n";
    EXPECT_GT(bodies.size(), 1000u);
}

TEST(Tickets, StyleWordsNeverWordTheContent)
{
    const auto &style = styleWords();
    const auto &content = contentWords();
    ASSERT_TRUE(std::is_sorted(style.begin(), style.end()));
    for (const char *w : {"mo", "priya", "jonas", "nights", "fyi", "thx", "regards"})
        EXPECT_TRUE(std::binary_search(style.begin(), style.end(), std::string(w))) << w;
    for (const char *w : {"outage", "payment", "failed", "cannot", "log", "lost"})
        EXPECT_TRUE(std::find(content.begin(), content.end(), w) != content.end()) << w;
    for (const std::string &w : content)
        EXPECT_FALSE(std::binary_search(style.begin(), style.end(), w)) << w;
}

TEST(Tickets, NightDeskWroteTheUrgentTicketsUntilTheStaffingChange)
{
    TicketConfig config;
    const auto tickets = generateTickets(config);
    const auto before = [&](const Ticket &t) { return t.day < config.staffingChangeDay; };
    const auto after = [&](const Ticket &t) { return !before(t); };
    const double urgentByNightBefore
        = share(tickets, byNightDesk, [&](const Ticket &t) { return before(t) && t.urgent; });
    const double normalByNightBefore
        = share(tickets, byNightDesk, [&](const Ticket &t) { return before(t) && !t.urgent; });
    const double urgentAmongNightDeskAfter = share(
        tickets, [](const Ticket &t) { return t.urgent; }, [&](const Ticket &t) { return after(t) && byNightDesk(t); });
    const double urgentAmongOthersAfter = share(
        tickets, [](const Ticket &t) { return t.urgent; },
        [&](const Ticket &t) { return after(t) && !byNightDesk(t); });
    std::cout << "before the change: urgent tickets by the night desk " << urgentByNightBefore << ", normal ones "
              << normalByNightBefore << "\nafter: urgent share of the night "
              << "desk's tickets " << urgentAmongNightDeskAfter << ", of the others' " << urgentAmongOthersAfter
              << "\n";
    EXPECT_GT(urgentByNightBefore, 0.95);
    EXPECT_LT(normalByNightBefore, 0.03);
    EXPECT_NEAR(urgentAmongNightDeskAfter, urgentAmongOthersAfter, 0.04);
    EXPECT_NEAR(share(
                    tickets, [](const Ticket &t) { return t.urgent; }, [](const Ticket &) { return true; }),
                config.urgentShare, 0.02);
}

TEST(Tickets, UrgencyShowsInTheWordsButNotAlways)
{
    const auto tickets = generateTickets(TicketConfig{});
    const auto says = [](const Ticket &t, const char *word) {
        const auto w = words(t.subject + " " + t.body);
        return std::find(w.begin(), w.end(), word) != w.end();
    };
    const auto urgent = [](const Ticket &t) { return t.urgent; };
    for (const char *word : {"outage", "lost", "failed"}) {
        const double urgentWhenSaid = share(tickets, urgent, [&](const Ticket &t) { return says(t, word); });
        std::cout << "urgent share of tickets saying '" << word << "': " << urgentWhenSaid << "\n";
        EXPECT_GT(urgentWhenSaid, 0.4) << word; // against 0.3 overall
        EXPECT_LT(urgentWhenSaid, 0.95) << word; // normal tickets say it too
    }
}

TEST(Tickets, AsArrivedHidesTheOutcome)
{
    TicketConfig config;
    config.count = 200;
    const auto known = generateTickets(config);
    EXPECT_TRUE(std::any_of(known.begin(), known.end(), [](const Ticket &t) { return t.escalated; }));
    for (const Ticket &t : asArrived(known)) {
        EXPECT_FALSE(t.outcomeKnown);
        EXPECT_FALSE(t.escalated);
        EXPECT_EQ(t.hoursToResolve, 0.0);
    }
}

TEST(Tickets, BadConfigNamesTheField)
{
    TicketConfig config;
    config.urgentShare = 0.95;
    try {
        generateTickets(config);
        FAIL() << "no exception";
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("urgentShare"), std::string::npos) << e.what();
    }
}

TEST(Tickets, WordsAreLowerCaseRunsOfLettersAndDigits)
{
    EXPECT_EQ(words("Can't log in -- 500 ERRORS!"), (std::vector<std::string>{"cant", "log", "in", "500", "errors"}));
}
