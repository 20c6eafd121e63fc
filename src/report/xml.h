// XML helpers over libxml2: schema validation with element paths, and a hardened parser for
// documents from outside (no network, no DTD loading, no entity expansion, size limits).
//
// Thread safety: libxml2 is initialised once on first use; the functions are safe to call from
// several threads on different documents.
#ifndef TIPHUB_REPORT_XML_H_
#define TIPHUB_REPORT_XML_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "common/status.h"

namespace tiphub::report {

// Validates `xml` against the XML Schema `xsd` (`xsd_name` names it in messages). On failure the
// message lists up to 20 violations, each with its line and element path
// ("line 40, /report/transaction[2]/t_from_my_client: Element 'opened': This element is not
// expected.").
Status ValidateXml(std::string_view xml, std::string_view xsd, const std::string& xsd_name);

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

inline constexpr size_t kMaxXmlBytes = size_t{256} << 20;  // 256 MiB

// Parses a document from outside. Refuses a DOCTYPE with entity declarations (billion laughs,
// external entities), documents over `max_bytes`, and malformed XML, with messages naming `name`
// and the line.
Result<XmlDocPtr> ParseUntrustedXml(std::string_view xml, const std::string& name,
                                    size_t max_bytes = kMaxXmlBytes);

// The text content of `node`, trimmed; empty for null.
std::string NodeText(const xmlNode* node);
// The first child element of `node` named `name`, or null.
const xmlNode* Child(const xmlNode* node, std::string_view name);
// Text of the first child element named `name`, or empty.
std::string ChildText(const xmlNode* node, std::string_view name);

}  // namespace tiphub::report

namespace tiphub::report {

// Writes an indented UTF-8 document into memory through libxml2's text writer, which escapes
// text. Control characters XML 1.0 forbids are dropped from text. Errors are sticky: check
// Finish().
class XmlWriter {
 public:
  XmlWriter();
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void Start(std::string_view name);
  void Attribute(std::string_view name, std::string_view value);
  void End();
  // <name>text</name>
  void Element(std::string_view name, std::string_view text);
  // Only when `text` is not empty.
  void Optional(std::string_view name, std::string_view text) {
    if (!text.empty()) Element(name, text);
  }
  // Ends the document and returns it.
  Result<std::string> Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tiphub::report

#endif  // TIPHUB_REPORT_XML_H_
