// SPDX-License-Identifier: Apache-2.0
// Addresses the caller knows: apply_known_address() (an interrogator's own uplink address, a radar
// log's address column, pyModeS's `icao=` hint) and PositionDecoder::add_known() (a known fleet).
// Checked on the 10 000 real DF20/21 rows of pyModeS's sample files, whose address column is the
// address the recording station knew, and on the pyModeS hint rows.
#include <string>

#include <gtest/gtest.h>

#include "adsb/cpr.hpp"
#include "adsb/message.hpp"
#include "sample_frames.hpp"
#include "test_data.hpp"
#include "vector_rows.hpp"

namespace {

using cp::adsb::AddressSource;

cp::adsb::Message decoded(const char* hex) {
    auto msg = cp::adsb::decode(cp::test::hex_bytes(hex), {});
    EXPECT_TRUE(msg.has_value()) << hex;
    return *msg;
}

}  // namespace

TEST(KnownAddress, TheAddressColumnOfRealCommBLogsAgreesWithTheParityInAllButThreeRows) {
    int agreed = 0;
    std::vector<std::string> disagreed;
    for (const char* name :
         {"adsb/samples/sample_data_commb_df20.csv", "adsb/samples/sample_data_commb_df21.csv"}) {
        for (const auto& sample : cp::test::load_samples(cp::test::shared_data(name), 2, 1)) {
            auto msg = cp::adsb::decode(sample.bytes, {});
            ASSERT_TRUE(msg.has_value());
            const auto address = static_cast<std::uint32_t>(std::stoul(sample.icao, nullptr, 16));
            cp::adsb::apply_known_address(*msg, address);
            EXPECT_EQ(msg->address_source, AddressSource::supplied);
            EXPECT_EQ(msg->icao, address);
            if (msg->address_confirmed) {
                ++agreed;
            } else {
                disagreed.push_back(sample.icao);
            }
        }
    }
    // Measured: 4 997 + 5 000 rows agree; the three others are damaged replies (or, for one, an
    // AP field overlaid with something else than the address), and they stay unconfirmed.
    EXPECT_EQ(agreed, 9997);
    EXPECT_EQ(disagreed.size(), 3U);
}

TEST(KnownAddress, AHintThatDisagreesWithTheParityIsReportedButNotConfirmed) {
    // pyModeS test_commb.py:48: hint AABBCC on a DF20 reply whose parity names 484163.
    auto msg = decoded("A000083E202CC371C31DE0AA1CCF");
    EXPECT_EQ(msg.icao, 0x484163U);
    cp::adsb::apply_known_address(msg, 0xAABBCC);
    EXPECT_EQ(msg.icao, 0xAABBCCU);
    EXPECT_EQ(msg.address_source, AddressSource::supplied);
    EXPECT_FALSE(msg.address_confirmed);
    EXPECT_EQ(msg.crc_residual, 0x484163U);

    std::string json;
    cp::adsb::write_json(msg, {}, json);
    EXPECT_NE(json.find("\"hex\":\"aabbcc\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"address_source\":\"supplied\",\"address_confirmed\":false"), std::string::npos)
        << json;
}

TEST(KnownAddress, AHintThatMatchesTheParityIsConfirmed) {
    auto msg = decoded("A000083E202CC371C31DE0AA1CCF");
    cp::adsb::apply_known_address(msg, 0x484163);
    EXPECT_TRUE(msg.address_confirmed);
}

TEST(KnownAddress, AnnouncedAddressesAreNotReplaced) {
    auto msg = decoded("8D406B902015A678D4D220AA4BDA");
    cp::adsb::apply_known_address(msg, 0xAABBCC);
    EXPECT_EQ(msg.icao, 0x406B90U);
    EXPECT_EQ(msg.address_source, AddressSource::announced);
}

TEST(KnownAddress, PositionDecoderConfirmsOverlaysOfKnownAircraftOnly) {
    cp::adsb::PositionDecoder decoder;
    decoder.add_known(0x123456);
    auto other = decoded("A000083E202CC371C31DE0AA1CCF");
    decoder.update(other, 0);
    EXPECT_FALSE(other.address_confirmed);  // its parity names 484163, which nobody declared

    decoder.add_known(0x484163);
    auto known = decoded("A000083E202CC371C31DE0AA1CCF");
    decoder.update(known, 1);
    EXPECT_TRUE(known.address_confirmed);
    EXPECT_TRUE(decoder.seen(0x484163));
    EXPECT_EQ(decoder.aircraft_count(), 0U);  // declaring an address creates no per-aircraft state

    decoder.expire(1'000'000'000, 1);  // known addresses outlive expiry
    auto later = decoded("A000083E202CC371C31DE0AA1CCF");
    decoder.update(later, 1'000'000'001);
    EXPECT_TRUE(later.address_confirmed);
}

TEST(KnownAddress, ASuppliedAddressFeedsNoState) {
    cp::adsb::PositionDecoder decoder;
    auto msg = decoded("A000083E202CC371C31DE0AA1CCF");
    cp::adsb::apply_known_address(msg, 0xAABBCC);
    decoder.update(msg, 0);
    EXPECT_FALSE(msg.address_confirmed);
    EXPECT_FALSE(decoder.seen(0xAABBCC));
}
