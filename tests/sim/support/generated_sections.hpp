#pragma once
// Documents that embed generated text between markers (docs/SCENARIOS.md, docs/MODEL.md): a
// test compares each section with what the code generates and fails naming the first differing
// line; with COOPSIM_UPDATE_GOLDEN=1 it rewrites the sections instead and says which file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "golden_file.hpp"

namespace coopsim::testing {

struct GeneratedSection {
    std::string begin_marker;  // a whole line, "\n" included
    std::string generated;     // what belongs between it and the end marker
};

inline std::string read_whole_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The first line where `want` and `have` differ, for a message.
inline std::string first_difference(const std::string& want, const std::string& have) {
    std::istringstream w(want), h(have);
    std::string want_line, have_line;
    int line = 1;
    while (std::getline(w, want_line)) {
        if (!std::getline(h, have_line)) have_line = "(end of section)";
        if (want_line != have_line) break;
        ++line;
        want_line.clear();
        have_line.clear();
    }
    return "line " + std::to_string(line) + " of the section:\n  generated: " + want_line +
           "\n  document:  " + have_line;
}

inline void check_generated_sections(const std::filesystem::path& file,
                                     const std::vector<GeneratedSection>& sections,
                                     std::string_view end_marker, std::string_view source,
                                     std::string_view test_name) {
    std::string text = read_whole_file(file);
    ASSERT_FALSE(text.empty()) << "cannot read " << file;
    ASSERT_FALSE(sections.empty()) << "no generated section to check in " << file;
    const bool rewrite = golden_update_requested();
    bool changed = false;
    for (const auto& section : sections) {
        const std::size_t begin = text.find(section.begin_marker);
        ASSERT_NE(begin, std::string::npos) << file << " lacks the line " << section.begin_marker;
        const std::size_t start = begin + section.begin_marker.size();
        const std::size_t end = text.find(end_marker, start);
        ASSERT_NE(end, std::string::npos)
            << file << " lacks " << end_marker << " after " << section.begin_marker;
        const std::string current = text.substr(start, end - start);
        if (current == section.generated) continue;
        if (rewrite) {
            text = text.substr(0, start) + section.generated + text.substr(end);
            changed = true;
            continue;
        }
        ADD_FAILURE()
            << file << " is out of date with " << source << " in the section "
            << section.begin_marker << first_difference(section.generated, current)
            << "\nTo update it, run:\n  COOPSIM_UPDATE_GOLDEN=1 ctest --test-dir <build> -R "
            << test_name;
    }
    if (changed) GTEST_SKIP() << rewrite_golden(file, text);
}

}  // namespace coopsim::testing
