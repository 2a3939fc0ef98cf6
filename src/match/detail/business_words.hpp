// SPDX-License-Identifier: Apache-2.0
// Business words of company names written without spaces between words (Chinese, Korean): the name cut into
// the words of a table, longest first, and the runs between them (business_words.cpp).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/umachine.h>

namespace cp::match::detail {

/// A business word in its own script and the English the lists use for it ("" drops the word).
struct ScriptWord {
    std::string_view script;
    std::string_view english;
};

/// One piece of a name: an English rendering of a business word, or a run of other characters (a place or
/// the company's own name) to be romanised as one word.
struct BusinessPiece {
    std::string text;      ///< UTF-8: English words, or the run's characters
    bool english = false;  ///< `text` is already English
};

/// `utf8` cut into the words of `words` (longest first) found in runs of characters for which `in_script`
/// holds, and the runs between them; empty when the name holds no such word. Characters outside the script
/// are kept in their own pieces.
std::vector<BusinessPiece> business_pieces(std::string_view utf8, std::span<const ScriptWord> words,
                                           bool (*in_script)(UChar32));

}  // namespace cp::match::detail
