// SPDX-License-Identifier: Apache-2.0
// Every real sample in adsb/samples/ frames without error and decodes without a crash, and every DF17
// frame in them passes the CRC. Counts come from an independent Python reading of the same files.
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "adsb/adsb.hpp"
#include "io/io.hpp"
#include "test_data.hpp"

namespace {

struct SampleCounts {
    std::uint64_t frames = 0;
    std::uint64_t framing_errors = 0;
    std::uint64_t df17 = 0;
    std::uint64_t df17_crc_zero = 0;  ///< crc_residual() == 0 as received (no correction)
    std::uint64_t df17_crc_ok = 0;    ///< decode() says crc_ok with no bit corrected
    std::uint64_t decode_errors = 0;
};

void count_frame(const cp::adsb::Frame& frame, SampleCounts& counts) {
    ++counts.frames;
    if (frame.kind == cp::adsb::FrameKind::mode_ac) return;
    const auto decoded = cp::adsb::decode(frame.data(), cp::adsb::DecodeOptions{});
    if (!decoded) ++counts.decode_errors;
    if ((frame.bytes[0] >> 3) != 17) return;
    ++counts.df17;
    if (cp::adsb::crc_residual(frame.data()) == 0) ++counts.df17_crc_zero;
    if (decoded && decoded->crc_ok && decoded->corrected_bits == 0) ++counts.df17_crc_ok;
}

SampleCounts count_csv(const std::string& name) {
    const std::string content = cp::io::read_file(cp::test::shared_data("adsb/samples/" + name));
    cp::io::LineCursor cursor(content);
    cp::io::LineView line;
    SampleCounts counts;
    while (cursor.next(line)) {
        const auto result = cp::adsb::parse_hexcsv_line(line.text, {line.byte_offset, line.number});
        if (!result) {
            ++counts.framing_errors;
            continue;
        }
        count_frame(*result, counts);
    }
    return counts;
}

struct CsvSample {
    const char* file;
    std::uint64_t rows;
    std::uint64_t df17;
};

TEST(Samples, CsvFilesFrameCompletelyAndEveryDf17PassesTheCrc) {
    const CsvSample samples[] = {
        {"sample_data_adsb.csv", 2000, 2000},
        {"short_flights.csv", 486, 486},
        {"sample_data_commb_df20.csv", 5000, 0},
        {"sample_data_commb_df21.csv", 5000, 0},
    };
    for (const CsvSample& sample : samples) {
        const SampleCounts counts = count_csv(sample.file);
        EXPECT_EQ(counts.framing_errors, 0U) << sample.file;
        EXPECT_EQ(counts.frames, sample.rows) << sample.file;
        EXPECT_EQ(counts.df17, sample.df17) << sample.file;
        EXPECT_EQ(counts.df17_crc_zero, sample.df17) << sample.file;
        EXPECT_EQ(counts.df17_crc_ok, sample.df17) << sample.file;
        EXPECT_EQ(counts.decode_errors, 0U) << sample.file;  // DF17 pass, DF20/21 take overlay addresses
    }
}

TEST(Samples, BeastCaptureFramesCompletelyAndEveryDf17PassesTheCrc) {
    const std::string content = cp::io::read_file(cp::test::shared_data("adsb/samples/sample_dump1090.bin"));
    cp::adsb::BeastFramer framer;
    framer.feed({reinterpret_cast<const std::uint8_t*>(content.data()), content.size()});
    framer.finish();
    SampleCounts counts;
    while (auto result = framer.next()) {
        if (!*result) {
            ++counts.framing_errors;
            continue;
        }
        count_frame(result->value(), counts);
    }
    EXPECT_EQ(counts.framing_errors, 0U);
    EXPECT_EQ(counts.frames, 239U);
    EXPECT_EQ(counts.df17, 23U);
    EXPECT_EQ(counts.df17_crc_zero, 23U);
    EXPECT_EQ(counts.df17_crc_ok, 23U);
}

}  // namespace
