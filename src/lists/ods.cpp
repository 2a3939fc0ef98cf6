// SPDX-License-Identifier: Apache-2.0
// .ods reading: libzip for the archive, pugixml for content.xml. The element and attribute names are those
// of ODF 1.2 part 1 (table:table-row §9.1.3, table:table-cell §9.1.4, text:s §6.1.3, number-rows-repeated
// §19.677, number-columns-repeated §19.675). pugixml does not resolve namespaces, so the conventional
// prefixes office:, table: and text: are required; every producer seen (LibreOffice, Excel, the FCDO
// export) writes them.
#include "lists/detail/ods.hpp"

#include <memory>

#include <pugixml.hpp>
#include <zip.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "lists/detail/loaders.hpp"
#include "lists/detail/xml.hpp"

namespace cp::lists::detail {

namespace {

constexpr std::uint64_t max_member_bytes = 512ULL << 20;  // the FCDO content.xml is 7.4 MB
constexpr std::uint64_t max_columns = 16384;              // ODF/LibreOffice sheet width
constexpr std::uint64_t max_rows = 1ULL << 24;            // LibreOffice "jumbo" sheets; Excel: 2^20
constexpr std::uint64_t max_row_repeat = 1000;            // non-empty rows only; empty ones are skipped
constexpr std::uint64_t max_space_count = 1000;           // text:s text:c
constexpr int max_depth = 64;  // spans in spans, row groups in row groups: bounded, the reader recurses

struct ZipCloser {
    void operator()(zip_t* archive) const noexcept { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

[[noreturn]] void fail_zip(const std::string& name, const std::string& what) {
    throw InputError({name, 0, 0}, what);
}

}  // namespace

std::string read_zip_member(std::string_view zip, std::string_view member, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is borrowed (freep = 0): libzip reads it for the lifetime of the archive only.
    zip_source_t* source = zip_source_buffer_create(zip.data(), zip.size(), 0, &error);
    if (source == nullptr) fail_zip(name, std::string("cannot read zip: ") + zip_error_strerror(&error));
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);  // zip_open_from_source frees it only on success
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        fail_zip(name, "not a zip archive (.ods): " + why);
    }
    zip_error_fini(&error);
    const std::string member_name(member);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), member_name.c_str(), 0, &stat) != 0) {
        fail_zip(name, "zip archive without " + member_name + " (not an OpenDocument file)");
    }
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > max_member_bytes) {
        fail_zip(name, member_name + ": size unknown or above 512 MiB");
    }
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(archive.get(), member_name.c_str(), 0));
    if (!file) fail_zip(name, "cannot open " + member_name + ": " + zip_strerror(archive.get()));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::uint64_t done = 0;
    while (done < stat.size) {
        const zip_int64_t got = zip_fread(file.get(), bytes.data() + done, stat.size - done);
        if (got < 0) fail_zip(name, member_name + ": " + zip_file_strerror(file.get()));
        if (got == 0) fail_zip(name, member_name + ": truncated (" + std::to_string(done) + " bytes)");
        done += static_cast<std::uint64_t>(got);
    }
    return bytes;
}

namespace {

class SheetReader {
public:
    // Repeats let a few bytes stand for millions of cells: at most one materialised cell per XML byte plus
    // a million (the FCDO sheet: 42,424 cells in 7.4 MB), else the file is refused rather than exhaust
    // memory.
    SheetReader(std::string_view xml, const std::string& name)
        : m_xml(xml), m_name(name), m_cell_budget(1'000'000 + xml.size()) {}

    std::vector<SheetRow> read(const pugi::xml_node table) {
        rows_in(table);
        return std::move(m_rows);
    }

private:
    [[noreturn]] void fail(const pugi::xml_node node, const std::string& what) const {
        throw InputError(locate(m_xml, static_cast<std::size_t>(node.offset_debug()), m_name), what);
    }

    void spend(const pugi::xml_node node, std::uint64_t cells) {
        if (cells > m_cell_budget) fail(node, "too many cells after expanding repeats");
        m_cell_budget -= cells;
    }

    std::uint64_t repeat(const pugi::xml_node node, const char* attribute, std::uint64_t limit) const {
        const pugi::xml_attribute attr = node.attribute(attribute);
        if (!attr) return 1;
        const auto value = text::parse_number<std::uint64_t>(attr.value());
        if (!value || *value == 0 || *value > limit) {
            fail(node, std::string(attribute) + "=\"" + attr.value() + "\" is not a count in 1.." +
                           std::to_string(limit));
        }
        return *value;
    }

    // Rows may sit in header-rows, row-groups and rows wrappers (ODF §9.1.8-9.1.10): read through them.
    void rows_in(const pugi::xml_node parent, int depth = 0) {
        if (depth > max_depth) fail(parent, "row groups nested deeper than " + std::to_string(max_depth));
        for (const pugi::xml_node child : parent.children()) {
            const std::string_view tag = child.name();
            if (tag == "table:table-row") {
                row(child);
            } else if (tag == "table:table-header-rows" || tag == "table:table-row-group" ||
                       tag == "table:table-rows") {
                rows_in(child, depth + 1);
            }
        }
    }

    void row(const pugi::xml_node node) {
        // Rows repeated past the last used row (1,043,268 in the FCDO file) are empty: never expanded.
        const std::uint64_t count = repeat(node, "table:number-rows-repeated", max_rows);
        const std::uint64_t first = m_next_row;
        m_next_row += count;
        SheetRow out;
        out.number = first;
        out.xml_offset = static_cast<std::uint64_t>(node.offset_debug());
        std::uint64_t pending_empty = 0;  // empty cells not yet materialised
        for (const pugi::xml_node cell : node.children()) {
            const std::string_view tag = cell.name();
            if (tag != "table:table-cell" && tag != "table:covered-table-cell") continue;
            const std::uint64_t width = repeat(cell, "table:number-columns-repeated", max_columns);
            std::string value = cell_text(cell);
            if (value.empty()) {
                pending_empty += width;
                if (out.cells.size() + pending_empty > max_columns) pending_empty = max_columns;  // bounded
                continue;
            }
            if (out.cells.size() + pending_empty + width > max_columns) {
                fail(cell, "row " + std::to_string(first) + " is wider than 16384 columns");
            }
            spend(cell, pending_empty + width);
            out.cells.resize(out.cells.size() + pending_empty);
            pending_empty = 0;
            for (std::uint64_t idx = 1; idx < width; ++idx) out.cells.push_back(value);
            out.cells.push_back(std::move(value));
        }
        if (out.cells.empty()) return;
        if (count > max_row_repeat) {
            fail(node,
                 "non-empty row " + std::to_string(first) + " repeated " + std::to_string(count) + " times");
        }
        spend(node, out.cells.size() * (count - 1));
        for (std::uint64_t idx = 1; idx < count; ++idx) {
            m_rows.push_back(out);
            out.number = first + idx;
        }
        m_rows.push_back(std::move(out));
    }

    std::string cell_text(const pugi::xml_node cell) const {
        std::string out;
        for (const pugi::xml_node child : cell.children()) {
            const std::string_view tag = child.name();
            if (tag != "text:p" && tag != "text:h") continue;  // office:annotation etc. are not the value
            if (!out.empty()) out += '\n';
            paragraph(child, out);
        }
        return out;
    }

    // Text is kept as the publisher wrote it, whitespace included. ODF §6.1.2 would collapse runs of
    // spaces in the XML to one, but the FCDO writer never uses text:s and puts the double spaces of some
    // names ("ABDUL ZAHIR Shams  Ur-Rahman") and whole-whitespace cells ("\n            ", 449 cells in
    // 2025-08-11) literally in the paragraph; the CSV derived from the .ods keeps them, and the loader must
    // give the same entities from both (values are trimmed by SetBuilder; matching normalises spaces).
    // text:s, text:tab and text:line-break give their characters.
    void paragraph(const pugi::xml_node node, std::string& out, int depth = 0) const {
        if (depth > max_depth)
            fail(node, "text nested deeper than " + std::to_string(max_depth) + " elements");
        for (const pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                out += child.value();
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            const std::string_view tag = child.name();
            if (tag == "text:s") {
                out.append(static_cast<std::size_t>(repeat(child, "text:c", max_space_count)), ' ');
            } else if (tag == "text:tab" || tag == "text:line-break") {
                out += tag == "text:tab" ? '\t' : '\n';
            } else if (tag != "office:annotation" && tag != "text:note") {
                paragraph(child, out, depth + 1);  // text:span, text:a, ...: their text is the cell's
            }
        }
    }

    std::string_view m_xml;
    const std::string& m_name;
    std::vector<SheetRow> m_rows;
    std::uint64_t m_next_row = 1;
    std::uint64_t m_cell_budget;
};

}  // namespace

std::vector<SheetRow> parse_ods_sheet(std::string_view content_xml, const std::string& name) {
    // content.xml is UTF-8 with or without a BOM (the FCDO file has one).
    if (content_xml.substr(0, 3) == "\xEF\xBB\xBF") content_xml.remove_prefix(3);
    pugi::xml_document doc;
    load_xml(doc, content_xml, name, pugi::parse_default | pugi::parse_ws_pcdata);
    const pugi::xml_node table = doc.child("office:document-content")
                                     .child("office:body")
                                     .child("office:spreadsheet")
                                     .child("table:table");
    if (!table)
        throw InputError({name, 1, 0}, "not an OpenDocument spreadsheet (no office:spreadsheet table)");
    return SheetReader(content_xml, name).read(table);
}

}  // namespace cp::lists::detail
