/*
 * pace.c: the adaptive pace of each API action (pace.h), after the AWS
 * SDKs' adaptive retry mode: the same constants and the same arithmetic as
 * botocore's ClientRateLimiter, TokenBucket, RateClocker and
 * CubicCalculator.
 */
#include "provider/aws/transport/pace.h"
#include "provider/base/clock.h"
#include "provider/base/progress.h"
#include "provider/base/strbuf.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MIN_FILL_RATE 0.5       /* TokenBucket._MIN_RATE */
#define CUBIC_SCALE 0.4         /* CubicCalculator._SCALE_CONSTANT */
#define CUBIC_BETA 0.7          /* CubicCalculator._BETA */
#define MAX_RATE_ADJUST 2.0     /* ClientRateLimiter._MAX_RATE_ADJUST_SCALE */
#define RATE_SMOOTHING 0.8      /* RateClocker._DEFAULT_SMOOTHING */
#define RATE_BUCKET_S 0.5       /* RateClocker._TIME_BUCKET_RANGE */
#define SLICE_S 0.1             /* a waiting thread looks at stop and deadline this often */

/* ---- the arithmetic, on a given clock ---- */

static void bucket_refill(struct aws_pace_model *m, double now)
{
	if (m->last_refill < 0) {
		m->last_refill = now;
		return;
	}
	m->capacity = fmin(m->max_capacity, m->capacity + (now - m->last_refill) * m->fill_rate);
	m->last_refill = now;
}

static void bucket_set_rate(struct aws_pace_model *m, double now, double rate)
{
	bucket_refill(m, now);
	m->fill_rate = fmax(rate, MIN_FILL_RATE);
	m->max_capacity = rate >= 1 ? rate : 1;
	m->capacity = fmin(m->capacity, m->max_capacity);
}

static double cubic_zero_point(double w_max)
{
	return cbrt(w_max * (1 - CUBIC_BETA) / CUBIC_SCALE);
}

/* RateClocker.record: requests answered per second, smoothed over half seconds. */
static double measure(struct aws_pace_model *m, double now)
{
	double bucket = floor(now / RATE_BUCKET_S) * RATE_BUCKET_S;

	m->count++;
	if (bucket > m->last_bucket) {
		double current = m->count / (bucket - m->last_bucket);
		m->measured = current * RATE_SMOOTHING + m->measured * (1 - RATE_SMOOTHING);
		m->count = 0;
		m->last_bucket = bucket;
	}
	return m->measured;
}

void aws_pace_model_init(struct aws_pace_model *m, double now)
{
	memset(m, 0, sizeof(*m));
	m->last_refill = -1;
	bucket_set_rate(m, now, 1);
	m->capacity = 0;
	m->w_max = 0;
	m->k = cubic_zero_point(0);
	m->last_fail = now;
	m->last_bucket = floor(now);
}

double aws_pace_model_take(struct aws_pace_model *m, double now)
{
	if (!m->enabled)
		return 0;
	bucket_refill(m, now);
	if (m->capacity >= 1) {
		m->capacity -= 1;
		return 0;
	}
	return (1 - m->capacity) / m->fill_rate;
}

void aws_pace_model_answer(struct aws_pace_model *m, double now, bool throttled)
{
	double measured = measure(m, now), rate;

	if (!throttled) {
		double dt = now - m->last_fail - m->k;
		rate = CUBIC_SCALE * dt * dt * dt + m->w_max;
	} else {
		double use = m->enabled ? fmin(measured, m->fill_rate) : measured;
		m->w_max = use;
		m->k = cubic_zero_point(use);
		m->last_fail = now;
		rate = use * CUBIC_BETA;
		m->enabled = true;
	}
	bucket_set_rate(m, now, fmin(rate, MAX_RATE_ADJUST * measured));
}

/* ---- one pace per action, shared by the client's threads ---- */

struct pace {
	char *key;   /* "ec2 DeleteSubnet" */
	struct aws_pace_model model;
};

struct aws_paces {
	pthread_mutex_t lock;
	struct pace *v;
	size_t n, alloc;
};

struct aws_paces *aws_paces_new(void)
{
	struct aws_paces *p = xcalloc(1, sizeof(*p));

	pthread_mutex_init(&p->lock, NULL);
	return p;
}

void aws_paces_free(struct aws_paces *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].key);
	free(p->v);
	pthread_mutex_destroy(&p->lock);
	free(p);
}

/* The action's pace (made on first use), under p->lock. */
static struct aws_pace_model *pace_of(struct aws_paces *p, const char *service,
				      const char *operation)
{
	char *key = xasprintf("%s %s", service, operation ? operation : "");

	for (size_t i = 0; i < p->n; i++)
		if (!strcmp(p->v[i].key, key)) {
			free(key);
			return &p->v[i].model;
		}
	if (p->n == p->alloc) {
		p->alloc = p->alloc ? 2 * p->alloc : 16;
		p->v = xrealloc(p->v, p->alloc * sizeof(*p->v));
	}
	p->v[p->n].key = key;
	aws_pace_model_init(&p->v[p->n].model, monotonic_seconds());
	return &p->v[p->n++].model;
}

void aws_pace_acquire(struct aws_paces *p, const char *service, const char *operation,
		      double deadline)
{
	for (;;) {
		double now = monotonic_seconds(), wait;

		pthread_mutex_lock(&p->lock);
		wait = aws_pace_model_take(pace_of(p, service, operation), now);
		pthread_mutex_unlock(&p->lock);
		if (wait <= 0 || now >= deadline || progress_stop_requested())
			return;
		if (wait > SLICE_S)
			wait = SLICE_S;
		struct timespec ts = { 0, (long)(wait * 1e9) };
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
}

double aws_pace_record(struct aws_paces *p, const char *service, const char *operation,
		       bool throttled)
{
	double before, after;
	bool was_on;

	pthread_mutex_lock(&p->lock);
	struct aws_pace_model *m = pace_of(p, service, operation);
	was_on = m->enabled;
	before = m->fill_rate;
	aws_pace_model_answer(m, monotonic_seconds(), throttled);
	after = m->fill_rate;
	pthread_mutex_unlock(&p->lock);
	return throttled && (!was_on || after < before) ? after : 0;
}
