/*
 * progress.h: how library code reports the progress of a long transfer (an
 * S3 upload of many megabytes) and learns that the user asked to stop.
 *
 * An operation's result beyond its answer travels in struct op_result
 * (below), which its calls fill.
 *
 * Library code never prints: it calls progress_begin/add/end, which forward
 * to the sink the CLI installed (cmd/progress.c draws it on a terminal).
 * With no sink installed every call does nothing, progress_begin returns
 * NULL (which the other calls accept), and progress_stop_requested() is
 * always false.
 *
 * Thread safety: progress_add may be called from several threads at once
 * for the same transfer (the parts of a multipart upload); the sink's
 * update() then receives a running total that never decreases.
 */
#ifndef TERRACE_PROGRESS_H
#define TERRACE_PROGRESS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct progress_sink {
	/* A transfer of `total` bytes starts; what it returns is passed back
	 * to update() and end(). `label` is borrowed ("s3://bucket/key"). */
	void *(*begin)(const char *label, uint64_t total);
	/* `done` of its bytes are transferred (a running total). */
	void (*update)(void *handle, uint64_t done);
	/* It ended, complete or not. */
	void (*end)(void *handle);
	/* Whether the user asked to stop (SIGINT/SIGTERM): long transfers
	 * check it between steps and give up cleanly. May be NULL. */
	bool (*stop_requested)(void);
	/* What a long operation of the calling thread is waiting for now
	 * ("status: creating"), shown with its "Still creating..." lines.
	 * May be NULL. */
	void (*status)(const char *text);
};

/* Install the sink (NULL: none). Call before transfers start; the sink
 * must outlive them. */
void progress_set_sink(const struct progress_sink *sink);

struct progress;

/* Start reporting a transfer; NULL when no sink is installed. */
struct progress *progress_begin(const char *label, uint64_t total);
/* `bytes` more are transferred. */
void progress_add(struct progress *p, uint64_t bytes);
/* The transfer ended; p is freed (NULL is fine). */
void progress_end(struct progress *p);
bool progress_stop_requested(void);
/* Report what the calling thread's operation waits for (a waiter's last
 * observed status); "" clears it. */
void progress_status(const char *text);

/*
 * What one operation of the core (a create, update or delete) tells it
 * beyond its answer, filled while it runs through the client the core
 * hands that operation (provider.h: provider_type.op_client), read by the
 * core when it returns. Nothing of it lives in a thread: the calls of a
 * multipart upload's part threads fill their operation's too.
 *
 * outcome_unknown: a call of the operation ended without an answer after
 *   its request was sent (connection cut, deadline, interrupt): the server
 *   may have carried it out. After a failed create the core keeps the
 *   create's pending record rather than forget it. Set from any thread.
 * note: a line the operation leaves for the user when it ends well, which
 *   no attribute can hold (a KMS key whose destroy only scheduled its
 *   deletion, and for when): the core shows it as a warning naming the
 *   resource. Set by op_result_note (a copy; the last one counts) from the
 *   operation's own thread; never a secret.
 */
struct op_result {
	atomic_bool outcome_unknown;
	char *note;
};

/* Say r's note (NULL r: nobody listens, nothing is kept). */
void op_result_note(struct op_result *r, const char *text);
/* Free what r holds (not r) and clear it. */
void op_result_release(struct op_result *r);

#endif
