// Every documented annotation position, C++. Checked by check_positions.sh
// (see positions.c). Compiled as C++17.
#include "alignlint.h"

// Record: between the class-key and the name.
class ALIGNLINT_IGNORE(field-order) Rec {
public:
  ALIGNLINT_HOT int f_before;
  int f_after ALIGNLINT_HOT_GROUP(rx);
  int ALIGNLINT_CONTENDED f_between;
  int *ALIGNLINT_HOT f_ptr;
  // With a default member initializer: the annotation goes before '=' / '{'.
  int f_init ALIGNLINT_HOT = 1;
  int f_brace ALIGNLINT_HOT{2};
  mutable int f_mutable ALIGNLINT_HOT;
  unsigned f_bits : 3 ALIGNLINT_HOT;
  unsigned f_bits_init : 3 ALIGNLINT_HOT = 1;
  int m1, m2 ALIGNLINT_CONTENDED_GROUP(g);
  ALIGNLINT_HOT int p1, p2;
  // A static data member is a VarDecl, not part of the layout.
  static int s_static ALIGNLINT_HOT;
};
// CHECK:      RECORD class Rec def [alignlint:ignore:field-order]
// CHECK-NEXT: FIELD f_before [alignlint:hot]
// CHECK-NEXT: FIELD f_after [alignlint:hot:rx]
// CHECK-NEXT: FIELD f_between [alignlint:contended]
// CHECK-NEXT: FIELD f_ptr [alignlint:hot]
// CHECK-NEXT: FIELD f_init [alignlint:hot]
// CHECK-NEXT: FIELD f_brace [alignlint:hot]
// CHECK-NEXT: FIELD f_mutable [alignlint:hot]
// CHECK-NEXT: FIELD f_bits [alignlint:hot]
// CHECK-NEXT: FIELD f_bits_init [alignlint:hot]
// CHECK-NEXT: FIELD m1 []
// CHECK-NEXT: FIELD m2 [alignlint:contended:g]
// CHECK-NEXT: FIELD p1 [alignlint:hot]
// CHECK-NEXT: FIELD p2 [alignlint:hot]
// CHECK-NEXT: VAR s_static [alignlint:hot]

// [[...]] and alignas neighbours: the standard attribute comes first.
struct Std {
  [[maybe_unused]] ALIGNLINT_HOT int s_std_first;
  int d_std_first [[maybe_unused]] ALIGNLINT_HOT;
  alignas(64) ALIGNLINT_CONTENDED long c_alignas_first;
  [[no_unique_address]] ALIGNLINT_HOT Rec *n_nua;
} ALIGNLINT_IGNORE(all);
// CHECK-NEXT: RECORD struct Std def [alignlint:ignore:all]
// CHECK-NEXT: FIELD s_std_first [alignlint:hot]
// CHECK-NEXT: FIELD d_std_first [alignlint:hot]
// CHECK-NEXT: FIELD c_alignas_first [alignlint:contended]
// CHECK-NEXT: FIELD n_nua [alignlint:hot]

// Record annotation next to [[...]], alignas, final and a base clause.
struct [[nodiscard]] ALIGNLINT_IGNORE(straddle) R1 { int x; };
struct ALIGNLINT_IGNORE(straddle) [[nodiscard]] R2 { int x; };
struct alignas(64) ALIGNLINT_IGNORE(contended) R3 { int x; };
struct ALIGNLINT_IGNORE(contended) R4 final : R1 { int y; };
// CHECK-NEXT: RECORD struct R1 def [alignlint:ignore:straddle]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: RECORD struct R2 def [alignlint:ignore:straddle]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: RECORD struct R3 def [alignlint:ignore:contended]
// CHECK-NEXT: FIELD x []
// CHECK-NEXT: RECORD struct R4 def [alignlint:ignore:contended]
// CHECK-NEXT: FIELD y []

// Inline member types and anonymous unions behave as in C.
struct Nested {
  struct { int a; } n_after_name ALIGNLINT_HOT;
  struct { int a; } ALIGNLINT_HOT n_after_brace;
  ALIGNLINT_CONTENDED union { int u1; float u2; };
};
// CHECK-NEXT: RECORD struct Nested def []
// CHECK-NEXT: RECORD struct <anon> def []
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD n_after_name [alignlint:hot]
// CHECK-NEXT: RECORD struct <anon> def [alignlint:hot]
// CHECK-NEXT: FIELD a []
// CHECK-NEXT: FIELD n_after_brace []
// CHECK-NEXT: RECORD union <anon> def []
// CHECK-NEXT: FIELD u1 []
// CHECK-NEXT: FIELD u2 []
// CHECK-NEXT: FIELD <anon-member> [alignlint:contended]

// Templates: the pattern and every instantiation carry the annotations.
template <class T> struct ALIGNLINT_IGNORE(all) Tmpl {
  T t ALIGNLINT_HOT;
  T u;
};
template struct Tmpl<long>;
// CHECK-NEXT: RECORD struct Tmpl def [alignlint:ignore:all]
// CHECK-NEXT: FIELD t [alignlint:hot]
// CHECK-NEXT: FIELD u []
// CHECK-NEXT: SPEC struct Tmpl def [alignlint:ignore:all]
// CHECK-NEXT: FIELD t [alignlint:hot]
// CHECK-NEXT: FIELD u []

int positions_cpp_anchor() { return int(sizeof(Nested) + sizeof(Std)); }
// CHECK-NOT: {{.}}
