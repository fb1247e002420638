#include "shared.h"

struct in_a { char a; double d; char b; };

int size_a(void) { return (int)(sizeof(struct in_a) + sizeof(struct shared)); }
