// The findings file next to the YAML export (docs/findings-format.md): every
// finding, fixed, refused or without a fix, with the record's identity,
// sizes and both layouts as clang lays them out.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/f.cpp && cp %S/../../../include/alignlint.h %t/
// RUN: cd %t && %alignlint_cc -x c++ -std=c++17 -target x86_64-linux-gnu -Werror -fplugin-arg-alignlint-export-fixes=%t/out -fsyntax-only f.cpp 2>/dev/null; true
// RUN: python3 %S/Inputs/json_lines.py %t/out/f.cpp.*.findings.json | FileCheck %s

// CHECK: build_directory = "{{.*}}"
// CHECK: cache_line_bytes = 64
#include "alignlint.h"

namespace ns {
struct outer {
  struct inner {
    char a;
    double b;
    char c;
  };
};
} // namespace ns
static_assert(sizeof(ns::outer::inner) == 24, "");
// A refused fix: the reason, the proposed layout all the same, no edits.
// CHECK: findings.0.bytes.current = 24
// CHECK-NEXT: findings.0.bytes.proposed = 16
// CHECK-NEXT: findings.0.cache_lines.current = 1
// CHECK-NEXT: findings.0.cache_lines.proposed = 1
// CHECK-NEXT: findings.0.fix.reason = "this code asserts on sizeof of the record: the fix changes its size"
// CHECK-NEXT: findings.0.fix.replacements = []
// CHECK-NEXT: findings.0.fix.state = "refused"
// CHECK: findings.0.layout.after.fields.0.name = "b"
// CHECK: findings.0.layout.after.size_bytes = 16
// CHECK: findings.0.layout.before.fields.1.name = "b"
// CHECK-NEXT: findings.0.layout.before.fields.1.offset_bits = 64
// CHECK-NEXT: findings.0.layout.before.fields.1.size_bits = 64
// CHECK-NEXT: findings.0.layout.before.fields.1.type = "double"
// CHECK: findings.0.layout.before.size_bytes = 24
// CHECK-NEXT: findings.0.level = "error"
// CHECK-NEXT: findings.0.location.column = 10
// CHECK-NEXT: findings.0.location.end_column = 15
// CHECK-NEXT: findings.0.location.end_line = 14
// CHECK-NEXT: findings.0.location.file = "{{.*}}f.cpp"
// CHECK-NEXT: findings.0.location.line = 14
// CHECK-NEXT: findings.0.location.offset = {{[0-9]+}}
// CHECK-NEXT: findings.0.message = "'ns::outer::inner' is 24 bytes but could be 16: reordering its fields removes 8 bytes of padding"
// CHECK-NEXT: findings.0.notes.0.column = 10
// CHECK-NEXT: findings.0.notes.0.file = "{{.*}}f.cpp"
// CHECK-NEXT: findings.0.notes.0.line = 14
// CHECK-NEXT: findings.0.notes.0.message = "suggested order: b, a, c"
// CHECK: findings.0.notes.1.line = 21
// CHECK-NEXT: findings.0.notes.1.message = "no fix-it: this code asserts on sizeof of the record: the fix changes its size"
// CHECK-NEXT: findings.0.record.definition.begin_line = 14
// CHECK-NEXT: findings.0.record.definition.begin_offset = {{[0-9]+}}
// CHECK-NEXT: findings.0.record.definition.end_line = 18
// CHECK-NEXT: findings.0.record.definition.end_offset = {{[0-9]+}}
// CHECK-NEXT: findings.0.record.kind = "struct"
// CHECK-NEXT: findings.0.record.name = "inner"
// CHECK-NEXT: findings.0.record.qualified_name = "ns::outer::inner"
// CHECK-NEXT: findings.0.rule = "field-order"

typedef struct {
  char state;
  int fd ALIGNLINT_HOT;
  double buf;
  char flags;
} conn_t;
// An offered fix: its edits; the annotation travels with its field.
// CHECK: findings.1.bytes.current = 24
// CHECK-NEXT: findings.1.bytes.proposed = 16
// CHECK: findings.1.fix.reason = ""
// CHECK-NEXT: findings.1.fix.replacements.0.file = "{{.*}}f.cpp"
// CHECK: findings.1.fix.state = "offered"
// CHECK: findings.1.layout.after.fields.0.hot = true
// CHECK-NEXT: findings.1.layout.after.fields.0.name = "fd"
// CHECK: findings.1.layout.before.fields.1.hot = true
// CHECK-NEXT: findings.1.layout.before.fields.1.name = "fd"
// CHECK: findings.1.record.name = "conn_t"
// CHECK-NEXT: findings.1.record.qualified_name = "conn_t"
// CHECK-NEXT: findings.1.rule = "field-order"

struct counters {
  long hits ALIGNLINT_CONTENDED;
  long misses;
};
// A rule that does not change the order: contended's aligned layout.
// CHECK: findings.{{[0-9]+}}.bytes.current = 16
// CHECK-NEXT: findings.{{[0-9]+}}.bytes.proposed = 128
// CHECK: findings.{{[0-9]+}}.layout.after.align_bytes = 64
// CHECK: findings.{{[0-9]+}}.layout.before.fields.0.contended = true
// CHECK: findings.{{[0-9]+}}.record.name = "counters"
// CHECK-NEXT: findings.{{[0-9]+}}.record.qualified_name = "counters"
// CHECK-NEXT: findings.{{[0-9]+}}.rule = "contended"
// CHECK: format = "alignlint-findings"
// CHECK-NEXT: llvm_version = "{{[0-9]+}}.{{.*}}"
// CHECK-NEXT: main_file = "{{.*}}f.cpp"
// CHECK-NEXT: target = "x86_64-{{.*}}linux-gnu"
// CHECK-NEXT: version = 1
