// SPDX-License-Identifier: Apache-2.0
// AIS NMEA framing throughput on the live AISHub capture (85,182 sentences, 82,753 messages; repeated in
// memory): lines -> Assembler payloads, and lines -> decoded Message structs. Each benchmark first checks
// the counts of a full pass (82,752 payloads; no framing error but the one sequence-id mismatch), then
// times. Reports sentences/s as items_per_second.
#include <cstdlib>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "ais/ais.hpp"
#include "io/io.hpp"

namespace {

struct Capture {
    std::string text;
    std::vector<std::string_view> lines;
    std::size_t sentences = 0;
};

const Capture& capture() {
    static const Capture loaded = [] {
        const char* root = std::getenv("CP_SHARED_DATA");
        Capture c;
        c.text = cp::io::read_file(std::string(root != nullptr ? root : CP_SHARED_DATA_DEFAULT) +
                                   "/ais/samples/ais-nmea-sample.log");
        cp::io::LineCursor cursor(c.text);
        cp::io::LineView line;
        while (cursor.next(line)) {
            c.lines.push_back(line.text);
            if (!line.text.empty() && line.text[0] == '!') ++c.sentences;
        }
        return c;
    }();
    return loaded;
}

/// One pass over the capture: payloads completed and error/notice count.
std::pair<std::size_t, std::size_t> frame_once(cp::ais::Assembler& assembler, const Capture& c) {
    std::size_t payloads = 0;
    std::size_t problems = 0;
    cp::ais::Notice notice;
    std::uint64_t number = 0;
    for (const std::string_view line : c.lines) {
        const auto fed = assembler.feed(line, {++number, 0});
        if (fed && *fed) {
            ++payloads;
            benchmark::DoNotOptimize(assembler.payload().armored.data());
        } else if (!fed && cp::ais::severity(fed.error()) == cp::ais::Severity::error) {
            ++problems;
        }
        while (assembler.next_notice(notice)) ++problems;
    }
    return {payloads, problems};
}

void BM_FrameAndReassemble(benchmark::State& state) {
    const Capture& c = capture();
    cp::ais::Assembler assembler;
    const auto [payloads, problems] = frame_once(assembler, c);
    // 82,753 messages in the file; one 2-fragment message has mismatched sequence ids (lines 18536-18537):
    // it is dropped and counted twice (missing_fragment, orphan_fragment).
    if (payloads != 82752 || problems != 2) {
        state.SkipWithError(("unexpected result: " + std::to_string(payloads) + " payloads, " +
                             std::to_string(problems) + " problems")
                                .c_str());
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(frame_once(assembler, c));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.sentences));
}
BENCHMARK(BM_FrameAndReassemble)->Unit(benchmark::kMillisecond);

void BM_FrameAndDecodeToStructs(benchmark::State& state) {
    const Capture& c = capture();
    cp::ais::Assembler assembler;
    cp::ais::PayloadBits bits;
    std::size_t decoded = 0;
    const auto pass = [&] {
        decoded = 0;
        std::uint64_t number = 0;
        cp::ais::Notice notice;
        for (const std::string_view line : c.lines) {
            const auto fed = assembler.feed(line, {++number, 0});
            while (assembler.next_notice(notice)) {
            }
            if (!fed || !*fed) continue;
            if (!cp::ais::dearmor(assembler.payload().armored, assembler.payload().fill_bits, bits)) continue;
            const auto message = cp::ais::decode(bits.view());
            if (message) ++decoded;
            benchmark::DoNotOptimize(message);
        }
    };
    pass();
    if (decoded < 82700) {
        state.SkipWithError(("only " + std::to_string(decoded) + " messages decoded").c_str());
        return;
    }
    for (auto _ : state) pass();
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.sentences));
    state.counters["messages"] = static_cast<double>(decoded);
}
BENCHMARK(BM_FrameAndDecodeToStructs)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
