/*
 * tags.c: the tags of resources behind json-protocol services: list and map
 * forms, reading and syncing them (see tags.h).
 */
#include "provider/aws/tags.h"

#include "provider/provider.h"

json_t *aws_tag_list(const json_t *tags, const char *key, const char *value)
{
	json_t *list = json_array();
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)tags, k, v)
		json_array_append_new(list, json_pack("{s:s, s:s}", key, k, value,
						      json_is_string(v) ? json_string_value(v) : ""));
	return list;
}

json_t *aws_tag_map(const json_t *list, const char *key, const char *value)
{
	json_t *tags = json_object();
	size_t i;
	json_t *t;

	json_array_foreach(list, i, t) {
		const char *k = value_get_string(t, key), *v = value_get_string(t, value);

		if (k)
			json_object_set_new(tags, k, json_string(v ? v : ""));
	}
	return tags;
}

static int tagging_call(struct aws_client *c, const struct aws_json_tagging *t,
			const char *operation, const json_t *input, json_t **output,
			struct strbuf *err)
{
	return aws_json_call_codes(c, t->service, t->target_prefix, t->json_version, operation,
				   input, NULL, output, NULL, NULL, err) ? -1 : 0;
}

int aws_json_read_tags(struct aws_client *c, const struct aws_json_tagging *t,
		       const char *arn, json_t **tags, struct strbuf *err)
{
	json_t *in = json_pack("{s:s}", t->arn_param, arn);
	json_t *out = NULL, *listed;
	int rc = tagging_call(c, t, t->list_op, in, &out, err);

	json_decref(in);
	*tags = NULL;
	if (rc)
		return -1;
	listed = value_get(out, t->list_member);
	if (t->key)
		*tags = aws_tag_map(listed, t->key, t->value);
	else
		*tags = json_is_object(listed) ? json_deep_copy(listed) : json_object();
	json_decref(out);
	return 0;
}

int aws_json_sync_tags(struct aws_client *c, const struct aws_json_tagging *t,
		       const char *arn, const json_t *have, const json_t *want,
		       struct strbuf *err)
{
	json_t *remove, *add;
	int rc = 0;

	value_map_diff(have, want, &remove, &add);
	if (json_array_size(remove)) {
		json_t *in = json_pack("{s:s, s:O}", t->arn_param, arn, t->remove_member, remove);

		rc = tagging_call(c, t, t->untag_op ? t->untag_op : "UntagResource", in, NULL, err);
		json_decref(in);
	}
	if (!rc && json_object_size(add)) {
		json_t *in = json_pack("{s:s, s:o}", t->arn_param, arn, t->add_member,
				       t->key && !t->add_as_map
				       ? aws_tag_list(add, t->key, t->value) : json_incref(add));

		rc = tagging_call(c, t, t->tag_op ? t->tag_op : "TagResource", in, NULL, err);
		json_decref(in);
	}
	json_decref(remove);
	json_decref(add);
	return rc;
}
