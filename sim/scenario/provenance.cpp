#include "sim/scenario/provenance.hpp"

#include <utility>

#include "sim/scenario/field_path.hpp"

namespace coopsim::scenario {

Provenance::Provenance(Source whole_document) {
    origins_.emplace("", std::move(whole_document));
}

void Provenance::record(const std::string& pointer, Source source) {
    // Origins recorded below `pointer` describe values that no longer exist.
    const std::string below = pointer + "/";
    for (auto it = origins_.lower_bound(below);
         it != origins_.end() && it->first.starts_with(below);) {
        it = origins_.erase(it);
    }
    origins_.insert_or_assign(pointer, std::move(source));
}

void Provenance::record_patch(const nlohmann::json& patch, const Source& source,
                              const std::string& at) {
    if (!patch.is_object()) return record(at, source);
    record_members(patch, at, source);
}

void Provenance::record_members(const nlohmann::json& patch, const std::string& pointer,
                                const Source& source) {
    for (const auto& [name, value] : patch.items()) {
        const std::string child = child_pointer(pointer, name);
        if (value.is_object()) {
            // Merged member by member: the object is (also) this source's, its untouched
            // members keep theirs. The recursion is bounded by the reader's nesting limit.
            origins_.insert_or_assign(child, source);
            record_members(value, child, source);
        } else {
            // Replaced wholesale (or removed, for null: then the origin is never asked for).
            record(child, source);
        }
    }
}

Provenance::Found Provenance::find(const std::string& pointer) const {
    std::string prefix = pointer;
    while (true) {
        if (const auto it = origins_.find(prefix); it != origins_.end()) {
            return {&it->second, pointer.substr(prefix.size())};
        }
        const std::size_t slash = prefix.rfind('/');
        // The root is recorded from construction on, so the walk ends there at the latest.
        if (slash == std::string::npos) return {&origins_.begin()->second, pointer};
        prefix.resize(slash);
    }
}

}  // namespace coopsim::scenario
