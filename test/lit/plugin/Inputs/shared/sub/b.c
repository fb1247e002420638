#include "../inc/shared.h"
char b_tag(struct shared *s) { return s->tag; }
