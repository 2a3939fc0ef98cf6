// SPDX-License-Identifier: Apache-2.0
// identity_change: one MMSI announcing a new name, call sign or IMO number (static data, types 5/19/24), and
// one IMO number announced under a new MMSI (re-flagging shows up so, since the MID of one MMSI cannot
// change). Empty, all-'@' and 0 values mean "not available" and never count as a change.
#include <string>

#include "core/text.hpp"
#include "track/detail/vessel_impl.hpp"

namespace cp::track {

using detail::VesselState;

namespace {

std::string_view clean(std::string_view text) {
    text = text::trim(text);
    if (text.find_first_not_of("@ ") == std::string_view::npos) return {};
    return text;
}

std::string json_string(std::string_view text) {
    Event scratch;
    scratch.add_detail("v", text);
    return scratch.details.front().second;
}

}  // namespace

Event VesselTracker::Impl::identity_event(std::uint32_t mmsi, const VesselState& v, std::string_view field,
                                          const std::string& old_value, const std::string& new_value,
                                          std::int64_t t_ms) const {
    Event event;
    event.kind = EventKind::identity_change;
    event.start_ms = t_ms;
    event.end_ms = t_ms;
    event.objects.push_back(object_ref(mmsi, v));
    if (v.has(detail::has_position)) {
        event.evidence.push_back(vessel_evidence(mmsi, v.pos, v.pos_ms, v.sog_kt(), "last position"));
    }
    event.rule = {"ais_identity_change", "AIS static data (ITU-R M.1371-5 types 5, 19, 24)", {}};
    event.add_detail("field", field);
    event.add_detail("old", old_value);
    event.add_detail("new", new_value);
    event.add_detail_json("change", json_string(old_value + " -> " + new_value));
    event.summary = "MMSI " + std::to_string(mmsi) + " changed its " + std::string(field) + " from " +
                    old_value + " to " + new_value;
    return event;
}

void VesselTracker::Impl::set_name(std::uint32_t mmsi, VesselState& v, std::string_view name,
                                   std::int64_t t_ms) {
    name = clean(name);
    if (name.empty()) return;
    const std::uint32_t id = strings.intern(name);
    if (id == v.name_id) return;
    const std::uint32_t old_id = v.name_id;
    v.name_id = id;
    if (old_id == 0) return;
    emit(identity_event(mmsi, v, "name", strings.get(old_id), strings.get(id), t_ms));
}

void VesselTracker::Impl::set_call_sign(std::uint32_t mmsi, VesselState& v, std::string_view call,
                                        std::int64_t t_ms) {
    call = clean(call);
    if (call.empty()) return;
    const std::uint32_t id = strings.intern(call);
    if (id == v.call_sign_id) return;
    const std::uint32_t old_id = v.call_sign_id;
    v.call_sign_id = id;
    if (old_id == 0) return;
    emit(identity_event(mmsi, v, "call_sign", strings.get(old_id), strings.get(id), t_ms));
}

void VesselTracker::Impl::set_imo(std::uint32_t mmsi, VesselState& v, std::uint32_t imo, std::int64_t t_ms) {
    // IMO numbers have 7 digits; senders put their MMSI or 1..999999 junk in the field now and then.
    if (imo < 1'000'000 || imo > 9'999'999) return;
    if (imo != v.imo) {
        const std::uint32_t old_imo = v.imo;
        v.imo = imo;
        if (old_imo != 0)
            emit(identity_event(mmsi, v, "imo", std::to_string(old_imo), std::to_string(imo), t_ms));
    }
    auto [it, created] = imo_owner.try_emplace(imo, mmsi);
    if (created || it->second == mmsi) return;
    const std::uint32_t old_mmsi = it->second;
    it->second = mmsi;
    // Two transponders announcing one IMO alternately would report on every swap: once per (old, new) pair.
    if (!imo_moves_reported.insert((std::uint64_t{old_mmsi} << 32) | mmsi).second) return;

    Event event = identity_event(mmsi, v, "mmsi", std::to_string(old_mmsi), std::to_string(mmsi), t_ms);
    event.add_detail("imo", std::to_string(imo));
    const auto old_vessel = vessels.find(old_mmsi);
    if (old_vessel != vessels.end()) {
        event.objects.push_back(object_ref(old_mmsi, old_vessel->second));
        event.start_ms = std::min(old_vessel->second.last_seen_ms, t_ms);
    }
    std::string old_flag;
    std::string new_flag;
    if (ctx.mid_flags != nullptr) {
        old_flag = std::string(ctx.mid_flags->flag(old_mmsi));
        new_flag = std::string(ctx.mid_flags->flag(mmsi));
    }
    const bool reflagged = !old_flag.empty() && !new_flag.empty() && old_flag != new_flag;
    event.add_detail("flag_changed", reflagged);
    if (reflagged) {
        event.add_detail("old_flag", old_flag);
        event.add_detail("new_flag", new_flag);
    }
    event.summary = "IMO " + std::to_string(imo) + " moved from MMSI " + std::to_string(old_mmsi) +
                    " to MMSI " + std::to_string(mmsi) +
                    (reflagged ? " (flag " + old_flag + " -> " + new_flag + ")" : "");
    emit(std::move(event));
}

}  // namespace cp::track
