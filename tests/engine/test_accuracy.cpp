// Learning must be as good as Playground's: the spiral with 2-8-8-8-8-1 tanh, trained with
// the playground protocol for 1,000 epochs, reaches a median test accuracy of at least
// 0.88 over seeds 1-5. Each row is reproduced by
//   loopwise-train --dataset spiral --points 500 --noise 0 --train-ratio 0.5
//     --hidden 8,8,8,8 --activation tanh --lr 0.03 --batch 10 --epochs 1000
//     --seed N --protocol playground --json

#include "loopwise/engine/trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace loopwise::engine;

TEST(Accuracy, Spiral8x4MedianOverSeeds1To5)
{
    std::vector<double> accuracies;
    std::printf("seed  train loss  test loss  test accuracy\n");
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        DatasetConfig data;
        data.kind = DatasetKind::Spiral;
        data.points = 500;
        data.noise = 0.0;
        data.split.trainRatio = 0.5;
        data.seed = seed;
        TrainerConfig config;
        config.protocol = Protocol::Playground;
        config.hidden.assign(4, {8, Activation::Tanh});
        config.optimizer.learningRate = 0.03f;
        config.batchSize = 10;
        config.seed = seed;
        Trainer trainer(makeDataset(data), config);
        ASSERT_EQ(trainer.run(1000), StopReason::Finished);
        const Metrics test = trainer.metrics(Split::Test);
        accuracies.push_back(test.accuracy);
        std::printf("%4d  %10.4f  %9.4f  %13.3f\n", static_cast<int>(seed), trainer.loss(Split::Train), test.loss,
                    test.accuracy);
    }
    std::sort(accuracies.begin(), accuracies.end());
    std::printf("median test accuracy %.3f\n", accuracies[2]);
    EXPECT_GE(accuracies[2], 0.88);
}
