/*
 * test_listing_groups.c: refresh by listing groups its resources in memory
 * proportional to the resources, never groups x resources (issue 25: a
 * 10,000-resource refresh of 2,000 buckets' objects gave each of 2,000
 * groups room for all 10,000, 160 MB). The bytes are counted by the
 * sanitizer's allocator, which every unit test is built with, and by the
 * groups' own accounting.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "plan/listing_groups.h"

/* AddressSanitizer's count of the bytes malloc has handed out and not had
 * back (sanitizer/allocator_interface.h, which gcc does not install). */
size_t __sanitizer_get_current_allocated_bytes(void);

/* Group n resources, k to a group (the last may hold fewer); the bytes
 * allocated while doing so, and the groups' own count of them. */
static void group(size_t n, size_t per_group, size_t *counted, size_t *accounted)
{
	struct listing_groups lg = LISTING_GROUPS_INIT;
	char key[64];
	size_t before = __sanitizer_get_current_allocated_bytes();

	for (size_t i = 0; i < n; i++) {
		snprintf(key, sizeof(key), "aws\naws.s3.object\nbucket-%zu", i / per_group);
		listing_groups_add(&lg, key, NULL, "aws", "aws", i);
	}
	*counted = __sanitizer_get_current_allocated_bytes() - before;
	*accounted = listing_groups_bytes(&lg);
	assert_int_equal(lg.n, (n + per_group - 1) / per_group);
	for (size_t g = 0; g < lg.n; g++)
		for (size_t m = 0; m < lg.v[g].n; m++)
			assert_int_equal(lg.v[g].members[m], g * per_group + m);
	listing_groups_release(&lg);
	assert_int_equal(__sanitizer_get_current_allocated_bytes(), before);
}

/* 10,000 objects in 2,000 buckets: a few hundred bytes a resource at most
 * (the index's jansson entries included), where room for every resource in
 * every group would be 160 MB. */
static void test_many_small_groups(void **state)
{
	(void)state;
	size_t counted, accounted;

	group(10000, 5, &counted, &accounted);
	print_message("10,000 resources in 2,000 groups: %zu bytes allocated (%zu a resource), "
		      "%zu accounted\n", counted, counted / 10000, accounted);
	assert_true(counted < 10000 * 400);
	assert_true(accounted <= counted);
}

/* The cost per resource does not grow with the number of resources: 100k
 * in groups of 5 costs at most 10x (plus slack for the doubling) what 10k
 * does, and one group of all of them is no dearer a resource. */
static void test_linear(void **state)
{
	(void)state;
	size_t c10k, c100k, one, a;

	group(10000, 5, &c10k, &a);
	group(100000, 5, &c100k, &a);
	group(100000, 100000, &one, &a);
	print_message("groups of 5: 10k %zu bytes, 100k %zu bytes; one group of 100k: %zu\n",
		      c10k, c100k, one);
	assert_true(c100k < 12 * c10k);
	assert_true(one < 100000 * 2 * sizeof(size_t) + 4096);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_many_small_groups),
		cmocka_unit_test(test_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
