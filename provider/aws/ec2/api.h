/*
 * ec2/api.h: what the EC2 resource types share (ec2/vpc.c, ...). EC2 speaks the
 * query protocol with its own flavour: lists are NAME.N parameters
 * (VpcId.1, TagSpecification.1.Tag.1.Key), answers have no ACTIONResult
 * wrapper and list their entries as <item> elements, and tags are changed
 * with CreateTags / DeleteTags on resource ids.
 */
#ifndef TERRACE_AWS_EC2_H
#define TERRACE_AWS_EC2_H

#include <jansson.h>
#include <stdint.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/listing.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


/* aws_query_call_xml for EC2: 0 with *doc when asked for, 1 when the error
 * code is one of `tolerated`, -1 with err set. */
int ec2_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, struct strbuf *err);

/* Delete the object `id` with ACTION (its id parameter: id_param); one
 * already gone (an error code in `gone`) is success. 0 or -1 with err. */
int ec2_delete(struct aws_client *c, const char *action, const char *id_param,
	       const char *id, const char *const *gone, struct strbuf *err);

/* Add TagSpecification.1.ResourceType=TYPE and its Tag.N.Key/Value from a
 * tags map (nothing when the map is empty). */
void ec2_add_tag_spec(json_t *params, const char *resource_type, const json_t *tags);

/*
 * Creates of objects without a name (a VPC, a subnet, an address...): one
 * mechanism, so that a create whose answer was lost, or that libcurl or
 * terrace's retry sent twice, leaves exactly one object: every such type
 * declares AWS_ADOPT_BY_CREATE_TOKEN (adopt.h) with ec2_send_tokened as
 * its send.
 *
 * Each create carries a token (call->token: made by the engine
 * before the first attempt and kept in the pending record, so a later run
 * retrying that create sends the same one; one of its own when called
 * outside the engine), sent as the tag EC2_TOKEN_TAG in the create's
 * TagSpecification and, where the API has one, as its idempotency
 * parameter (ClientToken). Objects carrying the token are this create's by
 * evidence: a retried create (may_exist), a create that had to be resent
 * (more than one attempt), one whose call failed, or one refused as a
 * duplicate of a same-named object (a security group's name) finds them by
 * a Describe filtered on that tag (the type's find_made:
 * ec2_find_made_kind); the driver adopts one (the answered one when there
 * is an answer) and deletes the others with the policy's discard, writing
 * a line naming them to the debug log. The tag stays on the object and is
 * left out of the tags read back (ec2_tags_of), so it never shows as a
 * change.
 */
#define EC2_TOKEN_TAG "terrace:create-token"

struct ec2_create {
	const char *type;          /* "aws.ec2.vpc", for messages */
	const char *action;        /* "CreateVpc" */
	const char *tag_type;      /* its TagSpecification ResourceType: "vpc" */
	const char *id_path;       /* the new id in the answer: "vpc/vpcId" */
	const char *describe;      /* "DescribeVpcs" */
	const char *set;           /* the Describe answer's entries: "vpcSet" (a
				      nested one as a path:
				      "reservationSet/item/instancesSet") */
	const char *id_field;      /* the id in an entry: "vpcId" */
	const char *client_token;  /* the idempotency parameter ("ClientToken"),
				      or NULL when the API has none */
	const char *const *exists; /* error codes that say a same-named object
				      exists ("InvalidGroup.Duplicate"), or NULL */
};

/*
 * The create call alone, for a type on the create/update contract
 * (AWS_ADOPT_BY_CREATE_TOKEN, adopt.h), whose driver finds and adopts what
 * an attempt made by the token: k->action with `params` (the tag
 * specification of `tags` plus the token tag `token`, and the client token,
 * added). 0 with *answered (malloc'd, the id made; noted as made moments
 * ago, timing.h) and *attempts; 1 when k->exists answered (err saying
 * which); -1 with err.
 */
int ec2_send_tokened(struct aws_client *c, const struct ec2_create *k, json_t *params,
		     const json_t *tags, const char *token, char **answered, int *attempts,
		     struct strbuf *err);

/*
 * The ids (*ids, a new list) of the live objects of `describe` (its
 * answer's entries at `set`, "vpcSet" or "reservationSet/item/instancesSet";
 * their ids in `id_field`) carrying EC2_TOKEN_TAG `token`: a Describe
 * filtered on the tag, page after page. What an earlier attempt of a
 * create made, for that create to adopt or a destroy to delete
 * (resource_type.find_made). 0, or -1 with err.
 */
int ec2_find_made(struct aws_client *c, const char *describe, const char *set,
		  const char *id_field, const char *token, json_t **ids, struct strbuf *err);

/* resource_type.find_made of a type created by ec2_send_tokened with kind k. */
int ec2_find_made_kind(const struct ec2_create *k, void *client, const char *token,
		       json_t **ids, struct strbuf *err);

/* The tags map of an entry's <tagSet> (a new object, {} when none), the
 * create token tag left out. */
json_t *ec2_tags_of(xmlNodePtr entry);
/*
 * Every entry at `path` of action's answers ("vpcSet/item", or nested
 * "reservationSet/item/instancesSet/item": every level's siblings) through
 * each(ctx, entry, err), which returns 0 or -1 with err set. Paged as the
 * action's paginator says (transport/paging.h), at most max_pages pages (0:
 * all), *pages (may be NULL) counting them; an action without one (its
 * model has no token: DescribeKeyPairs) is one call. params may be NULL.
 */
typedef int (*ec2_entry_fn)(void *ctx, xmlNodePtr entry, struct strbuf *err);
int ec2_each(struct aws_client *c, const char *action, const json_t *params, const char *path,
	     size_t max_pages, size_t *pages, ec2_entry_fn each, void *ctx, struct strbuf *err);
/* Append to `into` (a JSON list) the text of `field` of every entry at
 * `path` of action's answers, page after page. */
int ec2_page_texts(struct aws_client *c, const char *action, json_t *params, const char *path,
		   const char *field, json_t *into, struct strbuf *err);

/* Bring the tags of resource `id` from `have` to `want` (maps; anything else
 * counts as no tags): DeleteTags for removed keys, CreateTags for new and
 * changed ones. 0, or -1 with err. */
int ec2_sync_tags(struct aws_client *c, const char *id, const json_t *have,
		  const json_t *want, struct strbuf *err);
/* What destroy does to an object EC2 deletes only with its VPC (a default
 * group, ACL or main route table a stack took over): it stays, its tags
 * (`have`, a map) less the stack's ownership tags (terrace:*), which would
 * have a sweep take it for what the stack left. 0, or -1 with err. */
int ec2_release_default(struct aws_client *c, const char *id, const json_t *have,
			struct strbuf *err);

/*
 * For sweep: every entry of a Describe call (e.g. "DescribeVpcs",
 * "vpcSet/item", "vpcId"), as ec2_each, with its tags; entries for which
 * skip (may be NULL) returns true are left out.
 */
int ec2_list(struct aws_client *c, const char *action, const char *path, const char *id_field,
	     bool (*skip)(xmlNodePtr entry), struct resource_items *out, struct strbuf *err);

/* ---- routing and security (security groups, route tables, endpoints,
 * addresses, NAT gateways) ---- */

/* PREFIX.1, PREFIX.2, ... = each string of list (nothing for an empty or
 * absent list). */
void ec2_add_list(json_t *params, const char *prefix, const json_t *list);

/* Filter.N.Name=NAME and its Filter.N.Value.M from values (a string or a
 * list of strings) as the next filter of params, *n counting the filters
 * added so far; nothing for an unset value. For the lookups (lookup_*.c). */
void ec2_add_filter(json_t *params, int *n, const char *name, const json_t *values);
/* One tag:KEY filter per entry of a tags map. */
void ec2_add_tag_filters(json_t *params, int *n, const json_t *tags);

/* A lookup's one object: call action with params, and return the only
 * <item> of the answer's set (e.g. "vpcSet"), *doc holding it (free it);
 * no item or several: NULL with err "no WHAT matches ARGS" / "more than
 * one WHAT matches ARGS (N do)", ARGS the lookup's arguments as given. */
xmlNodePtr ec2_describe_one(struct aws_client *c, const char *action, const json_t *params,
			    const char *set, const char *what, const json_t *args, xmlDocPtr *doc,
			    struct strbuf *err);

/* o[attr] = the text of node's child `field`, or JSON null when absent. */
void ec2_set_text(json_t *o, const char *attr, xmlNodePtr node, const char *field);
/* The same, "" when absent (what a key pair's and a subnet's reads store). */
void ec2_set_text_or_empty(json_t *o, const char *attr, xmlNodePtr node, const char *field);

/* The sorted, distinct texts of `field` in each <item> of node's `set`
 * ("routeTableIdSet", "routeTableId"; field NULL: the item's own text). */
json_t *ec2_item_texts(xmlNodePtr node, const char *set, const char *field);

/* ec2_sync_tags from have's tags to desired's (none when unset). */
int ec2_converge_tags(struct aws_client *c, const char *id, const json_t *have,
		      const json_t *desired, struct strbuf *err);


/* ---- its rules (ec2/rules.c) that other files use ---- */

/* EC2 key pair names: 1 to 255 ASCII characters. */
int rule_key_pair_name(const json_t *v, const json_t *r, struct strbuf *err);
/* CIDR blocks: a VPC's and a subnet's (an IPv4 network address, /16 to
 * /28), and one IPv4 range (a route's destination, a security group
 * rule's). */
int rule_vpc_cidr(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cidr(const json_t *v, const json_t *r, struct strbuf *err);
/* Security group rules: a list of rules (ingress, egress). */
int rule_sg_rule_list(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group rule resource's one source (a row for the whole
 * resource). */
int rule_sg_rule_source(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group's name: 1-255 characters, not starting with sg-. */
int rule_sg_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sg_description(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group rule's description. */
int rule_sg_rule_description(const json_t *v, const json_t *r, struct strbuf *err);
/* An IPv4 CIDR block "A.B.C.D/N": 1 with the address (host order) and the
 * prefix length, 0 when s is not one. */
int aws_parse_cidr(const char *s, uint32_t *addr, int *len);


/* ---- refresh by listing (listing.h's read_many) ---- */

/*
 * An EC2 Describe call as a listing: ACTION filtered on FILTER with the ids
 * asked for, up to EC2_IDS_PER_CALL of them a call (a filter, not the
 * ID.N parameters, so that one id gone does not fail the call); the entries
 * at PATH, named by ID_FIELD.
 */
#define EC2_IDS_PER_CALL 200
struct ec2_listing {
	const char *action;   /* "DescribeSubnets" */
	const char *filter;   /* "subnet-id" */
	const char *path;     /* "subnetSet/item" */
	const char *id_field; /* "subnetId" */
	const char *const *needs; /* aws_listed_has_fields */
};

/* A listed EC2 entry (an <item> at its path) as the type's read() reads it;
 * as aws_listed_fn (listing.h). */
typedef int (*ec2_listed_fn)(struct aws_client *c, const char *id, xmlNodePtr entry,
				 const json_t *prior, json_t **out, struct strbuf *err);

/* A whole read_many hook over the EC2 listing l: each entry of a resource
 * asked for goes through fn. At most max_pages calls. */
int ec2_read_many(struct aws_client *c, const struct ec2_listing *l, size_t n,
		      const char *const *ids, const json_t *const *priors, size_t max_pages,
		      json_t **out, ec2_listed_fn fn, struct strbuf *err);

#endif
