#include "sim/cli/provenance.hpp"

#include <unistd.h>

#include <climits>
#include <ctime>
#include <string_view>

namespace coopsim::cli {

namespace {

std::string host_name() {
    char name[HOST_NAME_MAX + 1] = {};
    if (gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

bool needs_quoting(const std::string& word) {
    if (word.empty()) return true;
    for (char c : word) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') ||
                           std::string_view("-_./=:,+@%").find(c) != std::string_view::npos;
        if (!plain) return true;
    }
    return false;
}

}  // namespace

output::RunProvenance make_provenance(std::string command_line, double wall_seconds, int threads) {
    output::RunProvenance provenance;
    provenance.created_utc = utc_timestamp(std::chrono::system_clock::now());
    provenance.host = host_name();
    provenance.wall_seconds = wall_seconds;
    provenance.threads = threads;
    provenance.command_line = std::move(command_line);
    return provenance;
}

std::string utc_timestamp(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string shell_quoted(const std::vector<std::string>& argv) {
    std::string line;
    for (const std::string& word : argv) {
        if (!line.empty()) line += ' ';
        if (!needs_quoting(word)) {
            line += word;
            continue;
        }
        // Single quotes keep everything literal; a single quote itself becomes '\''.
        line += '\'';
        for (char c : word) {
            line += c == '\'' ? std::string("'\\''") : std::string(1, c);
        }
        line += '\'';
    }
    return line;
}

}  // namespace coopsim::cli
