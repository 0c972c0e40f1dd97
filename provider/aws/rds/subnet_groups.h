/*
 * rds/subnet_groups.h: what aws.rds.subnet_group (rds/subnet_group.c) and
 * aws.redshift.subnet_group (redshift/subnet_group.c) share. Both are a
 * name, a description, a set of subnet ids and tags over a query-protocol
 * API with Create/Modify/Delete/Describe calls of the same shape; a struct
 * subnet_group_api names one API's actions, fields and codes (data only),
 * and subnet_group_functions are the types' read/create/update/delete/list,
 * reading it as their resource_type's data. Each type file keeps its own
 * schema, descriptor and resource_type, and no function.
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

/* A subnet group type's read, create, update, delete and list: its
 * resource_type's .typed, with its struct subnet_group_api as .data. */
extern const struct resource_type_typed subnet_group_functions;
/* Its plan_desired: the name lowered, subnet_ids sorted. */
int subnet_group_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err);

/* The VPC security group ids of a VpcSecurityGroups list (its entries
 * named `member`: "VpcSecurityGroupMembership" in RDS, "VpcSecurityGroup"
 * in Redshift), sorted, leaving out those being removed (new reference). */
json_t *db_security_group_ids(xmlNodePtr list, const char *member);
/* VpcSecurityGroupIds.VpcSecurityGroupId.N for every id of a list. */
void db_add_security_group_params(json_t *params, const json_t *ids);

#endif
