#include "shared.h"

static struct shared from_b = {'b', 2.5, 0};

void print_b(void) { print_shared("b", &from_b); }
