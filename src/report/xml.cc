#include "report/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

#include <mutex>
#include <vector>

#include <fmt/format.h>

#include "common/strings.h"

namespace tiphub::report {

namespace {

void IgnoreGenericError(void*, const char*, ...) {}

// Initialises libxml2 once, and keeps its generic (unstructured) messages, such as warnings about
// a schema's namespace, off standard error on the calling thread: errors that matter are collected
// through structured handlers and returned in a Status.
void InitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
}

// Collects libxml2's structured errors.
struct ErrorList {
  std::vector<std::string> messages;
  size_t total = 0;
};

void CollectError(void* ctx, xmlErrorPtr error) {
  auto* list = static_cast<ErrorList*>(ctx);
  ++list->total;
  if (list->messages.size() >= 20 || error == nullptr) return;
  std::string message = error->message ? error->message : "unknown error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::string where = fmt::format("line {}", error->line);
  if (error->node != nullptr && static_cast<xmlNode*>(error->node)->type == XML_ELEMENT_NODE) {
    xmlChar* path = xmlGetNodePath(static_cast<xmlNode*>(error->node));
    if (path != nullptr) {
      where += fmt::format(", {}", reinterpret_cast<const char*>(path));
      xmlFree(path);
    }
  }
  list->messages.push_back(fmt::format("{}: {}", where, message));
}

std::string JoinErrors(const ErrorList& errors) {
  std::string out;
  for (const auto& m : errors.messages) out += "\n  " + m;
  if (errors.total > errors.messages.size()) {
    out += fmt::format("\n  ... and {} more", errors.total - errors.messages.size());
  }
  return out;
}

struct SchemaParserDeleter {
  void operator()(xmlSchemaParserCtxt* p) const { xmlSchemaFreeParserCtxt(p); }
};
struct SchemaDeleter {
  void operator()(xmlSchema* p) const { xmlSchemaFree(p); }
};
struct ValidDeleter {
  void operator()(xmlSchemaValidCtxt* p) const { xmlSchemaFreeValidCtxt(p); }
};
struct ParserDeleter {
  void operator()(xmlParserCtxt* p) const { xmlFreeParserCtxt(p); }
};

// Options for documents we do not trust: no network, no DTD loading or entity substitution, no
// huge-document relaxations.
constexpr int kSafeOptions = XML_PARSE_NONET | XML_PARSE_NOBLANKS;

}  // namespace

Status ValidateXml(std::string_view xml, std::string_view xsd, const std::string& xsd_name) {
  InitOnce();
  ErrorList schema_errors;
  std::unique_ptr<xmlSchemaParserCtxt, SchemaParserDeleter> parser(
      xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size())));
  if (!parser) return Status::Internal("cannot allocate an XML schema parser");
  xmlSchemaSetParserStructuredErrors(parser.get(), CollectError, &schema_errors);
  std::unique_ptr<xmlSchema, SchemaDeleter> schema(xmlSchemaParse(parser.get()));
  if (!schema) {
    return Status::InvalidArgument(fmt::format("the schema {} is not a valid XML Schema:{}",
                                               xsd_name, JoinErrors(schema_errors)));
  }
  ASSIGN_OR_RETURN(XmlDocPtr doc, ParseUntrustedXml(xml, "the report"));
  std::unique_ptr<xmlSchemaValidCtxt, ValidDeleter> valid(xmlSchemaNewValidCtxt(schema.get()));
  if (!valid) return Status::Internal("cannot allocate an XML schema validator");
  ErrorList errors;
  xmlSchemaSetValidStructuredErrors(valid.get(), CollectError, &errors);
  const int rc = xmlSchemaValidateDoc(valid.get(), doc.get());
  if (rc != 0) {
    return Status::InvalidArgument(
        fmt::format("the report does not validate against {} ({} violation{}):{}", xsd_name,
                    errors.total, errors.total == 1 ? "" : "s", JoinErrors(errors)));
  }
  return Status::Ok();
}

Result<XmlDocPtr> ParseUntrustedXml(std::string_view xml, const std::string& name,
                                    size_t max_bytes) {
  InitOnce();
  if (xml.size() > max_bytes) {
    return Status::ResourceExhausted(fmt::format(
        "{} is {} bytes, more than the {} bytes tiphub reads from one XML document; split it", name,
        xml.size(), max_bytes));
  }
  if (xml.empty()) return Status::InvalidArgument(fmt::format("{} is empty", name));
  // Entity declarations are how XML bombs and external-entity reads work; reports never need them.
  const size_t doctype = xml.find("<!DOCTYPE");
  if (doctype != std::string_view::npos &&
      xml.find("<!ENTITY", doctype) != std::string_view::npos) {
    return Status::InvalidArgument(fmt::format(
        "{} declares XML entities (<!ENTITY>), which tiphub refuses: they are used for XML bomb "
        "and external-entity attacks, and goAML reports do not need them",
        name));
  }
  std::unique_ptr<xmlParserCtxt, ParserDeleter> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal("cannot allocate an XML parser");
  ErrorList errors;
  xmlSetStructuredErrorFunc(&errors, CollectError);
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), nullptr,
                                  nullptr, kSafeOptions));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc || !ctxt->wellFormed) {
    return Status::InvalidArgument(
        fmt::format("{} is not well-formed XML:{}", name,
                    errors.messages.empty() ? std::string("\n  (no detail)") : JoinErrors(errors)));
  }
  if (doc->intSubset != nullptr && doc->intSubset->entities != nullptr) {
    return Status::InvalidArgument(
        fmt::format("{} declares XML entities, which tiphub refuses", name));
  }
  return doc;
}

std::string NodeText(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string out(Trim(reinterpret_cast<const char*>(content)));
  xmlFree(content);
  return out;
}

const xmlNode* Child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(c->name)) return c;
  }
  return nullptr;
}

std::string ChildText(const xmlNode* node, std::string_view name) {
  return NodeText(Child(node, name));
}

namespace {

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') continue;
    out.push_back(ch);
  }
  return out;
}

const xmlChar* X(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

}  // namespace

struct XmlWriter::Impl {
  xmlBufferPtr buffer = nullptr;
  xmlTextWriterPtr writer = nullptr;
  bool failed = false;
  void Check(int rc) { failed |= rc < 0; }
};

XmlWriter::XmlWriter() : impl_(std::make_unique<Impl>()) {
  InitOnce();
  impl_->buffer = xmlBufferCreate();
  impl_->writer = impl_->buffer ? xmlNewTextWriterMemory(impl_->buffer, 0) : nullptr;
  if (impl_->writer == nullptr) {
    impl_->failed = true;
    return;
  }
  impl_->Check(xmlTextWriterSetIndent(impl_->writer, 1));
  impl_->Check(xmlTextWriterSetIndentString(impl_->writer, BAD_CAST "  "));
  impl_->Check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() {
  if (impl_->writer) xmlFreeTextWriter(impl_->writer);
  if (impl_->buffer) xmlBufferFree(impl_->buffer);
}

void XmlWriter::Start(std::string_view name) {
  if (impl_->failed) return;
  impl_->Check(xmlTextWriterStartElement(impl_->writer, X(std::string(name))));
}

void XmlWriter::Attribute(std::string_view name, std::string_view value) {
  if (impl_->failed) return;
  impl_->Check(
      xmlTextWriterWriteAttribute(impl_->writer, X(std::string(name)), X(CleanText(value))));
}

void XmlWriter::End() {
  if (impl_->failed) return;
  impl_->Check(xmlTextWriterEndElement(impl_->writer));
}

void XmlWriter::Element(std::string_view name, std::string_view text) {
  if (impl_->failed) return;
  impl_->Check(xmlTextWriterWriteElement(impl_->writer, X(std::string(name)), X(CleanText(text))));
}

Result<std::string> XmlWriter::Finish() {
  if (!impl_->failed) impl_->Check(xmlTextWriterEndDocument(impl_->writer));
  if (impl_->failed) return Status::Internal("writing XML failed (out of memory?)");
  xmlFreeTextWriter(impl_->writer);  // flushes into the buffer
  impl_->writer = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(impl_->buffer)),
                     static_cast<size_t>(xmlBufferLength(impl_->buffer)));
}

}  // namespace tiphub::report
