#pragma once
// A fresh temporary folder per test, removed afterwards. It remembers the files the test put
// there, so a test can assert that a failed run left nothing else behind.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace coopsim::cli::testing {

class ScratchFolder {
  public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Writes `text` to the file `name` in the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& text);
    // Names of the files in the folder that write() did not put there.
    std::vector<std::string> unexpected_files() const;

  private:
    std::filesystem::path path_;
    std::set<std::string> written_;
};

std::string read_file(const std::filesystem::path& file);

}  // namespace coopsim::cli::testing
