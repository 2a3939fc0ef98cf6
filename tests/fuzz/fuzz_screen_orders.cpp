// SPDX-License-Identifier: Apache-2.0
// Fuzzes the order reader (CSV and JSON lines) and the item/rule screening of whatever it accepts. Party
// screening needs lists and is covered by the unit tests; here the Screener runs without an index.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screen/screen.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cp::screen::Rules rules = cp::screen::Rules::bundled();
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    for (auto format : {cp::screen::OrderReader::Format::csv, cp::screen::OrderReader::Format::jsonl}) {
        try {
            cp::screen::OrderReader reader(content, format, cp::screen::ColumnMap{}, "fuzz");
            cp::screen::Screener screener(rules, nullptr);
            cp::screen::Order order;
            while (reader.next(order)) {
                const auto result = screener.screen(order);
                (void)cp::screen::to_jsonl(result);
                (void)cp::screen::to_csv_rows(result);
            }
        } catch (const cp::InputError&) {
            // a CSV without the required header columns: reported to the user, not a bug
        }
    }
    return 0;
}
