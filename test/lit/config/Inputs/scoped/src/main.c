#include "net/conn.h"
#include "net/legacy_proto.h"
#include "../vendor/dep.h"
#include "../tools/tool.h"
struct main_state { char a; long b; char c; };
