// Files compiled into the binary (generated from the repository by CMake): the report schemas and
// the built-in FIU profiles. The views point at static storage.
#ifndef TIPHUB_REPORT_RESOURCES_H_
#define TIPHUB_REPORT_RESOURCES_H_

#include <string_view>

namespace tiphub::report {

std::string_view GoamlGenericXsd();          // src/report/schemas/goaml5_generic.xsd
std::string_view FincenSarXsd();             // third_party/fincen/EFL_SARXBatchSchema.xsd
std::string_view GoamlGenericProfileJson();  // profiles/goaml5-generic.json
std::string_view FincenUsProfileJson();      // profiles/fincen-us.json

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_RESOURCES_H_
