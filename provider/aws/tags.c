/*
 * tags.c: the tags of resources behind json-protocol services: list and map
 * forms, reading and syncing them; and of query-protocol ones (see tags.h).
 */
#include <stdlib.h>

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
	return aws_json_call_codes(c, t->service, operation,
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

/* ---- query-protocol services ---- */

void aws_query_put_pairs(json_t *params, const char *prefix, const char *key_name,
			 const char *value_name, const json_t *map)
{
	const char *key;
	json_t *v;
	size_t n = 0;

	json_object_foreach((json_t *)map, key, v) {
		char *k = xasprintf("%s.%zu.%s", prefix, ++n, key_name);
		char *val = xasprintf("%s.%zu.%s", prefix, n, value_name);

		json_object_set_new(params, k, json_string(key));
		json_object_set_new(params, val, json_string(json_is_string(v) ? json_string_value(v)
									   : ""));
		free(k);
		free(val);
	}
}

static const char *const query_gone[] = { "NotFound", "ResourceNotFound",
					  "ResourceNotFoundException", NULL };

int aws_query_read_tags(struct aws_client *c, const struct aws_query_tagging *t,
			const char *arn, json_t **tags, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", t->arn_param, arn);
	xmlDocPtr doc = NULL;
	int rc = aws_query_call_xml(c, t->service, "ListTagsForResource", p, NULL,
				    query_gone, &doc, NULL, NULL, err);
	json_t *o;

	json_decref(p);
	*tags = NULL;
	if (rc)
		return rc;
	o = json_object();
	for (xmlNodePtr m = xml_child(xmlDocGetRootElement(doc),
				      "ListTagsForResourceResult/Tags/member");
	     m; m = xml_next_same(m)) {
		char *key = xml_child_text(m, "Key");
		char *value = xml_child_text(m, "Value");

		if (key)
			json_object_set_new(o, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	xmlFreeDoc(doc);
	*tags = o;
	return 0;
}

int aws_query_sync_tags(struct aws_client *c, const struct aws_query_tagging *t,
			const char *arn, const json_t *have, const json_t *want,
			struct strbuf *err)
{
	json_t *add = json_object(), *remove = json_pack("{s:s}", t->arn_param, arn), *v;
	const char *key;
	size_t n = 0;
	int rc = 0;

	json_object_foreach((json_t *)want, key, v) {
		if (!json_equal(json_object_get(have, key), v))
			json_object_set(add, key, v);
	}
	json_object_foreach((json_t *)have, key, v) {
		if (!json_object_get(want, key)) {
			char *k = xasprintf("TagKeys.member.%zu", ++n);

			json_object_set_new(remove, k, json_string(key));
			free(k);
		}
	}
	if (n)
		rc = aws_query_call_xml(c, t->service, "UntagResource", remove, NULL,
					NULL, NULL, NULL, NULL, err);
	if (!rc && json_object_size(add)) {
		json_t *p = json_pack("{s:s}", t->arn_param, arn);

		aws_query_put_pairs(p, "Tags.member", "Key", "Value", add);
		rc = aws_query_call_xml(c, t->service, "TagResource", p, NULL, NULL,
					NULL, NULL, NULL, err);
		json_decref(p);
	}
	json_decref(add);
	json_decref(remove);
	return rc ? -1 : 0;
}
