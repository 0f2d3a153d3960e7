#include "output/staged_file.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2, RENAME_NOREPLACE (glibc >= 2.28)
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <sstream>
#include <system_error>

#include "output/output_error.hpp"

namespace coopsim::output {

namespace fs = std::filesystem;

namespace {

fs::path folder_of(const fs::path& file) {
    fs::path folder = file.parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

void check_destination(const fs::path& destination, bool replace) {
    const std::string name = destination.string();
    std::error_code ec;
    fs::file_status status = fs::symlink_status(destination, ec);
    if (fs::is_directory(status)) throw OutputError(name, "", "is a folder, not a file");
    if (fs::exists(status) && !replace)
        throw OutputError(name, "", "exists; use --force to replace it");

    fs::path folder = folder_of(destination);
    fs::file_status folder_status = fs::status(folder, ec);
    if (!fs::exists(folder_status))
        throw OutputError(name, "", "folder '" + folder.string() + "' does not exist");
    if (!fs::is_directory(folder_status))
        throw OutputError(name, "", "'" + folder.string() + "' is not a folder");
}

// Creates the empty temporary file, which both reserves its name (O_EXCL) and proves that the
// folder is writable (access(2) says yes to root even where creating fails).
void reserve(const fs::path& temporary, const fs::path& destination) {
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw OutputError(destination.string(), "",
                          "cannot create a file in folder '" + folder_of(destination).string() +
                              "': " + std::strerror(errno));
    ::close(fd);
}

fs::path temporary_name(const fs::path& destination) {
    std::random_device random;
    std::ostringstream name;
    name << '.' << destination.filename().string() << ".tmp-" << ::getpid() << '-' << std::hex
         << random();
    return folder_of(destination) / name.str();
}

// fsync, so that after a crash the renamed file is complete, never an empty shell.
void sync_file(const fs::path& path, const std::string& display_name) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        int error = errno;
        if (fd >= 0) ::close(fd);
        throw OutputError(display_name, "",
                          std::string("cannot flush to disk: ") + std::strerror(error));
    }
    ::close(fd);
}

// Renames without replacing an existing `to`; returns 0 or an errno value.
int rename_no_replace(const fs::path& from, const fs::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return errno;
    // The file system cannot rename without replacing: check, then rename (a small race).
    if (::access(to.c_str(), F_OK) == 0) return EEXIST;
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

}  // namespace

StagedFile::StagedFile(fs::path destination, bool replace)
    : destination_(std::move(destination)), replace_(replace) {
    check_destination(destination_, replace);
    temporary_ = temporary_name(destination_);
    reserve(temporary_, destination_);
}

StagedFile::~StagedFile() {
    if (committed_) return;
    std::error_code ignored;  // nothing to do if it was never created
    fs::remove(temporary_, ignored);
}

void StagedFile::commit() {
    sync_file(temporary_, display_name());
    int error = 0;
    if (replace_)
        error = ::rename(temporary_.c_str(), destination_.c_str()) == 0 ? 0 : errno;
    else
        error = rename_no_replace(temporary_, destination_);
    if (error == EEXIST) throw OutputError(display_name(), "", "exists; use --force to replace it");
    if (error != 0)
        throw OutputError(
            display_name(), "",
            "cannot rename " + temporary_.string() + " into place: " + std::strerror(error));
    committed_ = true;
}

}  // namespace coopsim::output
