// The bit-sliced pass kernel for AVX2 (compiled with -mavx2; called only after a run-time check):
// a block's 512 lanes in two halves of 256-bit vectors.
#include "link/bitslice_kernel.h"

namespace tiphub::link::bitslice {
namespace {

typedef uint64_t Vec256 __attribute__((vector_size(32)));

}  // namespace

void PassAvx2(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
              uint32_t qneed, uint64_t* pass) {
  Pass<VectorOps<Vec256>>(block, words, offsets, count, qneed, pass);
}

}  // namespace tiphub::link::bitslice
