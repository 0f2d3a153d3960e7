#pragma once
// Where each value of a merged scenario came from: the file that set it (through `extends`, a
// base file), a --set override, or a row of the territories CSV. Messages name that origin
// rather than the top-level file, so that a user is sent to the line that needs fixing.
#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

struct Source {
    std::string file;                // as the user gave it, for messages
    std::filesystem::path base_dir;  // what relative paths in the file resolve against
    std::size_t csv_line = 0;        // CSV rows: the line the row starts on
    std::string note;                // e.g. "--set parameters/lapse_rate=2"
};

class Provenance {
  public:
    explicit Provenance(Source whole_document);

    // `source` set the value at `pointer` and everything below it.
    void record(const std::string& pointer, Source source);
    // `source` applied `patch` as a merge patch at `at` (the root by default; merge_patch.hpp):
    // members it sets are its own, members of objects it does not mention keep their origin.
    void record_patch(const nlohmann::json& patch, const Source& source,
                      const std::string& at = {});

    struct Found {
        const Source* source = nullptr;
        std::string rest;  // the part of the pointer below the recorded one
    };
    // The origin of the value at `pointer`: the deepest recorded pointer that contains it.
    Found find(const std::string& pointer) const;

  private:
    void record_members(const nlohmann::json& patch, const std::string& pointer,
                        const Source& source);
    std::map<std::string, Source> origins_;
};

}  // namespace coopsim::scenario
