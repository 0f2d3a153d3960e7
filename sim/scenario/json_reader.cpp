#include "sim/scenario/json_reader.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "sim/errors.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/file_text.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using json = nlohmann::json;

struct Failure {
    std::string field_path;
    std::string what;
    bool syntax = false;  // the text is not JSON, as opposed to JSON this reader refuses
};

// Builds the document from nlohmann's SAX events. Unlike json::parse it sees every key as it
// arrives (duplicates are caught, not silently overwritten), knows the field being read when a
// number overflows, and stops at kMaxNesting before a deep document can exhaust the stack of
// any recursive code downstream.
class StrictBuilder {
  public:
    explicit StrictBuilder(std::string_view text) : text_(text) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool value) { return put(json(value)); }
    bool number_integer(json::number_integer_t value) { return put(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return put(json(value)); }
    bool number_float(json::number_float_t value, const std::string&) { return put(json(value)); }
    bool string(std::string& value) { return put(json(std::move(value))); }
    bool binary(json::binary_t&) { return fail(pending_pointer(), "binary values are not JSON"); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name) {
        Frame& top = frames_.back();
        if (top.value->contains(name)) {
            return fail(child_pointer(top.pointer, name), "duplicate key " + in_quotes(name));
        }
        top.key = name;
        top.slot = &(*top.value)[name];
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const json::exception& error) {
        const std::string where = line_and_column(position);
        if (error.id == 406) {  // number overflow: the lexer read a number that is not finite
            return fail(pending_pointer(),
                        "number " + in_quotes(quoted_token(error.what())) +
                            " is out of range of a double (overflows to infinity), at " + where);
        }
        fail(where, "malformed JSON: " + reason(error.what()));
        failure_->syntax = true;
        return false;
    }

    json take() { return std::move(root_); }
    const std::optional<Failure>& failure() const { return failure_; }

  private:
    struct Frame {
        json* value = nullptr;
        std::string pointer;
        std::string key;       // objects: the member being read
        json* slot = nullptr;  // objects: where that member's value goes
    };

    std::string pending_pointer() const {
        if (frames_.empty()) return "";
        const Frame& top = frames_.back();
        return top.value->is_array() ? child_pointer(top.pointer, top.value->size())
                                     : child_pointer(top.pointer, top.key);
    }

    json* put(json value) {
        if (frames_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Frame& top = frames_.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(value));
            return &top.value->back();
        }
        *top.slot = std::move(value);
        return top.slot;
    }

    bool open(json container) {
        std::string pointer = pending_pointer();
        if (frames_.size() >= kMaxNesting) {
            return fail(pointer, "nesting deeper than " + std::to_string(kMaxNesting) + " levels");
        }
        json* value = put(std::move(container));
        frames_.push_back({value, std::move(pointer), {}, nullptr});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    bool fail(std::string field_path, std::string what) {
        if (!failure_) failure_ = Failure{std::move(field_path), std::move(what)};
        return false;
    }

    // Lines and columns counted as editors do: from 1, a column being a byte of the line.
    std::string line_and_column(std::size_t position) const {
        const std::size_t end = std::min(position, text_.size());
        const std::string_view before = text_.substr(0, end);
        const std::size_t line =
            1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        const std::size_t line_start = before.rfind('\n');
        const std::size_t column =
            line_start == std::string_view::npos ? end : end - line_start - 1;
        return "line " + std::to_string(line) + ", column " +
               std::to_string(std::max<std::size_t>(column, 1));
    }

    // The token in nlohmann's "number overflow parsing '1e999'".
    static std::string quoted_token(std::string_view what) {
        const std::size_t first = what.find('\'');
        const std::size_t last = what.rfind('\'');
        if (first == std::string_view::npos || last <= first) return "";
        return std::string(what.substr(first + 1, std::min<std::size_t>(last - first - 1, 40)));
    }

    // nlohmann's message without its "[json.exception...] parse error at line L, column C: "
    // prefix: the position is already in the field part of ours.
    static std::string reason(std::string_view what) {
        const std::size_t column = what.find(", column ");
        const std::size_t colon = what.find(": ", column == std::string_view::npos ? 0 : column);
        return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
    }

    std::string_view text_;
    json root_;
    std::vector<Frame> frames_;
    std::optional<Failure> failure_;
};

}  // namespace

std::optional<json> parse_json_if_json(std::string_view text, const std::string& shown_as) {
    StrictBuilder builder(text);
    const bool ok = json::sax_parse(text, &builder);
    if (const auto& failure = builder.failure()) {
        if (failure->syntax) return std::nullopt;
        throw ScenarioError(shown_as, failure->field_path, failure->what);
    }
    if (!ok) return std::nullopt;
    return builder.take();
}

json parse_json_text(std::string_view text, const std::string& shown_as) {
    StrictBuilder builder(text);
    const bool ok = json::sax_parse(text, &builder);
    if (const auto& failure = builder.failure()) {
        throw ScenarioError(shown_as, failure->field_path, failure->what);
    }
    if (!ok) throw ScenarioError(shown_as, "", "malformed JSON");
    return builder.take();
}

json read_json_file(const std::filesystem::path& file, const std::string& shown_as) {
    const std::string text = read_file_text(file, shown_as);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw ScenarioError(shown_as, "", "empty file: expected a JSON object");
    }
    return parse_json_text(text, shown_as);
}

std::size_t nesting_depth(const json& value) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> pending{{&value, 0}};
    while (!pending.empty()) {
        const auto [current, depth] = pending.back();
        pending.pop_back();
        if (!current->is_structured()) continue;
        deepest = std::max(deepest, depth + 1);
        for (const auto& child : *current)
            pending.emplace_back(&child, depth + 1);
    }
    return deepest;
}

}  // namespace coopsim::scenario
