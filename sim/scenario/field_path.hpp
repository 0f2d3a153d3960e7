#pragma once
// Field paths are JSON pointers (RFC 6901): "/donors/3/budget_usd". Messages name fields by them,
// --set addresses fields by them, and the schema's cross-field rules select fields with
// patterns in which "*" stands for every item of an array or member of an object.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// "~" -> "~0", "/" -> "~1", so that any key can be one token of a pointer.
std::string escape_token(std::string_view token);
std::string child_pointer(const std::string& parent, std::string_view key);
std::string child_pointer(const std::string& parent, std::size_t index);

// "/a/b", "a/b" and "a/b/" all give {"a", "b"}; "~0" and "~1" are unescaped. "" gives {}.
std::vector<std::string> split_path(std::string_view path);
std::string join_pointer(const std::vector<std::string>& tokens);

// A pattern as people read it in the reference: "/donors/*/grant_min_usd" ->
// "donors[].grant_min_usd".
std::string readable_pattern(std::string_view pattern);

struct PatternMatch {
    std::string pointer;
    const nlohmann::json* value = nullptr;
};

// Every value of `document` that `pattern` selects, in document order; a pattern token that does
// not exist, or meets a scalar, selects nothing (validation reports missing or mistyped values).
std::vector<PatternMatch> match_pattern(const nlohmann::json& document, std::string_view pattern);

}  // namespace coopsim::scenario
