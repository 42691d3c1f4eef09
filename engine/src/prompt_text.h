#pragma once
// Internal: a prompt split into lower-case words, sentences and lines, with byte offsets
// into the original UTF-8 text, for the prompt analyser.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace loopwise::engine::prompts::detail {

struct Token
{
    std::size_t begin = 0; // bytes of the original text
    std::size_t end = 0;
    std::string_view key; // lower case, typographic apostrophe as '
    int sentence = 0;
    int clause = 0; // clauses end at , ; : ( ) and at sentence ends: a negation's reach
    bool opensSentence = false;
};

struct Line
{
    std::size_t begin = 0;
    std::size_t end = 0; // without the newline
};

struct PromptText
{
    std::string keys; // storage of the tokens' keys
    std::vector<Token> tokens;
    std::vector<Line> lines;
    // Token index range [first, last) of each sentence.
    std::vector<std::pair<int, int>> sentences;
};

// Words are runs of ASCII letters and digits, non-ASCII letters and inner apostrophes.
// A sentence ends at '.', '!' or '?' before a space or the end, and at every line break.
PromptText splitPrompt(std::string_view text);

// The lower-case words of a word-list phrase, by the same rules.
std::vector<std::string> phraseWords(std::string_view phrase);

// `s` without the `junk` characters at either end.
std::string_view trimmed(std::string_view s, std::string_view junk = " \t\r\n");
// `s` with ASCII capitals in lower case.
std::string lowerAscii(std::string_view s);

} // namespace loopwise::engine::prompts::detail
