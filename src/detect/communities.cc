#include "detect/communities.h"

#include <igraph.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <numeric>

#include <fmt/format.h>

namespace tiphub::detect {

namespace {

std::mutex& IgraphMutex() {
  static std::mutex mutex;
  return mutex;
}

// igraph objects released on every path.
struct IntVector {
  igraph_vector_int_t v;
  bool live = false;
  ~IntVector() {
    if (live) igraph_vector_int_destroy(&v);
  }
};
struct RealVector {
  igraph_vector_t v;
  bool live = false;
  ~RealVector() {
    if (live) igraph_vector_destroy(&v);
  }
};
struct Graph {
  igraph_t g;
  bool live = false;
  ~Graph() {
    if (live) igraph_destroy(&g);
  }
};

Status Check(igraph_error_t rc, const char* what) {
  if (rc == IGRAPH_SUCCESS) return Status::Ok();
  return Status::Internal(fmt::format("igraph {} failed: {}", what, igraph_strerror(rc)));
}

// Leiden on `nodes` (membership indexes dense from 0). Caller holds the igraph mutex.
Result<std::vector<uint32_t>> LeidenLocked(uint32_t nodes, std::span<const WeightedEdge> edges,
                                           double resolution) {
  std::vector<uint32_t> membership(nodes);
  std::iota(membership.begin(), membership.end(), 0u);
  double total = 0;
  for (const WeightedEdge& e : edges) {
    if (e.a >= nodes || e.b >= nodes) {
      return Status::InvalidArgument(
          fmt::format("edge {}-{} names a node beyond the graph's {} nodes", e.a, e.b, nodes));
    }
    total += e.weight;
  }
  if (nodes == 0 || edges.empty() || total <= 0) return membership;
  IntVector ev;
  RETURN_IF_ERROR(Check(
      igraph_vector_int_init(&ev.v, static_cast<igraph_integer_t>(2 * edges.size())), "vector"));
  ev.live = true;
  RealVector weights;
  RETURN_IF_ERROR(
      Check(igraph_vector_init(&weights.v, static_cast<igraph_integer_t>(edges.size())), "vector"));
  weights.live = true;
  for (size_t i = 0; i < edges.size(); ++i) {
    VECTOR(ev.v)[2 * i] = edges[i].a;
    VECTOR(ev.v)[2 * i + 1] = edges[i].b;
    VECTOR(weights.v)[i] = edges[i].weight;
  }
  Graph graph;
  RETURN_IF_ERROR(Check(igraph_create(&graph.g, &ev.v, nodes, IGRAPH_UNDIRECTED), "create"));
  graph.live = true;
  RealVector strength;
  RETURN_IF_ERROR(Check(igraph_vector_init(&strength.v, 0), "vector"));
  strength.live = true;
  RETURN_IF_ERROR(Check(igraph_strength(&graph.g, &strength.v, igraph_vss_all(), IGRAPH_ALL,
                                        IGRAPH_LOOPS, &weights.v),
                        "strength"));
  IntVector member;
  RETURN_IF_ERROR(Check(igraph_vector_int_init(&member.v, nodes), "vector"));
  member.live = true;
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0;
  // Modularity with node weights = strengths and resolution / (2m); a fixed seed per call.
  igraph_rng_seed(igraph_rng_default(), 20261204);
  RETURN_IF_ERROR(
      Check(igraph_community_leiden(&graph.g, &weights.v, &strength.v, resolution / (2 * total),
                                    0.01, false, 8, &member.v, &clusters, &quality),
            "Leiden"));
  for (uint32_t k = 0; k < nodes; ++k) membership[k] = static_cast<uint32_t>(VECTOR(member.v)[k]);
  return membership;
}

// The edges among `part` (node indexes of the whole graph), re-indexed to positions in `part`.
std::vector<WeightedEdge> Induced(const std::vector<uint32_t>& part,
                                  std::span<const WeightedEdge> edges, uint32_t nodes) {
  std::vector<uint32_t> position(nodes, UINT32_MAX);
  for (uint32_t i = 0; i < part.size(); ++i) position[part[i]] = i;
  std::vector<WeightedEdge> out;
  for (const WeightedEdge& e : edges) {
    if (position[e.a] != UINT32_MAX && position[e.b] != UINT32_MAX)
      out.push_back({position[e.a], position[e.b], e.weight});
  }
  return out;
}

// Slices of `part` of at most `cap` nodes, in the order of a walk that always goes on to the
// unvisited node most strongly tied to those already taken: each slice stays a connected piece
// where the part allows it.
std::vector<std::vector<uint32_t>> Slices(const std::vector<uint32_t>& part,
                                          std::span<const WeightedEdge> local, size_t cap) {
  const size_t n = part.size();
  std::vector<std::vector<std::pair<uint32_t, double>>> adj(n);
  for (const WeightedEdge& e : local) {
    adj[e.a].emplace_back(e.b, e.weight);
    adj[e.b].emplace_back(e.a, e.weight);
  }
  std::vector<bool> taken(n, false);
  std::vector<double> tie(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  while (order.size() < n) {
    // Start (again) from the untaken node with the most ties of all.
    uint32_t next = UINT32_MAX;
    size_t most = 0;
    for (uint32_t i = 0; i < n; ++i) {
      if (!taken[i] && (next == UINT32_MAX || adj[i].size() > most)) {
        next = i;
        most = adj[i].size();
      }
    }
    std::multimap<double, uint32_t, std::greater<>> frontier;
    frontier.emplace(0, next);
    while (!frontier.empty()) {
      const uint32_t at = frontier.begin()->second;
      frontier.erase(frontier.begin());
      if (taken[at]) continue;
      taken[at] = true;
      order.push_back(at);
      for (const auto& [other, w] : adj[at]) {
        if (taken[other]) continue;
        tie[other] += w;
        frontier.emplace(tie[other], other);
      }
    }
  }
  std::vector<std::vector<uint32_t>> out;
  for (size_t start = 0; start < n; start += cap) {
    std::vector<uint32_t> slice;
    for (size_t i = start; i < std::min(n, start + cap); ++i) slice.push_back(part[order[i]]);
    std::sort(slice.begin(), slice.end());
    out.push_back(std::move(slice));
  }
  return out;
}

Status SplitLocked(const std::vector<uint32_t>& part, std::span<const WeightedEdge> local,
                   size_t cap, double resolution, int depth,
                   std::vector<std::vector<uint32_t>>& out) {
  if (part.size() <= cap) {
    out.push_back(part);
    std::sort(out.back().begin(), out.back().end());
    return Status::Ok();
  }
  if (depth >= 6) {
    for (auto& slice : Slices(part, local, cap)) out.push_back(std::move(slice));
    return Status::Ok();
  }
  const auto n = static_cast<uint32_t>(part.size());
  ASSIGN_OR_RETURN(std::vector<uint32_t> membership, LeidenLocked(n, local, resolution));
  std::map<uint32_t, std::vector<uint32_t>> groups;  // community -> local indexes
  for (uint32_t i = 0; i < n; ++i) groups[membership[i]].push_back(i);
  if (groups.size() == 1) {
    // Leiden keeps it whole at this resolution: try a finer one.
    return SplitLocked(part, local, cap, resolution * 2, depth + 1, out);
  }
  for (auto& [c, members] : groups) {
    std::vector<uint32_t> sub;
    sub.reserve(members.size());
    for (uint32_t i : members) sub.push_back(part[i]);
    const auto sub_local = Induced(members, local, n);
    RETURN_IF_ERROR(SplitLocked(sub, sub_local, cap, resolution * 2, depth + 1, out));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<uint32_t>> LeidenCommunities(uint32_t nodes, std::span<const WeightedEdge> edges,
                                                double resolution) {
  std::lock_guard<std::mutex> lock(IgraphMutex());
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  return LeidenLocked(nodes, edges, resolution);
}

Result<std::vector<uint32_t>> StrongComponents(
    uint32_t nodes, std::span<const std::pair<uint32_t, uint32_t>> arcs) {
  for (const auto& [a, b] : arcs) {
    if (a >= nodes || b >= nodes) {
      return Status::InvalidArgument(
          fmt::format("arc {}->{} names a node beyond the graph's {} nodes", a, b, nodes));
    }
  }
  std::vector<uint32_t> membership(nodes);
  std::iota(membership.begin(), membership.end(), 0u);
  if (nodes == 0 || arcs.empty()) return membership;
  std::lock_guard<std::mutex> lock(IgraphMutex());
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  IntVector ev;
  RETURN_IF_ERROR(Check(
      igraph_vector_int_init(&ev.v, static_cast<igraph_integer_t>(2 * arcs.size())), "vector"));
  ev.live = true;
  for (size_t i = 0; i < arcs.size(); ++i) {
    VECTOR(ev.v)[2 * i] = arcs[i].first;
    VECTOR(ev.v)[2 * i + 1] = arcs[i].second;
  }
  Graph graph;
  RETURN_IF_ERROR(Check(igraph_create(&graph.g, &ev.v, nodes, IGRAPH_DIRECTED), "create"));
  graph.live = true;
  IntVector member;
  RETURN_IF_ERROR(Check(igraph_vector_int_init(&member.v, nodes), "vector"));
  member.live = true;
  igraph_integer_t count = 0;
  RETURN_IF_ERROR(
      Check(igraph_connected_components(&graph.g, &member.v, nullptr, &count, IGRAPH_STRONG),
            "strongly connected components"));
  for (uint32_t k = 0; k < nodes; ++k) membership[k] = static_cast<uint32_t>(VECTOR(member.v)[k]);
  return membership;
}

Result<std::vector<std::vector<uint32_t>>> SplitIntoParts(uint32_t nodes,
                                                          std::span<const WeightedEdge> edges,
                                                          size_t cap) {
  if (cap == 0) return Status::InvalidArgument("a part must hold at least one account");
  std::lock_guard<std::mutex> lock(IgraphMutex());
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  std::vector<std::vector<uint32_t>> out;
  ASSIGN_OR_RETURN(std::vector<uint32_t> membership, LeidenLocked(nodes, edges, 1.0));
  std::map<uint32_t, std::vector<uint32_t>> groups;
  for (uint32_t i = 0; i < nodes; ++i) groups[membership[i]].push_back(i);
  for (auto& [c, members] : groups) {
    if (members.size() <= cap) {
      out.push_back(std::move(members));
      continue;
    }
    const auto local = Induced(members, edges, nodes);
    RETURN_IF_ERROR(SplitLocked(members, local, cap, 2.0, 1, out));
  }
  return out;
}

}  // namespace tiphub::detect
