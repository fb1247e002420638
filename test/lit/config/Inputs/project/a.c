#include "records.h"
#include "shared.h"
SAVES_8(root_small);
SAVES_16(root_big);
