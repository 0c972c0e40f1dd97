/*
 * ec2.h: what the EC2 resource types share (ec2_vpc.c, ...). EC2 speaks the
 * query protocol with its own flavour: lists are NAME.N parameters
 * (VpcId.1, TagSpecification.1.Tag.1.Key), answers have no ACTIONResult
 * wrapper and list their entries as <item> elements, and tags are changed
 * with CreateTags / DeleteTags on resource ids.
 */
#ifndef TERRACE_AWS_EC2_H
#define TERRACE_AWS_EC2_H

#include <jansson.h>

#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define EC2_SERVICE "ec2"
#define EC2_VERSION "2016-11-15"

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

/* The tags map of an entry's <tagSet> (a new object, {} when none). */
json_t *ec2_tags_of(xmlNodePtr entry);

/* Bring the tags of resource `id` from `have` to `want` (maps): DeleteTags
 * for removed keys, CreateTags for new and changed ones. 0, or -1 with err. */
int ec2_sync_tags(struct aws_client *c, const char *id, const json_t *have,
		  const json_t *want, struct strbuf *err);

/*
 * For sweep: every entry of a Describe call (e.g. "DescribeVpcs",
 * "vpcSet", "vpcId"), page after page (NextToken), with its tags; entries
 * for which skip (may be NULL) returns true are left out.
 */
int ec2_list(struct aws_client *c, const char *action, const char *set, const char *id_field,
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

/* o[attr] = the text of node's child `field`, or JSON null when absent. */
void ec2_set_text(json_t *o, const char *attr, xmlNodePtr node, const char *field);

/* The sorted, distinct texts of `field` in each <item> of node's `set`
 * ("routeTableIdSet", "routeTableId"; field NULL: the item's own text). */
json_t *ec2_item_texts(xmlNodePtr node, const char *set, const char *field);

/* ec2_sync_tags from have's tags to desired's (none when unset). */
int ec2_converge_tags(struct aws_client *c, const char *id, const json_t *have,
		      const json_t *desired, struct strbuf *err);

/*
 * Wait until the entry `id` of a Describe call reaches state `want`
 * ("available"), or, with want NULL, until it is gone or "deleted".
 * action/param/set: "DescribeNatGateways", "NatGatewayId.1",
 * "natGatewaySet"; not_found: the codes that mean it is gone. A "failed"
 * state fails with the entry's failureMessage. 0, or -1 with err.
 */
int ec2_wait_state(struct aws_client *c, const char *what, const char *action,
		   const char *param, const char *set, const char *id, const char *want,
		   const char *const *not_found, double timeout, struct strbuf *err);

#endif
