/*
 * ec2/key_pair.c: the resource type aws.ec2.key_pair, an SSH public key
 * imported into EC2 (ImportKeyPair) under a name instances refer to, with
 * tags. Its id is the key name. The name and the public key replace the key
 * pair (EC2 cannot change either); tags change in place on its key-... id.
 * Only the public half ever reaches EC2 or the state.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/base/encoding.h"
#include "provider/provider.h"

static const char *const not_found[] = { "InvalidKeyPair.NotFound", NULL };

static const struct attr_schema key_pair_attrs[] = {
	{ .name = "key_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the name instances launch with (key_name), unique in the region" },
	{ .name = "public_key", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "an OpenSSH public key line (ssh-ed25519 AAAA... or ssh-rsa ...), "
			 "e.g. ${file(\"id_ed25519.pub\")}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "key pair tags", .default_json = "{}" },
	{ .name = "key_pair_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "key-..., EC2's id of the key pair" },
	{ .name = "fingerprint", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the key's fingerprint as EC2 computes it" },
	{ .name = "key_type", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "rsa or ed25519" },
	{ .name = NULL },
};

/* Trailing blanks and newlines of a key line (a file's last newline). */
static char *trimmed(const char *s)
{
	size_t n = strlen(s);

	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	return xstrndup(s, n);
}

static int key_pair_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "KeyName.1", id, "IncludePublicKey", "true"), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr k;
	char *pub;
	int rc;

	*out = NULL;
	rc = ec2_call(client, "DescribeKeyPairs", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	k = xml_child(xmlDocGetRootElement(doc), "keySet/item");
	if (!k) {
		xmlFreeDoc(doc);
		return 0;
	}
	o = json_object();
	ec2_set_text_or_empty(o, "key_name", k, "keyName");
	pub = xml_child_text(k, "publicKey");
	if (pub && *pub) {
		char *t = trimmed(pub);

		/* The key as written when it matches what EC2 holds. */
		const char *was = value_get_string(prior, "public_key");
		char *w = was ? trimmed(was) : NULL;

		json_object_set_new(o, "public_key", json_string(w && !strcmp(w, t) ? was : t));
		free(w);
		free(t);
	} else {
		const char *was = value_get_string(prior, "public_key");

		json_object_set_new(o, "public_key", json_string(was ? was : ""));
	}
	free(pub);
	json_object_set_new(o, "tags", ec2_tags_of(k));
	ec2_set_text_or_empty(o, "key_pair_id", k, "keyPairId");
	ec2_set_text_or_empty(o, "fingerprint", k, "keyFingerprint");
	ec2_set_text_or_empty(o, "key_type", k, "keyType");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

/* The create call alone: ImportKeyPair with the tags. Refused as a
 * duplicate (InvalidKeyPair.Duplicate), it says exists: the driver
 * weighs the key pair of that name (AWS_ADOPT_BY_NAME_AND_TAGS, with
 * key_pair_refuse). */
static int key_pair_send(struct aws_client *c, const json_t *desired,
			 const struct create_call *call, struct aws_sent *sent,
			 struct strbuf *err)
{
	const char *name = value_get_string(desired, "key_name");
	const char *pub = value_get_string(desired, "public_key");
	static const char *const dup[] = { "InvalidKeyPair.Duplicate", NULL };
	json_t *p;
	char *b64, *line;
	int rc;

	(void)call;
	if (!name || !pub) {
		strbuf_addstr(err, "aws.ec2.key_pair: key_name or public_key has no value to send");
		return -1;
	}
	line = trimmed(pub);
	b64 = base64_encode(line, strlen(line));
	free(line);
	p = json_pack("{s:s, s:s}", "KeyName", name, "PublicKeyMaterial", b64);
	free(b64);
	ec2_add_tag_spec(p, "key-pair", value_get(desired, "tags"));
	rc = aws_query_call_xml(c, &aws_service_ec2, "ImportKeyPair", p, NULL, dup,
				NULL, NULL, &sent->attempts, err);
	json_decref(p);
	if (rc < 0) {
		strbuf_addf(err, " (aws.ec2.key_pair key_name %s)", name);
		return -1;
	}
	sent->exists = rc == 1;
	if (sent->exists)
		snprintf(sent->why, sizeof(sent->why), "ec2 ImportKeyPair: InvalidKeyPair.Duplicate");
	aws_client_note_made(c, name);
	sent->id = xstrdup(name);
	return 0;
}

/* A key pair of that name that holds another public key is no attempt of
 * this create's, whatever its tags (the adopt policy's refuse). */
static int key_pair_refuse(const json_t *found, const json_t *desired, struct strbuf *err)
{
	return aws_adopt_evidence(json_equal(value_get(found, "public_key"),
					     value_get(desired, "public_key")),
				  "it holds another public key", "key_name", err, "key pair %s",
				  value_get_string(found, "key_name"));
}

/* From `have` (the key pair as key_pair_read gives it): tags to desired on
 * its key-... id, then read back (aws_converge_fn); the name and the key
 * replace it. */
static int key_pair_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *none = json_object(), *want = value_get(desired, "tags");
	int rc = ec2_sync_tags(c, value_get_string(have, "key_pair_id"), value_get(have, "tags"),
			       json_is_object(want) ? want : none, err);

	json_decref(none);
	*out = NULL;
	if (!rc)
		rc = key_pair_read(c, id, desired, out, err);
	return rc;
}

/*
 * Create and update (the contract, provider/aws/adopt.h). A key pair found
 * under its name is this create's only when an attempt of it may have made
 * it, it carries this stack's tags (ImportKeyPair sets them) and it holds
 * this public key: the three rules one policy. Its reads take desired's or
 * prior's public_key, to say the key as the stack writes it.
 */
static const struct aws_native_ops key_pair_native = {
	.send_create = key_pair_send,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "key_name",
		   .object = "key pair %s", .refuse = key_pair_refuse },
	.converge = key_pair_converge,
	.read = key_pair_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = "aws.ec2.key_pair %s: not found after it was imported",
	.gone = "aws.ec2.key_pair %s: not found",
};

AWS_NATIVE_FUNCTIONS(key_pair, key_pair_native)

static int key_pair_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	(void)prior;
	return ec2_delete(client, "DeleteKeyPair", "KeyName", id, not_found, err);
}

static int key_pair_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeKeyPairs", "keySet/item", "keyName", NULL, out, err);
}




const struct resource_type aws_ec2_key_pair_type = {
	.name = "aws.ec2.key_pair",
	.description = "an SSH public key imported into EC2 for instances to launch with",
	.attrs = key_pair_attrs,
	.terraform_type = "aws_key_pair",
	.terraform_attrs = "key_name public_key tags key_pair_id fingerprint key_type",
	.read = key_pair_read,
	.create = key_pair_create,
	.update = key_pair_update,
	.native = &key_pair_native,
	.delete = key_pair_delete,
	.import_id = "its key name",
	.list = key_pair_list,
	.list_rank = 14,
};
