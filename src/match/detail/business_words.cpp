// SPDX-License-Identifier: Apache-2.0
#include "match/detail/business_words.hpp"

#include <unicode/utf8.h>

namespace cp::match::detail {

std::vector<BusinessPiece> business_pieces(std::string_view utf8, std::span<const ScriptWord> words,
                                           bool (*in_script)(UChar32)) {
    std::vector<BusinessPiece> pieces;
    bool any_word = false;
    std::string run;  // characters of the current piece that is not a business word
    bool run_in_script = false;
    const auto flush = [&] {
        if (!run.empty()) pieces.push_back({std::move(run), false});
        run.clear();
    };
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t pos = 0; pos < length;) {
        UChar32 c = 0;
        int32_t next = pos;
        U8_NEXT(utf8.data(), next, length, c);
        const bool in = c >= 0 && in_script(c);
        if (in) {
            const ScriptWord* found = nullptr;
            for (const ScriptWord& word : words) {
                if (utf8.substr(static_cast<std::size_t>(pos)).starts_with(word.script) &&
                    (found == nullptr || word.script.size() > found->script.size()))
                    found = &word;
            }
            if (found != nullptr) {
                flush();
                any_word = true;
                if (!found->english.empty()) pieces.push_back({std::string(found->english), true});
                pos += static_cast<int32_t>(found->script.size());
                continue;
            }
        }
        if (in != run_in_script) flush();  // runs of the script and other text are separate pieces
        run_in_script = in;
        run.append(utf8.substr(static_cast<std::size_t>(pos), static_cast<std::size_t>(next - pos)));
        pos = next;
    }
    flush();
    if (!any_word) pieces.clear();
    return pieces;
}

}  // namespace cp::match::detail
