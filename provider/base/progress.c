/*
 * progress.c: the library side of transfer progress (see progress.h): the
 * installed sink, and per-transfer running totals kept under a lock so that
 * parallel parts report one ordered sequence; and what an operation
 * leaves for the engine beyond its answer (struct op_result: an unknown
 * outcome, a note), which its calls fill. What a create is given and says
 * it made travels in its arguments (struct create_call, provider/provider.h).
 */
#include "provider/base/progress.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "provider/base/strbuf.h"

static const struct progress_sink *installed;

struct progress {
	const struct progress_sink *sink;
	void *handle;
	pthread_mutex_t lock;
	uint64_t done;
};

void progress_set_sink(const struct progress_sink *sink)
{
	installed = sink;
}

struct progress *progress_begin(const char *label, uint64_t total)
{
	const struct progress_sink *sink = installed;
	struct progress *p;

	if (!sink || !sink->begin)
		return NULL;
	p = xcalloc(1, sizeof(*p));
	p->sink = sink;
	pthread_mutex_init(&p->lock, NULL);
	p->handle = sink->begin(label ? label : "", total);
	return p;
}

void progress_add(struct progress *p, uint64_t bytes)
{
	if (!p)
		return;
	/* Held while the sink draws, so totals arrive in order. */
	pthread_mutex_lock(&p->lock);
	p->done += bytes;
	if (p->sink->update)
		p->sink->update(p->handle, p->done);
	pthread_mutex_unlock(&p->lock);
}

void progress_end(struct progress *p)
{
	if (!p)
		return;
	if (p->sink->end)
		p->sink->end(p->handle);
	pthread_mutex_destroy(&p->lock);
	free(p);
}

bool progress_stop_requested(void)
{
	const struct progress_sink *sink = installed;

	return sink && sink->stop_requested && sink->stop_requested();
}

void progress_status(const char *text)
{
	const struct progress_sink *sink = installed;

	if (sink && sink->status)
		sink->status(text ? text : "");
}

void op_result_note(struct op_result *r, const char *text)
{
	if (!r)
		return;
	free(r->note);
	r->note = text && *text ? xstrdup(text) : NULL;
}

void op_result_release(struct op_result *r)
{
	free(r->note);
	r->note = NULL;
	atomic_store(&r->outcome_unknown, false);
}
