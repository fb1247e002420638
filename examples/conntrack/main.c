/* Replays a deterministic synthetic packet trace through the tracker and
 * prints the record sizes and a checksum of what it tracked. */
#include "conntrack.h"

#include <stdio.h>

int main(void)
{
    struct flow_table *table = table_create(1024);
    if (!table)
        return 1;
    uint64_t checksum = 0;
    uint32_t seed = 12345;
    for (uint64_t t = 0; t < 200000; t++) {
        seed = seed * 1103515245u + 12345u;
        struct flow_key key = {
            .protocol = (seed >> 3) % 2 ? 6 : 17,
            .src_addr = 0x0a000000u | ((seed >> 8) % 4096),
            .src_port = (uint16_t)(1024 + (seed >> 20) % 64),
            .dst_addr = 0xc0a80001u,
            .dst_port = 443,
        };
        struct flow *flow = table_track(table, &key, 64 + seed % 1400, t * 1000);
        if (flow)
            checksum = checksum * 31 + flow->packets + flow->bytes + flow->state;
    }
    struct table_stats stats;
    table_stats(table, &stats);
    printf("sizeof(struct flow_key) = %zu\n", sizeof(struct flow_key));
    printf("sizeof(struct flow) = %zu\n", sizeof(struct flow));
    printf("sizeof(struct table_stats) = %zu\n", sizeof(struct table_stats));
    printf("flows tracked: %u, longest chain: %u\n", stats.flows,
           (unsigned)stats.max_chain);
    printf("checksum: %llu\n", (unsigned long long)checksum);
    table_destroy(table);
    return 0;
}
