/*
 * ecs/cluster.c: the resource type aws.ecs.cluster, an ECS cluster with its
 * settings (containerInsights) and tags, over ECS's json protocol
 * (its target prefix and JSON version: services.def's row).
 * Its id is its name. Fargate's capacity providers are every cluster's
 * without asking (RunTask's launch type FARGATE); the cluster's own default
 * strategy is Terraform's aws_ecs_cluster_capacity_providers, not this type.
 *
 * DescribeClusters answers a deleted cluster as INACTIVE for a while: read()
 * treats it as gone. CreateCluster answers an ACTIVE cluster of that name as
 * if it had made it, so create first looks the name up: a cluster found is
 * adopted only when an earlier attempt may have made it (may_exist) and it
 * carries this stack's tags, which the create sends; else it is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define CLUSTER_TYPE "aws.ecs.cluster"

static const struct attr_schema setting_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the setting: containerInsights" },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "containerInsights: enabled, enhanced or disabled" },
	{ .name = NULL },
};

static const struct attr_schema cluster_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "cluster name (letters, digits, - and _), e.g. data-jobs" },
	{ .name = "setting", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the cluster's settings, name and value: [{name: containerInsights, "
			 "value: enabled}]; unset: the account's default, kept as ECS has it",
	  .nested = setting_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "cluster tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:ecs:REGION:ACCOUNT:cluster/NAME" },
	{ .name = NULL },
};

static int cluster_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *req = json_pack("{s:[s], s:[s, s]}", "clusters", id, "include", "SETTINGS",
				"TAGS");
	json_t *resp = NULL, *o, *settings, *e;
	const json_t *cl;
	const char *status;
	size_t i;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ecs_call(client, "DescribeClusters", req, NULL, &resp, NULL, err);
	json_decref(req);
	cl = json_array_get(value_get(resp, "clusters"), 0);
	status = value_get_string(cl, "status");
	if (rc || !cl || (status && !strcmp(status, "INACTIVE"))) {
		json_decref(resp);
		return rc ? -1 : 0;
	}
	o = json_pack("{s:s}", "name", id);
	settings = json_array();
	json_array_foreach(value_get(cl, "settings"), i, e)
		if (value_get_string(e, "name") && value_get_string(e, "value"))
			json_array_append_new(settings,
					      json_pack("{s:s, s:s}", "name",
							value_get_string(e, "name"), "value",
							value_get_string(e, "value")));
	json_object_set_new(o, "setting", settings);
	json_object_set_new(o, "tags", aws_tag_map(value_get(cl, "tags"), "key", "value"));
	if (value_get_string(cl, "clusterArn"))
		json_object_set_new(o, "arn", json_string(value_get_string(cl, "clusterArn")));
	json_decref(resp);
	*out = o;
	return 0;
}

/* [{name, value}] of the setting list, as ECS takes it. */
static json_t *settings_of(const json_t *desired)
{
	json_t *list = json_array(), *e;
	size_t i;

	json_array_foreach(value_get(desired, "setting"), i, e)
		json_array_append_new(list, json_pack("{s:s, s:s}", "name",
						      value_get_string_or(e, "name", ""),
						      "value", value_get_string_or(e, "value", "")));
	return list;
}

/* Settings (when set and different) and tags of cluster `name` from `have` to
 * desired, then read back. */
static int cluster_converge(struct aws_client *c, const char *name, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *want = value_get(desired, "setting"), *want_tags = value_get(desired, "tags");
	json_t *list = settings_of(desired), *req;
	int rc = 0;

	*out = NULL;
	if (value_is_set(want) && json_array_size(list)) {
		/* A setting ECS has and the stack names is sent when it differs. */
		json_t *now = json_array(), *e;
		size_t i;

		json_array_foreach(value_get(have, "setting"), i, e)
			json_array_append_new(now, json_pack("{s:s, s:s}", "name",
							     value_get_string(e, "name"), "value",
							     value_get_string(e, "value")));
		if (!aws_sent_reads_back(list, now)) {
			req = json_pack("{s:s, s:O}", "cluster", name, "settings", list);
			rc = ecs_call(c, "UpdateCluster", req, NULL, NULL, NULL, err);
			json_decref(req);
		}
		json_decref(now);
	}
	json_decref(list);
	if (!rc && value_get_string(have, "arn"))
		rc = aws_json_sync_tags(c, &ecs_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"), want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(cluster_read, c, name, desired, out, err,
				CLUSTER_TYPE ": cluster %s was written but DescribeClusters does "
				"not find it", name);
}

static int cluster_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const json_t *tags = value_get(desired, "tags");
	json_t *found = NULL, *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, CLUSTER_TYPE ": name has no value to send");
		return -1;
	}
	/* CreateCluster would answer a cluster already there as its own: look first. */
	if (cluster_read(c, name, NULL, &found, err))
		return -1;
	sent->id = xstrdup(name);
	if (found) {
		sent->have = found;
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why),
			 "ecs CreateCluster: the cluster is there already");
		return 0;
	}
	req = json_pack("{s:s}", "clusterName", name);
	if (value_is_set(value_get(desired, "setting")))
		json_object_set_new(req, "settings", settings_of(desired));
	if (json_object_size(tags))
		json_object_set_new(req, "tags", aws_tag_list(tags, "key", "value"));
	rc = ecs_call(c, "CreateCluster", req, NULL, NULL, NULL, err);
	json_decref(req);
	if (rc) {
		free(sent->id);
		sent->id = NULL;
		return -1;
	}
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (DescribeClusters and its tags). `prior` is not used. */
static const struct aws_native_ops cluster_native = {
	.send_create = cluster_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "ECS cluster %s" },
	.converge = cluster_converge,
	.read = cluster_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = CLUSTER_TYPE ": cluster %s was made but DescribeClusters does not find it",
	.gone = CLUSTER_TYPE ": cluster %s is gone",
};

AWS_NATIVE_FUNCTIONS(cluster, cluster_native)

static int cluster_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	static const char *const gone[] = { "ClusterNotFoundException", NULL };
	json_t *req = json_pack("{s:s}", "cluster", id);
	int rc;

	(void)prior;
	rc = ecs_call(client, "DeleteCluster", req, gone, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep: ListClusters gives ARNs (arn:...:cluster/NAME); tags come from
 * read(). */
static int cluster_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	json_t *all = NULL, *e;
	size_t i;

	(void)q;
	if (ecs_list_arns(client, "ListClusters", NULL, "clusterArns", &all, err))
		return -1;
	json_array_foreach(all, i, e) {
		const char *slash = strrchr(json_string_value(e), '/');

		if (slash)
			resource_items_add(out, slash + 1, NULL, 0);
	}
	json_decref(all);
	return 0;
}

const struct resource_type aws_ecs_cluster_type = {
	.name = CLUSTER_TYPE,
	.description = "an ECS cluster with its settings (Container Insights) and tags",
	.attrs = cluster_attrs,
	.terraform_type = "aws_ecs_cluster",
	.terraform_attrs = "name setting tags arn",
	.read = cluster_read,
	.create = cluster_create,
	.update = cluster_update,
	.native = &cluster_native,
	.delete = cluster_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = cluster_list,
	.list_rank = 6,
};
