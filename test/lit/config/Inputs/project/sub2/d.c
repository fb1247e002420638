#include "records.h"
SAVES_8(sub2_small);
SAVES_16(sub2_big);
