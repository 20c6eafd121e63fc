// Communities of a weighted undirected graph, by the Leiden algorithm of igraph (Traag, Waltman &
// van Eck 2019) maximising modularity, and the splitting of an oversized group into parts of at
// most a given size. igraph is a well-kept library with Leiden, Louvain and flows; we use it
// rather than a hand-written community search.
//
// Deterministic: the same graph gives the same communities (igraph's generator is seeded for each
// call). Thread safety: calls are serialised (igraph 0.10 as Debian builds it keeps global
// state), so any thread may call.
#ifndef TIPHUB_DETECT_COMMUNITIES_H_
#define TIPHUB_DETECT_COMMUNITIES_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "common/status.h"

namespace tiphub::detect {

struct WeightedEdge {
  uint32_t a = 0, b = 0;  // node indexes in [0, nodes)
  double weight = 1;
};

// The community of each node (0-based, dense). `resolution` 1 is standard modularity; higher
// values give smaller communities. Nodes without edges are communities of their own.
Result<std::vector<uint32_t>> LeidenCommunities(uint32_t nodes, std::span<const WeightedEdge> edges,
                                                double resolution = 1.0);

// Parts of at most `cap` nodes covering all `nodes`: the Leiden communities of the graph (nodes
// without edges alone), and any community above the cap split again at twice the resolution, up
// to a limit; what is still above it is cut into consecutive slices of the nodes in order of their
// strongest tie to the part. Each part lists node indexes in increasing order.
// The strongly connected component of each node of a directed graph (0-based, dense, by igraph):
// nodes on a common cycle share one. Arcs name nodes in [0, nodes); InvalidArgument otherwise.
Result<std::vector<uint32_t>> StrongComponents(uint32_t nodes,
                                               std::span<const std::pair<uint32_t, uint32_t>> arcs);

Result<std::vector<std::vector<uint32_t>>> SplitIntoParts(uint32_t nodes,
                                                          std::span<const WeightedEdge> edges,
                                                          size_t cap);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_COMMUNITIES_H_
