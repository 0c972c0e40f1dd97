/*
 * listing.h: the listings behind the aws resource types' list() hooks
 * (provider.h), which `terrace sweep` uses to find what terrace made without
 * its state. A type describes its listing as data and calls one of these;
 * each asks the service for every object of the type, page after page, and
 * appends them to a struct resource_items.
 *
 * Tags come with the listing where it gives them (Secrets Manager), or from
 * one tag call where that is cheaper than a read (IAM List*Tags); else the
 * sweep reads them with the type's read(). Creation times are the
 * listings' (0 where there are none).
 *
 * The same listings refresh many resources at once (read_many hooks, with
 * aws_json_pages and struct aws_read_many below; EC2's Describe calls
 * filtered on ids; IAM's GetAccountAuthorizationDetails and ListRoles).
 *
 * Errors follow provider.h: -1 with one line in err; what was found before
 * the failure stays in out. Nothing here prints.
 */
#ifndef TERRACE_AWS_LISTING_H
#define TERRACE_AWS_LISTING_H

#include <stdbool.h>

#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/* A listing of one json-protocol call whose entries are the objects: the
 * results of its paginator (transport/paging.h: where they are and how it
 * pages are botocore's, not written here). */
struct aws_json_listing {
	const struct aws_service *api;
	const char *op;         /* "GetJobs" */
	const char *input;      /* the request as JSON text, or NULL */
	const char *name_key;   /* "Name" */
	const char *id_key;     /* NULL: the id is the name */
	const char *time_key;   /* NULL: no creation time */
	const char *tags_key;   /* a list of {Key, Value} in the entry, or NULL */
	const char *const *needs; /* for refresh: aws_listed_has_fields */
};

/*
 * Objects listed per parent: Glue tables per database (the id and the name
 * are DATABASE:TABLE), EventBridge rules per bus (the id is BUS/NAME, NAME on
 * the default bus; rules a service manages, ManagedBy, are not the account's).
 * Each item's parent is its parent's name; with a name prefix (q->prefix),
 * only the parents it names (aws_has_name_prefix) are looked in.
 */
struct aws_nested_listing {
	const struct aws_service *api;
	const char *parents_op;                /* "GetDatabases" */
	const char *op, *parent_param;         /* "GetTables", "DatabaseName" */
	const char *sep;                       /* between parent and name in the id */
	const char *plain_parent;              /* whose objects' id is the name alone, or NULL */
	bool id_is_name;                       /* show the id as the name */
	const char *time_key, *skip_key;       /* may be NULL */
};

/* A json-protocol listing of names only (Kinesis ListStreams, DynamoDB
 * ListTables), paged as its paginator says. The id is the name; tags come
 * from read(). Firehose's ListDeliveryStreams has no paginator in botocore
 * (its next page starts after the last name, which no row can say): for it
 * alone `list`, `more` and `start` say how it pages. */
struct aws_json_names_listing {
	const struct aws_service *api;
	const char *op;         /* "ListStreams" */
	const char *list;       /* "DeliveryStreamNames" (without a paginator) */
	const char *more;       /* "HasMoreDeliveryStreams" */
	const char *start;      /* "ExclusiveStartDeliveryStreamName" */
};

/* A paged rest-json listing (Lambda, Scheduler), paged as its paginator says. */
struct aws_rest_listing {
	const struct aws_service *service; /* &aws_service_lambda */
	const char *op;         /* "ListFunctions" */
	const char *path;       /* "/2015-03-31/functions/" */
	const char *prefix_param; /* the query parameter that filters by name prefix, or NULL */
	const char *name_key, *group_key, *time_key; /* group_key: the id is GROUP/NAME */
};

/* A paged query-protocol listing (IAM, RDS, Redshift). */
struct aws_query_listing {
	const struct aws_service *service; /* &aws_service_iam */
	const char *action;     /* "ListRoles" */
	const char *scope;      /* ListPolicies: only the account's own (Scope=Local) */
	const char *name_field; /* "RoleName" */
	const char *id_field;   /* NULL: the id is the name */
	const char *time_field; /* "CreateDate" */
	/* IAM: the call that lists one entity's tags, and its parameter
	 * (taking the id); NULL: the tags come from read(), or there are none */
	const char *tags_action, *tags_param;
	/* How they are read (iam_listed_tags): 0 with *tags, 1 when the
	 * entity is gone meanwhile, -1 with err set; NULL: none */
	int (*tags_of)(struct aws_client *c, const struct aws_query_listing *l, const char *id,
		       json_t **tags, struct strbuf *err);
};

int aws_list_json(struct aws_client *c, const struct aws_json_listing *l,
		  const struct resource_query *q, struct resource_items *out, struct strbuf *err);
int aws_list_json_names(struct aws_client *c, const struct aws_json_names_listing *l,
			struct resource_items *out, struct strbuf *err);
int aws_list_nested(struct aws_client *c, const struct aws_nested_listing *l,
		    const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err);
/* Names are filtered by q->prefix on the API side where l->prefix_param is set. */
int aws_list_rest(struct aws_client *c, const struct aws_rest_listing *l,
		  const struct resource_query *q, struct resource_items *out, struct strbuf *err);
/* IAM roles under /aws-service-role/ (AWS's own) are left out. */
int aws_list_query(struct aws_client *c, const struct aws_query_listing *l,
		   const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err);

/* ---- refresh by listing (provider.h read_many) ---- */

/*
 * What a read_many hook was asked for, with its resources indexed by id.
 * A type's hook pages through its listing with aws_json_pages and, for each
 * entry, finds the resource it is (aws_read_many_find) and sets out[pos].
 */
struct aws_read_many {
	size_t n;
	const char *const *ids;
	const json_t *const *priors;
	json_t **out;
	json_t *index; /* id -> position (the first resource with that id) */
};

void aws_read_many_init(struct aws_read_many *m, size_t n, const char *const *ids,
			const json_t *const *priors, json_t **out);
void aws_read_many_release(struct aws_read_many *m);
/* The position of the resource with this id, or -1 when none was asked for
 * or it has its attributes already. */
long aws_read_many_find(const struct aws_read_many *m, const char *id);

/*
 * Json-protocol operation `op` of api, page after page as its paginator
 * says (transport/paging.h; input may be NULL), calling each(ctx, entry)
 * for every one of its results; each returns 0 to go on, 1 to stop there
 * (found), -1 with err set. 0 or -1. At most max_pages pages (0: all).
 */
int aws_json_pages(struct aws_client *c, const struct aws_service *api, const char *op,
		   const json_t *input, size_t max_pages,
		   int (*each)(void *ctx, const json_t *entry, struct strbuf *err), void *ctx,
		   struct strbuf *err);

/*
 * The first result of op (paged as aws_json_pages) whose string member key
 * is name: 0 with *found (a new reference, or NULL when none is); -1 with
 * err set.
 */
int aws_json_find(struct aws_client *c, const struct aws_service *api, const char *op,
		  const json_t *input, const char *key, const char *name, json_t **found,
		  struct strbuf *err);

/*
 * A listed entry as the type's read() reads it: 0 with *out set, or left
 * NULL to leave the resource to read(); -1 with err set. `id` is the
 * resource's id, `prior` its state attributes.
 */
typedef int (*aws_listed_fn)(struct aws_client *c, const char *id, const json_t *entry,
			     const json_t *prior, json_t **out, struct strbuf *err);

/*
 * A whole read_many hook over the json-protocol listing l (its op, input,
 * list and token; an entry's id is its l->id_key, else its l->name_key):
 * each entry of a resource asked for goes through fn. At most max_pages
 * pages; returns as aws_json_pages.
 */
int aws_json_read_many(struct aws_client *c, const struct aws_json_listing *l, size_t n,
		       const char *const *ids, const json_t *const *priors, size_t max_pages,
		       json_t **out, aws_listed_fn fn, struct strbuf *err);

/*
 * Whether a listed entry has every field of `needs` (NULL-terminated, may
 * be NULL): child elements of an XML entry, members of a JSON one. A
 * read_many hook gives the type's read() an entry that lacks one (stock
 * moto's GetAccountAuthorizationDetails has no PolicyName), so a field a
 * listing leaves out never reads as a changed (or emptied) attribute, and
 * never plans a replacement. aws_json_read_many, iam_read_many
 * (iam/api.h) and ec2_read_many (ec2/api.h) check their listing's `needs`
 * before the type sees an entry.
 */
bool aws_listed_has_fields(xmlNodePtr xml_entry, const json_t *json_entry,
			   const char *const *needs);

/* s is set and starts with a non-empty prefix. */
bool aws_has_prefix(const char *s, const char *prefix);

/* What may follow a lab's name_prefix in the names it gives. */
#define AWS_NAME_SEPARATORS "-_./"

/*
 * s is a name the lab's name_prefix gives (issue 50): the prefix itself, or
 * the prefix followed by one of AWS_NAME_SEPARATORS; a prefix that ends in
 * one of them (acme-lab-) is bounded already, and any name starting with it
 * is one. With the prefix dew: dew, dew-raw, dew_lake, dew/api; not
 * dewpoint_prod.
 */
bool aws_has_name_prefix(const char *s, const char *prefix);

#endif
