// SPDX-License-Identifier: Apache-2.0
// `lists update` against a local HTTP server (cpp-httplib on 127.0.0.1, an ephemeral port, short timeouts)
// serving real list files, then truncated, corrupt, shrunken and cut-off versions of them: a bad download
// never replaces the good set, conditional GETs avoid downloads, and one previous version is kept.
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include "io/http.hpp"
#include "io/io.hpp"
#include "lists/update.hpp"
#include "test_data.hpp"

namespace cp::lists {
namespace {

namespace fs = std::filesystem;

// Serves files from a map the test changes; honours If-None-Match; "/cut/..." promises more bytes than it
// sends.
class ListServer {
public:
    ListServer() {
        m_server.set_read_timeout(5, 0);
        m_server.set_write_timeout(5, 0);
        m_server.Get(R"(/files/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(m_mutex);
            const auto it = m_files.find(req.matches[1]);
            if (it == m_files.end()) {
                res.status = 404;
                return;
            }
            const std::string etag = "\"" + io::sha256_hex(it->second).substr(0, 16) + "\"";
            if (req.get_header_value("If-None-Match") == etag) {
                ++m_not_modified;
                res.status = 304;
                return;
            }
            res.set_header("ETag", etag);
            res.set_content(it->second, "text/plain");
        });
        m_server.Get(R"(/cut/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::string body;
            {
                std::lock_guard lock(m_mutex);
                body = m_files[req.matches[1]];
            }
            res.set_content_provider(body.size(), "text/plain",
                                     [body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                         if (offset >= body.size() / 2) return false;  // connection drops
                                         sink.write(body.data() + offset, body.size() / 2 - offset);
                                         return true;
                                     });
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        // bind_to_any_port() already listens: requests queue until the loop below accepts them.
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ListServer(const ListServer&) = delete;
    ListServer& operator=(const ListServer&) = delete;
    ListServer(ListServer&&) = delete;
    ListServer& operator=(ListServer&&) = delete;
    ~ListServer() {
        m_server.stop();
        m_thread.join();
    }
    void put(const std::string& name, std::string content) {
        std::lock_guard lock(m_mutex);
        m_files[name] = std::move(content);
    }
    [[nodiscard]] std::string url(const std::string& path) const {
        return "http://127.0.0.1:" + std::to_string(m_port) + path;
    }
    [[nodiscard]] int not_modified() const { return m_not_modified.load(); }

private:
    httplib::Server m_server;
    std::mutex m_mutex;
    std::map<std::string, std::string> m_files;
    std::atomic<int> m_not_modified{0};
    int m_port = 0;
    std::thread m_thread;
};

class ListsUpdate : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("cp_lists_update_" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        m_sdn = io::read_file(test::shared_data("lists/ofac/sdn_2024-05-03_jackdwyer/sdn.csv").string());
        m_alt = io::read_file(test::shared_data("lists/ofac/watchman_2025-02/alt.csv").string());
        m_un = io::read_file(test::shared_data("lists/un/UN_consolidated.xml").string());
        m_server.put("sdn.csv", m_sdn);
        m_server.put("alt.csv", m_alt);
        m_server.put("un.xml", m_un);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    UpdateConfig config(const std::string& sdn_path = "/files/sdn.csv",
                        const std::string& un_path = "/files/un.xml") {
        const std::string json = R"({"sources":[{"key":"ofac-sdn","files":[{"name":"sdn.csv","url":")" +
                                 m_server.url(sdn_path) + R"("},{"name":"alt.csv","url":")" +
                                 m_server.url("/files/alt.csv") +
                                 R"("}]},{"key":"un","files":[{"name":"UN_consolidated.xml","url":")" +
                                 m_server.url(un_path) + R"("}]}]})";
        return parse_update_config(json, "test-config.json");
    }
    std::vector<UpdateOutcome> update(const UpdateConfig& cfg) {
        UpdateOptions options;
        options.timeout_s = 10;
        return update_lists(m_dir, cfg, options);
    }
    std::size_t loaded() { return load_directory(m_dir).entities.size(); }

    ListServer m_server;
    fs::path m_dir;
    std::string m_sdn, m_alt, m_un;
};

constexpr std::size_t good_total = 14965 + 1003;

TEST_F(ListsUpdate, InstallsAGoodSetThenSkipsUnchangedFilesWithConditionalRequests) {
    auto outcomes = update(config());
    ASSERT_EQ(outcomes.size(), 2u);
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::updated) << outcomes[0].message;
    EXPECT_EQ(outcomes[0].entities, 14965u);
    EXPECT_EQ(outcomes[1].status, UpdateOutcome::Status::updated) << outcomes[1].message;
    EXPECT_TRUE(fs::is_symlink(m_dir / "ofac-sdn"));
    EXPECT_EQ(loaded(), good_total);
    outcomes = update(config());
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::unchanged);
    EXPECT_EQ(outcomes[1].status, UpdateOutcome::Status::unchanged);
    EXPECT_EQ(m_server.not_modified(), 3);  // sdn.csv, alt.csv, un.xml
    EXPECT_EQ(loaded(), good_total);
}

TEST_F(ListsUpdate, KeepsTheGoodSetWhenADownloadIsTruncatedOrCorrupt) {
    ASSERT_EQ(update(config())[0].status, UpdateOutcome::Status::updated);
    const fs::path good = fs::canonical(m_dir / "ofac-sdn");
    // Cut inside a quoted Remarks field: the CSV reader finds the unterminated quote.
    const std::size_t cut = m_sdn.find("Vessel Registration Identification IMO 9187629");
    m_server.put("sdn.csv", m_sdn.substr(0, cut));
    m_server.put("un.xml", m_un.substr(0, m_un.size() / 3));
    auto outcomes = update(config());
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::failed);
    EXPECT_NE(outcomes[0].message.find("sdn.csv:"), std::string::npos) << outcomes[0].message;
    EXPECT_NE(outcomes[0].message.find("unterminated"), std::string::npos) << outcomes[0].message;
    EXPECT_EQ(outcomes[1].status, UpdateOutcome::Status::failed);
    EXPECT_NE(outcomes[1].message.find("malformed XML"), std::string::npos) << outcomes[1].message;
    EXPECT_EQ(fs::canonical(m_dir / "ofac-sdn"), good);
    EXPECT_EQ(loaded(), good_total);
    // Corrupt bytes (Latin-1 in a name) and a wrong column set.
    std::string corrupt = m_sdn;
    corrupt[corrupt.find("AEROCARIBBEAN")] = '\xC9';
    m_server.put("sdn.csv", corrupt);
    EXPECT_NE(update(config())[0].message.find("invalid UTF-8"), std::string::npos);
    m_server.put("sdn.csv", "a,b,c\n1,2,3\n");
    EXPECT_NE(update(config())[0].message.find("expected 12 columns"), std::string::npos);
    EXPECT_EQ(fs::canonical(m_dir / "ofac-sdn"), good);
    EXPECT_EQ(loaded(), good_total);
    // Nothing of the failed attempts is left behind.
    for (const auto& entry : fs::directory_iterator(m_dir / ".versions" / "ofac-sdn")) {
        EXPECT_EQ(entry.path().filename().string().find(".staging"), std::string::npos);
    }
}

TEST_F(ListsUpdate, RejectsAListThatParsesButShrankByMoreThanHalf) {
    ASSERT_EQ(update(config())[0].status, UpdateOutcome::Status::updated);
    // Cut at a record boundary: valid CSV, a third of the entities.
    m_server.put("sdn.csv", m_sdn.substr(0, m_sdn.find('\n', m_sdn.size() / 3) + 1));
    const auto outcome = update(config())[0];
    EXPECT_EQ(outcome.status, UpdateOutcome::Status::failed);
    EXPECT_NE(outcome.message.find("down from 14965"), std::string::npos) << outcome.message;
    EXPECT_EQ(outcome.entities, 14965u);
    EXPECT_EQ(loaded(), good_total);
}

TEST_F(ListsUpdate, FailsCleanlyOnHttpErrorsAndDroppedConnections) {
    ASSERT_EQ(update(config())[0].status, UpdateOutcome::Status::updated);
    auto outcomes = update(config("/files/missing.csv", "/cut/un.xml"));
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::failed);
    EXPECT_NE(outcomes[0].message.find("HTTP status 404"), std::string::npos) << outcomes[0].message;
    EXPECT_EQ(outcomes[1].status, UpdateOutcome::Status::failed);
    EXPECT_FALSE(outcomes[1].message.empty());
    EXPECT_EQ(loaded(), good_total);
}

TEST_F(ListsUpdate, SwapsInANewGoodVersionAndKeepsThePreviousOne) {
    ASSERT_EQ(update(config())[0].status, UpdateOutcome::Status::updated);
    const fs::path first = fs::canonical(m_dir / "ofac-sdn");
    // A newer list: one entity fewer.
    m_server.put("sdn.csv", m_sdn.substr(m_sdn.find('\n') + 1));
    const auto outcome = update(config())[0];
    EXPECT_EQ(outcome.status, UpdateOutcome::Status::updated) << outcome.message;
    EXPECT_EQ(outcome.entities, 14964u);
    EXPECT_NE(fs::canonical(m_dir / "ofac-sdn"), first);
    EXPECT_TRUE(fs::exists(first));  // last good version kept
    EXPECT_EQ(loaded(), good_total - 1);
}

TEST_F(ListsUpdate, InstallsTheUkOdsAndKeepsItWhenTheNextDownloadIsCorrupt) {
    const std::string ods =
        io::read_file(test::shared_data("lists/uk/FCDO_UK_Sanctions_List_2025-08-11.ods").string());
    m_server.put("uk.ods", ods);
    const UpdateConfig cfg = parse_update_config(
        R"({"sources":[{"key":"uk","min_entities":3000,"files":[{"name":"UK-Sanctions-List.ods","url":")" +
            m_server.url("/files/uk.ods") + R"("}]}]})",
        "uk.json");
    auto outcomes = update(cfg);
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::updated) << outcomes[0].message;
    EXPECT_EQ(outcomes[0].entities, 5302u);  // as the .ods and the CSV made from it hold (test_uk_ods.cpp)
    // A zip cut in half is not a spreadsheet: the good version stays.
    m_server.put("uk.ods", ods.substr(0, ods.size() / 2));
    outcomes = update(cfg);
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::failed);
    EXPECT_EQ(loaded(), 5302u);
}

TEST_F(ListsUpdate, ValidatesTheEuXmlWithItsLoaderAndKeepsItWhenTheNextDownloadIsCut) {
    const std::string xml =
        io::read_file(test::source_file("tests/unit/lists/data/eu/xmlFullSanctionsList_1_1.xml").string());
    m_server.put("eu.xml", xml);
    const UpdateConfig cfg = parse_update_config(
        R"({"sources":[{"key":"eu","min_entities":3,"files":[{"name":"xmlFullSanctionsList_1_1.xml","url":")" +
            m_server.url("/files/eu.xml") + R"("}]}]})",
        "eu.json");
    auto outcomes = update(cfg);
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::updated) << outcomes[0].message;
    EXPECT_EQ(outcomes[0].entities, 3u);
    EXPECT_EQ(loaded(), 3u);  // load_directory finds it again by sniffing
    m_server.put("eu.xml", xml.substr(0, xml.size() / 2));
    outcomes = update(cfg);
    EXPECT_EQ(outcomes[0].status, UpdateOutcome::Status::failed);
    EXPECT_NE(outcomes[0].message.find("malformed XML"), std::string::npos) << outcomes[0].message;
    EXPECT_EQ(loaded(), 3u);
}

TEST(ListsUpdateConfig, BundledConfigEqualsTheBuiltInOneAndNamesOfficialHosts) {
    const std::string bundled = io::read_file(test::source_file("data/lists-sources.json").string());
    EXPECT_EQ(bundled, default_update_config_json());
    const UpdateConfig config = parse_update_config(bundled, "lists-sources.json");
    ASSERT_EQ(config.sources.size(), 7u);
    EXPECT_EQ(config.sources[0].key, "ofac-sdn");
    EXPECT_EQ(config.sources[0].files.size(), 4u);
    for (const SourceConfig& source : config.sources) {
        for (const SourceFile& file : source.files) EXPECT_EQ(file.url.rfind("https://", 0), 0u) << file.url;
    }
}

TEST(ListsUpdateConfig, RejectsUnknownKeysBadNamesAndBrokenJson) {
    EXPECT_THROW((void)parse_update_config(R"({"sources":[{"key":"interpol","files":[]}]})", "c.json"),
                 InputError);
    EXPECT_THROW((void)parse_update_config(
                     R"({"sources":[{"key":"un","files":[{"name":"../x","url":"http://a"}]}]})", "c.json"),
                 InputError);
    EXPECT_THROW((void)parse_update_config("{\"sources\":[", "c.json"), InputError);
}

}  // namespace
}  // namespace cp::lists
