/* al_layout_diagram: exact pahole-style text for a record with holes, a
 * bitfield run, a member straddling a cache line and tail padding. */
#include "alignlint_rules.h"
#include "check.h"
#include "record_builder.h"

#include <stdlib.h>
#include <string.h>

static const al_record *build_conn(builder *b) {
  b_init(b, "struct conn");
  b_field(b, "int", "fd", 4, 4);
  b_field(b, "char *", "buf", 8, 8);
  b_bits(b, "unsigned int", "a", 3, 4, 4);
  b_bits(b, "unsigned int", "b", 2, 4, 4);
  b_field(b, "char[50]", "name", 50, 1);
  b_field(b, "long", "x", 8, 8);
  b_field(b, "short", "s", 2, 2);
  return b_finish(b);
}

static const char expected_written[] =
    "struct conn {\n"
    "\tint                        fd;                   /*     0     4 */\n"
    "\n"
    "\t/* XXX 4 bytes hole, try to pack */\n"
    "\n"
    "\tchar *                     buf;                  /*     8     8 */\n"
    "\tunsigned int               a:3;                  /*    16: 0  4 */\n"
    "\tunsigned int               b:2;                  /*    16: 3  4 */\n"
    "\n"
    "\t/* XXX 3 bits hole, try to pack */\n"
    "\n"
    "\tchar[50]                   name;                 /*    17    50 */\n"
    "\n"
    "\t/* XXX 5 bytes hole, try to pack */\n"
    "\n"
    "\t/* --- cacheline 1 boundary (64 bytes) was 8 bytes ago --- */\n"
    "\tlong                       x;                    /*    72     8 */\n"
    "\tshort                      s;                    /*    80     2 */\n"
    "\n"
    "\t/* size: 88, cachelines: 2, members: 7 */\n"
    "\t/* sum members: 72, holes: 2, sum holes: 9 */\n"
    "\t/* sum bitfield members: 5 bits, bit holes: 1, sum bit holes: 3 bits "
    "*/\n"
    "\t/* padding: 6 */\n"
    "\t/* last cacheline: 24 bytes */\n"
    "};\n";

/* The proposed order, drawn by the same function: 80 bytes, one hole. */
static const char expected_proposed[] =
    "struct conn {\n"
    "\tchar *                     buf;                  /*     0     8 */\n"
    "\tlong                       x;                    /*     8     8 */\n"
    "\tint                        fd;                   /*    16     4 */\n"
    "\tunsigned int               a:3;                  /*    20: 0  4 */\n"
    "\tunsigned int               b:2;                  /*    20: 3  4 */\n"
    "\n"
    "\t/* XXX 3 bits hole, try to pack */\n"
    "\t/* XXX 1 byte hole, try to pack */\n"
    "\n"
    "\tshort                      s;                    /*    22     2 */\n"
    "\tchar[50]                   name;                 /*    24    50 */\n"
    "\n"
    "\t/* size: 80, cachelines: 2, members: 7 */\n"
    "\t/* sum members: 72, holes: 1, sum holes: 1 */\n"
    "\t/* sum bitfield members: 5 bits, bit holes: 1, sum bit holes: 3 bits "
    "*/\n"
    "\t/* padding: 6 */\n"
    "\t/* last cacheline: 16 bytes */\n"
    "};\n";

static void check_text(const char *what, const char *got, const char *want) {
  CHECK(got && strcmp(got, want) == 0, "%s: got\n%s\nwant\n%s", what,
        got ? got : "(null)", want);
}

int main(void) {
  builder b;
  const al_record *record = build_conn(&b);
  char *written = al_layout_diagram(record, NULL, 64);
  check_text("written order", written, expected_written);
  free(written);

  al_plan plan;
  CHECK(al_optimize(record, &plan), "al_optimize");
  char *proposed = al_layout_diagram(record, plan.order, 0);
  check_text("proposed order", proposed, expected_proposed);
  free(proposed);
  al_plan_free(&plan);
  return check_report("diagram");
}
