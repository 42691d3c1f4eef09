#pragma once
// A small, strict JSON (RFC 8259) value, reader and writer, for model files and the CLI.
// The reader rejects everything the RFC does not allow (comments, trailing commas, NaN,
// leading zeros, bad escapes, invalid UTF-8, control characters in strings), duplicate
// object keys and nesting deeper than 256 levels.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace loopwise::engine {

class JsonError : public std::runtime_error
{
public:
    // line and column are 1-based; 0 when the error is not about a place in a text.
    JsonError(const std::string &message, int line = 0, int column = 0);
    int line() const { return line_; }
    int column() const { return column_; }

private:
    int line_;
    int column_;
};

class Json
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>; // in insertion order

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b)
        : value_(b)
    {}
    Json(double d)
        : value_(d)
    {}
    Json(int i)
        : value_(static_cast<double>(i))
    {}
    Json(long i)
        : value_(static_cast<double>(i))
    {}
    Json(const char *s)
        : value_(std::string(s))
    {}
    Json(std::string s)
        : value_(std::move(s))
    {}
    Json(std::string_view s)
        : value_(std::string(s))
    {}
    Json(Array a)
        : value_(std::move(a))
    {}
    Json(Object o)
        : value_(std::move(o))
    {}

    Type type() const { return static_cast<Type>(value_.index()); }
    bool isNull() const { return type() == Type::Null; }

    // Typed access; throws JsonError naming the expected and actual type.
    bool asBool() const;
    double asNumber() const;
    const std::string &asString() const;
    const Array &asArray() const;
    const Object &asObject() const;

    // Object member, or nullptr (also for non-objects).
    const Json *find(std::string_view key) const;
    // Adds or replaces an object member (a null value becomes an object first).
    Json &set(std::string key, Json value);

    friend bool operator==(const Json &, const Json &) = default;

private:
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> value_;
};

std::string_view jsonTypeName(Json::Type type);

// Throws JsonError with the line and column of the first problem.
Json parseJson(std::string_view text);

// Compact when indent < 0, else pretty with that many spaces per level. Numbers are
// written so they read back exactly. Throws JsonError for NaN or infinity.
std::string toJson(const Json &value, int indent = -1);

} // namespace loopwise::engine
