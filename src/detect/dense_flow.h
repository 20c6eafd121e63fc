// Dense flow blocks: the unsupervised layer. Groups of accounts tied by more relationships than
// they have members (sources paying middles paying destinations, layers paying layers, payers
// sharing recipients), found by greedy peeling (Charikar 2000), the densest-subgraph search that
// Fraudar (Hooi et al., KDD 2016) and FlowScope (Li et al., AAAI 2020) build on for fraud and
// laundering flows. Chance relationships of ordinary customers form trees and single cycles
// (at most one relationship per account); a block above that density is rare by chance and
// needs no labels to find.
//
// Pure functions of their input; thread-safe.
#ifndef TIPHUB_DETECT_DENSE_FLOW_H_
#define TIPHUB_DETECT_DENSE_FLOW_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace tiphub::detect {

struct DenseBlock {
  std::vector<uint32_t> nodes;  // increasing
  size_t relationships = 0;     // distinct pairs of nodes with an arc either way
  double density = 0;           // relationships per node
};

// The blocks of at least `min_nodes` and at most `max_nodes` nodes whose density reaches
// `min_density`, densest first. Arcs are directed (from, to) between nodes in [0, nodes); a pair
// counts once whichever way and however often; loops and arcs out of range are ignored. Within
// each weakly connected part of the graph, peeling removes the node of fewest relationships
// until none is left and keeps the densest remainder it passed; that block is taken out and the
// rest peeled again, until what remains is below `min_density`. A densest remainder above
// `max_nodes` is taken out without being reported (a busy region, not a block).
// O(E log V) per block found.
std::vector<DenseBlock> DenseBlocks(uint32_t nodes,
                                    std::span<const std::pair<uint32_t, uint32_t>> arcs,
                                    double min_density, size_t min_nodes, size_t max_nodes);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_DENSE_FLOW_H_
