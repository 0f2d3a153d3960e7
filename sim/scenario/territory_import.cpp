// The table half of territory_import.hpp: rows of a municipal table become checked territories.
#include "sim/scenario/territory_import.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>

#include "sim/errors.hpp"
#include "sim/scenario/dane_codes.hpp"
#include "sim/scenario/did_you_mean.hpp"
#include "sim/scenario/file_text.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/territory_csv.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

// Fields every row must get from the table; the other required ones can be derived.
constexpr std::string_view kMappedRequired[] = {"dane_code", "name", "population"};
// Fields the output always has, mapped or derived.
const std::set<std::string> kAlwaysWritten{"dane_code",  "name",       "department", "category",
                                           "population", "is_capital", "budget_cop"};

std::string without_spaces_around(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::string quoted_list(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + in_quotes(name);
    return text;
}

bool all_digits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The powers of ten that a unit shifts the decimal point by.
int decimal_shift(Unit unit) {
    switch (unit) {
        case Unit::percent:
            return -2;
        case Unit::thousands:
            return 3;
        case Unit::millions:
            return 6;
        case Unit::as_is:
            break;
    }
    return 0;
}

// The cell's decimal number with its exponent shifted ("74.96" -> "74.96e-2"), so that reading
// it rounds once: 74.96 % is the share 0.7496 itself, where 74.96 / 100 would give
// 0.7495999999999999. nullopt when the exponent already written is malformed.
std::optional<std::string> shifted(const std::string& cell, int shift) {
    const auto e = cell.find_first_of("eE");
    if (e == std::string::npos) return cell + "e" + std::to_string(shift);
    std::string_view written = std::string_view(cell).substr(e + 1);
    if (written.starts_with('+')) written.remove_prefix(1);
    int exponent = 0;
    const auto [ptr, ec] =
        std::from_chars(written.data(), written.data() + written.size(), exponent);
    if (ec != std::errc() || ptr != written.data() + written.size() || written.empty())
        return std::nullopt;
    return cell.substr(0, e) + "e" + std::to_string(exponent + shift);
}

std::string unit_name(Unit unit) {
    switch (unit) {
        case Unit::percent:
            return "percent";
        case Unit::thousands:
            return "thousands";
        case Unit::millions:
            return "millions";
        case Unit::as_is:
            break;
    }
    return "";
}

// A mapping with the position of its column in the table.
struct MappedColumn {
    const ColumnMapping* mapping;
    std::size_t index;
};

// One row's cell of a mapped column, as read: for messages about the value it gave.
struct ReadCell {
    const MappedColumn* column;
    std::string text;
};

class TableImporter {
  public:
    TableImporter(const std::string& shown_as, const ImportOptions& options,
                  const CsvRecord& header)
        : shown_as_(shown_as), options_(options), header_line_(header.line) {
        for (const auto& cell : header.cells)
            header_.push_back(without_spaces_around(cell));
        check_required_mapped();
        for (const ColumnMapping& mapping : options.mappings) {
            columns_.push_back({&mapping, column_index(mapping)});
            mapped_.insert(mapping.field);
        }
    }

    void add_row(const CsvRecord& record) {
        const bool blank = std::all_of(record.cells.begin(), record.cells.end(), [](const auto& c) {
            return without_spaces_around(c).empty();
        });
        if (blank) return;  // a spreadsheet's row of empty cells
        if (record.cells.size() != header_.size()) {
            throw ScenarioError(shown_as_, "line " + std::to_string(record.line),
                                "expected " + std::to_string(header_.size()) +
                                    " cells as in the header, got " +
                                    std::to_string(record.cells.size()));
        }
        Row row{json::object(), {}, std::nullopt, record.line};
        for (const MappedColumn& column : columns_)
            read_cell(row, column, without_spaces_around(record.cells[column.index]));
        derive(row);
        check(row);
        remember_code(row);
        territories_.push_back(std::move(row.territory));
    }

    ImportedTerritories finish() && {
        if (territories_.empty()) throw ScenarioError(shown_as_, "", "no rows below the header");
        std::sort(territories_.begin(), territories_.end(), [](const json& a, const json& b) {
            return a["dane_code"].get<int>() < b["dane_code"].get<int>();
        });
        ImportedTerritories imported;
        imported.territories = std::move(territories_);
        for (const auto& field : schema::territory().fields) {
            if (mapped_.count(field.name) || kAlwaysWritten.count(field.name))
                imported.columns.push_back(field.name);
            if (kAlwaysWritten.count(field.name) && !mapped_.count(field.name))
                imported.derived.push_back(field.name);
        }
        return imported;
    }

  private:
    struct Row {
        json territory;
        std::vector<ReadCell> cells;
        std::optional<int> department_code;
        std::size_t line;
    };

    void check_required_mapped() const {
        for (const std::string_view field : kMappedRequired) {
            const bool found =
                std::any_of(options_.mappings.begin(), options_.mappings.end(),
                            [&](const ColumnMapping& m) { return m.field == field; });
            if (!found) {
                throw UsageError(
                    shown_as_ + ": no column is mapped to " + std::string(field) +
                    ", which every territory needs; add --map \"COLUMN=" + std::string(field) +
                    "\" with one of the table's columns: " + quoted_list(header_));
            }
        }
    }

    std::size_t column_index(const ColumnMapping& mapping) const {
        std::vector<std::size_t> found;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            if (header_[i] == mapping.column) found.push_back(i);
        }
        const std::string where = "line " + std::to_string(header_line_);
        if (found.empty()) {
            throw ScenarioError(shown_as_, where,
                                "no column " + in_quotes(mapping.column) + " (from --map " +
                                    in_quotes(mapping.given) + ")" +
                                    (nearest(mapping.column, header_)
                                         ? did_you_mean(mapping.column, header_) + " The"
                                         : "; the") +
                                    " table's columns are " + quoted_list(header_));
        }
        if (found.size() > 1) {
            throw ScenarioError(shown_as_, where,
                                "column " + in_quotes(mapping.column) + " appears " +
                                    std::to_string(found.size()) +
                                    " times in the header, so --map cannot tell which is meant");
        }
        return found.front();
    }

    std::string where(std::size_t line, const MappedColumn& column) const {
        return "line " + std::to_string(line) + ", column " + in_quotes(column.mapping->column);
    }

    [[noreturn]] void bad_cell(const Row& row, const MappedColumn& column,
                               const std::string& what) const {
        throw ScenarioError(shown_as_, where(row.line, column), what);
    }

    void read_cell(Row& row, const MappedColumn& column, const std::string& cell) {
        const ColumnMapping& mapping = *column.mapping;
        if (!is_valid_utf8(cell))
            bad_cell(row, column,
                     "expected UTF-8 text, got invalid bytes; save the table as UTF-8");
        row.cells.push_back({&column, cell});
        const schema::Field* field = schema::territory().find(mapping.field);
        if (cell.empty()) {
            if (field && field->fallback.kind() == schema::Default::Kind::required) {
                bad_cell(row, column,
                         "expected " + schema::expected(*field->node) + ", got an empty cell (" +
                             mapping.field + " is required)");
            }
            return;  // the field's default applies
        }
        if (mapping.field == kDepartmentCode) {
            row.department_code = department_code(row, column, cell);
        } else if (mapping.field == "dane_code") {
            row.territory["dane_code"] = municipal_code(row, column, cell);
        } else {
            const std::optional<std::string> text =
                mapping.unit == Unit::as_is ? cell : shifted(cell, decimal_shift(mapping.unit));
            std::optional<json> value = text ? typed_csv_cell(*text, *field->node) : std::nullopt;
            if (!value) {
                bad_cell(row, column,
                         "expected " + schema::expected(*field->node) + ", got " + in_quotes(cell));
            }
            row.territory[mapping.field] = std::move(*value);
        }
    }

    // "05001" and "5001" are both Medellín; "19" (a department) or "137" (a municipality
    // without its department) are not municipal codes.
    int municipal_code(const Row& row, const MappedColumn& column, const std::string& cell) const {
        const int code = all_digits(cell) && cell.size() <= 5 ? std::stoi(cell) : 0;
        if (code < 1001) {
            bad_cell(row, column,
                     "expected a 5-digit DANE municipal code, department digits first (05001, "
                     "or 5001 without the leading zero), got " +
                         in_quotes(cell));
        }
        return code;
    }

    int department_code(const Row& row, const MappedColumn& column, const std::string& cell) const {
        const int code = all_digits(cell) && cell.size() <= 2 ? std::stoi(cell) : 0;
        if (!dane::department_name(code)) {
            bad_cell(row, column,
                     "expected a 2-digit DANE department code (05 Antioquia to 99 Vichada), got " +
                         in_quotes(cell));
        }
        return code;
    }

    const MappedColumn& column_of(std::string_view field) const {
        return *std::find_if(columns_.begin(), columns_.end(),
                             [&](const MappedColumn& c) { return c.mapping->field == field; });
    }

    // What the table lacks: the department's name, the category, capital status, a budget.
    void derive(Row& row) const {
        json& territory = row.territory;
        const int code = territory["dane_code"].get<int>();
        if (row.department_code && *row.department_code != dane::department_of(code)) {
            bad_cell(row, column_of(kDepartmentCode),
                     "department " + std::to_string(*row.department_code) +
                         " does not match municipal code " + std::to_string(code) +
                         ", whose department digits are " +
                         std::to_string(dane::department_of(code)));
        }
        if (!mapped_.count("department")) {
            const int department = row.department_code.value_or(dane::department_of(code));
            const auto name = dane::department_name(department);
            if (!name) {
                bad_cell(row, column_of("dane_code"),
                         "municipal code " + std::to_string(code) + " starts with " +
                             std::to_string(department) +
                             ", which is no DANE department; map a column to department");
            }
            territory["department"] = std::string(*name);
        }
        // An invalid population is reported by check(); derive nothing from it meanwhile.
        const double population =
            territory["population"].is_number() ? territory["population"].get<double>() : 0;
        if (!mapped_.count("category"))
            territory["category"] = dane::category_by_population(population);
        if (!mapped_.count("is_capital"))
            territory["is_capital"] = dane::is_departmental_capital(code);
        if (!mapped_.count("budget_cop"))
            territory["budget_cop"] = std::max(0.0, population * options_.budget_per_capita_cop);
    }

    // The schema's own checks (types, ranges, non-empty names), reported at the cell that gave
    // the value, with the cell as written when a unit converted it.
    void check(Row& row) const {
        json checked = row.territory;
        const std::vector<schema::Problem> problems = validate(checked, schema::territory());
        for (const schema::Problem& problem : problems) {
            const std::string field = problem.pointer.substr(1);
            for (const ReadCell& cell : row.cells) {
                const ColumnMapping& mapping = *cell.column->mapping;
                if (mapping.field != field) continue;
                bad_cell(row, *cell.column, problem.message + hint(row, cell));
            }
        }
        if (!problems.empty()) {
            throw ScenarioError(
                shown_as_, "line " + std::to_string(row.line),
                problems.front().pointer.substr(1) + " (derived): " + problems.front().message);
        }
        // Canonical values (integral numbers of integer keys as integers), defaults left out.
        for (auto& [key, value] : row.territory.items())
            value = checked[key];
    }

    // What the cell was when a unit converted it; a nudge when a share looks like a percentage.
    static std::string hint(const Row& row, const ReadCell& cell) {
        const ColumnMapping& mapping = *cell.column->mapping;
        if (mapping.unit != Unit::as_is)
            return " (from " + in_quotes(cell.text) + " " + unit_name(mapping.unit) + ")";
        const json& value = row.territory[mapping.field];
        const auto& max = schema::territory().find(mapping.field)->node->range.max;
        const bool percentage = value.is_number() && value.get<double>() > 1 &&
                                value.get<double>() <= 100 && max && max->value == 1;
        return percentage ? "; if the column is in percent, map it as " +
                                in_quotes(mapping.column + "=" + mapping.field + ":percent")
                          : "";
    }

    void remember_code(const Row& row) {
        const int code = row.territory["dane_code"].get<int>();
        const auto [it, inserted] = lines_by_code_.emplace(code, row.line);
        if (!inserted) {
            bad_cell(row, column_of("dane_code"),
                     "municipal code " + std::to_string(code) + " appears twice, on line " +
                         std::to_string(it->second) + " and on line " + std::to_string(row.line));
        }
    }

    const std::string& shown_as_;
    const ImportOptions& options_;
    std::size_t header_line_;
    std::vector<std::string> header_;
    std::vector<MappedColumn> columns_;
    std::set<std::string> mapped_;
    std::map<int, std::size_t> lines_by_code_;
    std::vector<json> territories_;
};

void check_fields_mapped_once(const std::vector<ColumnMapping>& mappings) {
    std::map<std::string, const ColumnMapping*> by_field;
    for (const ColumnMapping& mapping : mappings) {
        const auto [it, inserted] = by_field.emplace(mapping.field, &mapping);
        if (!inserted) {
            throw UsageError("--map: " + mapping.field + " is mapped twice, by " +
                             in_quotes(it->second->given) + " and " + in_quotes(mapping.given));
        }
    }
}

}  // namespace

ImportedTerritories import_territories(std::string_view table, const std::string& shown_as,
                                       const ImportOptions& options) {
    check_fields_mapped_once(options.mappings);
    const std::vector<CsvRecord> records = read_csv_records(table, shown_as);
    if (records.empty())
        throw ScenarioError(shown_as, "", "empty file: expected a header row of column names");
    TableImporter importer(shown_as, options, records.front());
    for (std::size_t r = 1; r < records.size(); ++r)
        importer.add_row(records[r]);
    return std::move(importer).finish();
}

ImportedTerritories import_territories_file(const std::filesystem::path& table,
                                            const std::string& shown_as,
                                            const ImportOptions& options) {
    return import_territories(read_file_text(table, shown_as), shown_as, options);
}

}  // namespace coopsim::scenario
