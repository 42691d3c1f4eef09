#include "loopwise/engine/gradient.h"

#include "batch.h"

#include <stdexcept>

namespace loopwise::engine {

namespace detail {

double lossAndGradient(const Kernels &k, const Network &network, const Loss &loss, const Eigen::MatrixXf &features,
                       const std::vector<float> &labels, Eigen::VectorXf &gradient)
{
    const int n = static_cast<int>(features.cols());
    if (features.rows() != network.inputs() || labels.size() != static_cast<std::size_t>(n) || n == 0)
        throw std::invalid_argument("lossAndGradient: expected inputs x n features and n labels");
    Workspace ws;
    ws.reserve(network, n);
    Eigen::Map<RowMajorMatrix, 0, Eigen::OuterStride<>>(ws.input(), network.inputs(), n,
                                                        Eigen::OuterStride<>(ws.stride()))
        = features;
    const int vecs = vectorsFor(n);
    forward(k, network, ws.input(), ws.stride(), vecs, ws);
    const double total
        = loss.accumulate(ws.outputs(), ws.stride(), labels.data(), n, vecs * kLanes, ws.outputGradients());
    gradient.setZero(network.parameters().size());
    backward(k, network, ws.input(), ws.stride(), vecs, loss.gradientIsPreActivation(), ws, gradient.data());
    gradient /= static_cast<float>(n);
    return total / n;
}

} // namespace detail

double lossAndGradient(const Network &network, const Loss &loss, const Eigen::MatrixXf &features,
                       const std::vector<float> &labels, Eigen::VectorXf &gradient)
{
    return detail::lossAndGradient(detail::kernels(), network, loss, features, labels, gradient);
}

} // namespace loopwise::engine
