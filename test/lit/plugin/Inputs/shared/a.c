#include "shared.h"
double a_value(struct shared *s) { return s->value; }
