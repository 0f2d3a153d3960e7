// coopsim report, figures and export: the analysis tools, written in Python
// (analysis/coopsim_analysis). Each subcommand replaces this process with
//   PYTHON -m coopsim_analysis SUBCOMMAND ARGS...
// with the package's folder put first on PYTHONPATH, so the tool's exit status, signals and
// terminal are those of the command the user typed, and `coopsim report --help` prints the
// Python side's help.
//   PYTHON       $COOPSIM_PYTHON, default /usr/bin/python3 (Debian's, which has the packages)
//   the folder   $COOPSIM_ANALYSIS_DIR, default the analysis/ folder of the sources built
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/cli/command.hpp"
#include "sim/errors.hpp"

#ifndef COOPSIM_DEFAULT_ANALYSIS_DIR
#error "COOPSIM_DEFAULT_ANALYSIS_DIR must name the analysis/ folder (sim/cli/CMakeLists.txt)"
#endif

namespace coopsim::cli {

namespace {

constexpr const char* kDefaultPython = "/usr/bin/python3";
constexpr const char* kPackage = "coopsim_analysis";

std::string environment_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

bool is_executable_file(const std::filesystem::path& file) {
    std::error_code error;
    return std::filesystem::is_regular_file(file, error) && access(file.c_str(), X_OK) == 0;
}

// The interpreter's file: `python` itself when it names a path, else the first executable of
// that name on PATH, as the shell would find it.
std::optional<std::filesystem::path> find_program(const std::string& python) {
    if (python.find('/') != std::string::npos) {
        if (is_executable_file(python)) return std::filesystem::path(python);
        return std::nullopt;
    }
    const std::string path = environment_or("PATH", "/usr/local/bin:/usr/bin:/bin");
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find(':', start);
        if (end == std::string::npos) end = path.size();
        const std::string folder = end > start ? path.substr(start, end - start) : ".";
        const std::filesystem::path candidate = std::filesystem::path(folder) / python;
        if (is_executable_file(candidate)) return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

// Execs the analysis tool; returns only by throwing.
[[noreturn]] void forward(const std::string& subcommand, const Invocation& invocation) {
    const std::string python = environment_or("COOPSIM_PYTHON", kDefaultPython);
    const std::optional<std::filesystem::path> program = find_program(python);
    if (!program) {
        throw InputError(subcommand + " needs Python 3 at " + python +
                         " (set COOPSIM_PYTHON); install Debian's python3 and the analysis "
                         "packages with ./setup.sh demo (list: ./setup.sh packages)");
    }
    const std::string folder = environment_or("COOPSIM_ANALYSIS_DIR", COOPSIM_DEFAULT_ANALYSIS_DIR);
    std::error_code error;
    if (!std::filesystem::is_regular_file(std::filesystem::path(folder) / kPackage / "__main__.py",
                                          error)) {
        throw InputError(
            folder + ": no " + kPackage + "/__main__.py here (" + subcommand +
            " needs the Python package " + kPackage +
            "; set COOPSIM_ANALYSIS_DIR to the analysis/ folder of coopsim's sources)");
    }

    const std::string old_path = environment_or("PYTHONPATH", "");
    const std::string new_path = old_path.empty() ? folder : folder + ":" + old_path;
    if (setenv("PYTHONPATH", new_path.c_str(), 1) != 0) {
        throw std::runtime_error("cannot set PYTHONPATH: " + std::string(std::strerror(errno)));
    }

    std::vector<std::string> words{python, "-m", kPackage, subcommand};
    words.insert(words.end(), invocation.args.begin(), invocation.args.end());
    std::vector<char*> argv;
    argv.reserve(words.size() + 1);
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    std::cout.flush();
    std::cerr.flush();
    execv(program->c_str(), argv.data());
    const int failure = errno;  // execv returns only when it failed
    throw InputError(subcommand + " cannot start Python 3 at " + program->string() + ": " +
                     std::strerror(failure) + " (set COOPSIM_PYTHON)");
}

}  // namespace

int run_report(const Invocation& invocation) {
    forward("report", invocation);
}

int run_figures(const Invocation& invocation) {
    forward("figures", invocation);
}

int run_export(const Invocation& invocation) {
    forward("export", invocation);
}

}  // namespace coopsim::cli
