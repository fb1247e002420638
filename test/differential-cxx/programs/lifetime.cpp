// Members whose construction and destruction print: they keep their order.
extern "C" int printf(const char *, ...);

struct Logger {
  char id;
  explicit Logger(int i) : id(char(i)) { printf("open log %d\n", i); }
  ~Logger() { printf("close log %d\n", id); }
};

struct Buffer {
  long size;
  Buffer() : size(64) { printf("buffer\n"); }
  ~Buffer() { printf("free buffer\n"); }
};

struct Service {
  char state;
  Logger log{1};
  long requests;
  char mode;
  Buffer buf;
  short port;
};

struct Worker {
  Worker() : done(false), task(0) { printf("worker\n"); }
  bool done;
  Logger first{2};
  double load = 0.5;
  Logger second{3};
  int task;
};

int main() {
  {
    Service s;
    printf("%d %d %ld %d %ld\n", s.state = 1, s.log.id, s.requests = 2,
                s.mode = 3, s.buf.size);
  }
  {
    Worker w;
    printf("%d %d %g %d %d\n", w.done, w.first.id, w.load, w.second.id,
                w.task);
  }
}
