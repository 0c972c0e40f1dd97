/*
 * lambda/layer_version.c: the resource type aws.lambda.layer_version, over
 * Lambda's rest-json API (/2018-10-31/layers/...), its content packaged by
 * lambda/api.h's helpers as a function's code is.
 *
 * A layer version is immutable: every attribute but the CONFIG_ONLY
 * `source` forces a new version. The id is the version's ARN
 * (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION); read() is
 * GetLayerVersion, delete() DeleteLayerVersion, create() PublishLayerVersion.
 *
 * Content comes from `source` (a folder or a file, zipped as a function's
 * source is; a file ending in .zip is sent as it is) or from s3_bucket +
 * s3_key (+ s3_object_version). For `source` plan_desired computes
 * code_sha256, so a changed file plans a new version and the functions
 * whose `layers` name ${layer.arn} an update. Shape of read(): layer_name,
 * description, license_info ("" when none), compatible_runtimes,
 * compatible_architectures ([] when none), and the computed code_sha256,
 * code_size, arn, layer_arn, version, created_date.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/build/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

#define LAYER_TYPE_NAME "aws.lambda.layer_version"

static const struct lambda_code_form layer_form = { LAYER_TYPE_NAME, true };
#define LAYERS_PATH "/2018-10-31/layers"

static const struct attr_schema layer_attrs[] = {
	{ .name = "layer_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "name of the layer (letters, digits, - and _); each apply of new "
			 "content publishes the next version" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "description of the version", .default_json = "\"\"" },
	{ .name = "license_info", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "an SPDX identifier, a license URL or its text", .default_json = "\"\"" },
	{ .name = "compatible_runtimes", .type = ATTR_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW, .elem_type = ATTR_STRING,
	  .description = "runtimes the layer is for, like [\"python3.12\"]", .default_json = "[]" },
	{ .name = "compatible_architectures", .type = ATTR_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW, .elem_type = ATTR_STRING,
	  .description = "[\"x86_64\"], [\"arm64\"] or both", .default_json = "[]" },
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "local folder or file that terrace zips as the content (a .zip file is "
			 "sent as it is), or set s3_bucket and s3_key, or build" },
	AWS_BUILD_ATTR,
	AWS_PYTHON_ATTR,
	{ .name = "s3_bucket", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY | ATTR_FORCE_NEW,
	  .description = "bucket holding the zipped content (with s3_key; instead of source)" },
	{ .name = "s3_key", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY | ATTR_FORCE_NEW,
	  .description = "key of the zipped content in s3_bucket" },
	{ .name = "s3_object_version", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY | ATTR_FORCE_NEW,
	  .description = "version of the object in a versioned bucket" },
	{ .name = "code_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "base64 SHA-256 of the content (known at plan time for source)" },
	{ .name = "code_size", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "size of the content in bytes" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of this version, for a function's layers" },
	{ .name = "layer_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the layer, without the version" },
	{ .name = "version", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "version number Lambda gave it" },
	{ .name = "created_date", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "when it was published (ISO 8601)" },
	{ .name = NULL },
};

/* "arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION" -> NAME and VERSION. */
static int layer_id_split(const char *id, char **name, char **version, struct strbuf *err)
{
	const char *layer = strncmp(id, "arn:", 4) ? NULL : strstr(id, ":layer:");
	const char *start = layer ? layer + strlen(":layer:") : NULL;
	const char *colon = start ? strrchr(start, ':') : NULL;

	if (!colon || colon == start || !colon[1] ||
	    colon[1 + strspn(colon + 1, "0123456789")] != '\0') {
		strbuf_addf(err, LAYER_TYPE_NAME ": id \"%s\" is not a layer version ARN "
			    "(arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION)", id);
		return -1;
	}
	*name = xstrndup(start, (size_t)(colon - start));
	*version = xstrdup(colon + 1);
	return 0;
}

static json_t *string_list_of(const json_t *v)
{
	json_t *out = json_array();
	size_t i;
	json_t *s;

	json_array_foreach(v, i, s)
		if (json_is_string(s))
			json_array_append(out, s);
	return out;
}

/* The read() shape of a GetLayerVersion / PublishLayerVersion answer. */
static json_t *layer_shape_of(const char *name, const json_t *doc)
{
	const json_t *content = value_get(doc, "Content");
	json_t *o = json_object();

	json_object_set_new(o, "layer_name", json_string(name));
	json_object_set_new(o, "description", json_string(value_get_string_or(doc, "Description", "")));
	json_object_set_new(o, "license_info", json_string(value_get_string_or(doc, "LicenseInfo", "")));
	json_object_set_new(o, "compatible_runtimes",
			    string_list_of(value_get(doc, "CompatibleRuntimes")));
	json_object_set_new(o, "compatible_architectures",
			    string_list_of(value_get(doc, "CompatibleArchitectures")));
	json_object_set_new(o, "code_sha256", lambda_string_or_null(content, "CodeSha256"));
	json_object_set_new(o, "code_size", lambda_number_or_null(content, "CodeSize"));
	json_object_set_new(o, "arn", lambda_string_or_null(doc, "LayerVersionArn"));
	json_object_set_new(o, "layer_arn", lambda_string_or_null(doc, "LayerArn"));
	json_object_set_new(o, "version", lambda_number_or_null(doc, "Version"));
	json_object_set_new(o, "created_date", lambda_string_or_null(doc, "CreatedDate"));
	return o;
}

/* GetLayerVersion of the version `id` names: *out its shape, NULL when gone. */
static int layer_get(struct aws_client *c, const char *id, json_t **out, struct strbuf *err)
{
	struct aws_response resp;
	char *name, *version, *path;
	json_t *doc;
	int rc;

	*out = NULL;
	if (layer_id_split(id, &name, &version, err))
		return -1;
	path = xasprintf(LAYERS_PATH "/%s/versions/%s", name, version);
	rc = lambda_call(c, "GetLayerVersion", "GET", path, NULL, NULL, &doc, &resp, err);
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		rc = 0;
	} else if (rc == 0) {
		*out = layer_shape_of(name, doc);
		json_decref(doc);
	}
	aws_response_free(&resp);
	free(path);
	free(name);
	free(version);
	return rc;
}

static int layer_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	(void)prior;
	return layer_get(client, id, out, err);
}

/* plan_desired: the content's hash, so that an edited source plans a new
 * version; checks the size early. The name and the content's form are rows
 * of the one table (the model's LayerName; lambda/rules.c). */
static int layer_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	if (aws_build_plan_desired(desired, LAYER_TYPE_NAME, AWS_BUILD_LAYER, err))
		return -1;
	return lambda_plan_code_sha256(&layer_form, desired, err);
}

/* PublishLayerVersion's body for desired. */
static int layer_publish_input(const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *in = json_object(), *content = json_object(), *v;

	*out = NULL;
	if (lambda_add_code(&layer_form, content, desired, err)) {
		json_decref(content);
		json_decref(in);
		return -1;
	}
	json_object_set_new(in, "Content", content);
	if (*value_get_string_or(desired, "description", ""))
		json_object_set(in, "Description", value_get(desired, "description"));
	if (*value_get_string_or(desired, "license_info", ""))
		json_object_set(in, "LicenseInfo", value_get(desired, "license_info"));
	v = value_get(desired, "compatible_runtimes");
	if (json_array_size(v))
		json_object_set(in, "CompatibleRuntimes", v);
	v = value_get(desired, "compatible_architectures");
	if (json_array_size(v))
		json_object_set(in, "CompatibleArchitectures", v);
	*out = in;
	return 0;
}

struct published_ctx {
	const char *name;
	const json_t *desired;
	json_t *found;
};

static int published_page(void *ctx, const json_t *page, const json_t *versions,
			  struct strbuf *err)
{
	struct published_ctx *p = ctx;
	size_t i;
	json_t *v;

	(void)page;
	(void)err;
	json_array_foreach(versions, i, v) {
		json_t *shape = layer_shape_of(p->name, v);
		bool same = value_equal(value_get(shape, "code_sha256"),
					value_get(p->desired, "code_sha256")) &&
			    value_equal(value_get(shape, "description"),
					value_get(p->desired, "description"));

		if (same && (!p->found || json_integer_value(value_get(shape, "version")) >
					  json_integer_value(value_get(p->found, "version")))) {
			json_decref(p->found);
			p->found = shape;
		} else {
			json_decref(shape);
		}
	}
	return 0;
}

/*
 * After an interrupted apply: the newest version of the layer that already
 * has desired's content and description (the one the lost publish made),
 * or NULL. Only for `source`, whose hash is known before publishing.
 */
static int layer_find_published(struct aws_client *c, const char *name, const json_t *desired,
				json_t **found, struct strbuf *err)
{
	static const char *const not_found[] = { "ResourceNotFoundException", NULL };
	struct published_ctx p = { name, desired, NULL };
	char *path;
	int rc;

	*found = NULL;
	if (!value_get_string(desired, "code_sha256"))
		return 0;
	path = xasprintf(LAYERS_PATH "/%s/versions", name);
	/* 1: no such layer: none published */
	rc = aws_rest_json_paged(c, &aws_service_lambda, "ListLayerVersions", "GET", path, NULL,
				 NULL,
				 not_found, 0, published_page, &p, err) < 0 ? -1 : 0;
	free(path);
	*found = p.found;
	return rc;
}

static int layer_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

/*
 * A publish sent `attempts` times and answered with version `made` (arn):
 * each unanswered attempt may have published a version of its own, just
 * before it. Versions among the attempts - 1 before `made` holding the same
 * code and description are those, made by this create: deleted, so that
 * one publish leaves one version. 0, or -1 with err.
 */
static int drop_resent_versions(struct aws_client *c, const char *arn, int attempts,
				const json_t *desired, struct strbuf *err)
{
	const char *colon = strrchr(arn, ':');
	long made = colon ? strtol(colon + 1, NULL, 10) : 0;
	int rc = 0;

	for (long v = made - 1; !rc && v >= 1 && v > made - attempts; v--) {
		char *other = xasprintf("%.*s:%ld", (int)(colon - arn), arn, v);
		json_t *have = NULL;

		rc = layer_get(c, other, &have, err);
		if (!rc && have &&
		    value_equal(value_get(have, "code_sha256"), value_get(desired, "code_sha256")) &&
		    value_equal(value_get(have, "description"), value_get(desired, "description"))) {
			log_debugf("aws.lambda.layer_version: PublishLayerVersion made versions %ld and "
				   "%ld (a create sent twice: same code); keeping %ld, deleting %ld",
				   made, v, made, v);
			rc = layer_delete(c, other, NULL, err);
		}
		json_decref(have);
		free(other);
	}
	return rc;
}

/* BY_MATCH: after an interrupted apply, the version an earlier attempt
 * published (layer_find_published), by its ARN. */
static int layer_find(struct aws_client *c, const json_t *desired, char **id,
		      struct strbuf *err)
{
	json_t *found = NULL;

	*id = NULL;
	if (layer_find_published(c, value_get_string(desired, "layer_name"), desired, &found,
				 err))
		return -1;
	if (found)
		*id = xstrdup(value_get_string(found, "arn"));
	json_decref(found);
	return 0;
}

/*
 * PublishLayerVersion; its answer is the version as read (sent->out). A
 * publish the transport sent more than once drops the versions its
 * unanswered attempts made (drop_resent_versions).
 */
static int layer_send(struct aws_client *c, const json_t *desired,
		      const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *name = value_get_string(desired, "layer_name");
	struct aws_response resp;
	json_t *in, *doc;
	char *path;
	int rc, attempts;

	if (layer_publish_input(desired, &in, err))
		return -1;
	path = xasprintf(LAYERS_PATH "/%s/versions", name);
	rc = lambda_call(c, "PublishLayerVersion", "POST", path, NULL, in, &doc, &resp, err);
	attempts = resp.attempts;
	aws_response_free(&resp);
	json_decref(in);
	free(path);
	if (rc)
		return -1;
	sent->out = layer_shape_of(name, doc);
	json_decref(doc);
	if (!value_get_string(sent->out, "arn")) {
		strbuf_addstr(err, "lambda PublishLayerVersion: the answer has no LayerVersionArn");
		return -1;
	}
	sent->id = xstrdup(value_get_string(sent->out, "arn"));
	create_call_made(call, sent->id);
	return attempts > 1 ? drop_resent_versions(c, sent->id, attempts, desired, err) : 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a version has no
 * name of its own and no tags, so a retried create first looks for the
 * version an earlier attempt published (BY_MATCH); an update reads the
 * version again. `prior` is not used (neither exception).
 */
static const struct aws_native_ops layer_native = {
	.send_create = layer_send,
	.adopt = { .by = AWS_ADOPT_BY_MATCH, .noun = "layer_name",
		   .object = LAYER_TYPE_NAME ": layer version %s", .find = layer_find },
	/* A version is immutable: only CONFIG_ONLY attributes that change
	 * nothing in Lambda reach an update (another path to the same
	 * content). */
	.converge = aws_converge_nothing,
	.read = layer_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "lambda GetLayerVersion: %s was published but is not found",
	.gone = "lambda GetLayerVersion: %s no longer exists",
};

AWS_NATIVE_FUNCTIONS(layer, layer_native)

static int layer_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_response resp;
	char *name, *version, *path;
	int rc;

	(void)prior;
	if (layer_id_split(id, &name, &version, err))
		return -1;
	path = xasprintf(LAYERS_PATH "/%s/versions/%s", name, version);
	rc = lambda_call(client, "DeleteLayerVersion", "DELETE", path, NULL, NULL, NULL, &resp,
			 err);
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		rc = 0;
	}
	aws_response_free(&resp);
	free(path);
	free(name);
	free(version);
	return rc;
}

/* For sweep (listing.h): the versions of the layers whose name starts with
 * the prefix (layers have no tags); an item's id is the version's ARN, its
 * name the layer's. */
static const struct aws_rest_listing layers_listing = {
	&aws_service_lambda, "ListLayers", "/2018-10-31/layers", NULL, "LayerName", NULL, NULL,
};

static int layer_list(void *client, const struct resource_query *q,
		      struct resource_items *out, struct strbuf *err)
{
	struct resource_items found = { NULL, 0 };
	int rc = aws_list_rest(client, &layers_listing, q, &found, err);

	for (size_t i = 0; i < found.n && rc == 0; i++) {
		if (!aws_has_prefix(found.v[i].name, q->prefix))
			continue;
		char *path = xasprintf("/2018-10-31/layers/%s/versions", found.v[i].name);
		struct aws_rest_listing versions = {
			&aws_service_lambda, "ListLayerVersions", path, NULL, "LayerVersionArn",
			NULL,
			"CreatedDate",
		};
		size_t first = out->n;

		rc = aws_list_rest(client, &versions, q, out, err);
		for (size_t j = first; j < out->n; j++) {
			free(out->v[j].name);
			out->v[j].name = xstrdup(found.v[i].name);
		}
		free(path);
	}
	for (size_t i = 0; i < found.n; i++)
		resource_item_release(&found.v[i]);
	free(found.v);
	return rc;
}

const struct resource_type aws_lambda_layer_version_type = {
	.name = LAYER_TYPE_NAME,
	.description = "a version of a Lambda layer, its content zipped from a local folder or "
		       "taken from S3",
	.attrs = layer_attrs,
	.terraform_type = "aws_lambda_layer_version",
	.terraform_attrs = "layer_name description compatible_runtimes compatible_architectures "
			   "license_info s3_bucket s3_key s3_object_version arn layer_arn "
			   "version created_date code_sha256 code_size=source_code_size",
	.read = layer_read,
	.create = layer_create,
	.update = layer_update,
	.native = &layer_native,
	.delete = layer_delete,
	.plan_desired = layer_plan_desired,
	.upgrade_stored = aws_build_upgrade_stored,
	.import_id = "its version ARN, arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION",
	.list = layer_list,
	.list_rank = 5,
};
