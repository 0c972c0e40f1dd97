/*
 * sns.c: the SNS helpers of sns.h: the query call, attribute maps, paged
 * listings, tags, and the JSON text of policies (SNS and SQS).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/sns.h"
#include "provider/provider.h"

int sns_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, int *attempts, struct strbuf *err)
{
	return aws_query_call_xml(c, "sns", SNS_API_VERSION, action, params, NULL, tolerated, doc,
				  NULL, attempts, err);
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

/* PREFIX.N.KEY and PREFIX.N.VALUE for every member of map (a value that is
 * no string is sent as ""). */
static void put_pairs(json_t *params, const char *prefix, const char *key_name,
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

void sns_put_attributes(json_t *params, const json_t *attrs)
{
	put_pairs(params, "Attributes.entry", "key", "value", attrs);
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

int sns_list(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, const char *members, const char *const *fields,
	     json_t **out, struct strbuf *err)
{
	json_t *p = params ? json_deep_copy(params) : json_object(), *all = json_array();
	char path[160];
	int rc = 0;

	*out = NULL;
	snprintf(path, sizeof(path), "%sResult/%s", action, members);
	for (;;) {
		xmlDocPtr doc = NULL;
		xmlNodePtr root;
		char *token;

		rc = sns_call(c, action, p, tolerated, &doc, NULL, err);
		if (rc)
			break;
		root = xmlDocGetRootElement(doc);
		for (xmlNodePtr m = xml_child(root, path); m; m = xml_next_same(m)) {
			json_t *o = json_object();

			for (size_t i = 0; fields[i]; i++) {
				char *text = xml_child_text(m, fields[i]);

				if (text)
					json_object_set_new(o, fields[i], json_string(text));
				free(text);
			}
			json_array_append_new(all, o);
		}
		snprintf(path, sizeof(path), "%sResult/NextToken", action);
		token = xml_child_text(root, path);
		snprintf(path, sizeof(path), "%sResult/%s", action, members);
		xmlFreeDoc(doc);
		if (!token || !*token) {
			free(token);
			break;
		}
		json_object_set_new(p, "NextToken", json_string(token));
		free(token);
	}
	json_decref(p);
	if (rc) {
		json_decref(all);
		return rc;
	}
	*out = all;
	return 0;
}

static const char *const not_found[] = { "NotFound", "ResourceNotFound", NULL };

int sns_read_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "ResourceArn", arn);
	xmlDocPtr doc = NULL;
	int rc = sns_call(c, "ListTagsForResource", p, not_found, &doc, NULL, err);
	json_t *o;

	json_decref(p);
	*tags = NULL;
	if (rc)
		return rc;
	o = json_object();
	for (xmlNodePtr t = xml_child(xmlDocGetRootElement(doc),
				      "ListTagsForResourceResult/Tags/member");
	     t; t = xml_next_same(t)) {
		char *key = xml_child_text(t, "Key");
		char *value = xml_child_text(t, "Value");

		if (key)
			json_object_set_new(o, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	xmlFreeDoc(doc);
	*tags = o;
	return 0;
}

void sns_put_tags(json_t *params, const char *prefix, const json_t *tags)
{
	char *member = xasprintf("%s.member", prefix);

	put_pairs(params, member, "Key", "Value", tags);
	free(member);
}

int sns_sync_tags(struct aws_client *c, const char *arn, const json_t *have, const json_t *want,
		  struct strbuf *err)
{
	json_t *add = json_object(), *remove = json_object(), *v;
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
	if (n) {
		json_object_set_new(remove, "ResourceArn", json_string(arn));
		rc = sns_call(c, "UntagResource", remove, NULL, NULL, NULL, err);
	}
	if (!rc && json_object_size(add)) {
		json_t *p = json_pack("{s:s}", "ResourceArn", arn);

		sns_put_tags(p, "Tags", add);
		rc = sns_call(c, "TagResource", p, NULL, NULL, NULL, err);
		json_decref(p);
	}
	json_decref(add);
	json_decref(remove);
	return rc ? -1 : 0;
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
