/*
 * test_random.h — the random but reproducible logs of the randomised unit
 * tests: xorshift64*, the same sequence on every platform (unlike rand()),
 * seeded with 47 or NOTULIST_SEED.  One state per test program.
 */
#ifndef NOTULIST_TEST_RANDOM_H
#define NOTULIST_TEST_RANDOM_H

#include <stdlib.h>

static unsigned long long rng_state;

static inline unsigned next_random(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned)((rng_state * 2685821657736338717ULL) >> 33);
}

/* A cmocka group setup: the seed from NOTULIST_SEED, else 47. */
static inline int seed_random(void **state)
{
	const char *seed = getenv("NOTULIST_SEED");
	(void)state;
	rng_state = seed ? strtoull(seed, NULL, 10) : 47;
	if (!rng_state)
		rng_state = 47;
	return 0;
}

#endif
