#include "sim/experiment/experiment_schema.hpp"

#include "sim/experiment/experiment_names.hpp"

namespace coopsim::experiment {

namespace {

using namespace scenario::schema;
using nlohmann::json;

NodePtr range_node() {
    return object({
        key("from", number(), required, "First value"),
        key("to", number(), required, "Last value"),
        key("steps", integer(closed(0, 10000)), 0,
            "Evenly spaced values from `from` to `to`, both included (at least 2); 0: every "
            "value between them (a continuous factor)"),
    });
}

NodePtr distribution_node() {
    return object({
        key("kind", one_of(scenario::names_of<DistributionKind>()), required,
            "Shape of the distribution the design's unit coordinates are mapped through"),
        key("low", number(), required, "Lower bound (normal: truncation bound)"),
        key("high", number(), required, "Upper bound (normal: truncation bound)"),
        key("mean", number(), 0, "normal: mean"),
        key("sd", number(above(0)), 1, "normal: standard deviation"),
        key("mode", number(), absent("(low + high) / 2"), "triangular: the most likely value"),
    });
}

NodePtr factor_node() {
    return object({
        key("name", non_empty_text(), required,
            "Name of the factor, in the design table of the output; unique"),
        key("path", non_empty_text(), required,
            "Where the factor goes in the base scenario, as for `coopsim run --set`: a JSON "
            "pointer (\"/parameters/lapse_rate\"); \"*\" stands for every item of an array "
            "(\"/donors/*/budget_usd\")"),
        key("operation", one_of(scenario::names_of<FactorOperation>()), "set",
            "`set` replaces the value at the path; `scale` multiplies the number there"),
        key("values", array(any_value(), 1), absent("none"),
            "The values the factor takes (a discrete factor)"),
        key("range", range_node(), absent("none"),
            "A range of numbers, stepped (discrete) or continuous"),
        key("distribution", distribution_node(), absent("none"),
            "A distribution with bounds (continuous)"),
    });
}

NodePtr design_node() {
    return object({
        key("kind", one_of(scenario::names_of<DesignKind>()), "full_factorial",
            "Sampling design: every combination of the factors' values (discrete factors "
            "only); a Latin hypercube; Morris elementary-effect trajectories; Saltelli's "
            "scheme for Sobol indices"),
        key("samples", integer(closed(0, 1000000)), 0,
            "latin_hypercube: points; saltelli: base samples N (N (k + 2) points, N (2k + 2) "
            "with second order)"),
        key("trajectories", integer(closed(0, 100000)), 0, "morris: trajectories r"),
        key("levels", integer(closed(2, 100)), 4, "morris: levels p of the grid (even)"),
        key("second_order", boolean(), false, "saltelli: also the points for second-order indices"),
    });
}

NodePtr experiment_node() {
    return object({
        key("description", text(), "", "Free text: the question the experiment asks"),
        key("name", non_empty_text(), absent("the file's stem"), "Name of the experiment"),
        key("scenario", non_empty_text(), required,
            "The base scenario file, relative to this file"),
        key("seed", integer64(closed(0, 281474976710655.0)), 1,
            "Seed of the design and of every run's seed"),
        key("factors", array(factor_node(), 1), required, "What varies"),
        key("design", design_node(), from_fields, "How the factors' values are sampled"),
        key("replications", integer(closed(1, 100000)), 1,
            "Runs per design point, each with its own seed"),
        key("keep", one_of(scenario::names_of<Keep>()), "summaries",
            "What the sweep keeps of each run: the yearly indicators and the stylised-fact "
            "measures, or also each run's full trajectory file"),
    });
}

std::vector<Rule> rules_of_experiments() {
    return {
        unique("/factors", "name"),
        not_less("/factors/*/range", "from", "to"),
        not_less("/factors/*/distribution", "low", "high"),
    };
}

}  // namespace

const Node& experiment_schema() {
    static const NodePtr root = experiment_node();
    return *root;
}

const std::vector<Rule>& experiment_rules() {
    static const std::vector<Rule> all = rules_of_experiments();
    return all;
}

}  // namespace coopsim::experiment
