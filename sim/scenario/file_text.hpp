#pragma once
// Reading a whole scenario, base or CSV file, with messages that name the file as the user gave it.
#include <cstdint>
#include <filesystem>
#include <string>

namespace coopsim::scenario {

// Files past this size are refused before reading: no scenario needs that much, and reading one
// by mistake (a disk image, /dev/zero) should fail quickly rather than exhaust memory.
inline constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{1} << 28;

// Throws ScenarioError(shown_as, "", ...) for a missing, unreadable or oversized file or a folder.
std::string read_file_text(const std::filesystem::path& file, const std::string& shown_as);

}  // namespace coopsim::scenario
