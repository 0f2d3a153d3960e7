#include "sim/scenario/territory_csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>

#include "sim/errors.hpp"
#include "sim/scenario/did_you_mean.hpp"
#include "sim/scenario/file_text.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;
using schema::Kind;

// RFC 4180 records: cells separated by commas, records by CRLF or LF; a quoted cell may hold
// commas, line breaks and doubled quotes. Blank lines are skipped (a trailing newline, or one
// left by a spreadsheet).
class RecordReader {
  public:
    RecordReader(std::string_view text, const std::string& shown_as)
        : text_(text), shown_as_(shown_as) {
        if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    }

    std::optional<CsvRecord> next() {
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r'))
            advance_line_break();
        if (pos_ >= text_.size()) return std::nullopt;
        CsvRecord record{{}, line_};
        std::string cell;
        while (true) {
            if (pos_ < text_.size() && text_[pos_] == '"' && cell.empty()) {
                read_quoted(cell, record.line);
            }
            if (pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r') {
                record.cells.push_back(std::move(cell));
                if (pos_ < text_.size()) advance_line_break();
                return record;
            }
            if (text_[pos_] == ',') {
                record.cells.push_back(std::move(cell));
                cell.clear();
            } else if (text_[pos_] == '"') {
                throw ScenarioError(shown_as_, "line " + std::to_string(line_),
                                    "a quote inside an unquoted cell; quote the whole cell and "
                                    "double the quotes inside it");
            } else {
                cell += text_[pos_];
            }
            ++pos_;
        }
    }

  private:
    void advance_line_break() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
    }

    void read_quoted(std::string& cell, std::size_t record_line) {
        ++pos_;  // the opening quote
        while (true) {
            if (pos_ >= text_.size()) {
                throw ScenarioError(shown_as_, "line " + std::to_string(record_line),
                                    "unterminated quoted cell");
            }
            const char c = text_[pos_];
            if (c == '"' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                cell += '"';
                pos_ += 2;
            } else if (c == '"') {
                ++pos_;
                if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' &&
                    text_[pos_] != '\r') {
                    throw ScenarioError(shown_as_, "line " + std::to_string(line_),
                                        "text after a closing quote; expected a comma or the end "
                                        "of the line");
                }
                return;
            } else {
                if (c == '\n') ++line_;
                cell += c;
                ++pos_;
            }
        }
    }

    std::string_view text_;
    const std::string& shown_as_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return "";
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::optional<json> parse_number(const std::string& cell, bool integer) {
    const char* begin = cell.data();
    const char* end = cell.data() + cell.size();
    if (integer) {
        // Whole numbers exactly, leading zeros of DANE codes ("05001") included.
        std::int64_t whole = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, whole);
        if (ec == std::errc() && ptr == end) return json(whole);
    }
    double x = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, x);
    if (ec != std::errc() || ptr != end || !std::isfinite(x)) return std::nullopt;
    return json(x);
}

std::optional<json> parse_boolean(std::string cell) {
    std::transform(cell.begin(), cell.end(), cell.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (cell == "true" || cell == "1") return json(true);
    if (cell == "false" || cell == "0") return json(false);
    return std::nullopt;
}

std::vector<const schema::Field*> read_header(const CsvRecord& header, const std::string& shown_as,
                                              const schema::Node& territory) {
    std::vector<std::string> scalar_keys;
    for (const auto& field : territory.fields) {
        if (field.node->is_scalar()) scalar_keys.push_back(field.name);
    }
    std::vector<const schema::Field*> columns;
    std::set<std::string> seen;
    for (const auto& raw : header.cells) {
        const std::string name = trimmed(raw);
        const schema::Field* field = territory.find(name);
        const std::string where = "line " + std::to_string(header.line) + ", column " + name;
        if (!field || !field->node->is_scalar()) {
            std::string listed;
            for (const auto& key : scalar_keys)
                listed += (listed.empty() ? "" : ", ") + key;
            throw ScenarioError(shown_as, where,
                                "unknown column " + in_quotes(name) +
                                    (nearest(name, scalar_keys) ? did_you_mean(name, scalar_keys)
                                                                : "; columns can be: " + listed));
        }
        if (!seen.insert(name).second) {
            throw ScenarioError(shown_as, where, "column " + in_quotes(name) + " appears twice");
        }
        columns.push_back(field);
    }
    return columns;
}

}  // namespace

std::vector<CsvRecord> read_csv_records(std::string_view text, const std::string& shown_as) {
    RecordReader reader(text, shown_as);
    std::vector<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.next())
        records.push_back(std::move(*record));
    return records;
}

std::optional<json> typed_csv_cell(const std::string& cell, const schema::Node& node) {
    switch (node.kind) {
        case Kind::number:
            return parse_number(cell, false);
        case Kind::integer:
            return parse_number(cell, true);
        case Kind::boolean:
            return parse_boolean(cell);
        default:
            return json(cell);
    }
}

std::vector<CsvTerritory> parse_territory_csv(std::string_view text, const std::string& shown_as,
                                              const schema::Node& territory) {
    RecordReader reader(text, shown_as);
    const std::optional<CsvRecord> header = reader.next();
    if (!header)
        throw ScenarioError(shown_as, "", "empty file: expected a header row of territory keys");
    const std::vector<const schema::Field*> columns = read_header(*header, shown_as, territory);

    std::vector<CsvTerritory> rows;
    while (const std::optional<CsvRecord> record = reader.next()) {
        const std::string line = "line " + std::to_string(record->line);
        if (record->cells.size() != columns.size()) {
            throw ScenarioError(shown_as, line,
                                "expected " + std::to_string(columns.size()) +
                                    " cells as in the header, got " +
                                    std::to_string(record->cells.size()));
        }
        CsvTerritory row{json::object(), record->line};
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const schema::Field& field = *columns[c];
            const std::string& raw = record->cells[c];
            const std::string where = line + ", column " + field.name;
            if (!is_valid_utf8(raw))
                throw ScenarioError(shown_as, where, "expected UTF-8 text, got invalid bytes");
            // Strings keep their spaces; numbers and names are read without them.
            const std::string cell = field.node->kind == Kind::string && field.node->allowed.empty()
                                         ? raw
                                         : trimmed(raw);
            if (cell.empty()) continue;
            std::optional<json> value = typed_csv_cell(cell, *field.node);
            if (!value) {
                throw ScenarioError(
                    shown_as, where,
                    "expected " + schema::expected(*field.node) + ", got " + in_quotes(cell));
            }
            row.territory[field.name] = std::move(*value);
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty()) throw ScenarioError(shown_as, "", "no territory rows below the header");
    return rows;
}

std::vector<CsvTerritory> read_territory_csv(const std::filesystem::path& file,
                                             const std::string& shown_as,
                                             const schema::Node& territory) {
    return parse_territory_csv(read_file_text(file, shown_as), shown_as, territory);
}

}  // namespace coopsim::scenario
