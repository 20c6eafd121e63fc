#include "detect/dense_flow.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>

namespace tiphub::detect {

namespace {

// Undirected adjacency of the distinct pairs, as sorted neighbour lists.
std::vector<std::vector<uint32_t>> Adjacency(uint32_t nodes,
                                             std::span<const std::pair<uint32_t, uint32_t>> arcs) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  pairs.reserve(arcs.size());
  for (auto [a, b] : arcs) {
    if (a >= nodes || b >= nodes || a == b) continue;
    if (a > b) std::swap(a, b);
    pairs.emplace_back(a, b);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::vector<uint32_t>> adj(nodes);
  for (const auto& [a, b] : pairs) {
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  return adj;
}

// Peels `part` (nodes still `alive`) once: the densest remainder and its density.
std::pair<std::vector<uint32_t>, double> Peel(const std::vector<uint32_t>& part,
                                              const std::vector<std::vector<uint32_t>>& adj,
                                              const std::vector<char>& alive,
                                              std::vector<uint32_t>& degree,
                                              std::vector<char>& gone) {
  size_t edges2 = 0;  // twice the relationships among what is left
  for (uint32_t v : part) {
    uint32_t d = 0;
    for (uint32_t u : adj[v]) d += alive[u] != 0;
    degree[v] = d;
    edges2 += d;
    gone[v] = 0;
  }
  using Entry = std::pair<uint32_t, uint32_t>;  // (degree, node)
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (uint32_t v : part) heap.emplace(degree[v], v);
  size_t left = part.size();
  double best = static_cast<double>(edges2) / 2 / static_cast<double>(left);
  size_t best_removed = 0;
  std::vector<uint32_t> order;
  order.reserve(part.size());
  while (!heap.empty()) {
    const auto [d, v] = heap.top();
    heap.pop();
    if (gone[v] || d != degree[v]) continue;
    gone[v] = 1;
    order.push_back(v);
    edges2 -= 2 * static_cast<size_t>(d);
    --left;
    for (uint32_t u : adj[v]) {
      if (alive[u] && !gone[u]) heap.emplace(--degree[u], u);
    }
    if (left > 0) {
      const double density = static_cast<double>(edges2) / 2 / static_cast<double>(left);
      if (density > best) {
        best = density;
        best_removed = order.size();
      }
    }
  }
  return {
      std::vector<uint32_t>(order.begin() + static_cast<std::ptrdiff_t>(best_removed), order.end()),
      best};
}

}  // namespace

std::vector<DenseBlock> DenseBlocks(uint32_t nodes,
                                    std::span<const std::pair<uint32_t, uint32_t>> arcs,
                                    double min_density, size_t min_nodes, size_t max_nodes) {
  std::vector<DenseBlock> out;
  const auto adj = Adjacency(nodes, arcs);
  // Weakly connected parts (union-find); parts too small or too sparse to hold a block are
  // skipped whole.
  std::vector<uint32_t> parent(nodes);
  std::iota(parent.begin(), parent.end(), 0u);
  auto root = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (uint32_t a = 0; a < nodes; ++a) {
    for (uint32_t b : adj[a]) parent[root(a)] = root(b);
  }
  std::vector<std::vector<uint32_t>> parts(nodes);
  for (uint32_t v = 0; v < nodes; ++v) {
    if (!adj[v].empty()) parts[root(v)].push_back(v);
  }
  std::vector<char> alive(nodes, 1), gone(nodes, 0);
  std::vector<uint32_t> degree(nodes, 0);
  for (std::vector<uint32_t>& part : parts) {
    while (part.size() >= min_nodes) {
      size_t edges2 = 0;
      for (uint32_t v : part) {
        for (uint32_t u : adj[v]) edges2 += alive[u] != 0;
      }
      // A part with fewer relationships than nodes may still hold a denser block.
      if (edges2 < 2 * min_nodes) break;
      auto [block, density] = Peel(part, adj, alive, degree, gone);
      if (density < min_density || block.size() < min_nodes) break;
      std::sort(block.begin(), block.end());
      for (uint32_t v : block) alive[v] = 0;
      std::erase_if(part, [&](uint32_t v) { return !alive[v]; });
      if (block.size() > max_nodes) continue;
      DenseBlock b;
      b.density = density;
      b.relationships = static_cast<size_t>(density * static_cast<double>(block.size()) + 0.5);
      b.nodes = std::move(block);
      out.push_back(std::move(b));
    }
  }
  std::sort(out.begin(), out.end(), [](const DenseBlock& x, const DenseBlock& y) {
    return x.density != y.density ? x.density > y.density : x.nodes < y.nodes;
  });
  return out;
}

}  // namespace tiphub::detect
