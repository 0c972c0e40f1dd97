/*
 * exec.c: the parallel graph walk. A pool of worker threads (the calling
 * thread is one of them) takes nodes from a ready queue ordered by node
 * index, or with lanes by each node's place in its lane first;
 * finishing a node releases the nodes waiting on it, failing one
 * skips them transitively, and a node that says stop (EXEC_RUN_STOP) skips
 * every node not started yet. All coordination goes through one mutex and one
 * condition variable: idle workers sleep, nobody polls.
 */
#include "plan/exec.h"
#include "plan/graph.h"
#include "provider/base/strbuf.h"

#include <pthread.h>
#include <stdlib.h>

struct walk {
	const struct graph *g;
	bool reverse;
	exec_fn run;
	void *ctx;
	enum exec_status *status;

	pthread_mutex_t mu;
	pthread_cond_t changed; /* a node became ready, or the walk is over */
	size_t *unfinished;     /* per node: prerequisites not yet OK */
	size_t *ready;          /* min-heap of node indices, by before() */
	size_t *place;          /* with lanes: the node's place in its lane; else NULL */
	size_t n_ready;
	size_t running;
	bool done;
	bool any_failed;
};

/* What node i waits for: its dependencies, or in reverse mode its dependents. */
static size_t n_prereqs(const struct walk *w, size_t i)
{
	return w->reverse ? graph_n_dependents(w->g, i) : graph_n_deps(w->g, i);
}

static size_t prereq(const struct walk *w, size_t i, size_t k)
{
	return w->reverse ? graph_dependent(w->g, i, k) : graph_dep(w->g, i, k);
}

/* Who waits for node i: the other direction. */
static size_t n_waiters(const struct walk *w, size_t i)
{
	return w->reverse ? graph_n_deps(w->g, i) : graph_n_dependents(w->g, i);
}

static size_t waiter(const struct walk *w, size_t i, size_t k)
{
	return w->reverse ? graph_dep(w->g, i, k) : graph_dependent(w->g, i, k);
}

/* Whether ready node a runs before ready node b. */
static bool before(const struct walk *w, size_t a, size_t b)
{
	if (w->place && w->place[a] != w->place[b])
		return w->place[a] < w->place[b];
	return a < b;
}

static void ready_push(struct walk *w, size_t node)
{
	size_t *h = w->ready;
	size_t k = w->n_ready++;
	while (k > 0) {
		size_t parent = (k - 1) / 2;
		if (!before(w, node, h[parent]))
			break;
		h[k] = h[parent];
		k = parent;
	}
	h[k] = node;
}

static size_t ready_pop(struct walk *w)
{
	size_t *h = w->ready;
	size_t top = h[0];
	size_t last = h[--w->n_ready];
	size_t k = 0;
	for (;;) {
		size_t child = 2 * k + 1;
		if (child >= w->n_ready)
			break;
		if (child + 1 < w->n_ready && before(w, h[child + 1], h[child]))
			child++;
		if (!before(w, h[child], last))
			break;
		h[k] = h[child];
		k = child;
	}
	if (w->n_ready)
		h[k] = last;
	return top;
}

/* Mark everything waiting on `failed`, transitively, as skipped. Called with
 * the mutex held. Waiters cannot have started: they wait for `failed`. */
static void skip_waiters(struct walk *w, size_t failed)
{
	size_t n = graph_size(w->g);
	size_t *stack = xmalloc(n * sizeof(*stack));
	size_t depth = 0;
	stack[depth++] = failed;
	while (depth) {
		size_t cur = stack[--depth];
		for (size_t k = 0; k < n_waiters(w, cur); k++) {
			size_t next = waiter(w, cur, k);
			if (w->status[next] == EXEC_PENDING) {
				w->status[next] = EXEC_SKIPPED;
				stack[depth++] = next;
			}
		}
	}
	free(stack);
}

/* A node said stop: every node not finished is skipped and none is taken
 * from the ready queue again; the running ones set their own outcome as
 * they finish, and the walk ends then. Called with the mutex held. */
static void stop_walk(struct walk *w)
{
	w->n_ready = 0;
	for (size_t i = 0; i < graph_size(w->g); i++)
		if (w->status[i] == EXEC_PENDING)
			w->status[i] = EXEC_SKIPPED;
}

/* Record the outcome of node; called with the mutex held. */
static void finish_node(struct walk *w, size_t node, int rc)
{
	w->running--;
	if (rc == EXEC_RUN_STOP) {
		stop_walk(w);
	} else if (rc == 0) {
		w->status[node] = EXEC_OK;
		for (size_t k = 0; k < n_waiters(w, node); k++) {
			size_t next = waiter(w, node, k);
			if (w->status[next] == EXEC_PENDING && --w->unfinished[next] == 0)
				ready_push(w, next);
		}
	} else {
		w->status[node] = EXEC_FAILED;
		w->any_failed = true;
		skip_waiters(w, node);
	}
	if (!w->n_ready && !w->running)
		w->done = true;
	pthread_cond_broadcast(&w->changed);
}

static void *worker(void *arg)
{
	struct walk *w = arg;
	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (!w->n_ready && !w->done)
			pthread_cond_wait(&w->changed, &w->mu);
		if (w->done && !w->n_ready)
			break;
		size_t node = ready_pop(w);
		w->running++;
		pthread_mutex_unlock(&w->mu);

		int rc = w->run(w->ctx, node);

		pthread_mutex_lock(&w->mu);
		finish_node(w, node, rc);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

int exec_walk(const struct graph *g, bool reverse, int parallelism,
	      const bool *selected, exec_fn run, void *ctx,
	      enum exec_status *status)
{
	return exec_walk_lanes(g, reverse, parallelism, selected, NULL, run, ctx, status);
}

/* Each node's place among the nodes of its lane, in index order. */
static size_t *lane_places(const size_t *lane, size_t n)
{
	size_t *place = xmalloc(n * sizeof(*place)), *count, lanes = 0;

	for (size_t i = 0; i < n; i++)
		if (lane[i] + 1 > lanes)
			lanes = lane[i] + 1;
	count = xcalloc(lanes, sizeof(*count));
	for (size_t i = 0; i < n; i++)
		place[i] = count[lane[i]]++;
	free(count);
	return place;
}

int exec_walk_lanes(const struct graph *g, bool reverse, int parallelism,
		    const bool *selected, const size_t *lane, exec_fn run, void *ctx,
		    enum exec_status *status)
{
	size_t n = graph_size(g);
	struct walk w = {
		.g = g, .reverse = reverse, .run = run, .ctx = ctx, .status = status,
	};
	size_t n_selected = 0;

	for (size_t i = 0; i < n; i++) {
		bool sel = !selected || selected[i];
		status[i] = sel ? EXEC_PENDING : EXEC_NOT_SELECTED;
		n_selected += sel;
	}
	if (!n_selected)
		return 0;

	w.place = lane ? lane_places(lane, n) : NULL;
	w.unfinished = xcalloc(n, sizeof(*w.unfinished));
	w.ready = xmalloc(n * sizeof(*w.ready));
	for (size_t i = 0; i < n; i++) {
		if (status[i] != EXEC_PENDING)
			continue;
		/* Unselected prerequisites count as done. */
		for (size_t k = 0; k < n_prereqs(&w, i); k++)
			if (status[prereq(&w, i, k)] == EXEC_PENDING)
				w.unfinished[i]++;
		if (!w.unfinished[i])
			ready_push(&w, i);
	}
	/* Nothing ready with nodes selected means every one sits on a cycle. */
	w.done = !w.n_ready;

	pthread_mutex_init(&w.mu, NULL);
	pthread_cond_init(&w.changed, NULL);

	size_t n_threads = parallelism < 1 ? 1 : (size_t)parallelism;
	if (n_threads > n_selected)
		n_threads = n_selected;
	/* The calling thread works too; extra threads that cannot be created
	 * only reduce the parallelism. */
	pthread_t *threads = xmalloc(n_threads * sizeof(*threads));
	size_t started = 0;
	for (size_t t = 1; t < n_threads; t++)
		if (pthread_create(&threads[started], NULL, worker, &w) == 0)
			started++;
	worker(&w);
	for (size_t t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	free(threads);

	pthread_cond_destroy(&w.changed);
	pthread_mutex_destroy(&w.mu);
	free(w.ready);
	free(w.place);
	free(w.unfinished);

	/* Nodes on a cycle never became ready: they are left EXEC_PENDING. */
	bool complete = !w.any_failed;
	for (size_t i = 0; i < n && complete; i++)
		if (status[i] == EXEC_PENDING || status[i] == EXEC_SKIPPED)
			complete = false;
	return complete ? 0 : -1;
}
