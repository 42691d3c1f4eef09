#include "loopwise/engine/json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace loopwise::engine;

namespace {

std::string errorOf(std::string_view text)
{
    try {
        parseJson(text);
    } catch (const JsonError &e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(Json, ParsesEveryKindOfValue)
{
    const Json v
        = parseJson(R"( {"a": [1, -2.5e3, true, false, null], "b": {"c": "d\n\u00e9\ud83d\ude00"}, "e": {}} )");
    const auto &a = v.find("a")->asArray();
    ASSERT_EQ(a.size(), 5u);
    EXPECT_EQ(a[0].asNumber(), 1.0);
    EXPECT_EQ(a[1].asNumber(), -2500.0);
    EXPECT_TRUE(a[2].asBool());
    EXPECT_FALSE(a[3].asBool());
    EXPECT_TRUE(a[4].isNull());
    EXPECT_EQ(v.find("b")->find("c")->asString(), "d\n\xc3\xa9\xf0\x9f\x98\x80");
    EXPECT_TRUE(v.find("e")->asObject().empty());
    EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(Json, WritesCompactAndPretty)
{
    Json v;
    v.set("name", "a \"quoted\"\ttext\x01");
    v.set("list", Json(Json::Array{1, 2.5, Json(), true}));
    v.set("empty", Json(Json::Object{}));
    EXPECT_EQ(toJson(v), R"({"name":"a \"quoted\"\ttext\u0001","list":[1,2.5,null,true],"empty":{}})");
    EXPECT_EQ(toJson(v, 2),
              "{\n  \"name\": \"a \\\"quoted\\\"\\ttext\\u0001\",\n  \"list\": [\n    1,\n"
              "    2.5,\n    null,\n    true\n  ],\n  \"empty\": {}\n}");
}

TEST(Json, RoundTripsValuesExactly)
{
    Json v;
    v.set("third", 1.0 / 3.0);
    v.set("tiny", 5e-324);
    v.set("big", 1.7976931348623157e308);
    v.set("neg", -0.1f);
    v.set("utf8", "\xe2\x82\xac / \\ \"");
    EXPECT_EQ(parseJson(toJson(v)), v);
    EXPECT_EQ(parseJson(toJson(v, 4)), v);
}

TEST(Json, SetReplacesAndKeepsOrder)
{
    Json v;
    v.set("b", 1);
    v.set("a", 2);
    v.set("b", 3);
    EXPECT_EQ(toJson(v), R"({"b":3,"a":2})");
    Json number(1.0);
    EXPECT_THROW(number.set("x", 1), JsonError);
}

TEST(Json, RejectsWhatTheRfcDoesNotAllow)
{
    EXPECT_EQ(errorOf("[1,2,]"), "line 1, column 6: expected a value");
    EXPECT_EQ(errorOf(R"({"a":1,})"), "line 1, column 8: expected a string as object key");
    EXPECT_EQ(errorOf("// c\n1"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("01"), "line 1, column 2: numbers must not have leading zeros");
    EXPECT_EQ(errorOf("1."), "line 1, column 3: expected digits after the decimal point");
    EXPECT_EQ(errorOf(".5"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("+1"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("1e"), "line 1, column 3: expected digits in the exponent");
    EXPECT_EQ(errorOf("NaN"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("1e999"), "line 1, column 1: number out of range");
    EXPECT_EQ(errorOf("'a'"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("\"a\tb\""), "line 1, column 3: control character in a string (escape it)");
    EXPECT_EQ(errorOf(R"("\x")"), "line 1, column 3: invalid escape in a string");
    EXPECT_EQ(errorOf(R"("\u12")"), "line 1, column 6: expected four hex digits after \\u");
    EXPECT_EQ(errorOf(R"("\ud800")"), "line 1, column 8: unpaired surrogate in \\u escape");
    EXPECT_EQ(errorOf(R"("\udc00")"), "line 1, column 8: unpaired surrogate in \\u escape");
    EXPECT_EQ(errorOf("\"\xff\""), "line 1, column 2: invalid UTF-8 in a string");
    EXPECT_EQ(errorOf("\"\xc0\xaf\""), "line 1, column 2: invalid UTF-8 in a string"); // overlong
    EXPECT_EQ(errorOf("\"\xed\xa0\x80\""), "line 1, column 2: invalid UTF-8 in a string"); // surrogate
    EXPECT_EQ(errorOf("\"abc"), "line 1, column 5: unterminated string");
    EXPECT_EQ(errorOf(R"({"a":1,"a":2})"), "line 1, column 8: duplicate key \"a\"");
    EXPECT_EQ(errorOf("{\"a\" 1}"), "line 1, column 6: expected ':' after an object key");
    EXPECT_EQ(errorOf("[1 2]"), "line 1, column 4: expected ',' or ']' in an array");
    EXPECT_EQ(errorOf("1 2"), "line 1, column 3: unexpected text after the JSON value");
    EXPECT_EQ(errorOf(""), "line 1, column 1: unexpected end of text, expected a value");
    EXPECT_EQ(errorOf("tru"), "line 1, column 1: expected a value");
    EXPECT_EQ(errorOf("{\n  \"a\": [\n    1,\n    x\n  ]\n}"), "line 4, column 5: expected a value");
    EXPECT_EQ(errorOf(std::string(300, '[') + std::string(300, ']')),
              "line 1, column 258: nesting is deeper than 256 levels");
    EXPECT_EQ(errorOf(std::string(200, '[') + std::string(200, ']')), "");
}

TEST(Json, AcceptsEdgeCases)
{
    EXPECT_EQ(parseJson(" \t\r\n 0 ").asNumber(), 0.0);
    EXPECT_EQ(parseJson("-0").asNumber(), 0.0);
    EXPECT_EQ(parseJson("1E+2").asNumber(), 100.0);
    EXPECT_EQ(parseJson("1e-400").asNumber(), 0.0); // underflows to zero
    EXPECT_EQ(parseJson(R"("\/\b\f\r")").asString(), "/\b\f\r");
}

TEST(Json, TypeErrorsAndUnwritableNumbers)
{
    try {
        parseJson("[1]").asObject();
        FAIL();
    } catch (const JsonError &e) {
        EXPECT_STREQ(e.what(), "expected object, found array");
    }
    EXPECT_THROW(toJson(Json(std::numeric_limits<double>::quiet_NaN())), JsonError);
    EXPECT_THROW(toJson(Json(std::numeric_limits<double>::infinity())), JsonError);
}
