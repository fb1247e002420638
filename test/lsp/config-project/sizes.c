/* The middle member's type depends on the flags: the compile database says
 * NARROW (a short: 6 bytes, could be 4), the .clangd beside this file
 * removes it and adds WIDE (a double: 24 bytes, could be 16). */
#ifdef NARROW
typedef short middle_t;
#elif defined(WIDE)
typedef double middle_t;
#else
typedef char middle_t;
#endif

struct sizes {
  char first;
  middle_t middle;
  char last;
};

int main(void) {
  struct sizes s = {0};
  return s.first;
}
