#include "records.h"
SAVES_8(deeper_small);
SAVES_16(deeper_big);
