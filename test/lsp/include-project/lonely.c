/* Included by no other translation unit. */
struct lonely {
  char a;
  double b;
  char c;
};

double lonely_b(void) {
  struct lonely l = {.a = 1, .b = 2.5, .c = 3};
  return l.b;
}
