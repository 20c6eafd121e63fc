#include "common/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tiphub {
namespace {

TEST(IdIndexTest, FindsWhatWasInsertedThroughGrowth) {
  std::vector<std::string> ids;
  IdIndex index;
  auto id_of = [&](uint32_t k) { return std::string_view(ids[k]); };
  EXPECT_EQ(index.Find("A1", IdIndex::Hash("A1"), id_of), IdIndex::kNone);
  for (int i = 0; i < 5000; ++i) {  // several growths past the first 1,024 slots
    ids.push_back("A" + std::to_string(i));
    index.Insert(IdIndex::Hash(ids.back()), static_cast<uint32_t>(i), id_of);
  }
  EXPECT_EQ(index.size(), 5000u);
  for (int i = 0; i < 5000; i += 7) {
    const std::string id = "A" + std::to_string(i);
    EXPECT_EQ(index.Find(id, IdIndex::Hash(id), id_of), static_cast<uint32_t>(i));
  }
  EXPECT_EQ(index.Find("B1", IdIndex::Hash("B1"), id_of), IdIndex::kNone);
  EXPECT_EQ(index.Find("", IdIndex::Hash(""), id_of), IdIndex::kNone);
}

}  // namespace
}  // namespace tiphub
