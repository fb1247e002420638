/*
 * al_simulate against layouts clang really produces. The expected offsets,
 * sizeof and alignof come from
 *   clang-19 -target <triple> -std=c11 -fsyntax-only -Xclang
 * -fdump-record-layouts for x86_64, i386 and aarch64 linux-gnu; each case is
 * the struct of its name: struct mixed    { char c; int i; char d; double x;
 * short s; }; struct bits     { char c; unsigned a:3; unsigned b:7; short s;
 *                     unsigned long long q:40; char e; unsigned z:30; unsigned
 * y:5; }; struct zerow    { char a; int :0; char b; long long :0; char c; short
 * :0; char d; }; struct fences   { char a; int z[0]; char b; _Alignas(16) int
 * o; char c; }; struct i386ll   { int a; long long b; char c; double d; long l;
 * void *p; }; struct packbits { unsigned a:30; unsigned b:4; unsigned char c:4;
 * unsigned char d:6; unsigned short e:9; unsigned short f:9; long long g:60;
 * char h; }; struct unnamed  { char a; int :3; int b:4; char c; long long :5;
 * long long d:50; }; struct fam      { double d; char c; int tail[]; };
 */
#include "alignlint_rules.h"
#include "check.h"

#include <string.h>

enum target { T_X86_64, T_I386, T_AARCH64, TARGET_COUNT };
static const char *const target_names[] = {"x86_64", "i386", "aarch64"};

enum ctype {
  CHAR,
  UCHAR,
  SHORT,
  USHORT,
  INT,
  UINT,
  LONG,
  LL,
  ULL,
  DOUBLE,
  PTR,
  INT_ARR0,
  INT_AL16,
  INT_FAM,
  CTYPE_COUNT
};

typedef struct type_layout {
  const char *name;
  uint32_t size_bytes, align_bytes;
} type_layout;

/* sizeof/alignof of each type per target (the bitfield storage type too). */
static const type_layout types[TARGET_COUNT][CTYPE_COUNT] = {
    [T_X86_64] = {{"char", 1, 1},
                  {"unsigned char", 1, 1},
                  {"short", 2, 2},
                  {"unsigned short", 2, 2},
                  {"int", 4, 4},
                  {"unsigned int", 4, 4},
                  {"long", 8, 8},
                  {"long long", 8, 8},
                  {"unsigned long long", 8, 8},
                  {"double", 8, 8},
                  {"void *", 8, 8},
                  {"int[0]", 0, 4},
                  {"int", 4, 16},
                  {"int[]", 0, 4}},
    [T_I386] = {{"char", 1, 1},
                {"unsigned char", 1, 1},
                {"short", 2, 2},
                {"unsigned short", 2, 2},
                {"int", 4, 4},
                {"unsigned int", 4, 4},
                {"long", 4, 4},
                {"long long", 8, 4},
                {"unsigned long long", 8, 4},
                {"double", 8, 4},
                {"void *", 4, 4},
                {"int[0]", 0, 4},
                {"int", 4, 16},
                {"int[]", 0, 4}},
    [T_AARCH64] = {{"char", 1, 1},
                   {"unsigned char", 1, 1},
                   {"short", 2, 2},
                   {"unsigned short", 2, 2},
                   {"int", 4, 4},
                   {"unsigned int", 4, 4},
                   {"long", 8, 8},
                   {"long long", 8, 8},
                   {"unsigned long long", 8, 8},
                   {"double", 8, 8},
                   {"void *", 8, 8},
                   {"int[0]", 0, 4},
                   {"int", 4, 16},
                   {"int[]", 0, 4}},
};

#define MAX_MEMBERS 8

typedef struct member_spec {
  enum ctype type;
  const char *name;
  int width; /* -1: not a bitfield */
} member_spec;

typedef struct expected_layout {
  uint64_t size_bytes;
  uint32_t align_bytes;
  uint64_t offsets_bits[MAX_MEMBERS];
} expected_layout;

typedef struct layout_case {
  const char *name;
  size_t member_count;
  member_spec members[MAX_MEMBERS];
  expected_layout on[TARGET_COUNT];
} layout_case;

static const layout_case cases[] = {
    {"struct mixed",
     5,
     {{CHAR, "c", -1},
      {INT, "i", -1},
      {CHAR, "d", -1},
      {DOUBLE, "x", -1},
      {SHORT, "s", -1}},
     {
         [T_X86_64] = {32, 8, {0, 32, 64, 128, 192}},
         [T_I386] = {24, 4, {0, 32, 64, 96, 160}},
         [T_AARCH64] = {32, 8, {0, 32, 64, 128, 192}},
     }},
    {"struct bits",
     8,
     {{CHAR, "c", -1},
      {UINT, "a", 3},
      {UINT, "b", 7},
      {SHORT, "s", -1},
      {ULL, "q", 40},
      {CHAR, "e", -1},
      {UINT, "z", 30},
      {UINT, "y", 5}},
     {
         [T_X86_64] = {24, 8, {0, 8, 11, 32, 64, 104, 128, 160}},
         [T_I386] = {20, 4, {0, 8, 11, 32, 48, 88, 96, 128}},
         [T_AARCH64] = {24, 8, {0, 8, 11, 32, 64, 104, 128, 160}},
     }},
    {"struct zerow",
     7,
     {{CHAR, "a", -1},
      {INT, "", 0},
      {CHAR, "b", -1},
      {LL, "", 0},
      {CHAR, "c", -1},
      {SHORT, "", 0},
      {CHAR, "d", -1}},
     {
         [T_X86_64] = {11, 1, {0, 32, 32, 64, 64, 80, 80}},
         [T_I386] = {11, 1, {0, 32, 32, 64, 64, 80, 80}},
         [T_AARCH64] = {16, 8, {0, 32, 32, 64, 64, 80, 80}},
     }},
    {"struct fences",
     5,
     {{CHAR, "a", -1},
      {INT_ARR0, "z", -1},
      {CHAR, "b", -1},
      {INT_AL16, "o", -1},
      {CHAR, "c", -1}},
     {
         [T_X86_64] = {32, 16, {0, 32, 32, 128, 160}},
         [T_I386] = {32, 16, {0, 32, 32, 128, 160}},
         [T_AARCH64] = {32, 16, {0, 32, 32, 128, 160}},
     }},
    {"struct i386ll",
     6,
     {{INT, "a", -1},
      {LL, "b", -1},
      {CHAR, "c", -1},
      {DOUBLE, "d", -1},
      {LONG, "l", -1},
      {PTR, "p", -1}},
     {
         [T_X86_64] = {48, 8, {0, 64, 128, 192, 256, 320}},
         [T_I386] = {32, 4, {0, 32, 96, 128, 192, 224}},
         [T_AARCH64] = {48, 8, {0, 64, 128, 192, 256, 320}},
     }},
    {"struct packbits",
     8,
     {{UINT, "a", 30},
      {UINT, "b", 4},
      {UCHAR, "c", 4},
      {UCHAR, "d", 6},
      {USHORT, "e", 9},
      {USHORT, "f", 9},
      {LL, "g", 60},
      {CHAR, "h", -1}},
     {
         [T_X86_64] = {32, 8, {0, 32, 36, 40, 48, 64, 128, 192}},
         [T_I386] = {24, 4, {0, 32, 36, 40, 48, 64, 96, 160}},
         [T_AARCH64] = {32, 8, {0, 32, 36, 40, 48, 64, 128, 192}},
     }},
    {"struct unnamed",
     6,
     {{CHAR, "a", -1},
      {INT, "", 3},
      {INT, "b", 4},
      {CHAR, "c", -1},
      {LL, "", 5},
      {LL, "d", 50}},
     {
         [T_X86_64] = {16, 8, {0, 8, 11, 16, 24, 64}},
         [T_I386] = {12, 4, {0, 8, 11, 16, 24, 32}},
         [T_AARCH64] = {16, 8, {0, 8, 11, 16, 24, 64}},
     }},
    {"struct fam",
     3,
     {{DOUBLE, "d", -1}, {CHAR, "c", -1}, {INT_FAM, "tail", -1}},
     {
         [T_X86_64] = {16, 8, {0, 64, 96}},
         [T_I386] = {12, 4, {0, 64, 96}},
         [T_AARCH64] = {16, 8, {0, 64, 96}},
     }},
};

/* One unit per member: the simulation does not care how units group. */
static void build(const layout_case *c, enum target t, al_member *members,
                  al_unit *units, al_record *record) {
  for (size_t i = 0; i < c->member_count; i++) {
    const member_spec *spec = &c->members[i];
    const type_layout *type = &types[t][spec->type];
    bool is_bitfield = spec->width >= 0;
    members[i] = (al_member){
        .name = spec->name,
        .type_name = type->name,
        .offset_bits = c->on[t].offsets_bits[i],
        .size_bits =
            is_bitfield ? (uint64_t)spec->width : 8u * type->size_bytes,
        .type_size_bits = 8u * type->size_bytes,
        .align_bytes = type->align_bytes,
        .flags = is_bitfield ? AL_MEMBER_BITFIELD : 0,
        .hot_group = -1,
        .contended_group = -1,
    };
    units[i] = (al_unit){.first_member = i, .member_count = 1};
  }
  *record = (al_record){
      .name = c->name,
      .size_bytes = c->on[t].size_bytes,
      .align_bytes = c->on[t].align_bytes,
      .members = members,
      .member_count = c->member_count,
      .units = units,
      .unit_count = c->member_count,
  };
}

static void check_case(const layout_case *c, enum target t) {
  al_member members[MAX_MEMBERS];
  al_unit units[MAX_MEMBERS];
  al_record record;
  build(c, t, members, units, &record);
  uint64_t offsets[MAX_MEMBERS];
  memset(offsets, 0xff, sizeof offsets);
  uint64_t size = al_simulate(&record, NULL, offsets);
  CHECK(size == c->on[t].size_bytes,
        "%s on %s: sizeof %" PRIu64 ", want %" PRIu64, c->name, target_names[t],
        size, c->on[t].size_bytes);
  for (size_t i = 0; i < c->member_count; i++)
    CHECK(offsets[i] == c->on[t].offsets_bits[i],
          "%s on %s: member %zu (%s) at bit %" PRIu64 ", want %" PRIu64,
          c->name, target_names[t], i, c->members[i].name, offsets[i],
          c->on[t].offsets_bits[i]);
  CHECK(al_model_matches_clang(&record), "%s on %s: model should match",
        c->name, target_names[t]);
}

/* A record clang laid out by a rule the model lacks (here: packed) must be
 * recognised as such. */
static void check_mismatch_detected(void) {
  al_member members[MAX_MEMBERS];
  al_unit units[MAX_MEMBERS];
  al_record record;
  build(&cases[0], T_X86_64, members, units, &record);
  members[1].offset_bits = 8; /* __attribute__((packed)): int i at byte 1 */
  CHECK(!al_model_matches_clang(&record), "packed offsets must not match");
  build(&cases[0], T_X86_64, members, units, &record);
  record.size_bytes = 31;
  CHECK(!al_model_matches_clang(&record), "a different sizeof must not match");
}

/* Simulating a given order: struct mixed on x86_64 as x, i, s, c, d. */
static void check_explicit_order(void) {
  al_member members[MAX_MEMBERS];
  al_unit units[MAX_MEMBERS];
  al_record record;
  build(&cases[0], T_X86_64, members, units, &record);
  const size_t order[] = {3, 1, 4, 0, 2};
  uint64_t offsets[MAX_MEMBERS];
  CHECK_EQ_U64(al_simulate(&record, order, offsets), 16, "sizeof reordered");
  const uint64_t want[] = {14 * 8, 8 * 8, 15 * 8, 0, 12 * 8};
  for (size_t i = 0; i < 5; i++)
    CHECK_EQ_U64(offsets[i], want[i], "offset in reordered layout");
}

/* start_bits: own members after a base (C++). */
static void check_start_bits(void) {
  al_member members[MAX_MEMBERS];
  al_unit units[MAX_MEMBERS];
  al_record record;
  build(&cases[0], T_X86_64, members, units, &record);
  record.start_bits = 5 * 8;
  uint64_t offsets[MAX_MEMBERS];
  CHECK_EQ_U64(al_simulate(&record, NULL, offsets), 32,
               "sizeof after a 5-byte base");
  CHECK_EQ_U64(offsets[0], 40, "first member right after the base");
  CHECK_EQ_U64(offsets[1], 64, "int aligned after the base");
}

int main(void) {
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    for (int t = 0; t < TARGET_COUNT; t++)
      check_case(&cases[c], (enum target)t);
  check_mismatch_detected();
  check_explicit_order();
  check_start_bits();
  return check_report("simulate");
}
