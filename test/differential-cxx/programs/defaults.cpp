// Default member initializers with effects and reads of other members;
// lists that read and write globals.
extern "C" int printf(const char *, ...);

static int ticks;
static int tick() { return ++ticks; }
static int level = 3;

struct Stamp {
  char first = char(tick());
  double mid = tick() * 0.5;
  char spare;
  int count;
};

struct Derived {
  char base = 2;
  double twice = base * 2.0;
  char other;
  int n = base + 1;
};

struct Globals {
  char a;
  double b;
  char c;
  int d;
};

int main() {
  Stamp s{};
  Stamp t{char(tick())};
  Derived d{};
  Globals g{char(level), 1.0, char(level = 9), 4};
  printf("%d %g / %d %g\n", s.first, s.mid, t.first, t.mid);
  printf("%d %g %d\n", d.base, d.twice, d.n);
  printf("%d %g %d %d %d\n", g.a, g.b, g.c, g.d, level);
}
