#include "shared.h"

struct in_b { char a; double d; char b; };

int size_b(void) { return (int)(sizeof(struct in_b) + sizeof(struct shared)); }
