// Training allocates nothing once set up: this executable replaces the global allocation
// functions with counting ones and checks that steps, epochs, runs, losses and the
// decision boundary leave the count unchanged.

#include "loopwise/engine/experts.h"
#include "loopwise/engine/trainer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocations{0};
} // namespace

void *operator new(std::size_t size)
{
    ++allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void *operator new[](std::size_t size)
{
    return operator new(size);
}
void *operator new(std::size_t size, std::align_val_t align)
{
    ++allocations;
    const auto a = static_cast<std::size_t>(align);
    if (void *p = std::aligned_alloc(a, (size + a - 1) / a * a))
        return p;
    throw std::bad_alloc();
}
void *operator new[](std::size_t size, std::align_val_t align)
{
    return operator new(size, align);
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete[](void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept
{
    std::free(p);
}

using namespace loopwise::engine;

namespace {

Trainer makeTrainer(Protocol protocol, OptimizerKind optimizer, Regularization regularization, LossKind loss,
                    DatasetKind kind)
{
    DatasetConfig data;
    data.kind = kind;
    data.points = 510; // 255 training points: a short last batch
    TrainerConfig config;
    config.protocol = protocol;
    config.optimizer.kind = optimizer;
    config.optimizer.regularization = regularization;
    config.optimizer.regularizationRate = 0.001f;
    config.loss = loss;
    config.shuffle = protocol == Protocol::Standard;
    config.init = protocol == Protocol::Playground ? WeightInit::Playground : WeightInit::Glorot;
    config.hidden = {{8, Activation::Tanh}, {8, Activation::Relu}};
    return Trainer(makeDataset(data), config);
}

void expectNoAllocation(Trainer &trainer)
{
    std::vector<float> grid(static_cast<std::size_t>(100 * 100 * trainer.network().outputs()));
    const Grid g{trainer.dataset().extent, 100, 100};
    trainer.epoch(); // warm up: anything lazy happens here
    trainer.boundary(g, grid);
    const long before = allocations.load();
    for (int i = 0; i < 7; ++i)
        trainer.step();
    trainer.epoch();
    trainer.run(3);
    trainer.reset();
    trainer.run(2);
    volatile double sink = trainer.loss(Split::Train) + trainer.loss(Split::Test);
    (void)sink;
    trainer.boundary(g, grid);
    EXPECT_EQ(allocations.load() - before, 0);
}

} // namespace

TEST(NoAllocation, CountingWorks)
{
    const long before = allocations.load();
    // A direct call: unlike a new-expression, the compiler may not leave it out.
    void *volatile p = ::operator new(16);
    ::operator delete(p);
    EXPECT_EQ(allocations.load() - before, 1);
}

TEST(NoAllocation, PlaygroundTraining)
{
    Trainer t = makeTrainer(Protocol::Playground, OptimizerKind::Sgd, Regularization::L1, LossKind::SquaredError,
                            DatasetKind::Spiral);
    expectNoAllocation(t);
}

TEST(NoAllocation, StandardTrainingWithAdamAndSoftmax)
{
    Trainer t = makeTrainer(Protocol::Standard, OptimizerKind::Adam, Regularization::L2,
                            LossKind::CategoricalCrossEntropy, DatasetKind::Blobs3);
    expectNoAllocation(t);
}

TEST(NoAllocation, MomentumAndBinaryCrossEntropy)
{
    Trainer t = makeTrainer(Protocol::Standard, OptimizerKind::Momentum, Regularization::None,
                            LossKind::BinaryCrossEntropy, DatasetKind::Xor);
    expectNoAllocation(t);
}

int main(int argc, char **argv)
{
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

TEST(NoAllocation, MixtureOfExperts)
{
    DatasetConfig data;
    data.points = 510;
    for (int k : {1, 3}) {
        MixtureConfig config;
        config.experts = 4;
        config.topK = k;
        config.capacityFactor = 1.0f;
        Mixture mixture(makeDataset(data), config);
        std::vector<float> grid(static_cast<std::size_t>(100 * 100 * mixture.classes()));
        std::vector<int> choice(100 * 100);
        const Grid g{mixture.dataset().extent, 100, 100};
        mixture.epoch();
        const long before = allocations.load();
        for (int i = 0; i < 7; ++i)
            mixture.step();
        mixture.epoch();
        mixture.reset();
        mixture.epoch();
        mixture.boundary(g, grid);
        mixture.gateChoice(g, choice);
        mixture.expertBoundary(2, g, grid);
        EXPECT_EQ(allocations.load() - before, 0) << "k = " << k;
    }
}
