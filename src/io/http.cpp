// SPDX-License-Identifier: Apache-2.0
// HTTP GET on libcurl (easy interface, one handle per request: `lists update` makes a handful of requests)
// and SHA-256 on OpenSSL's EVP interface.
#include "io/http.hpp"

#include <cctype>
#include <memory>
#include <mutex>

#include <curl/curl.h>
#include <openssl/evp.h>

#include "core/error.hpp"

namespace cp::io {

namespace {

struct Transfer {
    std::string body;
    std::string etag;
    std::string last_modified;
    std::uint64_t max_bytes = 0;
    bool too_large = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (transfer->body.size() + bytes > transfer->max_bytes) {
        transfer->too_large = true;
        return 0;  // makes curl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, bytes);
    return bytes;
}

std::string header_value(std::string_view line, std::string_view name) {
    if (line.size() <= name.size() || line[name.size()] != ':') return {};
    for (std::size_t idx = 0; idx < name.size(); ++idx) {
        if (std::tolower(static_cast<unsigned char>(line[idx])) != name[idx]) return {};
    }
    std::string_view value = line.substr(name.size() + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
    return std::string(value);
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::string_view line(data, size * count);
    // Headers of every response in a redirect chain arrive here; the last one wins.
    if (line.rfind("HTTP/", 0) == 0) {
        transfer->etag.clear();
        transfer->last_modified.clear();
    }
    if (auto etag = header_value(line, "etag"); !etag.empty()) transfer->etag = std::move(etag);
    if (auto modified = header_value(line, "last-modified"); !modified.empty())
        transfer->last_modified = std::move(modified);
    return size * count;
}

struct CurlDeleter {
    void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};

}  // namespace

HttpResponse http_get(const HttpRequest& request) {
    static std::once_flag init_once;
    std::call_once(init_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) throw Error("cannot start an HTTP client");
    Transfer transfer;
    transfer.max_bytes = request.max_bytes;
    std::unique_ptr<curl_slist, SlistDeleter> headers;
    const auto add_header = [&](const std::string& header) {
        headers.reset(curl_slist_append(headers.release(), header.c_str()));
    };
    if (!request.if_none_match.empty()) add_header("If-None-Match: " + request.if_none_match);
    if (!request.if_modified_since.empty()) add_header("If-Modified-Since: " + request.if_modified_since);
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "chokepoint/0.1 (lists update)");
    // gzip/deflate only: a server that compresses on the fly with brotli at top quality (cpp-httplib does)
    // needs ~10 s for a 4 MB list.
    curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);
    const CURLcode rc = curl_easy_perform(handle);
    if (transfer.too_large) {
        throw Error(request.url + ": response larger than " + std::to_string(request.max_bytes) + " bytes");
    }
    if (rc != CURLE_OK) throw Error(request.url + ": " + curl_easy_strerror(rc));
    HttpResponse response;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    char* effective = nullptr;
    curl_easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &effective);
    response.effective_url = effective != nullptr ? effective : request.url;
    response.body = std::move(transfer.body);
    response.etag = std::move(transfer.etag);
    response.last_modified = std::move(transfer.last_modified);
    return response;
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
        throw Error("SHA-256 failed");
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int idx = 0; idx < length; ++idx) {
        out.push_back(hex[digest[idx] >> 4]);
        out.push_back(hex[digest[idx] & 0x0F]);
    }
    return out;
}

}  // namespace cp::io
