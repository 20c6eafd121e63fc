// The indicator catalog: every indicator tiphub can compute, with its published source, level,
// parameters and goAML report-indicator code. Shipped in the binary; `tiphub indicators` prints it
// and docs/indicators.md renders it.
#ifndef TIPHUB_DETECT_CATALOG_H_
#define TIPHUB_DETECT_CATALOG_H_

#include <span>
#include <string_view>

namespace tiphub::detect {

struct IndicatorInfo {
  std::string_view id;  // HT-xx from ../shared/reference/indicators.md, ML-xx for typologies
  std::string_view title;
  std::string_view measures;    // what the engine computes
  std::string_view level;       // transaction, account, network
  std::string_view source;      // advisory and date
  double threshold;             // default threshold on the measured value
  double weight;                // default contribution to the account score
  std::string_view goaml_code;  // report-indicator code in the generic profile, or empty
};

std::span<const IndicatorInfo> Catalog();
const IndicatorInfo* FindIndicator(std::string_view id);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_CATALOG_H_
