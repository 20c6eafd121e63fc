// The bit-sliced pass kernel (bitslice.h) as a template over the vector operations. Included only
// by the kernel translation units, each compiled for one instruction set: everything here has
// internal linkage, and it uses no standard-library template, so no code compiled for one
// instruction set can be linked in for another.
#ifndef TIPHUB_LINK_BITSLICE_KERNEL_H_
#define TIPHUB_LINK_BITSLICE_KERNEL_H_

#include <cstddef>
#include <cstdint>

#include "link/bitslice.h"

namespace tiphub::link::bitslice {
namespace {

// Operations on GCC/Clang vector types (`VecT`: 64-bit lanes); any width dividing 64 bytes.
template <class VecT>
struct VectorOps {
  using V = VecT;
  static V Zero() { return V{}; }
  static V Ones() { return ~V{}; }
  static V Load(const char* p) {
    V v;
    __builtin_memcpy(&v, p, sizeof(V));
    return v;
  }
  static void Store(char* p, V v) { __builtin_memcpy(p, &v, sizeof(V)); }
  static V And(V a, V b) { return a & b; }
  static V Xor(V a, V b) { return a ^ b; }
  static V Not(V a) { return ~a; }
  static V Xor3(V a, V b, V c) { return a ^ b ^ c; }
  static V Maj(V a, V b, V c) { return (a & b) | (c & (a ^ b)); }
  // Borrow out of c - d - borrow_in, bitwise: maj(~c, d, b).
  static V Borrow(V c, V d, V b) { return (~c & d) | (~(c ^ d) & b); }
};

// Carry-save adder: sum + 2 * carry = sum_in + a + b, bitwise.
template <class Ops>
inline void Csa(typename Ops::V& carry, typename Ops::V& sum, typename Ops::V a,
                typename Ops::V b) {
  carry = Ops::Maj(sum, a, b);
  sum = Ops::Xor3(sum, a, b);
}

// Adds the 2^(L+1) vectors at base + o[i] into count bits c[0..L] (depth first, pairs at each
// level) and returns their carry of weight 2^(L+1).
template <class Ops, int L>
inline typename Ops::V Sum(typename Ops::V* c, const char* base, const uint32_t* o) {
  typename Ops::V lo, hi, carry;
  if constexpr (L == 0) {
    lo = Ops::Load(base + o[0]);
    hi = Ops::Load(base + o[1]);
  } else {
    lo = Sum<Ops, L - 1>(c, base, o);
    hi = Sum<Ops, L - 1>(c, base, o + (size_t{1} << L));
  }
  Csa<Ops>(carry, c[L], lo, hi);
  return carry;
}

// kHigh: count bits [5, kHigh) are kept (counts below 2^kHigh); the rest stay zero.
template <class Ops, int kHigh>
inline void PassImpl(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                     uint32_t qneed, uint64_t* pass) {
  using V = typename Ops::V;
  constexpr size_t kBytes = sizeof(V);
  const size_t bits = static_cast<size_t>(words) * 64;
  const char* need = reinterpret_cast<const char*>(block + (bits + 1) * 8);
  for (size_t part = 0; part < 64 / kBytes; ++part) {
    const char* base = reinterpret_cast<const char*>(block) + part * kBytes;
    // c[j]: bit j of each lane's count.
    V c[kCountBits];
    for (V& x : c) x = Ops::Zero();
    for (size_t g = 0; g < count; g += kGroup) {
      // Harley–Seal over 32 inputs into count bits 0-4; their carry of weight 32 ripples into
      // the higher bits.
      static_assert(kGroup == size_t{2} << 4, "a group is what Sum<Ops, 4> adds");
      V carry = Sum<Ops, 4>(c, base, offsets + g);
#pragma GCC unroll 8
      for (int j = 5; j < kHigh; ++j) {
        const V next = Ops::And(c[j], carry);
        c[j] = Ops::Xor(c[j], carry);
        carry = next;
      }
    }
    // count >= need + qneed: add qneed to the needs (kCountBits bits suffice: both are below
    // 2048) and look for a borrow out of count - sum.
    V carry = Ops::Zero(), borrow = Ops::Zero();
#pragma GCC unroll 12
    for (int j = 0; j < kCountBits; ++j) {
      const V k = Ops::Load(need + static_cast<size_t>(j) * 64 + part * kBytes);
      const V q = (qneed >> j & 1) != 0 ? Ops::Ones() : Ops::Zero();
      const V d = Ops::Xor3(k, q, carry);
      carry = Ops::Maj(k, q, carry);
      borrow = Ops::Borrow(c[j], d, borrow);
    }
    Ops::Store(reinterpret_cast<char*>(pass) + part * kBytes, Ops::Not(borrow));
  }
}

// Ripples carries only through the bits a count of `count` can reach (most queries set fewer than
// 512 bits).
template <class Ops>
inline void Pass(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                 uint32_t qneed, uint64_t* pass) {
  if (count < 512) {
    PassImpl<Ops, 9>(block, words, offsets, count, qneed, pass);
  } else {
    PassImpl<Ops, kCountBits>(block, words, offsets, count, qneed, pass);
  }
}

}  // namespace
}  // namespace tiphub::link::bitslice

#endif  // TIPHUB_LINK_BITSLICE_KERNEL_H_
