// SPDX-License-Identifier: Apache-2.0
// `chokepoint match --lists DIR "NAME"` / `--queries FILE.csv`: top-k listed entities for names, with scores
// and why (JSON lines or CSV; batches on every core). `chokepoint names compare --pairs FILE.csv`: scores
// pairs of names, writing each row plus `score,match`. Matching itself is src/match (match.hpp).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/io.hpp"
#include "list_index.hpp"
#include "lists/lists.hpp"
#include "match/match.hpp"

namespace cp::app {

namespace {

struct MatchCommand {
    std::string lists_dir;
    std::string name;
    std::string queries_file;
    std::string schema;
    std::string format = "jsonl";
    std::string country;
    std::string birth_date;
    std::size_t top_k = 10;
    double threshold = match::default_threshold;
    unsigned threads = 0;
    bool progress = true;
};

struct CompareCommand {
    std::string pairs_file;
    double threshold = match::default_threshold;
    bool explain = false;  // a why column: which token met which, how, and what it added
};

/// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
std::vector<std::string> csv_fields(std::string_view line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t pos = 0; pos < line.size(); ++pos) {
        const char c = line[pos];
        if (quoted) {
            if (c != '"')
                out.back() += c;
            else if (pos + 1 < line.size() && line[pos + 1] == '"')
                out.back() += '"', ++pos;
            else
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

std::optional<lists::Schema> schema_option(const std::string& text) {
    if (text.empty()) return std::nullopt;
    const auto schema = lists::parse_schema(text);
    if (!schema) throw UsageError("unknown --schema '" + text + "' (Person, Company, Vessel, Airplane)");
    return schema;
}

struct QueryRow {
    std::string name;
    match::MatchOptions options;
};

// The links the lists state for the hit's entity (OFAC "Linked To", FtM Ownership...): an investigator's
// next step from a hit. "to" when the entity's record names the other party, "from" when the other names it.
nlohmann::json links_json(const ListIndex& loaded, const lists::Entity& entity) {
    nlohmann::json links = nlohmann::json::array();
    for (const lists::Relation* relation : loaded.links_of(entity.id)) {
        const bool outgoing = relation->from_id == entity.id;
        const std::string& other = outgoing ? relation->to_id : relation->from_id;
        nlohmann::json link = {
            {"kind", relation->kind}, {"direction", outgoing ? "to" : "from"}, {"id", other}};
        const std::string_view name = other.empty() ? std::string_view{} : loaded.name_of(other);
        link["name"] = name.empty() ? relation->to_name : std::string(name);
        links.push_back(std::move(link));
    }
    return links;
}

nlohmann::json hit_json(const ListIndex& loaded, const match::Hit& hit) {
    const lists::Entity& entity = loaded.entities.entities[hit.entity_index];
    nlohmann::json tokens = nlohmann::json::array();
    for (const auto& part : hit.why.tokens) {
        tokens.push_back({{"query", part.query_token},
                          {"list", part.list_token},
                          {"method", match::to_string(part.method)},
                          {"similarity", part.similarity},
                          {"weight", part.weight},
                          {"contribution", part.contribution}});
    }
    nlohmann::json qualifiers = nlohmann::json::array();
    for (const auto& q : hit.why.qualifiers) qualifiers.push_back({{"what", q.what}, {"delta", q.delta}});
    return {{"id", entity.id},
            {"schema", lists::to_string(entity.schema)},
            {"name", entity.first(lists::Prop::name).value_or("")},
            {"matched", hit.matched_name},
            {"matched_prop", lists::to_string(hit.matched_prop)},
            {"score", std::round(hit.score * 10000.0) / 10000.0},
            {"why",
             {{"summary", hit.why.summary()},
              {"query_form", hit.why.query_form},
              {"list_form", hit.why.list_form},
              {"tokens", tokens},
              {"qualifiers", qualifiers}}},
            {"links", links_json(loaded, entity)}};
}

std::string answer(const ListIndex& loaded, const QueryRow& row, const std::string& format) {
    const match::Index& index = loaded.index;
    const auto hits = index.query(row.name, row.options);
    if (format == "csv") {
        if (!hits)
            return fmt::format("{},,,,,,{}\n", text::csv_quote(row.name),
                               text::csv_quote(match::to_string(hits.error())));
        std::string out;
        for (std::size_t rank = 0; rank < hits->size(); ++rank) {
            const auto& hit = (*hits)[rank];
            const auto& entity = index.entities().entities[hit.entity_index];
            out +=
                fmt::format("{},{},{},{},{},{:.4f},{}\n", text::csv_quote(row.name), rank + 1,
                            text::csv_quote(entity.id), lists::to_string(entity.schema),
                            text::csv_quote(hit.matched_name), hit.score, text::csv_quote(hit.why.summary()));
        }
        return out;
    }
    nlohmann::json out = {{"query", row.name}};
    if (!hits) {
        out["error"] = match::to_string(hits.error());
    } else {
        out["hits"] = nlohmann::json::array();
        for (const auto& hit : *hits) out["hits"].push_back(hit_json(loaded, hit));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Whether a first field names its column ("name", "Name", " NAME "): spreadsheets capitalise headers.
// `names` are upper case.
bool is_header(std::string_view field, std::initializer_list<std::string_view> names) {
    const std::string upper = text::to_upper_ascii(text::trim(field));
    return std::find(names.begin(), names.end(), upper) != names.end();
}

// Reads a CSV file's lines as UTF-8. A line that is not UTF-8 is most likely from a spreadsheet's "ANSI" CSV:
// read as Windows-1252 rather than dropping its accented letters (JOSÉ MUÑOZ screened as "JOS MU OZ"), and
// said on stderr (the first such line, then how many).
class Utf8Lines {
public:
    explicit Utf8Lines(std::string path) : m_path(std::move(path)), m_content(io::read_file(m_path)) {}
    Utf8Lines(const Utf8Lines&) = delete;
    Utf8Lines& operator=(const Utf8Lines&) = delete;
    ~Utf8Lines() {
        if (m_recoded > 1)
            fmt::print(stderr, "chokepoint: {}: {} lines read as Windows-1252\n", m_path, m_recoded);
    }

    /// The next line (text valid until the next call) and where it is; false at the end.
    bool next(io::LineView& line) {
        if (!m_cursor.next(line)) return false;
        if (text::valid_utf8(line.text)) return true;
        if (m_recoded++ == 0) {
            fmt::print(stderr, "chokepoint: {}:{} (byte {}): not UTF-8; read as Windows-1252 (Latin-1)\n",
                       m_path, line.number, line.byte_offset);
        }
        m_recoded_line = text::windows1252_to_utf8(line.text);
        line.text = m_recoded_line;
        return true;
    }

private:
    std::string m_path;
    std::string m_content;
    io::LineCursor m_cursor{m_content};
    std::size_t m_recoded = 0;
    std::string m_recoded_line;
};

std::vector<QueryRow> read_queries(const MatchCommand& cmd, const match::MatchOptions& base) {
    std::vector<QueryRow> rows;
    if (!cmd.name.empty()) rows.push_back({cmd.name, base});
    if (cmd.queries_file.empty()) return rows;
    Utf8Lines lines(cmd.queries_file);
    io::LineView line;
    while (lines.next(line)) {
        const auto fields = csv_fields(line.text);
        if (line.number == 1 && is_header(fields[0], {"NAME", "QUERY"})) continue;
        if (fields[0].empty() && fields.size() == 1) continue;
        QueryRow row{fields[0], base};
        if (fields.size() > 1 && !fields[1].empty()) {
            row.options.schema = lists::parse_schema(fields[1]);
            if (!row.options.schema) {
                throw InputError({cmd.queries_file, line.number, line.byte_offset},
                                 "unknown schema '" + fields[1] + "'");
            }
        }
        if (fields.size() > 2 && !fields[2].empty()) row.options.country = fields[2];
        if (fields.size() > 3 && !fields[3].empty()) row.options.birth_date = fields[3];
        rows.push_back(std::move(row));
    }
    return rows;
}

int run_match(const MatchCommand& cmd) {
    if (cmd.name.empty() == cmd.queries_file.empty())
        throw UsageError("give either a NAME or --queries FILE.csv");
    match::MatchOptions base;
    base.schema = schema_option(cmd.schema);
    base.top_k = cmd.top_k;
    base.threshold = cmd.threshold;
    if (!cmd.country.empty()) base.country = cmd.country;
    if (!cmd.birth_date.empty()) base.birth_date = cmd.birth_date;
    const auto rows = read_queries(cmd, base);
    const ListIndex loaded(cmd.lists_dir);
    if (cmd.format == "csv") std::fputs("query,rank,entity_id,schema,matched_name,score,why\n", stdout);
    std::vector<std::string> answers(rows.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    const unsigned hw = std::max(1U, std::thread::hardware_concurrency());
    const unsigned workers = static_cast<unsigned>(
        std::min<std::size_t>(cmd.threads != 0 ? cmd.threads : hw, std::max<std::size_t>(rows.size(), 1)));
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            for (std::size_t idx = next++; idx < rows.size(); idx = next++) {
                answers[idx] = answer(loaded, rows[idx], cmd.format);
                ++done;
            }
        });
    }
    io::Progress progress("match", rows.size(), "names");
    progress.set_enabled(cmd.progress && rows.size() > 1);
    while (done.load() < rows.size()) {
        progress.update(done.load());
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    for (auto& thread : pool) thread.join();
    progress.finish(rows.size());
    for (const auto& text : answers) std::fputs(text.c_str(), stdout);
    return 0;
}

int run_compare(const CompareCommand& cmd) {
    Utf8Lines lines(cmd.pairs_file);
    io::LineView line;
    while (lines.next(line)) {
        const auto fields = csv_fields(line.text);
        if (line.number == 1 && is_header(fields[0], {"NAME1"})) {
            fmt::print("{},score,match{}\n", line.text, cmd.explain ? ",why" : "");
            continue;
        }
        if (line.text.empty()) continue;
        if (fields.size() < 2) {
            throw InputError({cmd.pairs_file, line.number, line.byte_offset},
                             "expected name1,name2[,schema]");
        }
        std::optional<lists::Schema> schema;
        if (fields.size() > 2 && !fields[2].empty()) schema = lists::parse_schema(fields[2]);
        const auto result = match::compare(fields[0], fields[1], schema);
        fmt::print("{},{:.4f},{}", line.text, result.score, result.score >= cmd.threshold ? "true" : "false");
        fmt::print("{}\n", cmd.explain ? "," + text::csv_quote(result.why.summary()) : std::string());
    }
    return 0;
}

}  // namespace

void register_match(CLI::App& app, Runner& run) {
    auto cmd = std::make_shared<MatchCommand>();  // shared with the runner, which outlives this call
    CLI::App* sub = app.add_subcommand("match", "Listed entities matching names, with scores and why");
    sub->add_option("--lists", cmd->lists_dir, "Folder of list files (see `lists`)")->required();
    sub->add_option("name", cmd->name, "Name to screen (any script)");
    sub->add_option("--queries", cmd->queries_file, "CSV of names: name[,schema[,country[,birth_date]]]");
    sub->add_option("--schema", cmd->schema, "Person, Company, Organization, Vessel or Airplane");
    sub->add_option("--top", cmd->top_k, "Hits per name")->capture_default_str();
    sub->add_option("--threshold", cmd->threshold, "Lowest score reported (0-1)")->capture_default_str();
    sub->add_option(
        "--country", cmd->country,
        "Qualifier: country of the party, code or name (+0.03 when listed, -0.05 when only others are)");
    sub->add_option("--birth-date", cmd->birth_date,
                    "Qualifier: birth date or year of the person (+0.05 in a listed year or range, nothing a "
                    "year from one, -0.15 further)");
    sub->add_option("--format", cmd->format, "jsonl or csv")->check(CLI::IsMember({"jsonl", "csv"}));
    sub->add_option("--threads", cmd->threads, "Worker threads (default: all cores)");
    sub->add_flag("!--no-progress", cmd->progress, "No progress bar");
    sub->callback([&run, cmd] { run = [cmd] { return run_match(*cmd); }; });
}

void register_names(CLI::App& app, Runner& run) {
    auto cmd = std::make_shared<CompareCommand>();
    CLI::App* names = app.add_subcommand("names", "Name utilities");
    names->require_subcommand(1);
    CLI::App* sub =
        names->add_subcommand("compare", "Scores pairs of names: name1,name2[,schema] -> +score,match");
    sub->add_option("--pairs", cmd->pairs_file, "CSV file of pairs ('-' for standard input)")->required();
    sub->add_option("--threshold", cmd->threshold, "Score from which a pair is a match")
        ->capture_default_str();
    sub->add_flag("--explain", cmd->explain, "Add a why column: the token pairs and what each added");
    sub->callback([&run, cmd] { run = [cmd] { return run_compare(*cmd); }; });
}

}  // namespace cp::app
