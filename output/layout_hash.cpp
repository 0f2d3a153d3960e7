#include "output/layout_hash.hpp"

#include <string>
#include <string_view>

namespace coopsim::output {

namespace {

constexpr std::uint64_t kOffsetBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kPrime = 0x100000001b3ULL;

class Fnv1a {
  public:
    // Each field ends with a 0 byte, so ("ab", "c") and ("a", "bc") differ.
    void add(std::string_view text) {
        for (const char c : text)
            add_byte(static_cast<unsigned char>(c));
        add_byte(0);
    }
    std::uint64_t value() const { return hash_; }

  private:
    void add_byte(unsigned char byte) {
        hash_ ^= byte;
        hash_ *= kPrime;
    }
    std::uint64_t hash_ = kOffsetBasis;
};

}  // namespace

std::uint64_t layout_hash(const std::vector<Column>& columns) {
    Fnv1a hash;
    for (const Column& column : columns) {
        hash.add(column.path);
        hash.add(std::to_string(column.axes.size()));
        for (const Axis axis : column.axes)
            hash.add(axis_name(axis));
        hash.add(column.unit);
        hash.add(type_name(column.values));
    }
    return hash.value();
}

}  // namespace coopsim::output
