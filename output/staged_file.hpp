#pragma once
// A file written under a temporary name beside its destination and renamed over it only once
// complete, so that a reader never sees half a file and a failed run never destroys the
// previous result. The temporary file is removed unless commit() succeeds.
#include <filesystem>
#include <string>

namespace coopsim::output {

class StagedFile {
  public:
    // Checks, before any work, that `destination` may be written: it does not exist unless
    // `replace`, and its folder exists and is writable; then creates the empty temporary
    // file. Throws OutputError otherwise.
    StagedFile(std::filesystem::path destination, bool replace);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Where to write: ".NAME.tmp-PID-RANDOM" in the destination's folder (the same file
    // system, so the rename is atomic; hidden, so that globs like *.h5 skip it).
    const std::filesystem::path& temporary() const { return temporary_; }
    // The destination as the user named it, for messages.
    std::string display_name() const { return destination_.string(); }

    // Flushes the finished temporary file to disk and renames it to the destination. Without
    // `replace`, a destination that appeared since the constructor's check is not replaced.
    void commit();

  private:
    std::filesystem::path destination_;
    std::filesystem::path temporary_;
    bool replace_ = false;
    bool committed_ = false;
};

}  // namespace coopsim::output
