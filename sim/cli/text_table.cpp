#include "sim/cli/text_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace coopsim::cli {

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
    if (cells.size() != columns_.size()) {
        throw std::logic_error("TextTable: a row has " + std::to_string(cells.size()) +
                               " cells for " + std::to_string(columns_.size()) + " columns");
    }
    rows_.push_back(std::move(cells));
}

void TextTable::add_rule() {
    rows_.emplace_back();
}

void TextTable::print(std::ostream& out, std::string_view indent) const {
    std::vector<std::size_t> widths;
    for (const Column& column : columns_) {
        widths.push_back(display_width(column.header));
    }
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }

    auto print_cells = [&](const std::vector<std::string>& cells) {
        std::string line(indent);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string padding(widths[i] - display_width(cells[i]), ' ');
            if (i > 0) line += "  ";
            line += columns_[i].align == Align::right ? padding + cells[i] : cells[i] + padding;
        }
        // Left-aligned last columns would otherwise leave trailing blanks.
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    };
    auto print_rule = [&] {
        std::size_t total = 0;
        for (std::size_t width : widths) {
            total += width;
        }
        out << indent << std::string(total + 2 * (widths.size() - 1), '-') << '\n';
    };

    std::vector<std::string> headers;
    for (const Column& column : columns_) {
        headers.push_back(column.header);
    }
    print_cells(headers);
    print_rule();
    for (const auto& row : rows_) {
        if (row.empty()) {
            print_rule();
        } else {
            print_cells(row);
        }
    }
}

std::string format_number(double value, int decimals) {
    if (!std::isfinite(value)) return "n/a";
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.*f", decimals, std::fabs(value));
    std::string text(digits);
    const std::size_t point = std::min(text.find('.'), text.size());
    // Insert a separator every three digits left of the decimal point.
    for (std::size_t i = point; i > 3; i -= 3) {
        text.insert(i - 3, ",");
    }
    // "-0.0" reads as a sign error in a report; only a value that shows a digit gets a sign.
    if (value < 0 && text.find_first_of("123456789") != std::string::npos) text.insert(0, "-");
    return text;
}

std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace coopsim::cli
