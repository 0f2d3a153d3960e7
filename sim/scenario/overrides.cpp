#include "sim/scenario/overrides.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "sim/errors.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

// "0", "12", but not "012" or "-1": the array indices RFC 6901 allows.
bool is_index(const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    }) && (token.size() == 1 || token.front() != '0');
}

}  // namespace

namespace {

// Where an override writes: the tokens of its path, followed from `target` (at `pointer`);
// "*" follows every item of an array or member of an object.
class OverrideWriter {
  public:
    OverrideWriter(const json& value, bool scale, std::string shown, const std::string& file)
        : value_(value), scale_(scale), shown_(std::move(shown)), file_(file) {}

    void write(json& target, const std::vector<std::string>& tokens, std::size_t next,
               const std::string& pointer) {
        if (next == tokens.size()) return assign(target, pointer);
        const std::string& token = tokens[next];
        if (token == "*") {
            if (target.is_array()) {
                for (std::size_t i = 0; i < target.size(); ++i)
                    write(target[i], tokens, next + 1, child_pointer(pointer, i));
                return;
            }
            if (target.is_object()) {
                for (auto& [name, member] : target.items())
                    write(member, tokens, next + 1, child_pointer(pointer, name));
                return;
            }
            throw ScenarioError(
                file_, pointer,
                shown_ + ": \"*\" needs an array or an object, got " + shown(target));
        }
        if (scale_ && !target.is_object() && !target.is_array())
            throw ScenarioError(file_, pointer,
                                shown_ + ": nothing to scale inside " + shown(target));
        if (target.is_null()) target = json::object();
        if (target.is_object()) {
            if (scale_ && !target.contains(token))
                throw ScenarioError(file_, child_pointer(pointer, token),
                                    shown_ + ": no value here to scale");
            return write(target[token], tokens, next + 1, child_pointer(pointer, token));
        }
        if (target.is_array() && token == "-" && !scale_) {
            target.push_back(nullptr);
            return write(target.back(), tokens, next + 1,
                         child_pointer(pointer, target.size() - 1));
        }
        if (target.is_array() && is_index(token) && token.size() < 10 &&
            std::stoul(token) < target.size()) {
            return write(target[std::stoul(token)], tokens, next + 1,
                         child_pointer(pointer, token));
        }
        if (target.is_array()) {
            throw ScenarioError(file_, pointer,
                                shown_ + ": expected an item index below " +
                                    std::to_string(target.size()) + " or \"-\", got " +
                                    in_quotes(token));
        }
        throw ScenarioError(file_, pointer, shown_ + ": cannot set a key inside " + shown(target));
    }

    std::vector<std::string> written;

  private:
    void assign(json& target, const std::string& pointer) {
        if (scale_) {
            if (!target.is_number())
                throw ScenarioError(file_, pointer,
                                    shown_ + ": expected a number to scale, got " + shown(target));
            target = target.get<double>() * value_.get<double>();
        } else {
            target = value_;
        }
        written.push_back(pointer);
    }

    const json& value_;
    bool scale_;
    std::string shown_;
    const std::string& file_;
};

}  // namespace

std::vector<std::string> apply_override(json& document, std::string_view override_text,
                                        const std::string& scenario_file) {
    const std::string shown_override = "--set " + in_quotes(override_text);
    const std::size_t equals = override_text.find('=');
    // "PATH*=FACTOR" scales; a path that ends in "/*" before "=" sets every item instead.
    const bool scale = equals != std::string_view::npos && equals >= 1 &&
                       override_text[equals - 1] == '*' &&
                       (equals < 2 || override_text[equals - 2] != '/');
    const std::size_t path_end = scale ? equals - 1 : std::min(equals, override_text.size());
    const std::vector<std::string> tokens = split_path(override_text.substr(0, path_end));
    if (equals == std::string_view::npos || tokens.empty()) {
        throw ScenarioError(
            scenario_file, "",
            shown_override + ": expected PATH=VALUE, e.g. parameters/lapse_rate=0.4");
    }
    const std::string_view text = override_text.substr(equals + 1);
    json value;
    try {
        value = parse_json_if_json(text, shown_override).value_or(json(std::string(text)));
    } catch (const ScenarioError& error) {
        // JSON the reader refuses (1e999, a duplicate key): report it at the overridden field.
        const std::string_view what = error.what();
        const std::size_t prefix = error.file().size() + 2 +
                                   (error.field_path().empty() ? 0 : error.field_path().size() + 2);
        throw ScenarioError(
            scenario_file, join_pointer(tokens),
            shown_override + ": " + std::string(what.substr(std::min(prefix, what.size()))));
    }
    if (scale && !value.is_number()) {
        throw ScenarioError(
            scenario_file, join_pointer(tokens),
            shown_override + ": expected a number to scale by, got " + shown(value));
    }
    OverrideWriter writer(value, scale, shown_override, scenario_file);
    writer.write(document, tokens, 0, "");
    if (writer.written.empty()) {
        throw ScenarioError(scenario_file, join_pointer(tokens),
                            shown_override + ": \"*\" matched nothing");
    }
    return writer.written;
}

}  // namespace coopsim::scenario
