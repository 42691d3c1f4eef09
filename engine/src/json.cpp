#include "loopwise/engine/json.h"

#include <array>
#include <charconv>
#include <cmath>

namespace loopwise::engine {

namespace {

constexpr int kMaxDepth = 256;

class Parser
{
public:
    explicit Parser(std::string_view text)
        : text_(text)
    {}

    Json document()
    {
        skipSpace();
        Json value = parseValue(0);
        skipSpace();
        if (pos_ != text_.size())
            fail("unexpected text after the JSON value");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string &message) const
    {
        int line = 1, column = 1;
        for (std::size_t i = 0; i < pos_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        throw JsonError(message, line, column);
    }

    bool atEnd() const { return pos_ >= text_.size(); }
    char peek() const { return atEnd() ? '\0' : text_[pos_]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++pos_;
    }

    void expect(char c, const char *what)
    {
        if (peek() != c)
            fail(std::string("expected ") + what);
        ++pos_;
    }

    Json parseValue(int depth)
    {
        if (depth > kMaxDepth)
            fail("nesting is deeper than 256 levels");
        switch (peek()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return Json(parseString());
        case 't':
            return literal("true", Json(true));
        case 'f':
            return literal("false", Json(false));
        case 'n':
            return literal("null", Json());
        case '\0':
            if (atEnd())
                fail("unexpected end of text, expected a value");
            break;
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return Json(parseNumber());
        }
        fail("expected a value");
    }

    Json literal(std::string_view word, Json value)
    {
        if (text_.substr(pos_, word.size()) != word)
            fail("expected a value");
        pos_ += word.size();
        return value;
    }

    Json parseObject(int depth)
    {
        ++pos_; // '{'
        Json::Object members;
        skipSpace();
        if (peek() == '}') {
            ++pos_;
            return Json(std::move(members));
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                fail("expected a string as object key");
            const std::size_t keyStart = pos_;
            std::string key = parseString();
            for (const auto &[existing, value] : members)
                if (existing == key) {
                    pos_ = keyStart;
                    fail("duplicate key \"" + key + "\"");
                }
            skipSpace();
            expect(':', "':' after an object key");
            skipSpace();
            members.emplace_back(std::move(key), parseValue(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect('}', "',' or '}' in an object");
            return Json(std::move(members));
        }
    }

    Json parseArray(int depth)
    {
        ++pos_; // '['
        Json::Array items;
        skipSpace();
        if (peek() == ']') {
            ++pos_;
            return Json(std::move(items));
        }
        for (;;) {
            skipSpace();
            items.push_back(parseValue(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect(']', "',' or ']' in an array");
            return Json(std::move(items));
        }
    }

    double parseNumber()
    {
        const std::size_t start = pos_;
        const auto digits = [&] {
            const std::size_t from = pos_;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++pos_;
            return pos_ - from;
        };
        if (peek() == '-')
            ++pos_;
        if (peek() == '0') {
            ++pos_;
            if (peek() >= '0' && peek() <= '9')
                fail("numbers must not have leading zeros");
        } else if (digits() == 0) {
            fail("expected digits in a number");
        }
        if (peek() == '.') {
            ++pos_;
            if (digits() == 0)
                fail("expected digits after the decimal point");
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-')
                ++pos_;
            if (digits() == 0)
                fail("expected digits in the exponent");
        }
        const std::string_view slice = text_.substr(start, pos_ - start);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(slice.data(), slice.data() + slice.size(), value);
        if (ec == std::errc() && std::isfinite(value))
            return value;
        // Out of range: too close to zero reads as zero, too large is an error. A negative
        // exponent, or no exponent and an integer part of 0, means too close to zero.
        const std::size_t e = slice.find_first_of("eE");
        const bool tiny = e != std::string_view::npos ? slice.substr(e + 1, 1) == "-"
                                                      : slice.substr(slice.front() == '-' ? 1 : 0, 1) == "0";
        if (!tiny) {
            pos_ = start;
            fail("number out of range");
        }
        return 0.0;
    }

    unsigned hex4()
    {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i, ++pos_) {
            const char c = peek();
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<unsigned>(c - 'A' + 10);
            else
                fail("expected four hex digits after \\u");
        }
        return value;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // Copies one UTF-8 encoded character, checking it is well formed (shortest form, no
    // surrogates, at most U+10FFFF).
    void copyUtf8(std::string &out)
    {
        const auto byte = [&](std::size_t i) { return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0u; };
        const unsigned lead = byte(pos_);
        int length = 0;
        unsigned cp = 0, min = 0;
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2, cp = lead & 0x1F, min = 0x80;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3, cp = lead & 0x0F, min = 0x800;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4, cp = lead & 0x07, min = 0x10000;
        else
            fail("invalid UTF-8 in a string");
        for (int i = 1; i < length; ++i) {
            const unsigned b = byte(pos_ + static_cast<std::size_t>(i));
            if ((b & 0xC0) != 0x80)
                fail("invalid UTF-8 in a string");
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail("invalid UTF-8 in a string");
        out.append(text_.substr(pos_, static_cast<std::size_t>(length)));
        pos_ += static_cast<std::size_t>(length);
    }

    std::string parseString()
    {
        ++pos_; // opening quote
        std::string out;
        for (;;) {
            if (atEnd())
                fail("unterminated string");
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c < 0x20)
                fail("control character in a string (escape it)");
            if (c >= 0x80) {
                copyUtf8(out);
                continue;
            }
            ++pos_;
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            const char e = peek();
            ++pos_;
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    fail("unpaired surrogate in \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (text_.substr(pos_, 2) != "\\u")
                        fail("unpaired surrogate in \\u escape");
                    pos_ += 2;
                    const unsigned low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail("unpaired surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --pos_;
                fail("invalid escape in a string");
            }
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

void writeString(std::string &out, const std::string &s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void write(std::string &out, const Json &v, int indent, int depth)
{
    const auto newline = [&](int level) {
        if (indent < 0)
            return;
        out += '\n';
        out.append(static_cast<std::size_t>(indent * level), ' ');
    };
    switch (v.type()) {
    case Json::Type::Null:
        out += "null";
        break;
    case Json::Type::Bool:
        out += v.asBool() ? "true" : "false";
        break;
    case Json::Type::Number: {
        const double d = v.asNumber();
        if (!std::isfinite(d))
            throw JsonError("cannot write NaN or infinity as JSON");
        std::array<char, 32> buffer;
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), d);
        out.append(buffer.data(), result.ptr);
        break;
    }
    case Json::Type::String:
        writeString(out, v.asString());
        break;
    case Json::Type::Array: {
        const auto &items = v.asArray();
        out += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            write(out, items[i], indent, depth + 1);
        }
        if (!items.empty())
            newline(depth);
        out += ']';
        break;
    }
    case Json::Type::Object: {
        const auto &members = v.asObject();
        out += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i)
                out += ',';
            newline(depth + 1);
            writeString(out, members[i].first);
            out += indent < 0 ? ":" : ": ";
            write(out, members[i].second, indent, depth + 1);
        }
        if (!members.empty())
            newline(depth);
        out += '}';
        break;
    }
    }
}

} // namespace

JsonError::JsonError(const std::string &message, int line, int column)
    : std::runtime_error(
        line > 0 ? "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message : message)
    , line_(line)
    , column_(column)
{}

std::string_view jsonTypeName(Json::Type type)
{
    constexpr std::array<std::string_view, 6> kNames{"null", "boolean", "number", "string", "array", "object"};
    return kNames[static_cast<std::size_t>(type)];
}

namespace {

template<typename T>
const T &get(const std::variant<std::nullptr_t, bool, double, std::string, Json::Array, Json::Object> &value,
             Json::Type expected)
{
    if (const T *p = std::get_if<T>(&value))
        return *p;
    throw JsonError("expected " + std::string(jsonTypeName(expected)) + ", found "
                    + std::string(jsonTypeName(static_cast<Json::Type>(value.index()))));
}

} // namespace

bool Json::asBool() const
{
    return get<bool>(value_, Type::Bool);
}
double Json::asNumber() const
{
    return get<double>(value_, Type::Number);
}
const std::string &Json::asString() const
{
    return get<std::string>(value_, Type::String);
}
const Json::Array &Json::asArray() const
{
    return get<Array>(value_, Type::Array);
}
const Json::Object &Json::asObject() const
{
    return get<Object>(value_, Type::Object);
}

const Json *Json::find(std::string_view key) const
{
    const auto *object = std::get_if<Object>(&value_);
    if (!object)
        return nullptr;
    for (const auto &[k, v] : *object)
        if (k == key)
            return &v;
    return nullptr;
}

Json &Json::set(std::string key, Json value)
{
    if (isNull())
        value_ = Object{};
    auto *found = std::get_if<Object>(&value_);
    if (!found)
        throw JsonError("cannot set \"" + key + "\" on a " + std::string(jsonTypeName(type())));
    auto &object = *found;
    for (auto &[k, v] : object)
        if (k == key) {
            v = std::move(value);
            return v;
        }
    object.emplace_back(std::move(key), std::move(value));
    return object.back().second;
}

Json parseJson(std::string_view text)
{
    return Parser(text).document();
}

std::string toJson(const Json &value, int indent)
{
    std::string out;
    write(out, value, indent, 0);
    return out;
}

} // namespace loopwise::engine
