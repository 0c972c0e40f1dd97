/*
 * athena/named_query.c: the resource type aws.athena.named_query, a saved
 * query of an Athena workgroup (name, database, SQL, description), over
 * Athena's json protocol (athena/api.h). Its id is the NamedQueryId Athena
 * gives it.
 *
 * Athena names nothing uniquely here, so a create must never be applied
 * twice: CreateNamedQuery carries a ClientRequestToken made once per create
 * call, which the transport's retries of that request send unchanged (a
 * lost answer then gives back the query the first attempt made, never a
 * second one). A create retried after an interrupted apply (may_exist)
 * first looks in the workgroup for a query with the same name, database
 * and SQL and adopts it. Name, description and SQL change in place
 * (UpdateNamedQuery); the workgroup and the database replace the query.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/athena/api.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

#define NQ_TYPE "aws.athena.named_query"

static const char *const invalid_request[] = { "InvalidRequestException", NULL };

static const struct attr_schema named_query_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the query's name as the Athena console lists it" },
	{ .name = "workgroup", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the workgroup that holds the query", .default_json = "\"primary\"" },
	{ .name = "database", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the Glue database the query runs in" },
	{ .name = "query", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the SQL text" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the query answers" },
	{ .name = NULL },
};

/* A random version 4 UUID, Athena's ClientRequestToken (32 to 128
 * characters); -1 with err set when no random bytes are available. */
static int request_token(char out[37], struct strbuf *err)
{
	if (random_uuid(out)) {
		strbuf_addstr(err, NQ_TYPE ": cannot make a random ClientRequestToken");
		return -1;
	}
	return 0;
}

/* GetNamedQuery: 0 with *q (a new reference), 1 when there is no such
 * query (InvalidRequestException, as Terraform reads it), -1 with err. */
static int get_named_query(struct aws_client *c, const char *id, json_t **q,
			   struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "NamedQueryId", id), *resp = NULL;
	int rc = athena_call(c, "GetNamedQuery", req, invalid_request, &resp, NULL, err);

	json_decref(req);
	*q = NULL;
	if (rc == 0 && json_is_object(value_get(resp, "NamedQuery")))
		*q = json_incref(value_get(resp, "NamedQuery"));
	else if (rc == 0)
		rc = 1;
	json_decref(resp);
	return rc;
}

static json_t *string_or_empty(const json_t *q, const char *key)
{
	const char *s = value_get_string(q, key);

	return json_string(s ? s : "");
}

static json_t *named_query_from_api(const json_t *q)
{
	json_t *o = json_object();
	const char *wg = value_get_string(q, "WorkGroup"), *desc = value_get_string(q, "Description");

	json_object_set_new(o, "name", string_or_empty(q, "Name"));
	json_object_set_new(o, "workgroup", json_string(wg && *wg ? wg : "primary"));
	json_object_set_new(o, "database", string_or_empty(q, "Database"));
	json_object_set_new(o, "query", string_or_empty(q, "QueryString"));
	if (desc && *desc)
		json_object_set_new(o, "description", json_string(desc));
	return o;
}

static int named_query_read(void *client, const char *id, const json_t *prior, json_t **out,
			    struct strbuf *err)
{
	json_t *q = NULL;
	int rc;

	(void)prior;
	*out = NULL;
	rc = get_named_query(client, id, &q, err);
	if (rc == 0)
		*out = named_query_from_api(q);
	json_decref(q);
	return rc < 0 ? -1 : 0;
}

static bool same_string(const json_t *q, const char *api_key, const json_t *desired,
			const char *key)
{
	const char *a = value_get_string(q, api_key), *b = value_get_string(desired, key);

	return !strcmp(a ? a : "", b ? b : "");
}

struct made_search {
	struct aws_client *c;
	const json_t *desired;
	char *found;
};

/* A page of ListNamedQueries: 1 when one of its queries is desired's. */
static int made_in_page(void *ctx, const json_t *page, const json_t *ids, struct strbuf *err)
{
	struct made_search *ms = ctx;
	json_t *idv;
	size_t i;

	(void)page;
	json_array_foreach(ids, i, idv) {
		json_t *q = NULL;
		int rc;

		if (!json_is_string(idv))
			continue;
		rc = get_named_query(ms->c, json_string_value(idv), &q, err);
		if (rc < 0)
			return -1;
		if (rc == 0 && same_string(q, "Name", ms->desired, "name") &&
		    same_string(q, "Database", ms->desired, "database") &&
		    same_string(q, "QueryString", ms->desired, "query"))
			ms->found = xstrdup(json_string_value(idv));
		json_decref(q);
		if (ms->found)
			return 1;
	}
	return 0;
}

/* After an interrupted apply: the id of a query in desired's workgroup
 * with desired's name, database and SQL (a new string), or NULL. */
static int find_made(struct aws_client *c, const json_t *desired, char **found,
		     struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:i}", "WorkGroup", value_get_string(desired, "workgroup"),
				"MaxResults", 50);
	struct made_search ms = { c, desired, NULL };
	int rc = aws_json_paged(c, &aws_service_athena,
				"ListNamedQueries", req, NULL, 0,
				made_in_page, &ms, err);

	json_decref(req);
	*found = ms.found;
	return rc ? -1 : 0;
}

static int update_named_query(struct aws_client *c, const char *id, const json_t *desired,
			      struct strbuf *err)
{
	const char *desc = value_get_string(desired, "description");
	json_t *req = json_pack("{s:s, s:s, s:s, s:s}", "NamedQueryId", id, "Name",
				value_get_string(desired, "name"), "QueryString",
				value_get_string(desired, "query"), "Description", desc ? desc : "");
	int rc = athena_call(c, "UpdateNamedQuery", req, NULL, NULL, NULL, err);

	json_decref(req);
	if (rc)
		strbuf_addf(err, " (" NQ_TYPE " %s)", id);
	return rc ? -1 : 0;
}

static int named_query_send_create(struct aws_client *c, const json_t *desired,
				   const struct create_call *call, struct aws_sent *sent,
				   struct strbuf *err)
{
	const char *desc = value_get_string(desired, "description");
	char token[37];
	json_t *req, *resp = NULL;
	const char *qid;
	int rc;

	if (request_token(token, err))
		return -1;
	req = json_pack("{s:s, s:s, s:s, s:s, s:s}", "Name", value_get_string(desired, "name"),
			"Database", value_get_string(desired, "database"), "QueryString",
			value_get_string(desired, "query"), "WorkGroup",
			value_get_string(desired, "workgroup"), "ClientRequestToken", token);
	if (desc && *desc)
		json_object_set_new(req, "Description", json_string(desc));
	rc = athena_call(c, "CreateNamedQuery", req, NULL, &resp, NULL, err);
	json_decref(req);
	qid = value_get_string(resp, "NamedQueryId");
	if (!rc && (!qid || !*qid)) {
		strbuf_addstr(err, "athena CreateNamedQuery: the answer has no NamedQueryId");
		rc = -1;
	}
	if (!rc) {
		sent->id = xstrdup(qid);
		create_call_made(call, sent->id);
	}
	json_decref(resp);
	return rc ? -1 : 0;
}

/* The converge (the contract, provider/aws/adopt.h): UpdateNamedQuery (name,
 * description and SQL, as Athena takes them) when one of them differs in
 * `have` from desired, then read back. */
static int named_query_converge(struct aws_client *c, const char *id, const json_t *have,
				const json_t *desired, json_t **out, struct strbuf *err)
{
	static const char *const fields[] = { "name", "description", "query", NULL };
	bool differs = false;

	*out = NULL;
	for (size_t i = 0; fields[i]; i++) {
		const char *a = value_get_string(have, fields[i]);
		const char *b = value_get_string(desired, fields[i]);

		differs = differs || strcmp(a ? a : "", b ? b : "");
	}
	if (differs && update_named_query(c, id, desired, err))
		return -1;
	return aws_read_written(named_query_read, c, id, NULL, out, err,
				NQ_TYPE ": named query %s was updated but GetNamedQuery does not "
				"find it", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). Nothing names a query and it
 * takes no tags: a create retried after an interrupted apply (may_exist)
 * first looks in the workgroup for one with desired's name, database and
 * SQL (find_made) and adopts it. An update converges from a live read
 * (GetNamedQuery as the query is now). `prior` is not used (neither
 * exception: nothing write-only, the id addresses it).
 */
static const struct aws_native_ops named_query_native = {
	.send_create = named_query_send_create,
	.adopt = { .by = AWS_ADOPT_BY_MATCH, .noun = "name",
		   .object = NQ_TYPE ": named query %s", .find = find_made },
	.converge = named_query_converge,
	.read = named_query_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = NQ_TYPE ": named query %s was created but GetNamedQuery does not "
			"find it",
	.gone = NQ_TYPE ": named query %s is in the state but GetNamedQuery does not find it",
};

AWS_NATIVE_FUNCTIONS(named_query, named_query_native)

static int named_query_delete(void *client, const char *id, const json_t *prior,
			      struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "NamedQueryId", id);
	int rc = athena_call(client, "DeleteNamedQuery", req, invalid_request, NULL, NULL, err);

	(void)prior;
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_athena_named_query_type = {
	.name = "aws.athena.named_query",
	.description = "a saved Athena query: its name, workgroup, database, SQL and description",
	.attrs = named_query_attrs,
	.terraform_type = "aws_athena_named_query",
	.terraform_attrs = "name workgroup database query description",
	.read = named_query_read,
	.create = named_query_create,
	.update = named_query_update,
	.native = &named_query_native,
	.delete = named_query_delete,
	.import_id = "its id (the NamedQueryId Athena gave it)",
	.run = &aws_athena_named_query_runner,
};
