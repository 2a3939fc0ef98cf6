// SPDX-License-Identifier: Apache-2.0
// Findings as JSON lines (one object per order), CSV (one row per finding) and a self-contained HTML report
// (inline CSS, no scripts, no external resources) that a compliance officer can print or file.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "screen/screen.hpp"

namespace cp::screen {

using text::csv_quote;

namespace {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

constexpr std::string_view style = R"(
body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;font-size:90%}th{background:#eee;text-align:left}
.high{background:#f8d0d0}.medium{background:#fbe8c0}.low{background:#eef4d8}h2{margin-top:1.5em}
.note{color:#555;font-size:85%})";

}  // namespace

std::string to_jsonl(const OrderResult& result) {
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& finding : result.findings) {
        findings.push_back({{"kind", to_string(finding.kind)},
                            {"id", finding.id},
                            {"risk", to_string(finding.risk)},
                            {"subject", finding.subject},
                            {"evidence", finding.evidence},
                            {"source", finding.source},
                            {"line", finding.line}});
    }
    const nlohmann::json doc = {{"kind", "order_screening"},
                                {"order_id", result.order_id},
                                {"order_date", result.order_date},
                                {"customer", result.customer},
                                {"destination_country", result.destination_country},
                                {"line", result.first_line},
                                {"lines", result.line_count},
                                {"risk", to_string(result.risk)},
                                {"findings", std::move(findings)}};
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string csv_header() {
    return "order_id,order_date,customer,order_risk,kind,id,risk,subject,evidence,source,line\n";
}

std::string to_csv_rows(const OrderResult& result) {
    std::string out;
    for (const Finding& finding : result.findings) {
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", csv_quote(result.order_id),
                           csv_quote(result.order_date), csv_quote(result.customer), to_string(result.risk),
                           to_string(finding.kind), csv_quote(finding.id), to_string(finding.risk),
                           csv_quote(finding.subject), csv_quote(finding.evidence), csv_quote(finding.source),
                           finding.line);
    }
    return out;
}

std::string to_html(const std::vector<OrderResult>& flagged, const Summary& summary,
                    const std::vector<RejectedRow>& rejected, std::string_view title) {
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>"
                    "<style>{}</style></head><body>\n<h1>{}</h1>\n",
                    html_escape(title), style, html_escape(title));
    out += fmt::format(
        "<table><tr><th>orders</th><th>order lines</th><th>rejected rows</th><th>high</th>"
        "<th>medium</th><th>low</th><th>clear</th><th>findings</th></tr><tr><td>{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></table>\n",
        summary.orders, summary.lines, summary.rejected_rows, summary.by_risk[3], summary.by_risk[2],
        summary.by_risk[1], summary.by_risk[0], summary.findings);
    out += "<p class=\"note\">Findings are leads for review by a compliance officer, not determinations. "
           "Name and address matches are fuzzy; check identifiers and addresses before acting.</p>\n";
    for (const OrderResult& result : flagged) {
        out +=
            fmt::format("<h2 class=\"{}\">Order {} &mdash; {} &mdash; risk {}</h2>\n<p>{} to {}, {} line(s), "
                        "input line {}</p>\n<table><tr><th>risk</th><th>kind</th><th>id</th><th>subject</th>"
                        "<th>evidence</th><th>source</th></tr>\n",
                        to_string(result.risk), html_escape(result.order_id), html_escape(result.order_date),
                        to_string(result.risk), html_escape(result.customer),
                        html_escape(result.destination_country), result.line_count, result.first_line);
        for (const Finding& finding : result.findings) {
            out += fmt::format(
                "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                "</tr>\n",
                to_string(finding.risk), to_string(finding.risk), to_string(finding.kind),
                html_escape(finding.id), html_escape(finding.subject), html_escape(finding.evidence),
                html_escape(finding.source));
        }
        out += "</table>\n";
    }
    if (!rejected.empty()) {
        out += "<h2>Rejected rows</h2>\n<table><tr><th>line</th><th>error</th><th>text</th></tr>\n";
        for (const RejectedRow& row : rejected) {
            out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", row.line, to_string(row.error),
                               html_escape(row.text));
        }
        out += "</table>\n";
    }
    return out + "</body></html>\n";
}

}  // namespace cp::screen
