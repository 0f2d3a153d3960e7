#pragma once
// Progress of a run on stderr: a bar redrawn in place on a terminal, one plain line per year
// when stderr goes to a file or a pipe (logs stay readable), nothing with --quiet.
#include <chrono>
#include <iosfwd>
#include <string>

namespace coopsim::cli {

class ProgressDisplay {
  public:
    enum class Mode { none, lines, bar };

    // The mode for the process's stderr: none when quiet, bar on a terminal, lines otherwise.
    static Mode mode_for_stderr(bool quiet);

    ProgressDisplay(Mode mode, std::ostream& out);
    // Ends a bar's line, so that an error message printed after an interrupted run starts on
    // a line of its own.
    ~ProgressDisplay();
    ProgressDisplay(const ProgressDisplay&) = delete;
    ProgressDisplay& operator=(const ProgressDisplay&) = delete;

    void start(int years_total);
    void year_done(int year, int years_done, int years_total);
    void finish();

  private:
    void draw_bar(int year, int years_done, int years_total);

    Mode mode_;
    std::ostream& out_;
    std::chrono::steady_clock::time_point started_;
    bool line_open_ = false;
};

// "0:07", "12:34", "1:02:03".
std::string format_elapsed(std::chrono::steady_clock::duration elapsed);

}  // namespace coopsim::cli
