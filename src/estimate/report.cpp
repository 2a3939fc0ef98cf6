// SPDX-License-Identifier: Apache-2.0
// Output of `chokepoint estimate`: a JSON document (stable field names, for scripts) and a text table.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "estimate/estimate.hpp"

namespace cp::estimate {

namespace {

constexpr double days_per_month = 30.436875;  // mean Gregorian month

template <class T>
nlohmann::json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json series_json(const SeriesEstimate& est) {
    nlohmann::json out = {
        {"series", est.series},
        {"observed", est.count},
        {"duplicates", est.duplicates},
        {"min_serial", est.min_serial},
        {"max_serial", est.max_serial},
        {"mvue", est.mvue},
        {"confidence", est.confidence},
        {"confidence_interval", {est.max_serial, est.confidence_upper}},
        {"credible_interval",
         est.credible_upper ? nlohmann::json{est.max_serial, *est.credible_upper} : nlohmann::json(nullptr)},
        {"prior", "improper uniform on N >= max_serial"},
        {"posterior_median", optional_json(est.posterior_median)},
        {"posterior_mean", optional_json(est.posterior_mean)},
    };
    nlohmann::json timeline = nlohmann::json::array();
    for (const TimelinePoint& point : est.timeline) {
        timeline.push_back({{"date", time::to_iso8601(point.t_unix_ms).substr(0, 10)},
                            {"observed", point.count},
                            {"max_serial", point.max_serial},
                            {"mvue", point.mvue}});
    }
    out["timeline"] = std::move(timeline);
    if (est.rate) {
        out["rate"] = {{"method", "least squares of serial on date"},
                       {"per_day", est.rate->per_day},
                       {"per_day_interval", {est.rate->per_day_lower, est.rate->per_day_upper}},
                       {"per_month", est.rate->per_day * days_per_month},
                       {"r_squared", est.rate->r_squared},
                       {"points", est.rate->points}};
    } else {
        out["rate"] = nullptr;
    }
    return out;
}

}  // namespace

std::string to_json(const std::vector<SeriesEstimate>& estimates, const SerialFile& input) {
    nlohmann::json doc;
    doc["series"] = nlohmann::json::array();
    for (const SeriesEstimate& est : estimates) doc["series"].push_back(series_json(est));
    doc["rows_used"] = input.observations.size();
    doc["rows_rejected"] = input.rejected.size();
    doc["rejected"] = nlohmann::json::array();
    for (const RejectedRow& row : input.rejected) {
        doc["rejected"].push_back({{"line", row.line}, {"error", to_string(row.error)}, {"text", row.text}});
    }
    return doc.dump(2) + "\n";
}

std::string to_text(const std::vector<SeriesEstimate>& estimates) {
    std::string out = fmt::format("{:<12} {:>6} {:>5} {:>10} {:>10} {:>18} {:>18} {:>18}\n", "series", "k",
                                  "dups", "max", "MVUE", "confidence", "credible", "rate/month");
    for (const SeriesEstimate& est : estimates) {
        const std::string confidence = fmt::format("[{}, {}]", est.max_serial, est.confidence_upper);
        const std::string credible =
            est.credible_upper ? fmt::format("[{}, {}]", est.max_serial, *est.credible_upper) : "-";
        const std::string rate =
            est.rate ? fmt::format("{:.1f} ({:.1f}..{:.1f})", est.rate->per_day * days_per_month,
                                   est.rate->per_day_lower * days_per_month,
                                   est.rate->per_day_upper * days_per_month)
                     : "-";
        out += fmt::format("{:<12} {:>6} {:>5} {:>10} {:>10.1f} {:>18} {:>18} {:>18}\n",
                           est.series.empty() ? "(none)" : est.series, est.count, est.duplicates,
                           est.max_serial, est.mvue, confidence, credible, rate);
    }
    if (!estimates.empty()) {
        out +=
            fmt::format("intervals at {:.0f}%: confidence = exact one-sided bound [m, U]; credible = highest "
                        "posterior density under the improper uniform prior on N\n",
                        estimates.front().confidence * 100);
    }
    return out;
}

}  // namespace cp::estimate
