#include "api.h"
#include "exported.h"
#include "macro.h"
#include "plain.h"
struct local_v1 { char a; long b; char c; };
