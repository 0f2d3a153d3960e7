// The loading pipeline of load.hpp: file -> `extends` chain merged as RFC 7386 merge patches ->
// --set overrides -> territories CSV -> territory and donor overrides -> validation with defaults
// -> rules across keys -> typed Scenario. Each value's origin is tracked on the way
// (provenance.hpp) so that a message names the file, CSV line or --set where the bad value was
// written.
#include "sim/scenario/load.hpp"

#include <algorithm>
#include <utility>

#include "sim/errors.hpp"
#include "sim/scenario/convert.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/item_overrides.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/merge_patch.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/overrides.hpp"
#include "sim/scenario/provenance.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/territory_csv.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::scenario {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// More files than any sensible chain of what-ifs; a longer chain is almost surely a mistake.
constexpr std::size_t kLongestExtendsChain = 16;
// Problems listed after the first one in a message: enough to fix several typos in one go.
constexpr std::size_t kMoreProblemsListed = 9;

struct ChainLink {
    fs::path identity;  // the canonical path, to recognise a file reached twice
    std::string shown;
};

struct Merged {
    json document;
    Provenance provenance;
};

fs::path identity_of(const fs::path& file) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(file, ec);
    return ec ? fs::absolute(file, ec).lexically_normal() : canonical;
}

std::string chain_text(const std::vector<ChainLink>& chain, const std::string& last) {
    std::string text;
    for (const auto& link : chain)
        text += link.shown + " -> ";
    return text + last;
}

// `document` (read from `source.file`) with its `extends` chain resolved: each base is loaded
// first and the extending file is applied to it as a merge patch.
Merged resolve_extends(json document, const Source& source, std::vector<ChainLink>& chain) {
    if (!document.is_object()) {
        throw ScenarioError(source.file, "",
                            "expected an object (a scenario), got " + shown(document));
    }
    const auto extends = document.find("extends");
    if (extends == document.end()) {
        Provenance provenance(source);
        return {std::move(document), std::move(provenance)};
    }
    if (!extends->is_string() || extends->get_ref<const std::string&>().empty()) {
        throw ScenarioError(
            source.file, "/extends",
            "expected a non-empty string (a path relative to this file), got " + shown(*extends));
    }
    const fs::path base_path = (source.base_dir / extends->get<std::string>()).lexically_normal();
    const std::string base_shown = base_path.string();
    const fs::path base_identity = identity_of(base_path);
    for (const auto& link : chain) {
        if (link.identity == base_identity) {
            throw ScenarioError(source.file, "/extends",
                                "extends cycle: " + chain_text(chain, base_shown));
        }
    }
    if (chain.size() >= kLongestExtendsChain) {
        throw ScenarioError(source.file, "/extends",
                            "extends chain longer than " + std::to_string(kLongestExtendsChain) +
                                " files: " + chain_text(chain, base_shown));
    }
    if (std::error_code ec; !fs::exists(base_path, ec)) {
        throw ScenarioError(source.file, "/extends", "no such file: " + base_shown);
    }
    chain.push_back({base_identity, base_shown});
    const Source base_source{base_shown, base_path.parent_path(), 0, {}};
    Merged merged = resolve_extends(read_json_file(base_path, base_shown), base_source, chain);
    chain.pop_back();

    document.erase(extends);
    merge_patch(merged.document, document);
    merged.provenance.record_patch(document, source);
    return merged;
}

// Rows of the territories CSV appended to `territories`, each remembered with its line.
void append_csv_territories(json& document, Provenance& provenance) {
    const auto declared = document.find("territories_csv");
    if (declared == document.end()) return;
    const Source& declarer = *provenance.find("/territories_csv").source;
    if (!declared->is_string() || declared->get_ref<const std::string&>().empty()) {
        throw ScenarioError(
            declarer.file, "/territories_csv",
            "expected a non-empty string (a path relative to this file), got " + shown(*declared));
    }
    const fs::path csv_path = (declarer.base_dir / declared->get<std::string>()).lexically_normal();
    const std::string csv_shown = csv_path.string();
    if (std::error_code ec; !fs::exists(csv_path, ec)) {
        throw ScenarioError(declarer.file, "/territories_csv", "no such file: " + csv_shown);
    }
    auto rows = read_territory_csv(csv_path, csv_shown, schema::territory());

    json& territories = document["territories"];
    if (territories.is_null()) territories = json::array();
    if (!territories.is_array()) {
        const Source& origin = *provenance.find("/territories").source;
        throw ScenarioError(
            origin.file, "/territories",
            "expected " + schema::expected(*schema::scenario().find("territories")->node) +
                " to append the rows of " + csv_shown + " to, got " + shown(territories));
    }
    for (auto& row : rows) {
        provenance.record(child_pointer("/territories", territories.size()),
                          Source{csv_shown, csv_path.parent_path(), row.line, {}});
        territories.push_back(std::move(row.territory));
    }
    // The rows are now in the document: the resolved scenario stands on its own.
    document.erase("territories_csv");
}

struct Located {
    std::string file;
    std::string field_path;
    std::string what;
};

Located locate(const schema::Problem& problem, const Provenance& provenance) {
    const auto [source, rest] = provenance.find(problem.pointer);
    std::string what = problem.message;
    if (!source->note.empty()) what += " (from " + source->note + ")";
    if (source->csv_line == 0) return {source->file, problem.pointer, std::move(what)};
    // A CSV row: its line, and the column when the problem is in one of its cells.
    std::string field = "line " + std::to_string(source->csv_line);
    if (const auto tokens = split_path(rest); !tokens.empty())
        field += ", column " + tokens.front();
    return {source->file, std::move(field), std::move(what)};
}

[[noreturn]] void fail(const std::vector<schema::Problem>& problems, const Provenance& provenance) {
    const Located first = locate(problems.front(), provenance);
    std::string what = first.what;
    const std::size_t listed = std::min(problems.size() - 1, kMoreProblemsListed);
    for (std::size_t i = 1; i <= listed; ++i) {
        const Located more = locate(problems[i], provenance);
        what += "\n  also " + more.file + ": " +
                (more.field_path.empty() ? "" : more.field_path + ": ") + more.what;
    }
    if (problems.size() - 1 > listed) {
        what += "\n  and " + std::to_string(problems.size() - 1 - listed) + " more problems";
    }
    throw ScenarioError(first.file, first.field_path, what);
}

Scenario load(json document, const Source& top, const fs::path& top_identity,
              const std::vector<std::string>& overrides) {
    const bool names_itself = document.is_object() && document.contains("name");
    std::vector<ChainLink> chain{{top_identity, top.file}};
    Merged merged = resolve_extends(std::move(document), top, chain);
    json& resolved = merged.document;
    Provenance& provenance = merged.provenance;

    // The name describes this scenario, not the one it extends.
    if (!names_itself) resolved.erase("name");

    for (const auto& override_text : overrides) {
        for (const std::string& pointer : apply_override(resolved, override_text, top.file))
            provenance.record(pointer, Source{top.file, fs::path(), 0, "--set " + override_text});
    }
    if (resolved.contains("extends")) {
        throw ScenarioError(top.file, "/extends",
                            "`extends` belongs in a scenario file, not in --set");
    }
    append_csv_territories(resolved, provenance);
    apply_item_overrides(resolved, provenance);
    if (!resolved.contains("name")) resolved["name"] = fs::path(top.file).stem().string();

    if (auto problems = validate(resolved, schema::scenario()); !problems.empty()) {
        fail(problems, provenance);
    }
    if (auto problems = check_rules(resolved, schema::rules()); !problems.empty()) {
        fail(problems, provenance);
    }
    Scenario scenario = to_scenario(resolved);
    scenario.source_file = top.file;
    return scenario;
}

}  // namespace

Scenario load_scenario(const fs::path& file, const std::vector<std::string>& overrides) {
    const std::string shown_as = file.string();
    json document = read_json_file(file, shown_as);
    return load(std::move(document), Source{shown_as, file.parent_path(), 0, {}}, identity_of(file),
                overrides);
}

Scenario load_scenario_json(const json& document, const std::string& origin,
                            const fs::path& base_dir, const std::vector<std::string>& overrides) {
    // The reader limits nesting for files; a document built in memory is checked here.
    if (nesting_depth(document) > kMaxNesting) {
        throw ScenarioError(origin, "",
                            "nesting deeper than " + std::to_string(kMaxNesting) + " levels");
    }
    const fs::path identity = identity_of(base_dir / fs::path(origin).filename());
    return load(document, Source{origin, base_dir, 0, {}}, identity, overrides);
}

}  // namespace coopsim::scenario
