#include "records.h"
#include "shared.h"
SAVES_8(sub_small);
SAVES_16(sub_big);
