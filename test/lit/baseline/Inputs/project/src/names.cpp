// Records named by namespace and enclosing class, and by typedef.
namespace ns {
struct outer {
  struct conn {
    char a;
    double b;
    char c;
  };
};
} // namespace ns

namespace other {
struct conn {
  char a;
  double b;
  char c;
};
} // namespace other

typedef struct {
  char a;
  double b;
  char c;
} anon_t;
