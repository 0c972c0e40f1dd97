/*
 * made.c: what the client made and whose role or policy it wrote
 * (aws_client_note_made, _grant, _role_grant), and whether a request or an
 * answer names such an object still young, for the rules of timing.h that
 * hold for new objects or new grants only. Part of the client (client.c),
 * moved out of it whole.
 */
#include "provider/aws/transport/client_fields.h"
#include "provider/aws/transport/timing.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <pthread.h>

/* ---- what the client made, for the rules of timing.h ---- */

/* The wait that bounds how long a note of either kind holds. */
static int note_wait(const struct aws_client *c, bool grant)
{
	return aws_wait_seconds(&c->timing, grant ? AWS_WAIT_PROPAGATION : AWS_WAIT_CONSISTENCY);
}

static void note(struct aws_client *op, const char *name, bool grant, const char *trust,
		 double age_s)
{
	struct aws_client *c = op ? client_base(op) : NULL;

	if (!c || !name || !*name || !note_wait(c, grant))
		return;
	pthread_mutex_lock(&c->pool_lock);
	if (c->n_made == c->made_alloc) {
		c->made_alloc = c->made_alloc ? 2 * c->made_alloc : 16;
		c->made = xrealloc(c->made, c->made_alloc * sizeof(*c->made));
	}
	c->made[c->n_made].name = xstrdup(name);
	c->made[c->n_made].grant = grant;
	c->made[c->n_made].trust = trust ? xstrdup(trust) : NULL;
	c->made[c->n_made++].at = monotonic_seconds() - age_s;
	pthread_mutex_unlock(&c->pool_lock);
}

void aws_client_note_made(struct aws_client *c, const char *name)
{
	note(c, name, false, NULL, 0);
}

void aws_client_note_made_aged(struct aws_client *c, const char *name, double age_s)
{
	note(c, name, false, NULL, age_s > 0 ? age_s : 0);
}

void aws_client_note_grant(struct aws_client *c, const char *name)
{
	note(c, name, true, NULL, 0);
}

void aws_client_note_role_grant(struct aws_client *c, const char *name, const char *trust)
{
	note(c, name, true, trust ? trust : "", 0);
}

static bool name_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '-' || ch == '_' || ch == '.';
}

/* Whether text (len bytes, a form, a JSON body, a query or a path) holds
 * name as a whole word: after a separator, or after one percent-encoded
 * ("role%2Fname" in a form). */
static bool text_names(const char *text, size_t len, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = text; text && p + n <= text + len;
	     p = memchr(p + 1, name[0], (size_t)(text + len - p - 1))) {
		if (!p)
			return false;
		if (!memcmp(p, name, n) &&
		    (p == text || !name_char(p[-1]) || (p - text >= 3 && p[-3] == '%')) &&
		    (p + n == text + len || !name_char(p[n])))
			return true;
	}
	return false;
}

static bool request_names(const struct aws_request *req, const char *name)
{
	return (req->bucket && !strcmp(req->bucket, name)) ||
	       (req->body && text_names(req->body, req->body_len, name)) ||
	       (req->query && text_names(req->query, strlen(req->query), name)) ||
	       (req->path && text_names(req->path, strlen(req->path), name));
}

/* Whether a note is still young: of the kind asked for (grant), noted
 * less than its wait ago; with trusting, a role's grant whose trust policy
 * names that service principal (a role whose trust does not name it is
 * refused for good, and a grant noted without a trust, a queue's policy,
 * is no role). */
static bool note_young(const struct aws_client *c, size_t i, bool grant, const char *trusting,
		       double now)
{
	const char *trust = c->made[i].trust;

	return c->made[i].grant == grant && now - c->made[i].at < note_wait(c, grant) &&
	       (!trusting || (trust && text_names(trust, strlen(trust), trusting)));
}

/* Whether req names an object the client made (grant: whose role or
 * policy it wrote) less than the wait ago; with forget, such objects are
 * forgotten instead (they were deleted: a NotFound for them is true from
 * now on; a grant is not forgotten so: DeleteRolePolicy names a role whose
 * new policy is still on its way). */
bool request_names_new(struct aws_client *c, const struct aws_request *req, bool grant,
		       const char *trusting, bool forget)
{
	double now = monotonic_seconds();
	bool found = false;

	pthread_mutex_lock(&c->pool_lock);
	for (size_t i = 0; i < c->n_made; i++) {
		if (!note_young(c, i, grant, trusting, now) || !request_names(req, c->made[i].name))
			continue;
		found = true;
		if (forget)
			c->made[i].at = -1e18;
	}
	pthread_mutex_unlock(&c->pool_lock);
	return found;
}

/* Whether text (len bytes, an ARN an answer names) names an object the
 * client made (grant: whose role or policy it wrote) less than the wait
 * ago. */
static bool text_names_new(struct aws_client *c, const char *text, size_t len, bool grant,
			   const char *trusting)
{
	double now = monotonic_seconds();
	bool found = false;

	pthread_mutex_lock(&c->pool_lock);
	for (size_t i = 0; i < c->n_made && !found; i++)
		found = note_young(c, i, grant, trusting, now) && text_names(text, len, c->made[i].name);
	pthread_mutex_unlock(&c->pool_lock);
	return found;
}

/* Whether an answer to a new_object (new_grant) rule is about an object
 * the client made (whose role or policy it wrote) moments ago: what its
 * message names when it names an ARN (timing.h, aws_rule_answer_about),
 * else what the request names. */
bool answer_about_new(struct aws_client *c, const struct aws_retry_rule *rule,
		      const struct aws_request *req, const struct aws_response *resp)
{
	const char *arn;
	size_t len;

	switch (aws_rule_answer_about(rule, resp->error_message, &arn, &len)) {
	case AWS_ABOUT_AWS:
		return false;
	case AWS_ABOUT_ARN:
		return text_names_new(c, arn, len, rule->new_grant, rule->trusting);
	default:
		return request_names_new(c, req, rule->new_grant, rule->trusting, false);
	}
}
