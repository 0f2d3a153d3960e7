#pragma once
// The named errors of coopsim. Only main() turns them into exit codes (docs/ARCHITECTURE.md):
// every InputError (a scenario, CSV or option the user gave) exits with code 2.
#include <stdexcept>
#include <string>

namespace coopsim {

// Something the user gave is wrong. what() reads "FILE: /field/path: expected X, got Y".
class InputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A scenario file (or a file it extends or names) is unreadable, malformed or invalid.
class ScenarioError : public InputError {
  public:
    ScenarioError(const std::string& file, const std::string& field_path, const std::string& what)
        : InputError(file + ": " + (field_path.empty() ? std::string() : field_path + ": ") + what),
          file_(file),
          field_path_(field_path) {}
    const std::string& file() const { return file_; }
    const std::string& field_path() const { return field_path_; }

  private:
    std::string file_;
    std::string field_path_;
};

// A command-line option is wrong (unknown flag, bad number, missing argument).
class UsageError : public InputError {
  public:
    using InputError::InputError;
};

}  // namespace coopsim
