/* A small connection tracker: the kind of bookkeeping a packet filter or
 * load balancer keeps per flow. Its records were written in the order the
 * fields were thought of, not the order that packs them. */
#ifndef CONNTRACK_H
#define CONNTRACK_H

#include <stdbool.h>
#include <stdint.h>

enum flow_state { FLOW_NEW, FLOW_ESTABLISHED, FLOW_CLOSING, FLOW_CLOSED };

/* The 5-tuple that identifies a flow. */
struct flow_key {
    uint8_t protocol;
    uint32_t src_addr;
    uint16_t src_port;
    uint32_t dst_addr;
    uint16_t dst_port;
};

/* Per-flow counters and state. */
struct flow {
    struct flow_key key;
    bool reply_seen;        /* a packet came back the other way */
    uint64_t packets;
    uint8_t state;          /* enum flow_state */
    uint64_t bytes;
    uint16_t window;
    uint64_t last_seen_ns;
    bool assured;
    struct flow *next;      /* hash chain */
};

/* One entry of the table's statistics ring. */
struct table_stats {
    char name[5];
    double load_factor;
    uint32_t flows;
    uint64_t inserts;
    uint16_t max_chain;
    uint64_t evictions;
};

struct flow_table;

struct flow_table *table_create(unsigned buckets);
void table_destroy(struct flow_table *table);
struct flow *table_track(struct flow_table *table, const struct flow_key *key,
                         uint32_t packet_bytes, uint64_t now_ns);
void table_stats(const struct flow_table *table, struct table_stats *out);

#endif
