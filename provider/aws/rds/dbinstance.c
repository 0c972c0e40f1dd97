/*
 * rds/dbinstance.c: what aws.rds.instance and aws.redshift.cluster share (see
 * rds/dbinstance.h).
 */
#include "provider/aws/rds/dbinstance.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

double db_wait_limit(double seconds)
{
	const char *env = getenv("TERRACE_DB_WAIT_SECONDS");
	char *end;
	double v;

	if (!env || !*env)
		return seconds;
	v = strtod(env, &end);
	return *end || v <= 0 ? seconds : v;
}

bool db_state_in(const char *state, const char *const *states)
{
	for (size_t i = 0; states && state && states[i]; i++)
		if (!strcmp(states[i], state))
			return true;
	return false;
}

const char *db_pending_field(xmlNodePtr node, const char *const *fields)
{
	xmlNodePtr pending = xml_child(node, "PendingModifiedValues");

	for (size_t i = 0; pending && fields && fields[i]; i++)
		if (xml_child(pending, fields[i]))
			return fields[i];
	return NULL;
}

bool db_stored_secret_is(const json_t *stored, const char *value)
{
	json_t *v = value ? json_string(value) : NULL;
	bool same = v && value_matches_stored(v, stored);

	json_decref(v);
	return same;
}

void db_lower_name(json_t *desired, const char *attr)
{
	json_t *v = json_object_get(desired, attr);
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	char *low;

	if (!s || strstr(s, "${"))
		return;
	low = xstrdup(s);
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	json_object_set_new(desired, attr, json_string(low));
	free(low);
}

void db_add_tag_params(json_t *params, const json_t *tags)
{
	const char *key;
	json_t *value;
	size_t n = 0;

	json_object_foreach((json_t *)tags, key, value) {
		char *k = xasprintf("Tags.Tag.%zu.Key", ++n);
		char *v = xasprintf("Tags.Tag.%zu.Value", n);

		json_object_set_new(params, k, json_string(key));
		json_object_set_new(params, v, json_string(json_is_string(value)
							    ? json_string_value(value) : ""));
		free(k);
		free(v);
	}
}

json_t *db_tags_from_xml(xmlNodePtr list)
{
	json_t *tags = json_object();

	for (xmlNodePtr t = xml_child(list, "Tag"); t; t = xml_next_same(t)) {
		char *key = xml_child_text(t, "Key");
		char *value = xml_child_text(t, "Value");

		if (key)
			json_object_set_new(tags, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	return tags;
}

void db_set_integer(json_t *o, const char *key, xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);

	if (text && *text)
		json_object_set_new(o, key, json_integer(strtoll(text, NULL, 10)));
	free(text);
}

/* ---- calls, reading, waiting, tags ---- */

int db_call(const struct db_api *t, struct aws_client *c, const char *action,
	    const json_t *params, const char *secret, const char *const *tolerated,
	    xmlDocPtr *doc, struct strbuf *err)
{
	return aws_query_call_xml(c, t->service, action, params, secret,
				  tolerated, doc, NULL, NULL, err);
}

/* The describe call for one item: 0 with *doc and *node (a node of *doc),
 * 1 when there is no such item, -1 on error. */
static int describe(const struct db_api *t, struct aws_client *c, const char *id,
		    xmlDocPtr *doc, xmlNodePtr *node, struct strbuf *err)
{
	const char *const not_found[] = { t->not_found_code, NULL };
	json_t *params = json_pack("{s:s}", t->id_param, id);
	int rc = db_call(t, c, t->describe_action, params, NULL, not_found, doc, err);

	json_decref(params);
	*node = NULL;
	if (rc)
		return rc;
	*node = xml_child(xmlDocGetRootElement(*doc), t->describe_path);
	if (!*node) {
		xmlFreeDoc(*doc);
		*doc = NULL;
		return 1;
	}
	return 0;
}

int db_read(const struct db_api *t, struct aws_client *c, const char *id,
	    db_from_xml_fn from_xml, const json_t *wanted, json_t **out, struct strbuf *err)
{
	xmlDocPtr doc;
	xmlNodePtr node;
	char *status;
	int rc = describe(t, c, id, &doc, &node, err);

	*out = NULL;
	if (rc)
		return rc;
	status = xml_child_text(node, t->status_field);
	rc = db_state_in(status, t->gone_states) ? 1 : from_xml(c, id, node, wanted, out, err);
	free(status);
	xmlFreeDoc(doc);
	return rc;
}

int db_state_verdict(const struct db_api *t, const char *id, const char *state,
		     struct strbuf *err)
{
	if (db_state_in(state, t->stuck_states)) {
		strbuf_addf(err, "%s %s is %s: it will not become available by itself", t->kind,
			    id, state);
		return -1;
	}
	return db_state_in(state, t->ready_states) ? 1 : 0;
}

/* What the wait for one instance or cluster knows. */
struct db_wait {
	const struct db_api *t;
	struct aws_client *c;
	const char *id;
	db_settled_fn settled;      /* NULL: always settled */
	bool until_gone;            /* wait until it is gone, not until it is available */
	const char *const *pending; /* PendingModifiedValues fields that must clear */
};

/* No row serves: it weighs the status with the pending changes and the type's settled(). */
static int wait_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct db_wait *w = ctx;
	const struct db_api *t = w->t;
	xmlDocPtr doc;
	xmlNodePtr node;
	char *state;
	const char *field;
	int rc = describe(t, w->c, w->id, &doc, &node, err);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		if (w->until_gone)
			return 1;
		strbuf_addf(err, "%s %s disappeared while terrace waited for it to become "
			    "available", t->kind, w->id);
		return -1;
	}
	state = xml_child_text(node, t->status_field);
	strbuf_addstr(status, state ? state : "no status");
	rc = w->until_gone ? 0 : db_state_verdict(t, w->id, state, err);
	if (rc == 1) {
		rc = 0;
		field = db_pending_field(node, w->pending);
		if (field)
			strbuf_addf(status, ", %s change pending", field);
		else
			rc = w->settled ? w->settled(node, status) : 1;
	}
	free(state);
	xmlFreeDoc(doc);
	return rc;
}

/* An RDS instance or Redshift cluster: bounded by the stack's timeout. */
static const struct aws_poll db_poll = { .timeout_s = 0, .interval_s = 2.0 };

int db_wait(const struct db_api *t, struct aws_client *c, const char *id,
	    db_settled_fn settled, bool until_gone, const char *const *pending, double timeout,
	    struct strbuf *err)
{
	struct db_wait w = { t, c, id, settled, until_gone, pending };
	char *what = until_gone ? xasprintf("%s %s to be deleted", t->kind, id)
				: xasprintf("%s %s to become available", t->kind, id);
	int rc = aws_wait(what, db_wait_limit(timeout), db_poll.interval_s, wait_check, &w, err);

	free(what);
	return rc;
}

int db_sync_tags(const struct db_api *t, struct aws_client *c, const char *arn,
		 const json_t *have, const json_t *want, struct strbuf *err)
{
	json_t *none = json_object(), *removed, *set, *key;
	size_t i;
	int rc = 0;

	value_map_diff(json_is_object(have) ? have : none, json_is_object(want) ? want : none,
		       &removed, &set);
	json_decref(none);
	if (json_array_size(removed)) {
		json_t *params = json_pack("{s:s}", "ResourceName", arn);

		json_array_foreach(removed, i, key) {
			char *name = xasprintf("%s.%zu", t->untag_keys, i + 1);

			json_object_set(params, name, key);
			free(name);
		}
		rc = db_call(t, c, t->untag_action, params, NULL, NULL, NULL, err);
		json_decref(params);
	}
	if (!rc && json_object_size(set)) {
		json_t *params = json_pack("{s:s}", "ResourceName", arn);

		db_add_tag_params(params, set);
		rc = db_call(t, c, t->tag_action, params, NULL, NULL, NULL, err);
		json_decref(params);
	}
	json_decref(removed);
	json_decref(set);
	return rc ? -1 : 0;
}

/* ---- create and delete ---- */

int db_read_existing(const struct db_api *t, struct aws_client *c, const char *id,
		     db_from_xml_fn from_xml, const json_t *wanted, json_t **out,
		     struct strbuf *err)
{
	int rc = db_read(t, c, id, from_xml, wanted, out, err);

	if (rc == 1)
		strbuf_addf(err, "%s %s is gone or being deleted", t->kind, id);
	return rc ? -1 : 0;
}

int db_send_create(const struct db_api *t, struct aws_client *c, const char *ident,
		   const json_t *params, const char *secret, struct aws_sent *sent,
		   struct strbuf *err)
{
	const char *const taken[] = { t->exists_code, NULL };
	int attempts = 0;
	int rc = aws_query_call_xml(c, t->service, t->create_action, params, secret, taken, NULL,
				    NULL, &attempts, err);

	rc = aws_sent_from_call(sent, rc, ident, "%s %s: %s", t->service->signing_name,
				t->create_action, t->exists_code);
	if (rc == 1)
		sent->attempts = attempts;
	return rc < 0 ? -1 : 0;
}

int db_send(const struct db_writes *w, struct aws_client *c, const char *ident,
	    const json_t *params, const json_t *desired, struct aws_sent *sent,
	    struct strbuf *err)
{
	const struct db_api *t = w->api;

	if (db_send_create(t, c, ident, params, value_get_string(desired, "master_password"), sent,
			   err))
		return -1;
	if (sent->exists)
		return 0;
	/* made: tracked from here (sent->id) even when the wait fails */
	return db_wait(t, c, ident, w->settled, false, NULL, w->create_timeout, err);
}

int db_converge(const struct db_writes *w, struct aws_client *c, const char *id,
		const json_t *have, const json_t *desired, const json_t *prior, json_t **out,
		struct strbuf *err)
{
	const struct db_api *t = w->api;
	json_t *current = NULL;
	int rc;

	if (!prior) {
		/* Adopted by a create (an interrupted apply's, or a resent
		 * create's), which may still be making it: waited for, then
		 * brought to desired from what it has now. */
		if (db_wait(t, c, id, w->settled, false, NULL, w->create_timeout, err) ||
		    w->read_existing(c, id, desired, &current, err))
			return -1;
	} else {
		/* The master password is write-only: prior's (exception (a))
		 * says whether desired's is the one set. */
		current = json_deep_copy(have);
		json_object_set(current, "master_password", value_get(prior, "master_password"));
	}
	rc = w->converge(c, id, current, desired, prior != NULL, err);
	json_decref(current);
	if (rc)
		return -1;
	return w->read_existing(c, id, desired, out, err);
}

int db_settle_update(const struct db_writes *w, struct aws_client *c, const char *id,
		     struct strbuf *err)
{
	return db_wait(w->api, c, id, w->settled, false, NULL, w->api->update_timeout, err);
}

/* destroy's final snapshot from prior: 0 with *snapshot NULL when
 * skip_final_snapshot is true, else final_snapshot_identifier; -1 ("KIND ID
 * was not deleted: ...") when neither is set. */
static int final_snapshot(const struct db_api *t, const char *id, const json_t *prior,
			  const char **snapshot, struct strbuf *err)
{
	bool skip = json_is_true(value_get(prior, "skip_final_snapshot"));
	const char *name = value_get_string(prior, "final_snapshot_identifier");

	*snapshot = NULL;
	if (skip)
		return 0;
	if (!name || !*name) {
		strbuf_addf(err, "%s %s was not deleted: final_snapshot_identifier is not set and "
			    "skip_final_snapshot is false; set one of them and apply before "
			    "destroying", t->kind, id);
		return -1;
	}
	*snapshot = name;
	return 0;
}

/* The delete call: 0 when deletion started or the resource is gone (*gone
 * then true), 1 when the API says it is busy, -1 on error. */
static int start_delete(const struct db_api *t, struct aws_client *c, const json_t *params,
			bool *gone, struct strbuf *err)
{
	const char *const outcomes[] = { t->not_found_code, t->busy_code, NULL };
	const char *code;
	int rc = aws_query_call_xml(c, t->service, t->delete_action, params, NULL,
				    outcomes, NULL, &code, NULL, err);

	*gone = rc == 1 && !strcmp(code, t->not_found_code);
	if (rc == 1 && *gone)
		rc = 0;
	return rc;
}

/* The delete call with `params` (borrowed), waiting out a busy resource,
 * then the wait until it is gone. */
static int delete_call(const struct db_api *t, struct aws_client *c, const char *id,
		       const json_t *params, db_from_xml_fn from_xml, db_settled_fn settled,
		       struct strbuf *err)
{
	json_t *now = NULL;
	bool gone = false;
	int rc = start_delete(t, c, params, &gone, err);

	if (rc == 1) {
		/* Busy: still being made or changed, or already being deleted. */
		rc = db_read(t, c, id, from_xml, NULL, &now, err);
		json_decref(now);
		if (rc == 1) {
			rc = 0; /* already being deleted: wait below */
		} else if (rc == 0) {
			rc = db_wait(t, c, id, settled, false, NULL, t->update_timeout, err);
			if (!rc)
				rc = start_delete(t, c, params, &gone, err);
			if (rc == 1) {
				strbuf_addf(err, "%s %s: %s %s refused deletion (%s) even when "
					    "available", t->service->signing_name, t->delete_action,
					    t->kind, id,
					    t->busy_code);
				rc = -1;
			}
		}
	}
	if (rc)
		return -1;
	if (gone)
		return 0;
	return db_wait(t, c, id, settled, true, NULL, t->delete_timeout, err);
}

int db_delete(const struct db_api *t, struct aws_client *c, const char *id, const json_t *prior,
	      db_from_xml_fn from_xml, db_settled_fn settled, struct strbuf *err)
{
	const char *snapshot;
	json_t *params;
	int rc;

	if (final_snapshot(t, id, prior, &snapshot, err))
		return -1;
	params = json_pack("{s:s}", t->id_param, id);
	if (!snapshot || t->skip_snapshot_said)
		json_object_set_new(params, t->skip_snapshot_param, json_boolean(!snapshot));
	if (snapshot)
		json_object_set_new(params, t->snapshot_param, json_string(snapshot));
	rc = delete_call(t, c, id, params, from_xml, settled, err);
	json_decref(params);
	return rc;
}
