#pragma once
// The one error of the output layer. what() reads "FILE: /object/path: what went wrong", so
// a user can find the object with h5ls; the CLI maps it to exit code 2.
#include <stdexcept>
#include <string>

namespace coopsim::output {

class OutputError : public std::runtime_error {
  public:
    OutputError(const std::string& file, const std::string& object_path, const std::string& what)
        : std::runtime_error(file + ": " +
                             (object_path.empty() ? std::string() : object_path + ": ") + what),
          file_(file),
          object_path_(object_path) {}

    const std::string& file() const { return file_; }
    // The HDF5 object concerned ("/territories/population"), empty for the file as a whole.
    const std::string& object_path() const { return object_path_; }

  private:
    std::string file_;
    std::string object_path_;
};

}  // namespace coopsim::output
