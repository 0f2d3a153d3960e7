#include "sim/cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <ostream>

namespace coopsim::cli {

namespace {
constexpr int kBarWidth = 30;
}

ProgressDisplay::Mode ProgressDisplay::mode_for_stderr(bool quiet) {
    if (quiet) return Mode::none;
    return isatty(STDERR_FILENO) ? Mode::bar : Mode::lines;
}

ProgressDisplay::ProgressDisplay(Mode mode, std::ostream& out)
    : mode_(mode), out_(out), started_(std::chrono::steady_clock::now()) {}

ProgressDisplay::~ProgressDisplay() {
    finish();
}

void ProgressDisplay::start(int years_total) {
    started_ = std::chrono::steady_clock::now();
    if (mode_ == Mode::bar) draw_bar(0, 0, years_total);
}

void ProgressDisplay::year_done(int year, int years_done, int years_total) {
    switch (mode_) {
        case Mode::none:
            break;
        case Mode::lines:
            out_ << "year " << year << " (" << years_done << "/" << years_total << ")\n";
            out_.flush();
            break;
        case Mode::bar:
            draw_bar(year, years_done, years_total);
            break;
    }
}

void ProgressDisplay::finish() {
    if (!line_open_) return;
    out_ << '\n';
    out_.flush();
    line_open_ = false;
}

void ProgressDisplay::draw_bar(int year, int years_done, int years_total) {
    const int filled = years_total > 0 ? kBarWidth * years_done / years_total : 0;
    std::string line = "\r[";
    line.append(static_cast<std::size_t>(filled), '#');
    line.append(static_cast<std::size_t>(kBarWidth - filled), '.');
    line += "] " + std::to_string(years_done) + "/" + std::to_string(years_total) + " years";
    if (years_done > 0) line += "  " + std::to_string(year);
    line += "  " + format_elapsed(std::chrono::steady_clock::now() - started_);
    // Trailing blanks wipe what a longer previous line left behind.
    line += "   ";
    out_ << line;
    out_.flush();
    line_open_ = true;
}

std::string format_elapsed(std::chrono::steady_clock::duration elapsed) {
    const auto total = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    const long long hours = total / 3600, minutes = total / 60 % 60, seconds = total % 60;
    char text[32];
    if (hours > 0) {
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", hours, minutes, seconds);
    } else {
        std::snprintf(text, sizeof text, "%lld:%02lld", minutes, seconds);
    }
    return text;
}

}  // namespace coopsim::cli
