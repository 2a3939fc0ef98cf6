// SPDX-License-Identifier: Apache-2.0
#include "lists/detail/csv.hpp"

namespace cp::lists::detail {

std::string_view clean(std::string_view s) noexcept {
    s = text::trim(s);
    return s == "-0-" ? std::string_view{} : s;
}

}  // namespace cp::lists::detail
