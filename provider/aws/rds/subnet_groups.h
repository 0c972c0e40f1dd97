/*
 * rds/subnet_groups.h: what aws.rds.subnet_group (rds/subnet_group.c) and
 * aws.redshift.subnet_group (redshift/subnet_group.c) share. Both are a
 * name, a description, a set of subnet ids and tags over a query-protocol
 * API with Create/Modify/Delete/Describe calls of the same shape; a struct
 * subnet_group_api names one API's actions, fields and codes (data only),
 * and the functions below are the types' read/create/update/delete/list.
 * Each type file keeps its own schema and resource_type.
 *
 * The id is the name, which both services keep in lower case:
 * subnet_group_normalize() lowers it at plan time (the name's rules are
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

int subnet_group_read(const struct subnet_group_api *a, void *client, const char *id,
		      json_t **out, struct strbuf *err);
int subnet_group_create(const struct subnet_group_api *a, void *client, const json_t *desired,
			const struct create_call *call, char **id, json_t **out, struct strbuf *err);
int subnet_group_update(const struct subnet_group_api *a, void *client, const char *id,
			const json_t *prior, const json_t *desired, json_t **out,
			struct strbuf *err);
int subnet_group_delete(const struct subnet_group_api *a, void *client, const char *id,
			struct strbuf *err);
/* plan_desired: the name lowered, subnet_ids sorted. */
void subnet_group_normalize(json_t *desired);
int subnet_group_list(const struct subnet_group_api *a, void *client,
		      const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err);

/* The VPC security group ids of a VpcSecurityGroups list (its entries
 * named `member`: "VpcSecurityGroupMembership" in RDS, "VpcSecurityGroup"
 * in Redshift), sorted, leaving out those being removed (new reference). */
json_t *db_security_group_ids(xmlNodePtr list, const char *member);
/* VpcSecurityGroupIds.VpcSecurityGroupId.N for every id of a list. */
void db_add_security_group_params(json_t *params, const json_t *ids);

#endif
