/*
 * sns/api.c: the SNS helpers of sns/api.h: the query call, attribute maps, paged
 * listings, tags, and the JSON text of policies (SNS and SQS).
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
