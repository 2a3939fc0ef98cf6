// SPDX-License-Identifier: Apache-2.0
// Assembler: lines -> complete AIS payloads. Fragments are keyed by (channel, sequence id) as pyais does;
// gpsd 3.22 keys by channel alone and so merges two interleaved messages of one channel (checked with
// gpsdecode on crafted input), which we never do. Fragments must arrive in order, as gpsd requires; a gap,
// an orphan or a timeout drops the partial message and is reported. Buffers are fixed: no allocation
// after construction. Tested in tests/unit/ais/test_nmea_reassembly.cpp and on the AISHub capture.
#include <algorithm>
#include <array>
#include <cstring>

#include "ais/detail/nmea_sentence.hpp"
#include "ais/message.hpp"
#include "ais/nmea.hpp"

namespace cp::ais {
namespace {

/// Longest armoured payload that PayloadBits holds: 512 bytes = 4096 bits = 682 six-bit characters.
constexpr std::size_t max_armored = sizeof(PayloadBits::bytes) * 8 / 6;
constexpr std::size_t max_tag = 255;      // longer tag blocks are dropped (bad_tag_block notice)
constexpr std::size_t max_trailer = 127;  // longer receiver metadata is cut
constexpr std::size_t slot_count = 64;    // channels x sequence ids is 4 x 11 = 44 live keys at most
constexpr std::size_t notice_capacity = slot_count + 8;

/// gpsd treats '1'/'A' and '2'/'B' as the same radio channel.
[[nodiscard]] char channel_key(char channel) noexcept {
    if (channel == '1') return 'A';
    if (channel == '2') return 'B';
    return channel;
}

/// Copies `text` into a fixed buffer, cut at its capacity; returns the length kept.
template <std::size_t N>
std::size_t copy_into(std::array<char, N>& buffer, std::string_view text) noexcept {
    const std::size_t size = std::min(text.size(), N);
    std::memcpy(buffer.data(), text.data(), size);
    return size;
}

/// One partial multi-sentence message.
struct Slot {
    bool active = false;
    char key_channel = '\0';
    int sequence_id = -1;
    unsigned total = 0;
    unsigned next = 1;                       // next fragment number expected
    std::array<std::uint16_t, 10> offset{};  // start of fragment k in `chars` (k = 1..9), and the end
    std::array<char, max_armored> chars{};
    std::array<char, max_tag> tag{};
    std::size_t tag_size = 0;
    bool has_tag = false;
    std::array<char, 2> talker{};
    bool own_ship = false;
    char channel = '\0';
    std::optional<std::int64_t> t_unix_ms;
    std::optional<std::int64_t> last_ms;  // newest reception time, for max_age_ms
    std::uint64_t last_sentence = 0;      // sentence counter at the newest fragment
    LinePos first;
};

}  // namespace

struct Assembler::Impl {
    AssemblerOptions options;
    std::array<Slot, slot_count> slots{};
    std::size_t active = 0;
    std::uint64_t sentences = 0;

    std::array<Notice, notice_capacity> notices{};
    std::size_t notice_head = 0;
    std::size_t notice_size = 0;

    std::optional<std::int64_t> wrapper_ms;  // a Gatehouse time waiting for its sentence
    LinePos wrapper_pos;

    NmeaPayload out;
    std::array<char, max_armored> out_chars{};
    std::array<char, max_tag> out_tag{};
    std::array<char, max_trailer> out_trailer{};
    std::array<char, 2> out_talker{};

    void notice(NmeaError error, LinePos where) noexcept {
        if (notice_size == notices.size()) return;  // cannot happen: at most every slot + 2 per feed
        notices[(notice_head + notice_size++) % notices.size()] = {error, where};
    }

    void abandon(Slot& slot, NmeaError why) noexcept {
        notice(why, slot.first);
        slot.active = false;
        --active;
    }

    void expire(std::optional<std::int64_t> now_ms) noexcept;
    Slot* find(char key, int sequence_id) noexcept;
    Slot& allocate() noexcept;
    Result<bool, NmeaError> feed_vdm(const detail::SentenceView& parts, LinePos pos) noexcept;
    Result<bool, NmeaError> single(const detail::VdmFields& fields, const detail::SentenceView& parts,
                                   std::optional<std::int64_t> t_ms, LinePos first, LinePos pos) noexcept;
    Result<bool, NmeaError> fragment(const detail::VdmFields& fields, const detail::SentenceView& parts,
                                     std::optional<std::int64_t> t_ms, LinePos first, LinePos pos) noexcept;
    void start(Slot& slot, const detail::VdmFields& fields, std::optional<std::int64_t> t_ms,
               LinePos first) noexcept;
    bool append(Slot& slot, const detail::VdmFields& fields, const detail::SentenceView& parts,
                std::optional<std::int64_t> t_ms) noexcept;
    void emit(Slot& slot, const detail::VdmFields& last, std::string_view trailer, LinePos pos) noexcept;
};

void Assembler::Impl::expire(std::optional<std::int64_t> now_ms) noexcept {
    for (Slot& slot : slots) {
        if (!slot.active) continue;
        const bool too_many = sentences - slot.last_sentence > options.max_age_sentences;
        const bool too_old = now_ms && slot.last_ms && *now_ms - *slot.last_ms > options.max_age_ms;
        if (too_many || too_old) abandon(slot, NmeaError::fragment_timeout);
    }
}

Slot* Assembler::Impl::find(char key, int sequence_id) noexcept {
    if (active == 0) return nullptr;
    for (Slot& slot : slots) {
        if (slot.active && slot.key_channel == key && slot.sequence_id == sequence_id) return &slot;
    }
    return nullptr;
}

Slot& Assembler::Impl::allocate() noexcept {
    Slot* oldest = &slots[0];
    for (Slot& slot : slots) {
        if (!slot.active) return slot;
        if (slot.last_sentence < oldest->last_sentence) oldest = &slot;
    }
    abandon(*oldest, NmeaError::fragment_timeout);  // more live keys than slots: drop the stalest
    return *oldest;
}

void Assembler::Impl::start(Slot& slot, const detail::VdmFields& fields, std::optional<std::int64_t> t_ms,
                            LinePos first) noexcept {
    slot.active = true;
    ++active;
    slot.key_channel = channel_key(fields.channel);
    slot.sequence_id = fields.sequence_id;
    slot.total = fields.count;
    slot.next = 1;
    slot.offset[0] = 0;
    slot.has_tag = false;
    slot.tag_size = 0;
    copy_into(slot.talker, fields.talker);
    slot.own_ship = fields.own_ship;
    slot.channel = fields.channel;
    slot.t_unix_ms = t_ms;
    slot.last_ms.reset();
    slot.first = first;
}

/// Adds the next fragment; false when the payload would not fit.
bool Assembler::Impl::append(Slot& slot, const detail::VdmFields& fields, const detail::SentenceView& parts,
                             std::optional<std::int64_t> t_ms) noexcept {
    const std::size_t begin = slot.offset[slot.next - 1];
    if (begin + fields.payload.size() > slot.chars.size()) return false;
    std::memcpy(slot.chars.data() + begin, fields.payload.data(), fields.payload.size());
    slot.offset[slot.next] = static_cast<std::uint16_t>(begin + fields.payload.size());
    ++slot.next;
    if (!slot.has_tag && !parts.tag_block.empty() && parts.tag_checksum_ok) {
        if (parts.tag_block.size() <= slot.tag.size()) {
            slot.tag_size = copy_into(slot.tag, parts.tag_block);
            slot.has_tag = true;
        } else {
            notice(NmeaError::bad_tag_block, slot.first);
        }
    }
    if (!slot.t_unix_ms) slot.t_unix_ms = t_ms;
    if (t_ms) slot.last_ms = t_ms;
    slot.last_sentence = sentences;
    return true;
}

void Assembler::Impl::emit(Slot& slot, const detail::VdmFields& last, std::string_view trailer,
                           LinePos pos) noexcept {
    const std::size_t size = slot.offset[slot.total];
    std::memcpy(out_chars.data(), slot.chars.data(), size);
    out = NmeaPayload{};
    out.armored = {out_chars.data(), size};
    out.fill_bits = last.fill_bits;
    out.channel = slot.channel;
    std::memcpy(out_talker.data(), slot.talker.data(), 2);
    out.talker = {out_talker.data(), 2};
    out.own_ship = slot.own_ship;
    out.fragment_count = slot.total;
    out.sequence_id = slot.sequence_id;
    if (slot.has_tag) {
        std::memcpy(out_tag.data(), slot.tag.data(), slot.tag_size);
        out.tag.present = true;
        if (!detail::parse_tag_block({out_tag.data(), slot.tag_size}, out.tag)) {
            notice(NmeaError::bad_tag_block, slot.first);
        }
    }
    out.t_unix_ms = slot.t_unix_ms;
    out.trailer = {out_trailer.data(), copy_into(out_trailer, trailer)};
    out.first = slot.first;
    out.last = pos;
    slot.active = false;
    --active;
}

Result<bool, NmeaError> Assembler::Impl::single(const detail::VdmFields& fields,
                                                const detail::SentenceView& parts,
                                                std::optional<std::int64_t> t_ms, LinePos first,
                                                LinePos pos) noexcept {
    if (fields.payload.size() > max_armored) return unexpected(NmeaError::payload_too_long);
    out = NmeaPayload{};
    out.armored = fields.payload;
    out.fill_bits = fields.fill_bits;
    out.channel = fields.channel;
    out.talker = fields.talker;
    out.own_ship = fields.own_ship;
    out.sequence_id = fields.sequence_id;
    if (!parts.tag_block.empty() && parts.tag_checksum_ok) {
        out.tag.present = true;
        if (!detail::parse_tag_block(parts.tag_block, out.tag)) notice(NmeaError::bad_tag_block, pos);
    }
    out.t_unix_ms = t_ms;
    out.trailer = parts.trailer;
    out.first = first;
    out.last = pos;
    return true;
}

Result<bool, NmeaError> Assembler::Impl::fragment(const detail::VdmFields& fields,
                                                  const detail::SentenceView& parts,
                                                  std::optional<std::int64_t> t_ms, LinePos first,
                                                  LinePos pos) noexcept {
    Slot* slot = find(channel_key(fields.channel), fields.sequence_id);
    if (slot != nullptr && slot->total != fields.count) {
        abandon(*slot, NmeaError::missing_fragment);
        slot = nullptr;
    }
    if (slot != nullptr && fields.number < slot->next) {
        // Fragment already held: an identical copy is a duplicate (relays repeat sentences); anything else
        // means a new message reused the channel and id before the old one completed.
        const std::string_view held(slot->chars.data() + slot->offset[fields.number - 1],
                                    slot->offset[fields.number] - slot->offset[fields.number - 1]);
        if (held == fields.payload) return unexpected(NmeaError::duplicate_fragment);
        abandon(*slot, NmeaError::missing_fragment);
        slot = nullptr;
    }
    if (slot == nullptr) {
        if (fields.number != 1) return unexpected(NmeaError::orphan_fragment);
        slot = &allocate();
        start(*slot, fields, t_ms, first);
    } else if (fields.number > slot->next) {
        abandon(*slot, NmeaError::missing_fragment);
        return unexpected(NmeaError::out_of_order_fragment);
    }
    if (!append(*slot, fields, parts, t_ms)) {
        abandon(*slot, NmeaError::payload_too_long);
        return false;
    }
    if (slot->next <= slot->total) return false;
    emit(*slot, fields, parts.trailer, pos);
    return true;
}

Result<bool, NmeaError> Assembler::Impl::feed_vdm(const detail::SentenceView& parts, LinePos pos) noexcept {
    // A Gatehouse wrapper dates the sentence right after it, whatever that sentence turns out to be.
    std::optional<std::int64_t> t_ms = wrapper_ms;
    const LinePos first = wrapper_ms ? wrapper_pos : pos;
    wrapper_ms.reset();
    const auto fields = detail::parse_vdm(parts.sentence, parts.address);
    if (!fields) return unexpected(fields.error());
    ++sentences;
    if (!parts.tag_block.empty() && !parts.tag_checksum_ok) notice(NmeaError::bad_tag_checksum, pos);
    if (!t_ms && !parts.tag_block.empty() && parts.tag_checksum_ok) {
        TagBlockView tag;
        (void)detail::parse_tag_block(parts.tag_block, tag);
        if (tag.time) t_ms = detail::tag_time_to_ms(*tag.time);
    }
    if (active > 0) expire(t_ms);
    if (fields->count == 1) return single(*fields, parts, t_ms, first, pos);
    return fragment(*fields, parts, t_ms, first, pos);
}

Assembler::Assembler(AssemblerOptions options) : m_impl(std::make_unique<Impl>()) {
    m_impl->options = options;
}
Assembler::~Assembler() = default;
Assembler::Assembler(Assembler&&) noexcept = default;
Assembler& Assembler::operator=(Assembler&&) noexcept = default;

Result<bool, NmeaError> Assembler::feed(std::string_view line, LinePos pos) noexcept {
    Impl& impl = *m_impl;
    const auto parts = detail::split_line(line, impl.options.max_line_length, impl.options.verify_checksum);
    if (!parts) return unexpected(parts.error());
    if (!parts->checksum_ok) impl.notice(NmeaError::bad_checksum, pos);
    if (detail::is_vdm(parts->address)) return impl.feed_vdm(*parts, pos);
    // $PGHP: only type 1 (reception time) matters; other Gatehouse types are skipped like GNSS.
    const auto time = detail::parse_gatehouse_time(parts->sentence);
    if (!time) return unexpected(NmeaError::not_ais);
    if (impl.wrapper_ms) impl.notice(NmeaError::dangling_wrapper, impl.wrapper_pos);
    impl.wrapper_ms = time;
    impl.wrapper_pos = pos;
    return false;
}

const NmeaPayload& Assembler::payload() const noexcept {
    return m_impl->out;
}

bool Assembler::next_notice(Notice& out) noexcept {
    Impl& impl = *m_impl;
    if (impl.notice_size == 0) return false;
    out = impl.notices[impl.notice_head];
    impl.notice_head = (impl.notice_head + 1) % impl.notices.size();
    --impl.notice_size;
    return true;
}

void Assembler::finish() noexcept {
    Impl& impl = *m_impl;
    for (Slot& slot : impl.slots) {
        if (slot.active) impl.abandon(slot, NmeaError::missing_fragment);
    }
    if (impl.wrapper_ms) impl.notice(NmeaError::dangling_wrapper, impl.wrapper_pos);
    impl.wrapper_ms.reset();
}

std::size_t Assembler::pending() const noexcept {
    return m_impl->active;
}

}  // namespace cp::ais
