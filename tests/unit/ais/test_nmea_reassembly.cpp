// SPDX-License-Identifier: Apache-2.0
// Multi-sentence reassembly: interleaving, orphans, duplicates, gaps, timeouts. Each case was also fed to
// gpsdecode 3.22; where gpsd merges two messages (it keys fragments by channel only) we differ on purpose.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ais/nmea.hpp"

namespace cp::ais {
namespace {

std::string checksum(std::string_view body) {
    unsigned sum = 0;
    for (const char c : body) sum ^= static_cast<unsigned char>(c);
    static constexpr char digits[] = "0123456789ABCDEF";
    return {digits[sum >> 4], digits[sum & 15]};
}

/// A VDM sentence with a correct checksum.
std::string vdm(int count, int number, std::string_view seq, std::string_view channel,
                std::string_view payload, int fill) {
    const std::string body = "AIVDM," + std::to_string(count) + "," + std::to_string(number) + "," +
                             std::string(seq) + "," + std::string(channel) + "," + std::string(payload) +
                             "," + std::to_string(fill);
    return "!" + body + "*" + checksum(body);
}

// gpsd test/sample.aivdm lines 124-125 (type 5) and 265-266 (type 8).
constexpr std::string_view p1 = "55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8";
constexpr std::string_view p2 = "88888888880";
constexpr std::string_view q1 = "8>qc9wiKf>d=Cq5r0mdew:?DLq>1LmhHrsqmBCKnJ50";
constexpr std::string_view q2 = "3OLc=UCRp";
constexpr std::string_view single = "15RTgt0PAso;90TKcjM8h6g208CQ";

/// What feeding a list of lines produced: payloads and errors/notices by name, in order.
struct Outcome {
    std::vector<std::string> payloads;
    std::vector<std::string> problems;
};

Outcome run(const std::vector<std::string>& lines, AssemblerOptions options = {}) {
    Assembler assembler(options);
    Outcome outcome;
    std::uint64_t number = 0;
    const auto drain = [&] {
        Notice notice;
        while (assembler.next_notice(notice)) {
            outcome.problems.push_back(std::string(to_string(notice.error)) + "@" +
                                       std::to_string(notice.where.line));
        }
    };
    for (const std::string& line : lines) {
        const auto fed = assembler.feed(line, LinePos{++number, 0});
        drain();
        if (!fed) {
            outcome.problems.push_back(std::string(to_string(fed.error())) + "@" + std::to_string(number));
        } else if (*fed) {
            outcome.payloads.emplace_back(assembler.payload().armored);
            outcome.payloads.back() += "/" + std::to_string(assembler.payload().fill_bits);
        }
    }
    assembler.finish();
    drain();
    return outcome;
}

std::string joined(std::string_view a, std::string_view b, int fill) {
    return std::string(a) + std::string(b) + "/" + std::to_string(fill);
}

TEST(NmeaReassembly, TwoFragmentsBecomeOnePayloadWithTheLastFillBits) {
    const Outcome outcome = run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 2, "1", "A", p2, 2)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.payloads[0], joined(p1, p2, 2));
    EXPECT_TRUE(outcome.problems.empty());
}

TEST(NmeaReassembly, MessagesInterleavedOnTwoChannelsAreBothAssembled) {
    const Outcome outcome = run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 1, "2", "B", q1, 0),
                                 vdm(2, 2, "1", "A", p2, 2), vdm(2, 2, "2", "B", q2, 0)});
    ASSERT_EQ(outcome.payloads.size(), 2U);
    EXPECT_EQ(outcome.payloads[0], joined(p1, p2, 2));
    EXPECT_EQ(outcome.payloads[1], joined(q1, q2, 0));
}

TEST(NmeaReassembly, MessagesInterleavedOnOneChannelAreKeptApartBySequenceId) {
    // gpsd 3.22 keys by channel only: it prints q1 + p2 as one (wrong) type 8 and loses both messages.
    const Outcome outcome = run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 1, "2", "A", q1, 0),
                                 vdm(2, 2, "1", "A", p2, 2), vdm(2, 2, "2", "A", q2, 0)});
    ASSERT_EQ(outcome.payloads.size(), 2U);
    EXPECT_EQ(outcome.payloads[0], joined(p1, p2, 2));
    EXPECT_EQ(outcome.payloads[1], joined(q1, q2, 0));
    EXPECT_TRUE(outcome.problems.empty());
}

TEST(NmeaReassembly, ChannelOneAndAAreTheSameRadioChannel) {
    const Outcome outcome = run({vdm(2, 1, "1", "1", p1, 0), vdm(2, 2, "1", "A", p2, 2)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
}

TEST(NmeaReassembly, ALoneLaterFragmentIsAnOrphanAndTheNextMessageIsNotLost) {
    const Outcome outcome = run({vdm(2, 2, "1", "A", p2, 2), vdm(1, 1, "", "A", single, 0)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.payloads[0], std::string(single) + "/0");
    EXPECT_EQ(outcome.problems, std::vector<std::string>{"orphan_fragment@1"});
}

TEST(NmeaReassembly, ARepeatedFragmentIsADuplicateAndTheMessageStillCompletes) {
    const Outcome outcome =
        run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 1, "1", "A", p1, 0), vdm(2, 2, "1", "A", p2, 2)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.payloads[0], joined(p1, p2, 2));
    EXPECT_EQ(outcome.problems, std::vector<std::string>{"duplicate_fragment@2"});
}

TEST(NmeaReassembly, ARepeatedLastFragmentAfterCompletionIsAnOrphan) {
    const Outcome outcome =
        run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 2, "1", "A", p2, 2), vdm(2, 2, "1", "A", p2, 2)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.problems, std::vector<std::string>{"orphan_fragment@3"});
}

TEST(NmeaReassembly, ASingleSentenceBetweenFragmentsDoesNotBreakThem) {
    // gpsd 3.22 drops both fragments here ("invalid fragment #1 received, expected #2").
    const Outcome outcome =
        run({vdm(2, 1, "1", "A", p1, 0), vdm(1, 1, "", "A", single, 0), vdm(2, 2, "1", "A", p2, 2)});
    ASSERT_EQ(outcome.payloads.size(), 2U);
    EXPECT_EQ(outcome.payloads[1], joined(p1, p2, 2));
}

TEST(NmeaReassembly, ANewFirstFragmentOnTheSameKeyDropsTheUnfinishedMessage) {
    const Outcome outcome =
        run({vdm(2, 1, "1", "A", p1, 0), vdm(2, 1, "1", "A", q1, 0), vdm(2, 2, "1", "A", q2, 0)});
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.payloads[0], joined(q1, q2, 0));
    EXPECT_EQ(outcome.problems, std::vector<std::string>{"missing_fragment@1"});
}

TEST(NmeaReassembly, AGapDropsThePartialMessageAndTheFragmentAfterIt) {
    const Outcome outcome =
        run({vdm(3, 1, "1", "A", p1, 0), vdm(3, 3, "1", "A", p2, 2), vdm(3, 2, "1", "A", p2, 0)});
    EXPECT_TRUE(outcome.payloads.empty());
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"missing_fragment@1", "out_of_order_fragment@2",
                                                          "orphan_fragment@3"}));
}

TEST(NmeaReassembly, FragmentsWithDifferentTotalsAreNeverMerged) {
    const Outcome outcome = run({vdm(2, 1, "1", "A", p1, 0), vdm(3, 2, "1", "A", p2, 2)});
    EXPECT_TRUE(outcome.payloads.empty());
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"missing_fragment@1", "orphan_fragment@2"}));
}

TEST(NmeaReassembly, FragmentsWithDifferentSequenceIdsAreNeverMerged) {
    // The AISHub capture has one such pair (lines 18536-18537) that gpsd merges; see docs/ais-differences.md.
    const Outcome outcome = run({vdm(2, 1, "4", "A", p1, 0), vdm(2, 2, "1", "A", p2, 2)});
    EXPECT_TRUE(outcome.payloads.empty());
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"orphan_fragment@2", "missing_fragment@1"}));
}

TEST(NmeaReassembly, AnUnfinishedMessageTimesOutAfterMaxAgeSentences) {
    AssemblerOptions options;
    options.max_age_sentences = 2;
    const Outcome outcome =
        run({vdm(2, 1, "1", "A", p1, 0), vdm(1, 1, "", "A", single, 0), vdm(1, 1, "", "A", single, 0),
             vdm(1, 1, "", "A", single, 0), vdm(2, 2, "1", "A", p2, 2)},
            options);
    EXPECT_EQ(outcome.payloads.size(), 3U);
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"fragment_timeout@1", "orphan_fragment@5"}));
}

TEST(NmeaReassembly, AnUnfinishedMessageTimesOutByTagBlockTime) {
    AssemblerOptions options;
    options.max_age_ms = 5000;
    const std::string first =
        "\\c:1000000000*" + checksum("c:1000000000") + "\\" + vdm(2, 1, "1", "A", p1, 0);
    const std::string later =
        "\\c:1000000010*" + checksum("c:1000000010") + "\\" + vdm(2, 2, "1", "A", p2, 2);
    const Outcome outcome = run({first, later}, options);
    EXPECT_TRUE(outcome.payloads.empty());
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"fragment_timeout@1", "orphan_fragment@2"}));
}

TEST(NmeaReassembly, TheTagBlockOfTheFirstFragmentDescribesTheMessage) {
    Assembler assembler;
    const std::string tag1 = "g:1-2-27300,n:636994,s:b003669710,c:1428621738";
    const std::string tag2 = "g:2-2-27300,n:636995";
    ASSERT_TRUE(
        assembler.feed("\\" + tag1 + "*" + checksum(tag1) + "\\" + vdm(2, 1, "2", "B", p1, 0), {1, 0}));
    const std::string last = "\\" + tag2 + "*" + checksum(tag2) + "\\" + vdm(2, 2, "2", "B", p2, 2) + ",meta";
    const auto fed = assembler.feed(last, {2, 90});
    ASSERT_TRUE(fed.has_value());
    ASSERT_TRUE(*fed);
    const NmeaPayload& payload = assembler.payload();
    EXPECT_EQ(payload.tag.source, "b003669710");
    EXPECT_EQ(payload.t_unix_ms, 1428621738000);
    EXPECT_EQ(payload.fragment_count, 2U);
    EXPECT_EQ(payload.sequence_id, 2);
    EXPECT_EQ(payload.channel, 'B');
    EXPECT_EQ(payload.trailer, ",meta");
    EXPECT_EQ(payload.first.line, 1U);
    EXPECT_EQ(payload.last.byte_offset, 90U);
    EXPECT_EQ(assembler.pending(), 0U);
}

TEST(NmeaReassembly, APayloadLongerThanPayloadBitsHoldsIsRejected) {
    const std::string chunk(80, '0');
    std::vector<std::string> lines;
    for (int number = 1; number <= 9; ++number) lines.push_back(vdm(9, number, "3", "A", chunk, 0));
    const Outcome outcome = run(lines);
    EXPECT_TRUE(outcome.payloads.empty());
    ASSERT_FALSE(outcome.problems.empty());
    EXPECT_EQ(outcome.problems[0], "payload_too_long@1");
}

TEST(NmeaReassembly, ManyOpenMessagesNeverExhaustTheSlots) {
    std::vector<std::string> lines;
    for (int round = 0; round < 50; ++round) {
        for (const char* channel : {"A", "B", "C", ""}) {
            for (int seq = 0; seq <= 9; ++seq)
                lines.push_back(vdm(3, 1, std::to_string(seq), channel, p1, 0));
        }
    }
    lines.push_back(vdm(1, 1, "", "A", single, 0));
    const Outcome outcome = run(lines);
    ASSERT_EQ(outcome.payloads.size(), 1U);
    EXPECT_EQ(outcome.problems.size(), lines.size() - 1);
}

// gpsdecode 3.22 decodes a message whose last (or first) fragment has an empty payload field: the fragment
// adds no bits. pyais test_decode.py has such a 2-part type 8 from a real base station.
TEST(NmeaReassembly, AnEmptyFragmentAddsNoBits) {
    const Outcome last_empty = run({vdm(2, 1, "0", "A", q1, 0), vdm(2, 2, "0", "A", "", 0)});
    ASSERT_EQ(last_empty.payloads.size(), 1U);
    EXPECT_EQ(last_empty.payloads[0], std::string(q1) + "/0");
    EXPECT_TRUE(last_empty.problems.empty());
    const Outcome first_empty = run({vdm(2, 1, "0", "A", "", 0), vdm(2, 2, "0", "A", q1, 0)});
    ASSERT_EQ(first_empty.payloads.size(), 1U);
    EXPECT_EQ(first_empty.payloads[0], std::string(q1) + "/0");
    // A single sentence with nothing in it is still an error.
    EXPECT_EQ(run({vdm(1, 1, "", "A", "", 0)}).problems, std::vector<std::string>{"empty_payload@1"});
}

// verify_checksum = false is pyais's default: the sentence is used and its bad checksum still counted.
TEST(NmeaReassembly, BadChecksumsAreCountedButUsedWhenNotVerified) {
    std::string bad = vdm(1, 1, "", "A", single, 0);
    bad.back() = bad.back() == '0' ? '1' : '0';
    EXPECT_EQ(run({bad}).problems, std::vector<std::string>{"bad_checksum@1"});
    EXPECT_TRUE(run({bad}).payloads.empty());
    AssemblerOptions lenient;
    lenient.verify_checksum = false;
    const Outcome outcome = run({bad, "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"}, lenient);
    EXPECT_EQ(outcome.payloads, std::vector<std::string>{std::string(single) + "/0"});
    EXPECT_EQ(outcome.problems, (std::vector<std::string>{"bad_checksum@1", "missing_checksum@2"}));
}

}  // namespace
}  // namespace cp::ais
