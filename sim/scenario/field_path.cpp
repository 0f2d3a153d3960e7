#include "sim/scenario/field_path.hpp"

namespace coopsim::scenario {

std::string escape_token(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string child_pointer(const std::string& parent, std::string_view key) {
    return parent + "/" + escape_token(key);
}

std::string child_pointer(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> tokens;
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    if (!path.empty() && path.back() == '/') path.remove_suffix(1);
    if (path.empty()) return tokens;
    std::string token;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            tokens.push_back(std::move(token));
            token.clear();
        } else if (path[i] == '~' && i + 1 < path.size() &&
                   (path[i + 1] == '0' || path[i + 1] == '1')) {
            token += path[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            token += path[i];
        }
    }
    return tokens;
}

std::string join_pointer(const std::vector<std::string>& tokens) {
    std::string pointer;
    for (const auto& token : tokens)
        pointer = child_pointer(pointer, token);
    return pointer;
}

std::string readable_pattern(std::string_view pattern) {
    std::string out;
    for (const auto& token : split_path(pattern)) {
        if (token == "*") {
            out += "[]";
        } else {
            out += (out.empty() ? "" : ".") + token;
        }
    }
    return out;
}

namespace {

void collect(const nlohmann::json& value, const std::vector<std::string>& tokens, std::size_t next,
             const std::string& pointer, std::vector<PatternMatch>& out) {
    if (next == tokens.size()) {
        out.push_back({pointer, &value});
        return;
    }
    const std::string& token = tokens[next];
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (token == "*" || token == std::to_string(i)) {
                collect(value[i], tokens, next + 1, child_pointer(pointer, i), out);
            }
        }
    } else if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            if (token == "*" || token == key) {
                collect(member, tokens, next + 1, child_pointer(pointer, key), out);
            }
        }
    }
}

}  // namespace

std::vector<PatternMatch> match_pattern(const nlohmann::json& document, std::string_view pattern) {
    std::vector<PatternMatch> out;
    collect(document, split_path(pattern), 0, "", out);
    return out;
}

}  // namespace coopsim::scenario
