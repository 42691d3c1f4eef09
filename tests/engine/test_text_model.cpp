#include "loopwise/engine/text_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace loopwise::engine;
using namespace loopwise::engine::text;
using tickets::Ticket;

namespace {

Ticket ticket(std::string subject, std::string body, bool urgent)
{
    Ticket t;
    t.subject = std::move(subject);
    t.body = std::move(body);
    t.urgent = urgent;
    return t;
}

// Urgent tickets say "outage", normal ones "invoice"; half of each are signed by Mo.
std::vector<Ticket> toyTickets()
{
    std::vector<Ticket> out;
    for (int i = 0; i < 40; ++i) {
        const bool urgent = i % 2 == 0;
        out.push_back(ticket(urgent ? "Outage" : "Invoice",
                             std::string(urgent ? "outage now" : "invoice copy")
                                 + (i % 4 < 2 ? "\n-- Mo / nights" : "\nThanks, Ben"),
                             urgent));
    }
    return out;
}

int column(const TicketFeatures &f, const std::string &name)
{
    for (int i = 0; i < f.size(); ++i)
        if (f.name(i) == name)
            return i;
    return -1;
}

} // namespace

TEST(TextModel, FeaturesNameTheirGroup)
{
    FeatureChoice choice;
    choice.minCount = 1;
    choice.afterTheFact = true;
    auto tickets = toyTickets();
    tickets[0].subject = "OUTAGE";
    tickets[0].body = "* outage now\n-- Mo / nights...";
    tickets[0].escalated = true;
    tickets[0].hoursToResolve = 3.0;
    const TicketFeatures f(tickets, choice);
    EXPECT_EQ(f.group(column(f, "outage")), FeatureGroup::Content);
    EXPECT_EQ(f.group(column(f, "nights")), FeatureGroup::Style);
    EXPECT_EQ(f.group(column(f, "[subject in capitals]")), FeatureGroup::Style);
    EXPECT_EQ(f.group(column(f, "plan=enterprise")), FeatureGroup::Metadata);
    EXPECT_EQ(f.group(column(f, "escalated")), FeatureGroup::AfterTheFact);

    const SparseRows x = f.encode({tickets[0], ticket("Outage", "a word never seen", true)});
    EXPECT_EQ(x.coeff(0, column(f, "[subject in capitals]")), 1.0);
    EXPECT_EQ(x.coeff(0, column(f, "[bullet list]")), 1.0);
    EXPECT_EQ(x.coeff(0, column(f, "[ellipsis]")), 1.0);
    EXPECT_EQ(x.coeff(0, column(f, "escalated")), 1.0);
    EXPECT_EQ(x.coeff(0, column(f, "resolved within a day")), 1.0);
    EXPECT_EQ(x.coeff(1, column(f, "outage")), 1.0);
    EXPECT_EQ(x.coeff(1, column(f, "[subject in capitals]")), 0.0);
    // Not known when the ticket arrives.
    const SparseRows arrived = f.encode(tickets::asArrived({tickets[0]}));
    EXPECT_EQ(arrived.coeff(0, column(f, "escalated")), 0.0);
    EXPECT_EQ(arrived.coeff(0, column(f, "resolved within a day")), 0.0);

    choice.style = false;
    const TicketFeatures noStyle(tickets, choice);
    EXPECT_EQ(column(noStyle, "nights"), -1);
    EXPECT_EQ(column(noStyle, "[bullet list]"), -1);
    EXPECT_NE(column(noStyle, "outage"), -1);
}

TEST(TextModel, MinCountKeepsRareWordsOut)
{
    FeatureChoice choice;
    choice.minCount = 21; // "outage" is in 20 tickets, "nights" in 20
    const TicketFeatures f(toyTickets(), choice);
    EXPECT_EQ(column(f, "outage"), -1);
    choice.minCount = 20;
    EXPECT_NE(column(TicketFeatures(toyTickets(), choice), "outage"), -1);
}

TEST(TextModel, TrainingLowersTheLossAndLearnsTheWord)
{
    FeatureChoice choice;
    choice.minCount = 1;
    choice.metadata = false;
    const auto tickets = toyTickets();
    const TicketFeatures f(tickets, choice);
    LogisticTrainer trainer(f.encode(tickets), urgentLabels(tickets), TrainConfig{});
    trainer.step();
    const double first = trainer.lastLoss();
    EXPECT_NEAR(first, std::log(2.0), 1e-12); // all weights 0: p = 1/2
    trainer.run();
    EXPECT_TRUE(trainer.finished());
    EXPECT_LT(trainer.lastLoss(), 0.1 * first);
    EXPECT_EQ(accuracy(trainer.model().probabilities(f.encode(tickets)), urgentLabels(tickets)), 1.0);
    const auto top = largestWeights(trainer.model(), f, 3);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_GE(std::abs(top[0].weight), std::abs(top[1].weight));
    EXPECT_TRUE(top[0].name == "outage" || top[0].name == "invoice" || top[0].name == "now" || top[0].name == "copy")
        << top[0].name; // never the sign-off, which says nothing about urgency here
    EXPECT_EQ(top[0].group, FeatureGroup::Content);
}

TEST(TextModel, RunReportsProgressAndStops)
{
    const auto tickets = toyTickets();
    const TicketFeatures f(tickets, FeatureChoice{});
    TrainConfig config;
    config.steps = 50;
    LogisticTrainer trainer(f.encode(tickets), urgentLabels(tickets), config);
    std::vector<int> seen;
    EXPECT_FALSE(trainer.run(
        [&](const TrainProgress &p) {
            seen.push_back(p.step);
            return p.step < 20;
        },
        10));
    EXPECT_EQ(seen, (std::vector<int>{10, 20}));
    EXPECT_EQ(trainer.stepsDone(), 20);
    std::atomic<bool> stop{true};
    EXPECT_FALSE(trainer.run({}, 0, &stop));
    EXPECT_EQ(trainer.stepsDone(), 20);
    EXPECT_TRUE(trainer.run());
    EXPECT_EQ(trainer.stepsDone(), 50);
}

TEST(TextModel, SameDataSameModelInStepsOrAtOnce)
{
    const auto tickets = toyTickets();
    const TicketFeatures f(tickets, FeatureChoice{});
    LogisticTrainer stepped(f.encode(tickets), urgentLabels(tickets), TrainConfig{});
    while (!stepped.finished())
        stepped.step();
    const LogisticModel once = trainLogistic(f.encode(tickets), urgentLabels(tickets), TrainConfig{});
    EXPECT_EQ(stepped.model().weights, once.weights);
    EXPECT_EQ(stepped.model().bias, once.bias);
}

TEST(TextModel, ClassWeightsRaiseTheProbabilityOfTheWeightedClass)
{
    auto tickets = toyTickets();
    for (int i = 0; i < 10; ++i)
        tickets[static_cast<std::size_t>(i)].urgent = !tickets[static_cast<std::size_t>(i)].urgent;
    const TicketFeatures f(tickets, FeatureChoice{});
    const SparseRows x = f.encode(tickets);
    TrainConfig weighted;
    weighted.positiveWeight = 10.0;
    const double plain = trainLogistic(x, urgentLabels(tickets), TrainConfig{}).probabilities(x).mean();
    const double heavier = trainLogistic(x, urgentLabels(tickets), weighted).probabilities(x).mean();
    EXPECT_GT(heavier, plain + 0.1);
}

TEST(TextModel, PermutationImportanceFindsTheGroupInUse)
{
    FeatureChoice choice;
    choice.minCount = 1;
    const auto tickets = toyTickets();
    const TicketFeatures f(tickets, choice);
    const SparseRows x = f.encode(tickets);
    const Eigen::VectorXd y = urgentLabels(tickets);
    const LogisticModel model = trainLogistic(x, y, TrainConfig{});
    const auto importance = permutationImportance(model, f, x, y, 5, 1);
    ASSERT_EQ(importance.size(), 3u); // content, style, metadata
    EXPECT_EQ(importance[0].group, FeatureGroup::Content);
    EXPECT_GT(importance[0].accuracyDrop, 0.3);
    EXPECT_LT(std::abs(importance[1].accuracyDrop), 0.1); // the sign-offs carry nothing here
    EXPECT_EQ(importance[2].accuracyDrop, 0.0); // the metadata never varies
}

TEST(TextModel, ConfusionCountsAndCost)
{
    Eigen::VectorXd p(4), y(4);
    p << 0.9, 0.2, 0.6, 0.1;
    y << 1, 1, 0, 0;
    const Confusion c = confusion(p, y, 0.5);
    EXPECT_EQ(c, (Confusion{1, 1, 1, 1}));
    EXPECT_DOUBLE_EQ(c.accuracy(), 0.5);
    EXPECT_DOUBLE_EQ(c.costPerExample(10.0, 1.0), 11.0 / 4.0);
    EXPECT_EQ(confusion(p, y, 0.15), (Confusion{2, 0, 1, 1}));
}

TEST(TextModel, BadTrainingConfigNamesTheField)
{
    TrainConfig config;
    config.l2 = -1.0;
    EXPECT_THROW(checkTrainConfig(config), std::invalid_argument);
    try {
        checkTrainConfig(config);
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("l2"), std::string::npos);
    }
}
