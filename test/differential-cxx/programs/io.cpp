// Members read from an input stream, in a constructor and in lists.
extern "C" int printf(const char *, ...);

struct Input {
  unsigned state = 7;
  unsigned char u8() { return (unsigned char)(state = state * 31 + 11); }
  double f64() { return (state = state * 17 + 3) % 1000 / 8.0; }
  long long u64() { return (long long)(state = state * 13 + 5) * 3; }
};

struct Packet {
  explicit Packet(Input &in)
      : kind(in.u8()), value(in.f64()), flags(in.u8()), count(4), spare(1) {}
  char kind;
  double value;
  char flags;
  int count;
  char spare;
};

struct Record {
  char tag;
  long long id;
  short port;
  double score;
  char mark;
};

Record read(Input &in) { return {char(in.u8()), in.u64(), 80, in.f64(), 'm'}; }

int main() {
  Input in;
  Packet p(in);
  Record r = read(in);
  Record *q = new Record{char(in.u8()), 42, short(in.u8()), 1.5, char(in.u8())};
  printf("%d %g %d %d %d\n", p.kind, p.value, p.flags, p.count, p.spare);
  printf("%d %lld %d %g %d\n", r.tag, r.id, r.port, r.score, r.mark);
  printf("%d %lld %d %g %d\n", q->tag, q->id, q->port, q->score, q->mark);
  delete q;
}
