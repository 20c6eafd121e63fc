// libFuzzer target: the CSV reader must never crash or hang on any bytes, and every record it
// returns either has fields or says why it was rejected.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  tiphub::ingest::CsvOptions options;
  options.delimiter = static_cast<char>(data[0] % 4 == 0 ? ';' : ',');
  options.max_record_bytes = 4096;
  tiphub::ingest::CsvReader reader;
  reader.OpenBuffer(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), options);
  tiphub::ingest::CsvRecord record;
  for (int guard = 0; guard < 1'000'000; ++guard) {
    auto more = reader.Next(record);
    if (!more.ok() || !*more) break;
    if (record.error.empty() && record.fields.empty()) __builtin_trap();
  }
  return 0;
}
