#include "app/ingest.h"

#include <gtest/gtest.h>

#include <fstream>

#include "common/temp_dir.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

constexpr const char kIbm[] =
    "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount "
    "Paid,Payment Currency,Payment Format,Is Laundering\n"
    "2022/09/01 00:20,010,8000EBD30,010,8000EBD30,9.00,US Dollar,9.00,US Dollar,Cash,0\n"
    "2022/09/01 00:21,010,8000EBD30,010,8000EBD30,8.00,US Dollar,8.00,US Dollar,Cash,1\n";

std::vector<std::string> StoredIds(const std::string& store_path) {
  std::vector<std::string> ids;
  auto store = store::OpenSqliteStore(store_path);
  EXPECT_TRUE(store.ok());
  if (!store.ok()) return ids;
  EXPECT_TRUE((*store)
                  ->ForEachTransaction([&](const Transaction& tx) {
                    ids.push_back(tx.id);
                    return Status::Ok();
                  })
                  .ok());
  return ids;
}

// The ids given to id-less rows follow the workspace's scheme, so a file ingested again is all
// duplicates in a new workspace and in one written by an earlier tiphub alike.
TEST(IngestTest, IdLessRowsAreNamedByTheWorkspaceScheme) {
  TempDir dir;
  std::ofstream(dir.File("ibm.csv")) << kIbm;
  for (const std::string scheme : {"time-hash", "hash"}) {
    IngestRequest request;
    request.store_path = dir.File(scheme + ".db");
    request.inputs = {dir.File("ibm.csv")};
    {
      auto store = store::OpenSqliteStore(request.store_path);
      ASSERT_TRUE(store.ok());
      ASSERT_TRUE((*store)->SetMeta("synthetic_ids", scheme).ok());
    }
    auto first = Ingest(request, nullptr);
    ASSERT_TRUE(first.ok()) << first.status().ToString();
    EXPECT_EQ(first->total.accepted, 2);
    auto again = Ingest(request, nullptr);
    ASSERT_TRUE(again.ok()) << again.status().ToString();
    EXPECT_EQ(again->total.duplicates, 2) << scheme;
    const auto ids = StoredIds(request.store_path);
    ASSERT_EQ(ids.size(), 2u);
    for (const auto& id : ids) EXPECT_EQ(id.size(), scheme == "hash" ? 17u : 26u) << id;
  }
}

TEST(IngestTest, AnUnknownIdSchemeIsAClearError) {
  TempDir dir;
  std::ofstream(dir.File("ibm.csv")) << kIbm;
  IngestRequest request;
  request.store_path = dir.File("w.db");
  request.inputs = {dir.File("ibm.csv")};
  {
    auto store = store::OpenSqliteStore(request.store_path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->SetMeta("synthetic_ids", "uuid7").ok());
  }
  auto r = Ingest(request, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("upgrade tiphub"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::app
