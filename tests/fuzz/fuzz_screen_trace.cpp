// SPDX-License-Identifier: Apache-2.0
// Fuzzes `trace`: the input is a sales ledger, then a line "--", then a components file (CSV or TSV). Both
// readers, the part-number keys, the marking extraction, the date codes, the scoring and both outputs run on
// whatever is accepted. Party screening needs lists and is covered by the unit tests.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "screen/trace.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find("\n--\n");
    const std::string_view ledger_text = input.substr(0, split);
    const std::string_view component_text = split == std::string_view::npos ? input : input.substr(split + 4);
    (void)cp::screen::parse_date_code(input.substr(0, 8), 2024);
    try {
        const auto ledger = cp::screen::read_ledger(ledger_text, {}, "fuzz-ledger");
        const auto components = cp::screen::read_components(component_text, {}, "fuzz-components");
        cp::screen::TraceOptions options;
        options.min_score = 0.0;  // exercise every candidate's scoring and output
        cp::screen::Tracer tracer(ledger.rows, nullptr, options);
        for (const cp::screen::Component& component : components.rows) {
            const cp::screen::ComponentTrace trace = tracer.trace(component);
            (void)cp::screen::trace_to_jsonl(trace, component, ledger.rows);
            (void)cp::screen::trace_to_csv_rows(trace, component, ledger.rows);
        }
    } catch (const cp::InputError&) {
        // a header without the required columns: reported to the user, not a bug
    }
    return 0;
}
