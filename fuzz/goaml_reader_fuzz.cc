// libFuzzer target: the goAML reader must never crash, hang or expand entities on any bytes, and
// every transaction it returns has an id and a non-negative amount.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "report/goaml_reader.h"
#include "report/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tiphub::report::FiuProfile profile = [] {
    auto p = tiphub::report::LoadFiuProfile("goaml5-generic");
    if (!p.ok()) __builtin_trap();
    return *p;
  }();
  auto records = tiphub::report::ReadGoaml(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml", profile);
  if (!records.ok()) return 0;
  for (const auto& tx : records->transactions) {
    if (tx.id.empty() || tx.amount.minor < 0) __builtin_trap();
  }
  return 0;
}
