#include "prompt_text.h"

namespace loopwise::engine::prompts::detail {

namespace {

unsigned char byteAt(std::string_view text, std::size_t i)
{
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
}

// Length in bytes of a non-ASCII punctuation or space character at i (curly quotes, dashes,
// bullets, ellipsis, guillemets, no-break space), else 0.
std::size_t punctuationLength(std::string_view text, std::size_t i)
{
    const unsigned char c = byteAt(text, i);
    if (c == 0xE2 && byteAt(text, i + 1) == 0x80)
        return 3;
    if (c == 0xC2 && (byteAt(text, i + 1) == 0xA0 || byteAt(text, i + 1) == 0xAB || byteAt(text, i + 1) == 0xBB))
        return 2;
    return 0;
}

bool isTypographicApostrophe(std::string_view text, std::size_t i)
{
    return byteAt(text, i) == 0xE2 && byteAt(text, i + 1) == 0x80 && byteAt(text, i + 2) == 0x99;
}

bool isWordByte(std::string_view text, std::size_t i)
{
    const unsigned char c = byteAt(text, i);
    if (c >= 0x80)
        return punctuationLength(text, i) == 0;
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// An apostrophe with word bytes on both sides ("don't", "don’t"); returns its length.
std::size_t innerApostrophe(std::string_view text, std::size_t i)
{
    std::size_t length = 0;
    if (byteAt(text, i) == '\'')
        length = 1;
    else if (isTypographicApostrophe(text, i))
        length = 3;
    if (length == 0 || i == 0 || !isWordByte(text, i - 1) || !isWordByte(text, i + length))
        return 0;
    return length;
}

// Appends the word text[begin, end) in lower case (ASCII and Latin-1 capitals).
void appendKey(std::string &keys, std::string_view text, std::size_t begin, std::size_t end)
{
    for (std::size_t i = begin; i < end; ++i) {
        const unsigned char c = byteAt(text, i);
        if (c >= 'A' && c <= 'Z') {
            keys += static_cast<char>(c + 32);
        } else if (c == 0xC3 && byteAt(text, i + 1) >= 0x80 && byteAt(text, i + 1) <= 0x9E
                   && byteAt(text, i + 1) != 0x97) { // À..Þ without ×
            keys += static_cast<char>(c);
            keys += static_cast<char>(byteAt(text, i + 1) + 0x20);
            ++i;
        } else if (isTypographicApostrophe(text, i)) {
            keys += '\'';
            i += 2;
        } else {
            keys += static_cast<char>(c);
        }
    }
}

bool endsSentence(std::string_view text, std::size_t i)
{
    const char c = text[i];
    if (c == '\n')
        return true;
    if (c != '.' && c != '!' && c != '?')
        return false;
    const unsigned char next = byteAt(text, i + 1);
    return next == 0 || next == ' ' || next == '\n' || next == '\t' || next == '\r';
}

} // namespace

PromptText splitPrompt(std::string_view text)
{
    PromptText result;
    result.keys.reserve(text.size());
    std::vector<std::pair<std::size_t, std::size_t>> keyRanges;
    int sentence = 0;
    int clause = 0;
    bool sentenceHasWords = false;
    std::size_t lineBegin = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isWordByte(text, i)) {
            const std::size_t begin = i;
            while (i < text.size()) {
                if (isWordByte(text, i))
                    ++i;
                else if (const std::size_t a = innerApostrophe(text, i))
                    i += a;
                else
                    break;
            }
            const std::size_t keyBegin = result.keys.size();
            appendKey(result.keys, text, begin, i);
            keyRanges.emplace_back(keyBegin, result.keys.size());
            result.tokens.push_back({begin, i, {}, sentence, clause, !sentenceHasWords});
            sentenceHasWords = true;
            continue;
        }
        if (text[i] == '\n') {
            result.lines.push_back({lineBegin, i});
            lineBegin = i + 1;
        }
        if (std::string_view(",;:()").find(text[i]) != std::string_view::npos)
            ++clause;
        if (endsSentence(text, i) && sentenceHasWords) {
            ++clause;
            ++sentence;
            sentenceHasWords = false;
        }
        const std::size_t p = punctuationLength(text, i);
        i += p > 0 ? p : 1;
    }
    result.lines.push_back({lineBegin, text.size()});
    for (std::size_t t = 0; t < result.tokens.size(); ++t)
        result.tokens[t].key
            = std::string_view(result.keys).substr(keyRanges[t].first, keyRanges[t].second - keyRanges[t].first);
    const int sentenceCount = result.tokens.empty() ? 0 : result.tokens.back().sentence + 1;
    result.sentences.assign(sentenceCount, {0, 0});
    for (int t = static_cast<int>(result.tokens.size()) - 1; t >= 0; --t) {
        auto &range = result.sentences[result.tokens[t].sentence];
        if (range.second == 0)
            range.second = t + 1;
        range.first = t;
    }
    return result;
}

std::vector<std::string> phraseWords(std::string_view phrase)
{
    const PromptText split = splitPrompt(phrase);
    std::vector<std::string> words;
    for (const Token &t : split.tokens)
        words.emplace_back(t.key);
    return words;
}

std::string_view trimmed(std::string_view s, std::string_view junk)
{
    const std::size_t begin = s.find_first_not_of(junk);
    if (begin == std::string_view::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(junk) - begin + 1);
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

} // namespace loopwise::engine::prompts::detail
