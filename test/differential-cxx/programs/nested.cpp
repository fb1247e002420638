// Nested lists, brace elision and arrays of records whose elements have
// effects.
extern "C" int printf(const char *, ...);

static int counter;
static char next() { return char(++counter); }

struct Cell {
  char x;
  long y;
  char z;
};

struct Row {
  Cell cell;
  int weight;
};

int main() {
  Row rows[2] = {{{next(), 10, next()}, 1}, {{next(), 20, next()}, 2}};
  Cell flat[2] = {next(), 30, next(), next(), 40, next()};
  for (const Row &r : rows)
    printf("%d %ld %d %d\n", r.cell.x, r.cell.y, r.cell.z, r.weight);
  for (const Cell &c : flat)
    printf("%d %ld %d\n", c.x, c.y, c.z);
}
