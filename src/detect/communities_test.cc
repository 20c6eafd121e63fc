#include "detect/communities.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace tiphub::detect {
namespace {

// `groups` cliques of `size` nodes each, neighbouring cliques joined by one edge.
std::vector<WeightedEdge> Cliques(uint32_t groups, uint32_t size) {
  std::vector<WeightedEdge> edges;
  for (uint32_t g = 0; g < groups; ++g) {
    for (uint32_t i = 0; i < size; ++i) {
      for (uint32_t j = i + 1; j < size; ++j) edges.push_back({g * size + i, g * size + j, 1});
    }
    if (g + 1 < groups) edges.push_back({g * size, (g + 1) * size, 1});
  }
  return edges;
}

TEST(CommunitiesTest, LeidenFindsTheCliquesNotTheConnectedComponent) {
  const auto edges = Cliques(4, 6);
  auto community = LeidenCommunities(24, edges);
  ASSERT_TRUE(community.ok()) << community.status().ToString();
  ASSERT_EQ(community->size(), 24u);
  std::set<uint32_t> distinct(community->begin(), community->end());
  EXPECT_EQ(distinct.size(), 4u);
  for (uint32_t g = 0; g < 4; ++g) {
    for (uint32_t i = 1; i < 6; ++i) EXPECT_EQ((*community)[g * 6 + i], (*community)[g * 6]);
  }
  // Deterministic: the same graph, the same answer.
  auto again = LeidenCommunities(24, edges);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *community);
}

TEST(CommunitiesTest, NodesWithoutEdgesAreAlone) {
  auto community = LeidenCommunities(3, {});
  ASSERT_TRUE(community.ok());
  EXPECT_EQ(std::set<uint32_t>(community->begin(), community->end()).size(), 3u);
}

TEST(CommunitiesTest, SplitIntoPartsRespectsTheCapAndCoversEveryNode) {
  // A chain of 20 cliques of 6: 120 nodes, one connected component.
  const auto edges = Cliques(20, 6);
  for (size_t cap : {50u, 12u, 6u, 4u}) {
    SCOPED_TRACE(cap);
    auto parts = SplitIntoParts(120, edges, cap);
    ASSERT_TRUE(parts.ok()) << parts.status().ToString();
    std::vector<int> seen(120, 0);
    for (const auto& part : *parts) {
      EXPECT_LE(part.size(), cap);
      EXPECT_TRUE(std::is_sorted(part.begin(), part.end()));
      for (uint32_t n : part) ++seen[n];
    }
    for (int s : seen) EXPECT_EQ(s, 1);
  }
  // At a cap above a clique, no clique is cut.
  auto parts = SplitIntoParts(120, edges, 12);
  ASSERT_TRUE(parts.ok());
  for (const auto& part : *parts) {
    std::set<uint32_t> cliques;
    for (uint32_t n : part) cliques.insert(n / 6);
    for (uint32_t c : cliques) {
      int members = 0;
      for (uint32_t n : part) members += n / 6 == c;
      EXPECT_EQ(members, 6) << "clique " << c << " was cut";
    }
  }
}

TEST(CommunitiesTest, AStarAboveTheCapIsSliced) {
  // One hub with 30 spokes: no community structure to cut along.
  std::vector<WeightedEdge> edges;
  for (uint32_t k = 1; k <= 30; ++k) edges.push_back({0, k, 1});
  auto parts = SplitIntoParts(31, edges, 10);
  ASSERT_TRUE(parts.ok());
  size_t total = 0;
  for (const auto& part : *parts) {
    EXPECT_LE(part.size(), 10u);
    total += part.size();
  }
  EXPECT_EQ(total, 31u);
}

TEST(CommunitiesTest, EdgesOutOfRangeAreAnError) {
  const std::vector<WeightedEdge> edges = {{0, 5, 1}};
  EXPECT_FALSE(LeidenCommunities(3, edges).ok());
}

TEST(CommunitiesTest, StrongComponentsAreTheCyclesNotThePaths) {
  // 0 -> 1 -> 2 -> 0 is a cycle; 2 -> 3 -> 4 only leads away; 5 <-> 6 is a pair.
  const std::vector<std::pair<uint32_t, uint32_t>> arcs = {{0, 1}, {1, 2}, {2, 0}, {2, 3},
                                                           {3, 4}, {5, 6}, {6, 5}};
  auto scc = StrongComponents(8, arcs);
  ASSERT_TRUE(scc.ok()) << scc.status().ToString();
  ASSERT_EQ(scc->size(), 8u);
  EXPECT_EQ((*scc)[0], (*scc)[1]);
  EXPECT_EQ((*scc)[1], (*scc)[2]);
  EXPECT_NE((*scc)[2], (*scc)[3]);
  EXPECT_NE((*scc)[3], (*scc)[4]);
  EXPECT_EQ((*scc)[5], (*scc)[6]);
  EXPECT_NE((*scc)[5], (*scc)[0]);
  std::set<uint32_t> distinct(scc->begin(), scc->end());
  EXPECT_EQ(distinct.size(), 5u);  // {0,1,2}, {3}, {4}, {5,6}, {7}
  const std::vector<std::pair<uint32_t, uint32_t>> bad = {{0, 9}};
  EXPECT_FALSE(StrongComponents(3, bad).ok());
}

}  // namespace
}  // namespace tiphub::detect
