#include "golden_file.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string_view>

namespace coopsim::testing {

bool golden_update_requested() {
    const char* update = std::getenv("COOPSIM_UPDATE_GOLDEN");
    return update != nullptr && std::string_view(update) == "1";
}

std::string rewrite_golden(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
    out.close();
    if (!out) throw std::runtime_error("cannot rewrite " + file.string());
    const std::string done = "rewrote " + file.string() + " (COOPSIM_UPDATE_GOLDEN=1)";
    std::cerr << done << std::endl;
    return done;
}

}  // namespace coopsim::testing
