// The plugin lays out records the compile itself never needs, and detached
// reordered copies of flagged ones; clang warns about padding as it lays a
// record out. With the plugin loaded, clang's own diagnostics must be
// exactly those of the same compile without it.
// alignlint's own diagnostics are told apart by their rule tag at the end of
// the line, never by a word a path may hold: the source is compiled from a
// folder named alignlint, as in a user's clone.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/alignlint && cp %s %t.dir/alignlint/unchanged.c
// RUN: %clang_cc -target x86_64-linux-gnu -Wpadded -Wpacked -fno-caret-diagnostics -fsyntax-only %t.dir/alignlint/unchanged.c 2> %t.plain.txt || true
// RUN: %alignlint_cc -target x86_64-linux-gnu -Wpadded -Wpacked -fno-caret-diagnostics -fsyntax-only %t.dir/alignlint/unchanged.c 2> %t.plugin.txt || true
// RUN: sed -e '/\[alignlint-[a-z-]*\]$/d' -e '/note: suggested order/d' -e '/warnings* generated/d' %t.plugin.txt > %t.plugin.clang-only.txt
// RUN: sed -e '/warnings* generated/d' %t.plain.txt | diff - %t.plugin.clang-only.txt
// RUN: FileCheck %s --check-prefix=ALIGNLINT < %t.plugin.txt
//
// Code generation lays out the records it emits, with their -Wpadded.
// RUN: %clang_cc -target x86_64-linux-gnu -Wpadded -fno-caret-diagnostics -c %t.dir/alignlint/unchanged.c -o %t.o 2> %t.plain-c.txt
// RUN: %alignlint_cc -target x86_64-linux-gnu -Wpadded -fno-caret-diagnostics -c %t.dir/alignlint/unchanged.c -o %t.o 2> %t.plugin-c.txt
// RUN: sed -e '/\[alignlint-[a-z-]*\]$/d' -e '/note: suggested order/d' -e '/warnings* generated/d' %t.plugin-c.txt > %t.plugin-c.clang-only.txt
// RUN: sed -e '/warnings* generated/d' %t.plain-c.txt | diff - %t.plugin-c.clang-only.txt
// RUN: FileCheck %s --check-prefix=PADDED < %t.plugin-c.txt
// What the comparison keeps still holds clang's warnings, with the path:
// RUN: FileCheck %s --check-prefix=PADDED-PATH < %t.plugin-c.clang-only.txt

// Never used: clang lays it out only because alignlint asks.
struct unused_padded { char a; long b; };

// Flagged; its proposed order (b, d, a, c) still has tail padding.
struct flagged { char a; long b; char c; int d; };
// ALIGNLINT: warning: 'struct flagged' is 24 bytes but could be 16

// Used by code generation, which reports its padding itself.
struct used_padded { char a; int b; };
struct used_padded used;
// PADDED: warning: padding struct 'struct used_padded' with 3 bytes to align 'b' [-Wpadded]
// PADDED-PATH: alignlint{{/|\\}}unchanged.c:[[@LINE-3]]:{{.*}}warning: padding struct 'struct used_padded'

// -Wpacked: the attribute changes nothing here.
struct __attribute__((packed)) needlessly_packed { char a; char b; };
