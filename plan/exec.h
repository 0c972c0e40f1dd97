/*
 * exec.h: the parallel executor. Walks a graph with N worker threads,
 * starting a node once everything it waits for has succeeded. A node that
 * fails marks everything waiting on it (transitively) as skipped; nodes that
 * do not depend on it still run. In reverse mode (destroy) a node waits for
 * its dependents instead of its dependencies.
 *
 * The executor knows nothing of resources: `run` does the work for one node
 * and returns 0 or -1, or EXEC_RUN_STOP when the node was not run and
 * nothing more may start (apply: the state can no longer be written): the
 * node and every node not started yet are skipped, the nodes running finish.
 * `selected` (may be NULL) limits the walk: unselected nodes are treated as
 * already done.
 */
#ifndef TERRACE_EXEC_H
#define TERRACE_EXEC_H

#include <stdbool.h>
#include <stddef.h>

struct graph;

enum exec_status { EXEC_PENDING, EXEC_OK, EXEC_FAILED, EXEC_SKIPPED, EXEC_NOT_SELECTED };

#define EXEC_RUN_STOP 1

typedef int (*exec_fn)(void *ctx, size_t node);

/* Returns 0 when every selected node succeeded, -1 otherwise; status[] (size
 * graph_size) gets each node's outcome. parallelism < 1 means 1. */
int exec_walk(const struct graph *g, bool reverse, int parallelism,
	      const bool *selected, exec_fn run, void *ctx,
	      enum exec_status *status);

/*
 * exec_walk with lanes: lane[i] (a small number; NULL: none) groups the
 * nodes that call the same API, a resource type's creates or deletes. Of
 * the ready nodes, the first of every lane runs before the second of any,
 * and so on: when a service throttles one API (AWS throttles each action
 * with a bucket of its own), the workers waiting on it are some of them,
 * not all, and the other lanes go on at their own pace.
 */
int exec_walk_lanes(const struct graph *g, bool reverse, int parallelism,
		    const bool *selected, const size_t *lane, exec_fn run, void *ctx,
		    enum exec_status *status);

#endif
