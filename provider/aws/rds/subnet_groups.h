/*
 * rds/subnet_groups.h: what aws.rds.subnet_group (rds/subnet_group.c) and
 * aws.redshift.subnet_group (redshift/subnet_group.c) share. Both are a
 * name, a description, a set of subnet ids and tags over a query-protocol
 * API with Create/Modify/Delete/Describe calls of the same shape; a struct
 * subnet_group_api names one API's actions, fields and codes (data only),
 * and the functions below are the types' read, delete, list and contract
 * (send and converge), given it. Each type file keeps its own schema,
 * descriptor, resource_type and contract, its functions naming these.
 *
 * The id is the name, which both services keep in lower case:
 * subnet_group_plan_desired() lowers it at plan time (the name's rules are
 * rows of the one table, rds/rules.c). subnet_ids is a set: sorted at
 * plan time and when read.
 *
 * Also the two helpers by which aws.rds.instance and aws.redshift.cluster
 * read and send their vpc_security_group_ids (a set).
 */
#ifndef TERRACE_AWS_SUBNET_GROUP_H
#define TERRACE_AWS_SUBNET_GROUP_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/rds/dbinstance.h"
#include "provider/provider.h"

struct aws_query_listing;

struct subnet_group_api {
	/* service, version, kind, type_name, id_attr ("name"), id_param
	 * (the name parameter), create/delete/describe actions and paths,
	 * exists and not-found codes, status_field, tag calls */
	struct db_api db;
	const char *modify_action;     /* "ModifyDBSubnetGroup" */
	const char *description_param; /* "DBSubnetGroupDescription": also its answer field */
	const char *arn_field;         /* the answer's ARN, or NULL: built with arn_kind */
	const char *arn_kind;          /* "subnetgroup": arn:P:SERVICE:R:ACCOUNT:KIND:NAME */
	bool tags_in_answer;           /* Describe answers carry Tags/Tag (else ListTagsForResource) */
	const struct aws_query_listing *listing; /* for sweep */
};

/* A subnet group type's read, delete and list, and the send and converge
 * of its create/update contract (adopt.h), each given the type's struct
 * subnet_group_api: the type file names them in its own functions. */
struct aws_sent;
int subnet_group_read(const struct subnet_group_api *a, void *client, const char *id,
		      const json_t *prior, json_t **out, struct strbuf *err);
/* CreateDBSubnetGroup or CreateClusterSubnetGroup with all of desired
 * (db_send_create). */
int subnet_group_send_create(const struct subnet_group_api *a, struct aws_client *c,
			     const json_t *desired, struct aws_sent *sent, struct strbuf *err);
/* From `have` (the group as read): Modify when the description or the
 * subnets differ, then the tags; then read back into *out. */
int subnet_group_converge(const struct subnet_group_api *a, struct aws_client *c,
			  const char *id, const json_t *have, const json_t *want, json_t **out,
			  struct strbuf *err);
int subnet_group_delete(const struct subnet_group_api *a, void *client, const char *id,
			const json_t *prior, struct strbuf *err);
int subnet_group_list(const struct subnet_group_api *a, void *client,
		      const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err);
/* Its plan_desired: the name lowered, subnet_ids sorted. */
int subnet_group_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err);

/* The VPC security group ids of a VpcSecurityGroups list (its entries
 * named `member`: "VpcSecurityGroupMembership" in RDS, "VpcSecurityGroup"
 * in Redshift), sorted, leaving out those being removed (new reference). */
json_t *db_security_group_ids(xmlNodePtr list, const char *member);
/* VpcSecurityGroupIds.VpcSecurityGroupId.N for every id of a list. */
void db_add_security_group_params(json_t *params, const json_t *ids);

#endif
