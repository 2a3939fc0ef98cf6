// SPDX-License-Identifier: Apache-2.0
// A minimal HTTP(S) GET client on libcurl for `lists update`: conditional requests (ETag /
// Last-Modified), redirects, size and time limits, and the SHA-256 of what was downloaded.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace cp::io {

/// One GET request.
struct HttpRequest {
    std::string url;                       ///< http:// or https:// only (other schemes are refused)
    std::string if_none_match;             ///< ETag of the copy already held ("" = none)
    std::string if_modified_since;         ///< Last-Modified of the copy already held, as the server sent it
    std::chrono::seconds timeout{300};     ///< whole transfer
    std::uint64_t max_bytes = 1ull << 30;  ///< larger bodies are refused
};

/// What came back. status 304 means the held copy is current (body empty).
struct HttpResponse {
    long status = 0;
    std::string body;
    std::string etag;
    std::string last_modified;
    std::string effective_url;  ///< after redirects
};

/// Performs `request`, following up to 5 redirects. Any HTTP status is returned as a value; transport
/// failures (DNS, connect, TLS, timeout, a body shorter than its Content-Length, a body over max_bytes)
/// throw cp::Error naming the URL.
[[nodiscard]] HttpResponse http_get(const HttpRequest& request);

/// Lower-case hex SHA-256 of `bytes`.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace cp::io
