/*
 * sweep.c: the listings of sweep.h, one kind per resource type, and deleting
 * what they found through the types' own delete().
 *
 * Each listing asks the service for every object of its kind, page after
 * page: S3 ListBuckets; IAM ListRoles, ListPolicies (Scope=Local),
 * ListUsers, ListGroups; Glue GetTriggers, GetJobs, GetCrawlers,
 * GetDatabases, GetTables (per database), GetConnections; Step Functions
 * ListStateMachines; EventBridge ListEventBuses and ListRules (per bus);
 * Lambda ListFunctions; Secrets Manager ListSecrets; RDS
 * DescribeDBInstances; Redshift DescribeClusters; Scheduler ListSchedules.
 * Tags come with the listing where it gives them (Secrets Manager), from
 * one tag call where that is cheaper than a read (S3 GetBucketTagging, IAM
 * List*Tags), else from the type's read(). Creation times are the
 * listings' (a Lambda function has only its last modification, which is
 * never earlier, so an age filter never takes a younger one; Glue triggers
 * and EventBridge rules have none).
 */
#include "provider/aws/sweep.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/iam.h"
#include "provider/aws/s3.h"
#include "provider/aws/sigv4.h"
#include "provider/aws/tags.h"
#include "provider/aws/xml.h"
#include "provider/provider.h"

/* Filled by aws_sweep_find for the listings. */
struct aws_sweep_query {
	const char *prefix; /* kinds without tags: names start with it (API-side
			       where the API can filter); NULL for kinds with tags */
	bool tagged;        /* fetch tags where the listing's own calls can */
};

/* ---- items ---- */

static struct aws_sweep_item *item_add(struct aws_sweep_items *out, const char *id,
				       const char *name, time_t created)
{
	struct aws_sweep_item *it;

	out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
	it = &out->v[out->n++];
	it->id = xstrdup(id);
	it->name = xstrdup(name ? name : id);
	it->tags = NULL;
	it->created = created;
	return it;
}

void aws_sweep_item_release(struct aws_sweep_item *it)
{
	free(it->id);
	free(it->name);
	json_decref(it->tags);
}

static bool starts_with(const char *s, const char *prefix)
{
	return s && prefix && *prefix && !strncmp(s, prefix, strlen(prefix));
}

/* ---- json protocol listings (Glue, Step Functions, EventBridge, Secrets Manager) ---- */

struct json_api {
	const char *service, *target_prefix, *version;
};

static const struct json_api glue_api = { "glue", "AWSGlue", "1.1" };
static const struct json_api sfn_api = { "states", "AWSStepFunctions", "1.0" };
static const struct json_api events_api = { "events", "AWSEvents", "1.1" };
static const struct json_api secrets_api = { "secretsmanager", "secretsmanager", "1.1" };

/*
 * Every element of the list `list` on every page of operation `op` (input
 * may be NULL); the page token goes back in as it came out, named `token`.
 * 0 with *out (a new list), -1 with err set.
 */
static int json_list(struct aws_client *c, const struct json_api *api, const char *op,
		     const json_t *input, const char *list, const char *token, json_t **out,
		     struct strbuf *err)
{
	json_t *in = input ? json_deep_copy(input) : json_object();
	int rc = 0;

	*out = json_array();
	for (;;) {
		json_t *page = NULL;
		const char *next;

		rc = aws_json_call(c, api->service, api->target_prefix, api->version, op, in, &page,
				   NULL, err);
		if (rc)
			break;
		if (json_is_array(json_object_get(page, list)))
			json_array_extend(*out, json_object_get(page, list));
		next = value_get_string(page, token);
		if (!next || !*next || !strcmp(next, value_get_string(in, token) ?
					       value_get_string(in, token) : "")) {
			json_decref(page);
			break;
		}
		json_object_set_new(in, token, json_string(next));
		json_decref(page);
	}
	json_decref(in);
	if (rc) {
		json_decref(*out);
		*out = NULL;
	}
	return rc ? -1 : 0;
}

/* A listing of one json-protocol call whose entries are the objects. */
struct json_listing {
	const struct json_api *api;
	const char *op;         /* "GetJobs" */
	const char *input;      /* the request as JSON text, or NULL */
	const char *list;       /* "Jobs" */
	const char *token;      /* "NextToken" */
	const char *name_key;   /* "Name" */
	const char *id_key;     /* NULL: the id is the name */
	const char *time_key;   /* NULL: no creation time */
	const char *tags_key;   /* a list of {Key, Value} in the entry, or NULL */
};

static int list_json(struct aws_client *c, const struct aws_sweep_kind *k,
		     const struct aws_sweep_query *q, struct aws_sweep_items *out,
		     struct strbuf *err)
{
	const struct json_listing *l = k->arg;
	json_t *input = l->input ? json_loads(l->input, 0, NULL) : NULL, *all, *e;
	size_t i;
	int rc = json_list(c, l->api, l->op, input, l->list, l->token, &all, err);

	json_decref(input);
	if (rc)
		return -1;
	json_array_foreach(all, i, e) {
		const char *name = value_get_string(e, l->name_key);
		const char *id = l->id_key ? value_get_string(e, l->id_key) : name;
		struct aws_sweep_item *it;

		if (!name || !id)
			continue;
		it = item_add(out, id, name, l->time_key ? aws_time_of(value_get(e, l->time_key)) : 0);
		if (q->tagged && l->tags_key)
			it->tags = aws_tag_map(value_get(e, l->tags_key), "Key", "Value");
	}
	json_decref(all);
	return 0;
}

static const struct json_listing glue_triggers = {
	&glue_api, "GetTriggers", NULL, "Triggers", "NextToken", "Name", NULL, NULL, NULL,
};
static const struct json_listing glue_jobs = {
	&glue_api, "GetJobs", NULL, "Jobs", "NextToken", "Name", NULL, "CreatedOn", NULL,
};
static const struct json_listing glue_crawlers = {
	&glue_api, "GetCrawlers", NULL, "Crawlers", "NextToken", "Name", NULL, "CreationTime", NULL,
};
static const struct json_listing glue_databases = {
	&glue_api, "GetDatabases", NULL, "DatabaseList", "NextToken", "Name", NULL, "CreateTime",
	NULL,
};
static const struct json_listing glue_connections = {
	&glue_api, "GetConnections", "{\"HidePassword\": true}", "ConnectionList", "NextToken",
	"Name", NULL, "CreationTime", NULL,
};
static const struct json_listing state_machines = {
	&sfn_api, "ListStateMachines", NULL, "stateMachines", "nextToken", "name",
	"stateMachineArn", "creationDate", NULL,
};
static const struct json_listing secrets = {
	&secrets_api, "ListSecrets", NULL, "SecretList", "NextToken", "Name", "ARN", "CreatedDate",
	"Tags",
};

/*
 * Objects listed per parent: Glue tables per database (the id and the name
 * are DATABASE:TABLE), EventBridge rules per bus (the id is BUS/NAME, NAME on
 * the default bus; rules a service manages, ManagedBy, are not the account's).
 */
struct nested_listing {
	const struct json_api *api;
	const char *parents_op, *parents_list; /* "GetDatabases", "DatabaseList" */
	const char *op, *parent_param, *list;  /* "GetTables", "DatabaseName", "TableList" */
	const char *sep;                       /* between parent and name in the id */
	const char *plain_parent;              /* whose objects' id is the name alone, or NULL */
	bool id_is_name;                       /* show the id as the name */
	const char *time_key, *skip_key;       /* may be NULL */
};

static int list_nested(struct aws_client *c, const struct aws_sweep_kind *k,
		       const struct aws_sweep_query *q, struct aws_sweep_items *out,
		       struct strbuf *err)
{
	const struct nested_listing *l = k->arg;
	json_t *parents, *p;
	size_t i;
	int rc = 0;

	(void)q;
	if (json_list(c, l->api, l->parents_op, NULL, l->parents_list, "NextToken", &parents, err))
		return -1;
	json_array_foreach(parents, i, p) {
		const char *parent = value_get_string(p, "Name");
		json_t *in, *all, *e;
		size_t j;

		if (!parent)
			continue;
		in = json_pack("{s:s}", l->parent_param, parent);
		rc = json_list(c, l->api, l->op, in, l->list, "NextToken", &all, err);
		json_decref(in);
		if (rc)
			break;
		json_array_foreach(all, j, e) {
			const char *name = value_get_string(e, "Name");
			char *id;

			if (!name || (l->skip_key && value_get_string(e, l->skip_key)))
				continue;
			id = l->plain_parent && !strcmp(parent, l->plain_parent)
				? xstrdup(name) : xasprintf("%s%s%s", parent, l->sep, name);
			item_add(out, id, l->id_is_name ? id : name,
				 l->time_key ? aws_time_of(value_get(e, l->time_key)) : 0);
			free(id);
		}
		json_decref(all);
	}
	json_decref(parents);
	return rc ? -1 : 0;
}

static const struct nested_listing glue_tables = {
	&glue_api, "GetDatabases", "DatabaseList", "GetTables", "DatabaseName", "TableList", ":",
	NULL, true, "CreateTime", NULL,
};
static const struct nested_listing event_rules = {
	&events_api, "ListEventBuses", "EventBuses", "ListRules", "EventBusName", "Rules", "/",
	"default", false, NULL, "ManagedBy",
};

/* ---- rest-json listings (Lambda, Scheduler) ---- */

struct rest_listing {
	const char *service;    /* "lambda" */
	const char *op;         /* "ListFunctions" */
	const char *path;       /* "/2015-03-31/functions/" */
	const char *prefix_param; /* the query parameter that filters by name prefix, or NULL */
	const char *list;       /* "Functions" */
	const char *token_out;  /* "NextMarker" */
	const char *token_in;   /* "Marker" */
	const char *name_key, *group_key, *time_key; /* group_key: the id is GROUP/NAME */
};

static void query_add(struct strbuf *q, const char *name, const char *value)
{
	if (q->len)
		strbuf_addch(q, '&');
	strbuf_addstr(q, name);
	strbuf_addch(q, '=');
	sigv4_uri_encode(q, value, strlen(value), false);
}

static int list_rest(struct aws_client *c, const struct aws_sweep_kind *k,
		     const struct aws_sweep_query *q, struct aws_sweep_items *out,
		     struct strbuf *err)
{
	const struct rest_listing *l = k->arg;
	char *marker = NULL;
	int rc = 0;

	do {
		struct strbuf query = STRBUF_INIT;
		struct aws_response resp;
		json_t *page = NULL, *e;
		size_t i;

		if (l->prefix_param && q->prefix)
			query_add(&query, l->prefix_param, q->prefix);
		if (marker)
			query_add(&query, l->token_in, marker);
		free(marker);
		marker = NULL;
		rc = aws_rest_json_call(c, l->service, l->op, "GET", l->path,
					query.len ? query.buf : NULL, NULL, &page, &resp, err);
		aws_response_free(&resp);
		strbuf_release(&query);
		if (rc)
			break;
		json_array_foreach(value_get(page, l->list), i, e) {
			const char *name = value_get_string(e, l->name_key);
			const char *group = l->group_key ? value_get_string(e, l->group_key) : NULL;
			char *id;

			if (!name)
				continue;
			id = group ? xasprintf("%s/%s", group, name) : xstrdup(name);
			item_add(out, id, name, aws_time_of(value_get(e, l->time_key)));
			free(id);
		}
		if (value_get_string(page, l->token_out) && *value_get_string(page, l->token_out))
			marker = xstrdup(value_get_string(page, l->token_out));
		json_decref(page);
	} while (marker);
	return rc ? -1 : 0;
}

static const struct rest_listing functions = {
	"lambda", "ListFunctions", "/2015-03-31/functions/", NULL, "Functions", "NextMarker",
	"Marker", "FunctionName", NULL, "LastModified",
};
static const struct rest_listing schedules = {
	"scheduler", "ListSchedules", "/schedules", "NamePrefix", "Schedules", "NextToken",
	"NextToken", "Name", "GroupName", "CreationDate",
};

static const struct rest_listing layers = {
	"lambda", "ListLayers", "/2018-10-31/layers", NULL, "Layers", "NextMarker", "Marker",
	"LayerName", NULL, NULL,
};

/* Lambda layer versions (no tags): the versions of the layers whose name
 * starts with the prefix; an item's id is the version's ARN, its name the
 * layer's. */
static int list_layer_versions(struct aws_client *c, const struct aws_sweep_kind *k,
			       const struct aws_sweep_query *q, struct aws_sweep_items *out,
			       struct strbuf *err)
{
	struct aws_sweep_kind layer_kind = *k;
	struct aws_sweep_items found = { NULL, 0 };
	int rc;

	layer_kind.arg = &layers;
	rc = list_rest(c, &layer_kind, q, &found, err);
	for (size_t i = 0; i < found.n && rc == 0; i++) {
		if (!starts_with(found.v[i].name, q->prefix))
			continue;
		char *path = xasprintf("/2018-10-31/layers/%s/versions", found.v[i].name);
		struct rest_listing versions = {
			"lambda", "ListLayerVersions", path, NULL, "LayerVersions", "NextMarker",
			"Marker", "LayerVersionArn", NULL, "CreatedDate",
		};
		struct aws_sweep_kind version_kind = *k;
		size_t first = out->n;

		version_kind.arg = &versions;
		rc = list_rest(c, &version_kind, q, out, err);
		for (size_t j = first; j < out->n; j++) {
			free(out->v[j].name);
			out->v[j].name = xstrdup(found.v[i].name);
		}
		free(path);
	}
	for (size_t i = 0; i < found.n; i++)
		aws_sweep_item_release(&found.v[i]);
	free(found.v);
	return rc;
}

/* ---- query protocol listings (IAM, RDS, Redshift) ---- */

struct query_listing {
	const char *service, *version;
	const char *action;     /* "ListRoles" */
	const char *scope;      /* ListPolicies: only the account's own (Scope=Local) */
	const char *members;    /* "Roles/member" */
	const char *name_field; /* "RoleName" */
	const char *id_field;   /* NULL: the id is the name */
	const char *time_field; /* "CreateDate" */
	/* IAM: the call that lists one entity's tags, and its parameter
	 * (taking the id); NULL: the tags come from read(), or there are none */
	const char *tags_action, *tags_param;
};

/* One IAM entity's tags (List*Tags: IAM gives up to 50 tags an entity, and
 * these calls return up to 100 without paging). 1 when it is gone. */
static int iam_entity_tags(struct aws_client *c, const struct query_listing *l, const char *id,
			   json_t **tags, struct strbuf *err)
{
	static const char *const gone[] = { "NoSuchEntity", NULL };
	json_t *params = json_pack("{s:s}", l->tags_param, id);
	char *result = xasprintf("%sResult/Tags", l->tags_action);
	xmlDocPtr doc = NULL;
	int rc = iam_call(c, l->tags_action, params, gone, &doc, NULL, err);

	if (rc == 0)
		*tags = iam_tags_parse(xml_child(xmlDocGetRootElement(doc), result));
	if (doc)
		xmlFreeDoc(doc);
	free(result);
	json_decref(params);
	return rc;
}

static int list_query(struct aws_client *c, const struct aws_sweep_kind *k,
		      const struct aws_sweep_query *q, struct aws_sweep_items *out,
		      struct strbuf *err)
{
	const struct query_listing *l = k->arg;
	const char *fields[] = { l->name_field, l->time_field, "Path", l->id_field, NULL };
	json_t *params = l->scope ? json_pack("{s:s}", "Scope", l->scope) : NULL, *all, *e;
	size_t i;
	int rc = aws_query_list(c, l->service, l->version, l->action, params, NULL, l->members,
				NULL, fields, &all, err);

	json_decref(params);
	if (rc)
		return -1;
	json_array_foreach(all, i, e) {
		const char *name = value_get_string(e, l->name_field);
		const char *id = l->id_field ? value_get_string(e, l->id_field) : name;
		json_t *tags = NULL;
		struct aws_sweep_item *it;

		/* Roles AWS services make for themselves carry no tags of ours. */
		if (!name || !id || starts_with(value_get_string(e, "Path"), "/aws-service-role/"))
			continue;
		if (q->tagged && l->tags_action) {
			rc = iam_entity_tags(c, l, id, &tags, err);
			if (rc < 0)
				break;
			if (rc == 1)
				continue; /* deleted meanwhile */
		}
		it = item_add(out, id, name, aws_time_of(value_get(e, l->time_field)));
		it->tags = tags;
	}
	json_decref(all);
	return rc < 0 ? -1 : 0;
}

static const struct query_listing iam_users = {
	"iam", IAM_API_VERSION, "ListUsers", NULL, "Users/member", "UserName", NULL, "CreateDate",
	"ListUserTags", "UserName",
};
static const struct query_listing iam_groups = {
	"iam", IAM_API_VERSION, "ListGroups", NULL, "Groups/member", "GroupName", NULL,
	"CreateDate", NULL, NULL,
};
static const struct query_listing iam_roles = {
	"iam", IAM_API_VERSION, "ListRoles", NULL, "Roles/member", "RoleName", NULL, "CreateDate",
	"ListRoleTags", "RoleName",
};
static const struct query_listing iam_policies = {
	"iam", IAM_API_VERSION, "ListPolicies", "Local", "Policies/member", "PolicyName", "Arn",
	"CreateDate", "ListPolicyTags", "PolicyArn",
};
static const struct query_listing rds_instances = {
	"rds", "2014-10-31", "DescribeDBInstances", NULL, "DBInstances/DBInstance",
	"DBInstanceIdentifier", NULL, "InstanceCreateTime", NULL, NULL,
};
static const struct query_listing redshift_clusters = {
	"redshift", "2012-12-01", "DescribeClusters", NULL, "Clusters/Cluster",
	"ClusterIdentifier", NULL, "ClusterCreateTime", NULL, NULL,
};

/* ---- S3 ---- */

/* Every bucket of the account in the client's region, with its tags. A
 * bucket of another region (ListBuckets names it; asking it from here is
 * redirected) is left to a provider configuration of that region. */
static int list_buckets(struct aws_client *c, const struct aws_sweep_kind *k,
			const struct aws_sweep_query *q, struct aws_sweep_items *out,
			struct strbuf *err)
{
	static const char *const no_tags[] = {
		"NoSuchTagSet", "NoSuchBucket", "PermanentRedirect", "AuthorizationHeaderMalformed",
		NULL,
	};
	struct aws_request req = { .operation = "ListBuckets", .method = "GET", .path = "/" };
	struct aws_response resp;
	xmlDocPtr doc;
	int rc = 0;

	(void)k;
	if (s3_call(c, &req, NULL, &resp, err)) {
		aws_response_free(&resp);
		return -1;
	}
	doc = xml_parse(resp.body, resp.body_len, err);
	aws_response_free(&resp);
	if (!doc) {
		strbuf_prefixf(err, "s3 ListBuckets: ");
		return -1;
	}
	for (xmlNodePtr b = xml_child(xmlDocGetRootElement(doc), "Buckets/Bucket"); b;
	     b = xml_next_same(b)) {
		char *name = xml_child_text(b, "Name");
		char *created = xml_child_text(b, "CreationDate");
		char *region = xml_child_text(b, "BucketRegion");
		json_t *tags = NULL;
		time_t t = 0;

		if (name && (!region || !strcmp(region, aws_client_region(c)))) {
			xmlDocPtr tdoc = NULL;

			if (q->tagged)
				rc = s3_get_xml(c, "GetBucketTagging", name, "/", "tagging", no_tags,
						&tdoc, err);
			if (rc >= 0) {
				if (q->tagged)
					tags = tdoc ? s3_tagging_parse(tdoc) : json_object();
				if (created)
					aws_parse_timestamp(created, &t);
				item_add(out, name, name, t)->tags = tags;
				rc = 0;
			}
			if (tdoc)
				xmlFreeDoc(tdoc);
		}
		free(name);
		free(created);
		free(region);
		if (rc < 0)
			break;
	}
	xmlFreeDoc(doc);
	return rc < 0 ? -1 : 0;
}

/* ---- the kinds ---- */

const struct aws_sweep_kind aws_sweep_kinds[] = {
	{ "aws.scheduler.schedule", 0, false, list_rest, &schedules },
	{ "aws.glue.trigger", 0, false, list_json, &glue_triggers },
	{ "aws.events.rule", 0, false, list_nested, &event_rules },
	{ "aws.sfn.state_machine", 1, false, list_json, &state_machines },
	{ "aws.glue.job", 2, false, list_json, &glue_jobs },
	{ "aws.glue.crawler", 3, false, list_json, &glue_crawlers },
	{ "aws.lambda.function", 4, false, list_rest, &functions },
	{ "aws.lambda.layer_version", 5, false, list_layer_versions, NULL },
	{ "aws.glue.table", 5, false, list_nested, &glue_tables },
	{ "aws.glue.database", 6, false, list_json, &glue_databases },
	{ "aws.glue.connection", 7, false, list_json, &glue_connections },
	{ "aws.secretsmanager.secret", 8, false, list_json, &secrets },
	{ "aws.rds.instance", 9, false, list_query, &rds_instances },
	{ "aws.redshift.cluster", 9, false, list_query, &redshift_clusters },
	{ "aws.s3.bucket", 10, true, list_buckets, NULL },
	{ "aws.iam.user", 11, true, list_query, &iam_users },
	{ "aws.iam.group", 12, true, list_query, &iam_groups },
	{ "aws.iam.role", 13, true, list_query, &iam_roles },
	{ "aws.iam.policy", 14, true, list_query, &iam_policies },
	{ NULL, 0, false, NULL, NULL },
};

bool aws_sweep_kind_tagged(const struct aws_sweep_kind *k)
{
	const struct resource_type *rt = resource_type_find(k->type, NULL);
	const struct attr_schema *tags = rt ? schema_find(rt->attrs, "tags") : NULL;

	return tags && tags->type == ATTR_MAP;
}

int aws_sweep_find(struct aws_client *c, const struct aws_sweep_kind *k, const char *prefix,
		   struct aws_sweep_items *out, struct strbuf *err)
{
	const struct resource_type *rt = resource_type_find(k->type, NULL);
	struct aws_sweep_query q = { NULL, aws_sweep_kind_tagged(k) };
	struct aws_sweep_items found = { NULL, 0 };
	int rc;

	if (!rt) {
		strbuf_addf(err, "%s: no such resource type", k->type);
		return -1;
	}
	if (!q.tagged) {
		if (!prefix || !*prefix)
			return 0;
		q.prefix = prefix;
	}
	rc = k->list(c, k, &q, &found, err);
	for (size_t i = 0; i < found.n; i++) {
		struct aws_sweep_item *it = &found.v[i];
		bool keep;

		if (!q.tagged) {
			keep = starts_with(it->name, prefix) || starts_with(it->id, prefix);
		} else if (it->tags || rc) {
			keep = it->tags != NULL;
		} else {
			/* The listing has no tags: read the object. */
			json_t *attrs = NULL;

			rc = rt->read(c, it->id, NULL, &attrs, err);
			if (rc == 0 && attrs) {
				json_t *tags = json_object_get(attrs, "tags");

				it->tags = json_is_object(tags) ? json_incref(tags) : json_object();
			}
			keep = rc == 0 && attrs;
			json_decref(attrs);
			if (rc)
				strbuf_prefixf(err, "%s %s: ", k->type, it->name);
		}
		if (keep) {
			out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
			out->v[out->n++] = *it;
		} else {
			aws_sweep_item_release(it);
		}
	}
	free(found.v);
	return rc ? -1 : 0;
}

int aws_sweep_delete(struct aws_client *c, const struct aws_sweep_kind *k, const char *id,
		     struct strbuf *err)
{
	const struct resource_type *rt = resource_type_find(k->type, NULL);
	/* Each type's delete() reads only its own of these. */
	json_t *prior = json_pack("{s:b, s:b, s:i}", "force_destroy", 1, "skip_final_snapshot", 1,
				  "recovery_window_in_days", 0);
	int rc;

	if (!rt) {
		strbuf_addf(err, "%s: no such resource type", k->type);
		json_decref(prior);
		return -1;
	}
	rc = rt->delete(c, id, prior, err);
	json_decref(prior);
	return rc;
}
