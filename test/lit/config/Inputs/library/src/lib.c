#include "lib.h"
#include "internal.h"
int size_of_both(void) {
  return (int)(sizeof(struct lib_handle) + sizeof(struct internal));
}
