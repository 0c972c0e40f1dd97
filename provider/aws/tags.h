/*
 * tags.h: the tags of resources behind json-protocol services (EventBridge,
 * Step Functions, Glue, Secrets Manager): the list form some of them give
 * tags in ([{"Key": k, "Value": v}]) and the map terrace stores ({"k": "v"}),
 * and reading and changing one resource's tags with ListTagsForResource (or
 * GetTags), TagResource and UntagResource (or the service's own names of
 * them: Kinesis's AddTagsToStream and RemoveTagsFromStream); and the same for
 * query-protocol services (SNS, CloudWatch), whose maps and lists are numbered
 * parameters (Tags.member.N.Key).
 */
#ifndef TERRACE_AWS_TAGS_H
#define TERRACE_AWS_TAGS_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/transport/transport.h"

/* How a json-protocol service names its tagging calls and their members. */
struct aws_json_tagging {
	const struct aws_service *service; /* as for aws_json_call */
	const char *arn_param;     /* the resource: "ResourceARN", "resourceArn" ... */
	const char *list_op;       /* "ListTagsForResource", "GetTags" */
	const char *list_member;   /* the tags in list_op's answer: "Tags", "tags" */
	const char *add_member;    /* TagResource's tags: "Tags", "tags", "TagsToAdd" */
	const char *remove_member; /* UntagResource's keys: "TagKeys", "tagKeys" ... */
	/* The members of a listed tag: "Key" and "Value", "key" and "value";
	 * NULL when the service gives and takes tags as a map (Glue). */
	const char *key, *value;
	/* The calls that add and remove tags: NULL for TagResource and
	 * UntagResource (Kinesis: AddTagsToStream, RemoveTagsFromStream). */
	const char *tag_op, *untag_op;
	/* The add call takes a map even where tags are listed as key and
	 * value (Kinesis's AddTagsToStream). */
	bool add_as_map;
};

/* [{KEY: k, VALUE: v}] from a tags map (a value that is no string is sent
 * as ""): a new list. */
json_t *aws_tag_list(const json_t *tags, const char *key, const char *value);

/* A tags map from [{KEY: k, VALUE: v}] (a missing value is "", an entry
 * without a key is left out; {} when list is no list): a new object. */
json_t *aws_tag_map(const json_t *list, const char *key, const char *value);

/* The tags of the resource `arn`: 0 with *tags (a new map), -1 with err set
 * (*tags NULL). */
int aws_json_read_tags(struct aws_client *c, const struct aws_json_tagging *t,
		       const char *arn, json_t **tags, struct strbuf *err);

/* Bring the tags of the resource `arn` from `have` to `want` (maps; anything
 * else counts as no tags): UntagResource for the removed keys, then
 * TagResource for the new and changed ones, each only when needed. 0, or
 * -1 with err set. */
int aws_json_sync_tags(struct aws_client *c, const struct aws_json_tagging *t,
		       const char *arn, const json_t *have, const json_t *want,
		       struct strbuf *err);

/* ---- query-protocol services ---- */

/* How a query-protocol service names its tagging calls' resource
 * (ListTagsForResource, TagResource with Tags.member.N.Key/Value,
 * UntagResource with TagKeys.member.N). */
struct aws_query_tagging {
	const struct aws_service *service; /* as for aws_query_call_xml */
	const char *arn_param;         /* "ResourceArn" (SNS), "ResourceARN" (CloudWatch) */
};

/* PREFIX.N.KEY_NAME and PREFIX.N.VALUE_NAME (N from 1) for every member of
 * map, in its order (a value that is no string is sent as ""). */
void aws_query_put_pairs(json_t *params, const char *prefix, const char *key_name,
			 const char *value_name, const json_t *map);

/* The tags of `arn` (ListTagsForResource): 0 with *tags (a new map), 1 when
 * it is gone, -1 with err set. */
int aws_query_read_tags(struct aws_client *c, const struct aws_query_tagging *t,
			const char *arn, json_t **tags, struct strbuf *err);

/* Bring the tags of `arn` from `have` to `want` (maps; anything else counts
 * as no tags): UntagResource, then TagResource, each only when needed: 0, or
 * -1 with err set. */
int aws_query_sync_tags(struct aws_client *c, const struct aws_query_tagging *t,
			const char *arn, const json_t *have, const json_t *want,
			struct strbuf *err);

#endif
