#ifndef CROSSCHECK_PREFETCH_H
#define CROSSCHECK_PREFETCH_H

/// Asks the processor to start loading the cache line holding `address` for a read, without
/// waiting for it. A hint: it loads nothing into a register and never faults, whatever the address.
static inline void crosscheck_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
