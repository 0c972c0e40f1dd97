/*
 * test_exec.c: the parallel executor: dependency order, real parallelism,
 * failures skipping only what waits on them, a stop starting nothing more, reverse (destroy) order,
 * selected subsets and cycles.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plan/exec.h"
#include "plan/graph.h"

enum { MAX_NODES = 2048, MAX_EVENTS = 2 * MAX_NODES };

/* What the run function saw, recorded under one mutex. */
struct recorder {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	/* events: node * 2 for a start, node * 2 + 1 for a finish */
	size_t events[MAX_EVENTS];
	size_t n_events;
	int in_flight, max_in_flight;
	int runs[MAX_NODES];
	bool fail[MAX_NODES];
	bool stop[MAX_NODES];   /* the node says EXEC_RUN_STOP */
	int sleep_ms;
	/* When > 0, a node waits (up to 2 s) until this many run at once. */
	int rendezvous;
};

static void recorder_init(struct recorder *r)
{
	memset(r, 0, sizeof(*r));
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->cv, NULL);
}

static void recorder_destroy(struct recorder *r)
{
	pthread_cond_destroy(&r->cv);
	pthread_mutex_destroy(&r->mu);
}

static int record_run(void *ctx, size_t node)
{
	struct recorder *r = ctx;
	pthread_mutex_lock(&r->mu);
	r->events[r->n_events++] = node * 2;
	r->runs[node]++;
	if (++r->in_flight > r->max_in_flight)
		r->max_in_flight = r->in_flight;
	pthread_cond_broadcast(&r->cv);
	if (r->rendezvous) {
		struct timespec deadline;
		clock_gettime(CLOCK_REALTIME, &deadline);
		deadline.tv_sec += 2;
		while (r->max_in_flight < r->rendezvous &&
		       pthread_cond_timedwait(&r->cv, &r->mu, &deadline) == 0)
			;
	}
	pthread_mutex_unlock(&r->mu);

	if (r->sleep_ms) {
		struct timespec ts = { 0, r->sleep_ms * 1000000L };
		nanosleep(&ts, NULL);
	}

	pthread_mutex_lock(&r->mu);
	r->in_flight--;
	r->events[r->n_events++] = node * 2 + 1;
	bool fail = r->fail[node], stop = r->stop[node];
	pthread_mutex_unlock(&r->mu);
	return stop ? EXEC_RUN_STOP : fail ? -1 : 0;
}

static size_t event_at(const struct recorder *r, size_t event)
{
	for (size_t k = 0; k < r->n_events; k++)
		if (r->events[k] == event)
			return k;
	fail_msg("event %zu not recorded", event);
	return 0;
}

/* Every edge a -> b: b finished before a started (reverse: the other way). */
static void assert_order_respected(const struct graph *g, const struct recorder *r,
				   bool reverse)
{
	for (size_t a = 0; a < graph_size(g); a++) {
		for (size_t k = 0; k < graph_n_deps(g, a); k++) {
			size_t b = graph_dep(g, a, k);
			size_t first = reverse ? a : b, then = reverse ? b : a;
			if (!r->runs[first] || !r->runs[then])
				continue;
			assert_true(event_at(r, first * 2 + 1) < event_at(r, then * 2));
		}
	}
}

/* The order nodes started in, as names joined by spaces. */
static void assert_start_order(const struct graph *g, const struct recorder *r,
			       const char *want)
{
	char got[512] = "";
	for (size_t k = 0; k < r->n_events; k++) {
		if (r->events[k] % 2)
			continue;
		if (*got)
			strcat(got, " ");
		strcat(got, graph_name(g, r->events[k] / 2));
	}
	assert_string_equal(got, want);
}

/* app -> db, app -> net, db -> vpc, net -> vpc. */
static struct graph *diamond(void)
{
	struct graph *g = graph_new();
	size_t app = graph_add(g, "app");
	size_t db = graph_add(g, "db");
	size_t net = graph_add(g, "net");
	size_t vpc = graph_add(g, "vpc");
	graph_depend(g, app, db);
	graph_depend(g, app, net);
	graph_depend(g, db, vpc);
	graph_depend(g, net, vpc);
	return g;
}

static void test_diamond_order(void **state)
{
	(void)state;
	struct graph *g = diamond();
	struct recorder r;
	enum exec_status st[4];

	recorder_init(&r);
	r.sleep_ms = 10;
	assert_int_equal(exec_walk(g, false, 4, NULL, record_run, &r, st), 0);
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(st[i], EXEC_OK);
		assert_int_equal(r.runs[i], 1);
	}
	assert_order_respected(g, &r, false);
	assert_int_equal(r.in_flight, 0);
	recorder_destroy(&r);

	/* One worker: ready nodes start in index order. */
	recorder_init(&r);
	assert_int_equal(exec_walk(g, false, 1, NULL, record_run, &r, st), 0);
	assert_start_order(g, &r, "vpc db net app");
	assert_int_equal(r.max_in_flight, 1);
	recorder_destroy(&r);
	graph_free(g);
}

static void test_runs_in_parallel(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	graph_add(g, "left");
	graph_add(g, "right");
	enum exec_status st[2];
	struct recorder r;

	/* Each node waits until both are in flight (bounded at 2 s): if the
	 * executor ran them one after the other, max_in_flight stays 1. */
	recorder_init(&r);
	r.sleep_ms = 100;
	r.rendezvous = 2;
	assert_int_equal(exec_walk(g, false, 2, NULL, record_run, &r, st), 0);
	assert_int_equal(r.max_in_flight, 2);
	recorder_destroy(&r);

	recorder_init(&r);
	r.sleep_ms = 20;
	assert_int_equal(exec_walk(g, false, 1, NULL, record_run, &r, st), 0);
	assert_int_equal(r.max_in_flight, 1);
	recorder_destroy(&r);

	/* parallelism < 1 means 1 */
	recorder_init(&r);
	assert_int_equal(exec_walk(g, false, 0, NULL, record_run, &r, st), 0);
	assert_int_equal(r.max_in_flight, 1);
	assert_int_equal(st[0], EXEC_OK);
	assert_int_equal(st[1], EXEC_OK);
	recorder_destroy(&r);
	graph_free(g);
}

static void test_failure_skips_dependents(void **state)
{
	(void)state;
	/* bad <- mid <- top fails as a chain; base <- fine is independent. */
	struct graph *g = graph_new();
	size_t bad = graph_add(g, "bad");
	size_t mid = graph_add(g, "mid");
	size_t top = graph_add(g, "top");
	size_t base = graph_add(g, "base");
	size_t fine = graph_add(g, "fine");
	size_t both = graph_add(g, "both");
	graph_depend(g, mid, bad);
	graph_depend(g, top, mid);
	graph_depend(g, fine, base);
	graph_depend(g, both, fine);
	graph_depend(g, both, top);
	enum exec_status st[6];
	struct recorder r;

	for (int par = 1; par <= 4; par += 3) {
		recorder_init(&r);
		r.fail[bad] = true;
		r.sleep_ms = 5;
		assert_int_equal(exec_walk(g, false, par, NULL, record_run, &r, st), -1);
		assert_int_equal(st[bad], EXEC_FAILED);
		assert_int_equal(st[mid], EXEC_SKIPPED);
		assert_int_equal(st[top], EXEC_SKIPPED);
		assert_int_equal(st[both], EXEC_SKIPPED);
		assert_int_equal(st[base], EXEC_OK);
		assert_int_equal(st[fine], EXEC_OK);
		assert_int_equal(r.runs[bad], 1);
		assert_int_equal(r.runs[mid], 0);
		assert_int_equal(r.runs[top], 0);
		assert_int_equal(r.runs[both], 0);
		assert_int_equal(r.runs[base], 1);
		assert_int_equal(r.runs[fine], 1);
		recorder_destroy(&r);
	}
	graph_free(g);
}

/* A node that says stop (apply: the state cannot be written) starts
 * nothing more: of ten independent nodes, with one worker, the three
 * before it ran, the six after it never start, and it and they are
 * skipped; with four workers, the nodes running with it finish with their
 * own outcome. */
static void test_stop_starts_nothing_more(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	char name[16];
	for (int i = 0; i < 10; i++) {
		snprintf(name, sizeof(name), "n%d", i);
		graph_add(g, name);
	}
	enum exec_status st[10];
	struct recorder r;

	recorder_init(&r);
	r.stop[3] = true;
	assert_int_equal(exec_walk(g, false, 1, NULL, record_run, &r, st), -1);
	for (int i = 0; i < 10; i++) {
		assert_int_equal(r.runs[i], i <= 3);
		assert_int_equal(st[i], i < 3 ? EXEC_OK : EXEC_SKIPPED);
	}
	recorder_destroy(&r);

	/* Four workers: n0..n3 start at once (rendezvous); n1 says stop,
	 * n2 fails: those running end with their own outcome; a node a
	 * worker freed before the stop took may have run, every other one
	 * is skipped. */
	recorder_init(&r);
	r.rendezvous = 4;
	r.stop[1] = true;
	r.fail[2] = true;
	assert_int_equal(exec_walk(g, false, 4, NULL, record_run, &r, st), -1);
	assert_int_equal(st[0], EXEC_OK);
	assert_int_equal(st[1], EXEC_SKIPPED);
	assert_int_equal(st[2], EXEC_FAILED);
	assert_int_equal(st[3], EXEC_OK);
	for (int i = 4; i < 10; i++)
		assert_int_equal(st[i], r.runs[i] ? EXEC_OK : EXEC_SKIPPED);
	recorder_destroy(&r);
	graph_free(g);
}

static void test_reverse_order(void **state)
{
	(void)state;
	struct graph *g = diamond();
	enum exec_status st[4];
	struct recorder r;

	recorder_init(&r);
	assert_int_equal(exec_walk(g, true, 1, NULL, record_run, &r, st), 0);
	assert_start_order(g, &r, "app db net vpc");
	recorder_destroy(&r);

	recorder_init(&r);
	r.sleep_ms = 10;
	assert_int_equal(exec_walk(g, true, 3, NULL, record_run, &r, st), 0);
	assert_order_respected(g, &r, true);
	recorder_destroy(&r);

	/* In reverse, a failure skips what the failed node depends on. */
	recorder_init(&r);
	r.fail[graph_find(g, "db")] = true;
	assert_int_equal(exec_walk(g, true, 2, NULL, record_run, &r, st), -1);
	assert_int_equal(st[graph_find(g, "app")], EXEC_OK);
	assert_int_equal(st[graph_find(g, "db")], EXEC_FAILED);
	assert_int_equal(st[graph_find(g, "net")], EXEC_OK);
	assert_int_equal(st[graph_find(g, "vpc")], EXEC_SKIPPED);
	recorder_destroy(&r);
	graph_free(g);
}

static void test_selected_subset(void **state)
{
	(void)state;
	struct graph *g = diamond();
	size_t app = graph_find(g, "app"), db = graph_find(g, "db");
	size_t net = graph_find(g, "net"), vpc = graph_find(g, "vpc");
	bool selected[4] = { false };
	selected[app] = selected[db] = true;
	enum exec_status st[4];
	struct recorder r;

	recorder_init(&r);
	assert_int_equal(exec_walk(g, false, 4, selected, record_run, &r, st), 0);
	assert_int_equal(st[app], EXEC_OK);
	assert_int_equal(st[db], EXEC_OK);
	assert_int_equal(st[net], EXEC_NOT_SELECTED);
	assert_int_equal(st[vpc], EXEC_NOT_SELECTED);
	assert_int_equal(r.runs[net], 0);
	assert_int_equal(r.runs[vpc], 0);
	assert_start_order(g, &r, "db app");
	recorder_destroy(&r);

	/* Nothing selected: nothing runs, and that is success. */
	bool none[4] = { false };
	recorder_init(&r);
	assert_int_equal(exec_walk(g, false, 4, none, record_run, &r, st), 0);
	assert_int_equal(r.n_events, 0);
	assert_int_equal(st[app], EXEC_NOT_SELECTED);
	recorder_destroy(&r);
	graph_free(g);
}

static void test_cycle_does_not_hang(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	size_t a = graph_add(g, "a");
	size_t b = graph_add(g, "b");
	size_t c = graph_add(g, "c");
	graph_depend(g, a, b);
	graph_depend(g, b, a);
	enum exec_status st[3];
	struct recorder r;

	recorder_init(&r);
	assert_int_equal(exec_walk(g, false, 2, NULL, record_run, &r, st), -1);
	assert_int_equal(st[a], EXEC_PENDING);
	assert_int_equal(st[b], EXEC_PENDING);
	assert_int_equal(st[c], EXEC_OK);
	recorder_destroy(&r);
	graph_free(g);
}

/* A wide, deep graph with more workers than cores: every node runs once,
 * after its dependencies, with failures sprinkled in. */
static void test_many_nodes(void **state)
{
	(void)state;
	enum { N = 1500 };
	struct graph *g = graph_new();
	char name[32];
	for (size_t i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "n%zu", i);
		graph_add(g, name);
	}
	for (size_t i = 1; i < N; i++) {
		graph_depend(g, i, (i - 1) / 2);
		if (i > 7)
			graph_depend(g, i, i - 7);
	}
	struct recorder *r = malloc(sizeof(*r));
	enum exec_status *st = malloc(N * sizeof(*st));

	recorder_init(r);
	assert_int_equal(exec_walk(g, false, 16, NULL, record_run, r, st), 0);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(r->runs[i], 1);
	assert_order_respected(g, r, false);
	recorder_destroy(r);

	recorder_init(r);
	r->fail[40] = true;
	assert_int_equal(exec_walk(g, false, 16, NULL, record_run, r, st), -1);
	bool *waits = calloc(N, sizeof(*waits));
	graph_reverse_closure(g, 40, waits);
	for (size_t i = 0; i < N; i++) {
		if (i == 40)
			assert_int_equal(st[i], EXEC_FAILED);
		else if (waits[i])
			assert_int_equal(st[i], EXEC_SKIPPED);
		else
			assert_int_equal(st[i], EXEC_OK);
		assert_int_equal(r->runs[i], st[i] == EXEC_SKIPPED ? 0 : 1);
	}
	free(waits);
	recorder_destroy(r);
	free(st);
	free(r);
	graph_free(g);
}

/* Lanes: the first of every lane, then the second of every lane, ...
 * (one worker shows the order); dependencies still come first. */
static void test_lanes_interleave(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	const char *names[] = { "sg1", "sg2", "sg3", "subnet1", "subnet2", "rt1", "vpc" };
	size_t lane[] = { 0, 0, 0, 1, 1, 2, 3 };
	enum exec_status st[7];
	struct recorder r;

	for (size_t i = 0; i < 7; i++)
		graph_add(g, names[i]);
	for (size_t i = 0; i < 6; i++)
		graph_depend(g, i, 6);   /* each sits in the VPC: in reverse, the VPC goes last */
	recorder_init(&r);
	assert_int_equal(exec_walk_lanes(g, true, 1, NULL, lane, record_run, &r, st), 0);
	assert_start_order(g, &r, "sg1 subnet1 rt1 sg2 subnet2 sg3 vpc");
	recorder_destroy(&r);
	recorder_init(&r);
	assert_int_equal(exec_walk(g, true, 1, NULL, record_run, &r, st), 0);
	assert_start_order(g, &r, "sg1 sg2 sg3 subnet1 subnet2 rt1 vpc");
	recorder_destroy(&r);
	graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lanes_interleave),
		cmocka_unit_test(test_diamond_order),
		cmocka_unit_test(test_runs_in_parallel),
		cmocka_unit_test(test_failure_skips_dependents),
		cmocka_unit_test(test_stop_starts_nothing_more),
		cmocka_unit_test(test_reverse_order),
		cmocka_unit_test(test_selected_subset),
		cmocka_unit_test(test_cycle_does_not_hang),
		cmocka_unit_test(test_many_nodes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
