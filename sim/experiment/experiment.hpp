#pragma once
// An experiment: a base scenario, the factors that vary, the sampling design, the replications
// and what to keep of each run (docs/EXPERIMENTS.md). Read from a JSON file with the same
// schema discipline as scenarios (experiment_schema.cpp, load_experiment.hpp).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace coopsim::experiment {

// How a factor's value reaches the scenario: replace the value at its path (`--set PATH=V`) or
// multiply the number there (`--set PATH*=V`).
enum class FactorOperation { set, scale };

enum class DistributionKind { uniform, log_uniform, normal, triangular };

struct Distribution {
    DistributionKind kind = DistributionKind::uniform;
    double low = 0, high = 1;  // bounds (normal: truncation bounds)
    double mean = 0, sd = 1;   // normal
    double mode = 0;           // triangular
};

struct Range {  // from `from` to `to`: `steps` evenly spaced values (both ends included), or
                // every value between them when steps is 0
    double from = 0, to = 1;
    int steps = 0;
};

struct Factor {
    std::string name;
    std::string path;  // a --set path into the base scenario; "*" stands for every item
    FactorOperation operation = FactorOperation::set;
    // Exactly one of these describes the values it takes.
    std::vector<nlohmann::json> values;  // a list (numbers, names, booleans)
    std::optional<Range> range;
    std::optional<Distribution> distribution;

    // A list or stepped range: a factorial design can use it.
    bool discrete() const;
    int level_count() const;  // discrete factors only
    // The value at unit coordinate u in [0,1]: level floor(u n) of a discrete factor, the
    // quantile u of a range or distribution.
    nlohmann::json value_at(double u) const;
};

enum class DesignKind { full_factorial, latin_hypercube, morris, saltelli };

struct DesignSpec {
    DesignKind kind = DesignKind::full_factorial;
    int samples = 0;            // latin_hypercube: points; saltelli: base samples N
    int trajectories = 0;       // morris
    int levels = 4;             // morris: grid levels p
    bool second_order = false;  // saltelli: also the BA_i matrices
};

// What a sweep keeps of each run: the yearly indicators and the stylised-fact measures only,
// or also every run's full trajectory file.
enum class Keep { summaries, trajectories };

struct Experiment {
    std::string name;
    std::string description;
    std::filesystem::path scenario;  // the base scenario, as resolved from the file
    std::string scenario_shown;      // as written, for messages and re-run commands
    std::uint64_t seed = 1;
    std::vector<Factor> factors;
    DesignSpec design;
    int replications = 1;
    Keep keep = Keep::summaries;
    std::string resolved_json;  // the validated experiment with defaults, stored in outputs
    std::string source_file;
};

const char* to_string(DesignKind kind);
const char* to_string(Keep keep);

}  // namespace coopsim::experiment
