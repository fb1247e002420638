/* Cache-line arithmetic shared by the cache-line rules. */
#include "alignlint_rules.h"

al_line_span al_line_span_of(uint64_t offset_bits, uint64_t size_bits,
                             uint64_t line_bits) {
  uint64_t end_bits = size_bits ? offset_bits + size_bits - 1 : offset_bits;
  return (al_line_span){offset_bits / line_bits, end_bits / line_bits};
}
