#pragma once
// An enum's names in a table indexed by its values, looked up both ways.

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace loopwise::engine {

template<typename E, std::size_t N>
std::string_view nameOf(const std::array<std::string_view, N> &names, E value)
{
    return names[static_cast<std::size_t>(value)];
}

template<typename E, std::size_t N>
std::optional<E> valueNamed(const std::array<std::string_view, N> &names, std::string_view name)
{
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<E>(it - names.begin());
}

} // namespace loopwise::engine
