/*
 * sns/api.c: the SNS helpers of sns/api.h: the query call, attribute maps, paged
 * listings, tags, the JSON text of policies (SNS and SQS), and an access
 * policy put on a set of topics or queues (sns/topic_policy.c,
 * sqs/queue_policy.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/sns/api.h"
#include "provider/aws/tags.h"
#include "provider/provider.h"

int sns_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, int *attempts, struct strbuf *err)
{
	return aws_query_call_xml(c, &aws_service_sns, action, params, NULL, tolerated,
				  doc, NULL, attempts, err);
}

json_t *sns_attributes(xmlDocPtr doc, const char *action)
{
	char path[128];
	json_t *o = json_object();

	snprintf(path, sizeof(path), "%sResult/Attributes/entry", action);
	for (xmlNodePtr e = xml_child(xmlDocGetRootElement(doc), path); e; e = xml_next_same(e)) {
		char *key = xml_child_text(e, "key");
		char *value = xml_child_text(e, "value");

		if (key)
			json_object_set_new(o, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	return o;
}

void sns_put_attributes(json_t *params, const json_t *attrs)
{
	aws_query_put_pairs(params, "Attributes.entry", "key", "value", attrs);
}

int sns_set_attribute(struct aws_client *c, const char *action, const char *arn_param,
		      const char *arn, const char *name, const char *value, struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s, s:s}", arn_param, arn, "AttributeName", name,
			      "AttributeValue", value ? value : "");
	int rc = sns_call(c, action, p, NULL, NULL, NULL, err);

	json_decref(p);
	return rc ? -1 : 0;
}

static const struct aws_query_tagging sns_tagging = { &aws_service_sns,
							"ResourceArn" };

int sns_read_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err)
{
	return aws_query_read_tags(c, &sns_tagging, arn, tags, err);
}

void sns_put_tags(json_t *params, const char *prefix, const json_t *tags)
{
	char *member = xasprintf("%s.member", prefix);

	aws_query_put_pairs(params, member, "Key", "Value", tags);
	free(member);
}

int sns_sync_tags(struct aws_client *c, const char *arn, const json_t *have, const json_t *want,
		  struct strbuf *err)
{
	return aws_query_sync_tags(c, &sns_tagging, arn, have, want, err);
}

char *sns_json_text(const json_t *v)
{
	if (!value_is_set(v))
		return NULL;
	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	return json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS);
}

json_t *sns_json_value(const char *text)
{
	json_t *doc;

	if (!text || !*text)
		return NULL;
	doc = json_loads(text, JSON_DECODE_ANY, NULL);
	return doc ? doc : json_string(text);
}

/* The objects a policy's read asks: prior's set, or the id alone. */
static json_t *policy_objects(const struct sns_policy_kind *k, const char *id,
			      const json_t *prior)
{
	const json_t *set = value_get(prior, k->attr);

	return json_is_array(set) ? json_incref((json_t *)set) : json_pack("[s]", id);
}

int sns_policy_read(const struct sns_policy_kind *k, struct aws_client *c, const char *id,
		    const json_t *prior, json_t **out, struct strbuf *err)
{
	const json_t *want = value_get(prior, "policy");
	json_t *objects = policy_objects(k, id, prior), *held = json_array(), *seen = NULL, *v;
	size_t i;
	int rc = 0;

	*out = NULL;
	json_array_foreach(objects, i, v) {
		json_t *doc = NULL;
		bool there = false;

		if (!json_is_string(v))
			continue;
		rc = k->get(c, json_string_value(v), &there, &doc, err);
		if (rc)
			break;
		if (!there)
			continue;
		json_array_append(held, v);
		if (!seen || (value_equal(seen, want) && doc && !value_equal(doc, want))) {
			json_decref(seen);
			seen = doc ? doc : json_null();
		} else {
			json_decref(doc);
		}
	}
	if (!rc && json_array_size(held)) {
		*out = json_object();
		json_object_set_new(*out, k->attr, value_string_set(held));
		if (!json_is_null(seen))
			json_object_set(*out, "policy", seen);
	}
	json_decref(seen);
	json_decref(held);
	json_decref(objects);
	return rc ? -1 : 0;
}

int sns_policy_put(const struct sns_policy_kind *k, struct aws_client *c, const json_t *have,
		   const json_t *desired, struct strbuf *err)
{
	const json_t *doc = value_get(desired, "policy");
	char *text = sns_json_text(doc);
	json_t *v;
	size_t i;
	int rc = 0;

	json_array_foreach(value_get(desired, k->attr), i, v) {
		json_t *now = NULL;
		bool there = false;

		if (!json_is_string(v))
			continue;
		rc = k->get(c, json_string_value(v), &there, &now, err);
		if (!rc && !(now && value_equal(now, doc)))
			rc = k->set(c, json_string_value(v), text, err);
		json_decref(now);
		if (rc)
			break;
	}
	free(text);
	json_array_foreach(value_get(have, k->attr), i, v)
		if (!rc && json_is_string(v) &&
		    !value_list_has_string(value_get(desired, k->attr), json_string_value(v)))
			rc = k->set(c, json_string_value(v), NULL, err);
	if (rc)
		strbuf_addf(err, " (%s)", k->type);
	return rc ? -1 : 0;
}

int sns_policy_delete(const struct sns_policy_kind *k, struct aws_client *c, const char *id,
		      const json_t *prior, struct strbuf *err)
{
	json_t *objects = policy_objects(k, id, prior), *v;
	size_t i;
	int rc = 0;

	json_array_foreach(objects, i, v) {
		bool there = false;
		json_t *doc = NULL;

		if (!json_is_string(v))
			continue;
		rc = k->get(c, json_string_value(v), &there, &doc, err);
		json_decref(doc);
		if (!rc && there)
			rc = k->set(c, json_string_value(v), NULL, err);
		if (rc)
			break;
	}
	json_decref(objects);
	return rc ? -1 : 0;
}

char *sns_policy_id(const struct sns_policy_kind *k, const json_t *desired)
{
	json_t *sorted = value_string_set(value_get(desired, k->attr));
	const char *first = json_string_value(json_array_get(sorted, 0));
	char *id = first && !strstr(first, "${") ? xstrdup(first) : NULL;

	json_decref(sorted);
	return id;
}
