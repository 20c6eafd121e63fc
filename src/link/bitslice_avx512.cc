// The bit-sliced pass kernel for AVX-512F (compiled with -mavx512f; called only after a run-time
// check): one 512-bit vector is a whole block's lanes, and each carry-save adder is two
// ternary-logic instructions.
#include <immintrin.h>

#include "link/bitslice_kernel.h"

namespace tiphub::link::bitslice {
namespace {

struct Avx512Ops {
  using V = __m512i;
  static V Zero() { return _mm512_setzero_si512(); }
  static V Ones() { return _mm512_set1_epi64(-1); }
  static V Load(const char* p) { return _mm512_loadu_si512(p); }
  static void Store(char* p, V v) { _mm512_storeu_si512(p, v); }
  static V And(V a, V b) { return _mm512_and_si512(a, b); }
  static V Xor(V a, V b) { return _mm512_xor_si512(a, b); }
  static V Not(V a) { return _mm512_ternarylogic_epi64(a, a, a, 0x55); }
  static V Xor3(V a, V b, V c) { return _mm512_ternarylogic_epi64(a, b, c, 0x96); }
  static V Maj(V a, V b, V c) { return _mm512_ternarylogic_epi64(a, b, c, 0xE8); }
  static V Borrow(V c, V d, V b) { return _mm512_ternarylogic_epi64(c, d, b, 0x8E); }
};

}  // namespace

void PassAvx512(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                uint32_t qneed, uint64_t* pass) {
  Pass<Avx512Ops>(block, words, offsets, count, qneed, pass);
}

}  // namespace tiphub::link::bitslice
