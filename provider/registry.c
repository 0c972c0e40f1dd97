/*
 * registry.c: the list of provider types terrace knows, finding resource
 * types and lookup kinds by their full name ("aws.s3.bucket",
 * "aws.ec2.vpc"), the type meant by a name that is none (did you mean), and calling a type's functions (rtype_read and its kin). The
 * schema helpers are schema.c's, the items a type's
 * list() finds items.c's: the types use those, never the registry.
 */
#include "provider/provider.h"
#include "provider/base/diag.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern const struct provider_type aws_provider_type;
extern const struct provider_type ssh_provider_type;
extern const struct provider_type postgres_provider_type;

static const struct provider_type *const provider_types[] = {
	&aws_provider_type,
	&ssh_provider_type,
	&postgres_provider_type,
	NULL,
};

const struct provider_type *provider_type_find(const char *name)
{
	for (size_t i = 0; provider_types[i]; i++)
		if (!strcmp(provider_types[i]->name, name))
			return provider_types[i];
	return NULL;
}

const struct provider_type *const *provider_types_all(void)
{
	return provider_types;
}

const struct resource_type *resource_type_find(const char *name,
					       const struct provider_type **pt)
{
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->resources[j]; j++) {
			if (!strcmp(p->resources[j]->name, name)) {
				if (pt)
					*pt = p;
				return p->resources[j];
			}
		}
	}
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		const struct resource_type *rt = p->find_type ? p->find_type(name) : NULL;
		if (rt) {
			if (pt)
				*pt = p;
			return rt;
		}
	}
	return NULL;
}

const struct lookup_type *lookup_type_find(const char *name, const struct provider_type **pt)
{
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->lookups && p->lookups[j]; j++) {
			if (!strcmp(p->lookups[j]->name, name)) {
				if (pt)
					*pt = p;
				return p->lookups[j];
			}
		}
	}
	return NULL;
}

/* Every written type's and lookup kind's name, in the registry's order:
 * sized when first asked for (no cap), kept for the process. */
static const char **type_names;
static size_t n_type_names;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static const char **lookup_names;
static size_t n_lookup_names;

static void collect_names(void)
{
	size_t types = 0, lookups = 0;

	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->resources[j]; j++)
			types++;
		for (size_t j = 0; p->lookups && p->lookups[j]; j++)
			lookups++;
	}
	type_names = xcalloc(types + 1, sizeof(*type_names));
	lookup_names = xcalloc(lookups + 1, sizeof(*lookup_names));
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->resources[j]; j++)
			type_names[n_type_names++] = p->resources[j]->name;
		for (size_t j = 0; p->lookups && p->lookups[j]; j++)
			lookup_names[n_lookup_names++] = p->lookups[j]->name;
	}
}

const char *const *resource_type_names(size_t *n)
{
	pthread_once(&names_once, collect_names);
	if (n)
		*n = n_type_names;
	return type_names;
}

const char *const *lookup_type_names(size_t *n)
{
	pthread_once(&names_once, collect_names);
	if (n)
		*n = n_lookup_names;
	return lookup_names;
}

/* name's letters and digits, lower-cased, less a leading aws or awscc
 * (AWS::Kinesis::Stream, awscc_kinesis_stream: "kinesisstream"), in out. */
static void type_key(const char *name, char *out, size_t size)
{
	size_t n = 0;
	for (; *name && n + 1 < size; name++)
		if (isalnum((unsigned char)*name))
			out[n++] = (char)tolower((unsigned char)*name);
	out[n] = '\0';
	size_t skip = !strncmp(out, "awscc", 5) ? 5 : !strncmp(out, "aws", 3) ? 3 : 0;
	memmove(out, out + skip, n + 1 - skip);
}

/* The first of names[0..n) whose key is key. */
static const char *same_key(const char *key, const char *const *names, size_t n)
{
	char k[256];
	for (size_t i = 0; i < n; i++) {
		type_key(names[i], k, sizeof(k));
		if (*k && !strcmp(k, key))
			return names[i];
	}
	return NULL;
}

const char *resource_type_suggest(const char *name, const char **also)
{
	char key[256];
	size_t n;
	const char *const *written = resource_type_names(&n);
	const char *same = NULL, *made = NULL;

	if (also)
		*also = NULL;
	type_key(name, key, sizeof(key));
	same = same_key(key, written, n);
	for (size_t i = 0; provider_types[i] && !made; i++)
		if (provider_types[i]->type_names) {
			size_t m;
			const char *const *names = provider_types[i]->type_names(&m);
			made = same_key(key, names, m);
			/* awscc.kinesis.steam: a misspelling of a made type */
			if (!made && !same && !strncmp(name, "awscc", 5))
				made = diag_suggest(name, names, m);
		}
	if (same) {
		if (also && made && strcmp(made, name))
			*also = made;
		return same;
	}
	return made ? made : diag_suggest(name, written, n);
}

const char *rtype_gives_kind(const struct resource_type *rt, const char *attr, const char **prefix)
{
	*prefix = NULL;
	for (size_t i = 0; rt && provider_types[i]; i++) {
		const char *kind = provider_types[i]->gives_kind
					   ? provider_types[i]->gives_kind(rt->name, attr, prefix) : NULL;
		if (kind)
			return kind;
	}
	return NULL;
}

bool provider_checks_across(const struct provider_type *pt, const char *type)
{
	if (!pt->check)
		return false;
	for (const char *const *t = pt->check_resources_types; t && *t; t++) {
		size_t len = strlen(*t);
		/* "aws.*": every type of that prefix */
		if (!strcmp(*t, type) || (len > 1 && (*t)[len - 1] == '*' &&
					  !strncmp(*t, type, len - 1)))
			return true;
	}
	return !pt->check_resources_types;
}

void *provider_op_client(const struct provider_type *pt, void *client, struct op_result *result)
{
	return pt && pt->op_client ? pt->op_client(client, result) : client;
}

void provider_op_client_free(const struct provider_type *pt, void *client, void *op_client)
{
	if (op_client != client && pt && pt->op_client_free)
		pt->op_client_free(op_client);
}

int rtype_read(const struct resource_type *rt, void *client, const char *id, const json_t *prior,
	    json_t **out, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->read(rt, client, id, prior, out, err);
	return rt->read(client, id, prior, out, err);
}

int rtype_create(const struct resource_type *rt, void *client, const json_t *desired,
	      const struct create_call *call, char **id, json_t **out, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->create(rt, client, desired, call, id, out, err);
	return rt->create(client, desired, call, id, out, err);
}

int rtype_update(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, const json_t *desired, json_t **out, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->update(rt, client, id, prior, desired, out, err);
	return rt->update(client, id, prior, desired, out, err);
}

int rtype_delete(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->delete(rt, client, id, prior, err);
	return rt->delete(client, id, prior, err);
}

bool rtype_has_find_made(const struct resource_type *rt)
{
	return rt->typed ? rt->typed->find_made != NULL : rt->find_made != NULL;
}

int rtype_find_made(const struct resource_type *rt, void *client, const char *token,
		 json_t **ids, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->find_made(rt, client, token, ids, err);
	return rt->find_made(client, token, ids, err);
}

bool rtype_has_list(const struct resource_type *rt)
{
	return rt->typed ? rt->typed->list != NULL : rt->list != NULL;
}

int rtype_list(const struct resource_type *rt, void *client, const struct resource_query *q,
	    struct resource_items *out, struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->list(rt, client, q, out, err);
	return rt->list(client, q, out, err);
}

bool rtype_has_check_config(const struct resource_type *rt)
{
	return rt->typed ? rt->typed->check_config != NULL : rt->check_config != NULL;
}

int rtype_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err)
{
	if (rt->typed)
		return rt->typed->check_config(rt, config, attr, err);
	return rt->check_config(config, attr, err);
}
