#pragma once
// Aligned plain-text tables for terminal reports: a header, a dashed rule under it, columns
// padded to their widest cell (counted in characters, so "Bogotá" lines up), two blanks
// between columns.
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace coopsim::cli {

class TextTable {
  public:
    enum class Align { left, right };
    struct Column {
        std::string header;
        Align align = Align::right;
    };

    explicit TextTable(std::vector<Column> columns);

    // A row must have one cell per column.
    void add_row(std::vector<std::string> cells);
    // A dashed line across the table, e.g. above a totals row.
    void add_rule();

    void print(std::ostream& out, std::string_view indent = "  ") const;

  private:
    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;  // an empty row stands for a rule
};

// Number with thousands separators and a fixed number of decimals: 3012.46 -> "3,012.5"
// (decimals 1); "n/a" for NaN or infinity.
std::string format_number(double value, int decimals);

// Characters (UTF-8 code points) in `text`.
std::size_t display_width(std::string_view text);

}  // namespace coopsim::cli
