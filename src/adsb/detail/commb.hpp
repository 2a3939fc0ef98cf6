// SPDX-License-Identifier: Apache-2.0
// Comm-B internals: register decoders and the inference checks (MB bits numbered from 1).
#pragma once

#include <cstdint>
#include <optional>

#include "adsb/message.hpp"

namespace cp::adsb::detail {

/// Registers that inference considers, in the order their candidate bits are numbered.
inline constexpr Bds inferred_registers[] = {0x10, 0x17, 0x20, 0x30, 0x40, 0x50, 0x60};

/// True when MB is consistent with register `bds` (header bits, status/reserved bits, value ranges).
/// `alt_ft` (the DF20 header altitude) sharpens the BDS 6,0 Mach/IAS check when known.
[[nodiscard]] bool fits_register(std::uint64_t mb, Bds bds, std::optional<std::int32_t> alt_ft) noexcept;

}  // namespace cp::adsb::detail
