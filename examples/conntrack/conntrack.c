#include "conntrack.h"

#include <stdlib.h>
#include <string.h>

struct flow_table {
    unsigned buckets;
    struct flow **heads;
    uint64_t inserts;
    uint32_t flows;
    uint64_t evictions;
};

static uint32_t hash_key(const struct flow_key *key)
{
    uint32_t h = 2166136261u;
    uint32_t parts[5] = {key->protocol, key->src_addr, key->src_port,
                         key->dst_addr, key->dst_port};
    for (int i = 0; i < 5; i++)
        h = (h ^ parts[i]) * 16777619u;
    return h;
}

static bool same_key(const struct flow_key *a, const struct flow_key *b)
{
    return a->protocol == b->protocol && a->src_addr == b->src_addr &&
           a->src_port == b->src_port && a->dst_addr == b->dst_addr &&
           a->dst_port == b->dst_port;
}

struct flow_table *table_create(unsigned buckets)
{
    struct flow_table *table = calloc(1, sizeof *table);
    if (!table)
        return NULL;
    table->buckets = buckets;
    table->heads = calloc(buckets, sizeof *table->heads);
    if (!table->heads) {
        free(table);
        return NULL;
    }
    return table;
}

void table_destroy(struct flow_table *table)
{
    for (unsigned b = 0; b < table->buckets; b++) {
        struct flow *flow = table->heads[b];
        while (flow) {
            struct flow *next = flow->next;
            free(flow);
            flow = next;
        }
    }
    free(table->heads);
    free(table);
}

struct flow *table_track(struct flow_table *table, const struct flow_key *key,
                         uint32_t packet_bytes, uint64_t now_ns)
{
    struct flow **head = &table->heads[hash_key(key) % table->buckets];
    struct flow *flow = *head;
    while (flow && !same_key(&flow->key, key))
        flow = flow->next;
    if (!flow) {
        flow = calloc(1, sizeof *flow);
        if (!flow)
            return NULL;
        *flow = (struct flow){.key = *key, .state = FLOW_NEW, .next = *head};
        *head = flow;
        table->flows++;
        table->inserts++;
    } else if (flow->state == FLOW_NEW) {
        flow->state = FLOW_ESTABLISHED;
        flow->reply_seen = true;
    }
    flow->packets++;
    flow->bytes += packet_bytes;
    flow->last_seen_ns = now_ns;
    flow->assured = flow->packets > 3;
    return flow;
}

void table_stats(const struct flow_table *table, struct table_stats *out)
{
    unsigned max_chain = 0;
    for (unsigned b = 0; b < table->buckets; b++) {
        unsigned chain = 0;
        for (const struct flow *f = table->heads[b]; f; f = f->next)
            chain++;
        if (chain > max_chain)
            max_chain = chain;
    }
    memset(out, 0, sizeof *out);
    memcpy(out->name, "flows", 5);
    out->flows = table->flows;
    out->inserts = table->inserts;
    out->evictions = table->evictions;
    out->max_chain = (uint16_t)max_chain;
    out->load_factor = (double)table->flows / table->buckets;
}
