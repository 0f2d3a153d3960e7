#include "sim/scenario/file_text.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "sim/errors.hpp"

namespace coopsim::scenario {

namespace fs = std::filesystem;

std::string read_file_text(const fs::path& file, const std::string& shown_as) {
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status)) throw ScenarioError(shown_as, "", "no such file");
    if (fs::is_directory(status)) throw ScenarioError(shown_as, "", "is a folder, not a file");
    if (fs::is_regular_file(status)) {
        const std::uintmax_t size = fs::file_size(file, ec);
        if (!ec && size > kMaxFileBytes) {
            throw ScenarioError(shown_as, "",
                                "file of " + std::to_string(size) + " bytes is larger than the " +
                                    std::to_string(kMaxFileBytes >> 20) + " MiB allowed");
        }
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw ScenarioError(shown_as, "", std::string("cannot be read: ") + std::strerror(errno));
    }
    std::string text;
    // Read in blocks with a running limit: special files report no size up front.
    char block[1 << 16];
    while (in.read(block, sizeof block) || in.gcount() > 0) {
        text.append(block, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileBytes) {
            throw ScenarioError(
                shown_as, "",
                "file is larger than the " + std::to_string(kMaxFileBytes >> 20) + " MiB allowed");
        }
    }
    if (in.bad()) {
        throw ScenarioError(shown_as, "", std::string("cannot be read: ") + std::strerror(errno));
    }
    return text;
}

}  // namespace coopsim::scenario
