/*
 * progress.c: the library side of transfer progress (see progress.h): the
 * installed sink, and per-transfer running totals kept under a lock so that
 * parallel parts report one ordered sequence; and, per thread, what an
 * operation leaves for the engine (an unknown outcome, a note). What a
 * create is given and says it made travels in its arguments (struct
 * create_call, provider/provider.h).
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

static _Thread_local bool outcome_unknown;

void progress_mark_outcome_unknown(void)
{
	outcome_unknown = true;
}

bool progress_take_outcome_unknown(void)
{
	bool was = outcome_unknown;

	outcome_unknown = false;
	return was;
}

static _Thread_local char note[512];

void progress_note(const char *text)
{
	snprintf(note, sizeof(note), "%s", text ? text : "");
}

char *progress_take_note(void)
{
	char *was = note[0] ? xstrdup(note) : NULL;

	note[0] = 0;
	return was;
}

