// The C++ side: a class with a constructor's initializer list and default
// member initializers after a block of includes and macros.
#include <cstddef>
#include <cstdint>
#define BEFORE_INCLUDES 1
#include "sizes.h"
#include "local.h"

class Session {
public:
  Session(int Id, std::int64_t Bytes) : open(true), bytes(Bytes), id(Id) {}
  std::int64_t total() const { return bytes + id + open + retries; }

private:
  bool open;
  std::int64_t bytes;
  int id;
  LOCAL_FLAG_T retries = LOCAL_COUNT;
  char name[NAME_LEN] = {};
  double weight = 1.5;
  bool closing = false;
};

struct Pinned { // NOLINT(alignlint-field-order)
  char kind;
  long count;
  char mark;
};

int main() {
  Session S(3, 7);
  Pinned P = {'k', 2, 'm'};
  return int(S.total() + P.count) == 0;
}
