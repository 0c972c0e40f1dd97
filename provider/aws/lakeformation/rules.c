/*
 * lakeformation/rules.c: the Lake Formation rules its models do not carry
 * (checks/rules.h): a grant names one resource, a table by name or wildcard, a
 * table's columns by name or wildcard, and grants with the grant option
 * only what it grants; AWS's words (checks/words/lakeformation.words) on the
 * awscc data cells filter and principal permissions.
 */
#include <string.h>

#include "provider/aws/lakeformation/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

static const char *const resource_blocks[] = { "database", "table", "table_with_columns",
					       "data_location", NULL };

/* A row for the whole resource. GrantPermissions Resource: "The resource to
 * which permissions are to be granted. Resources in Lake Formation are the
 * Data Catalog, databases, and tables" (a Resource holds one of Catalog,
 * Database, Table, TableWithColumns, DataLocation); TableResource: "Name
 * ... TableWildcard: A wildcard object representing every table under a
 * database. At least one of TableResource$Name or TableResource$TableWildcard
 * is required"; TableWithColumnsResource: "ColumnNames ... ColumnWildcard:
 * A wildcard specified by a ColumnWildcard object. At least one of
 * ColumnNames or ColumnWildcard is required"; PermissionsWithGrantOption:
 * "Indicates a list of the granted permissions that the principal may pass
 * to other users. These permissions may only be a subset of the permissions
 * granted in the Privileges"
 * (https://docs.aws.amazon.com/lake-formation/latest/APIReference/API_GrantPermissions.html). */
int rule_lakeformation_grant(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *catalog = json_object_get(v, "catalog_resource");
	const json_t *b, *perms = json_object_get(v, "permissions"), *s;
	const char *named = NULL;
	int n = 0;
	size_t i;

	(void)r;
	if (value_not_known(catalog))
		return 0;
	if (json_is_true(catalog)) {
		named = "catalog_resource";
		n++;
	}
	for (i = 0; resource_blocks[i]; i++) {
		b = json_object_get(v, resource_blocks[i]);
		if (value_not_known(b))
			return 0;
		if (value_is_set(b)) {
			if (n++)
				break;
			named = resource_blocks[i];
		}
	}
	if (n != 1) {
		strbuf_addf(err, n ? "%s and %s both name the resource: a grant is on one "
				     "(one of catalog_resource: true, database, table, "
				     "table_with_columns, data_location)"
				   : "no resource to grant on: set one of catalog_resource: true, "
				     "database, table, table_with_columns, data_location",
			    named, resource_blocks[i] ? resource_blocks[i] : "");
		return -1;
	}
	b = json_object_get(v, named);
	if (!strcmp(named, "table") && value_known_object(b)) {
		const json_t *w = json_object_get(b, "wildcard");

		if (!value_not_known(w) && !value_not_known(json_object_get(b, "name")) &&
		    json_is_true(w) == is_set(b, "name")) {
			strbuf_addstr(err, json_is_true(w)
				      ? "table: name and wildcard: true both set: the grant is on "
					"one table (name) or on every table of the database (wildcard)"
				      : "table: neither name nor wildcard: true: name the table, or "
					"set wildcard: true for every table of the database");
			return -1;
		}
	}
	if (!strcmp(named, "table_with_columns") && value_known_object(b)) {
		const json_t *w = json_object_get(b, "wildcard");
		bool columns = is_set(b, "column_names");

		if (value_not_known(w) || value_not_known(json_object_get(b, "column_names")))
			return 0;
		if (json_is_true(w) == columns) {
			strbuf_addstr(err, json_is_true(w)
				      ? "table_with_columns: column_names and wildcard: true both set: "
					"name the columns, or take all (wildcard) but "
					"excluded_column_names"
				      : "table_with_columns: neither column_names nor wildcard: true: "
					"name the columns, or set wildcard: true for all of them");
			return -1;
		}
		if (!json_is_true(w) && is_set(b, "excluded_column_names")) {
			strbuf_addstr(err, "table_with_columns: excluded_column_names leaves columns "
				      "out of wildcard: true, not of column_names: set wildcard: "
				      "true instead of column_names, or drop excluded_column_names");
			return -1;
		}
	}
	if (!json_is_array(perms) || value_holds_not_known(perms) ||
	    value_list_has_string(perms, "ALL"))
		return 0;
	json_array_foreach(json_object_get(v, "permissions_with_grant_option"), i, s) {
		if (!json_is_string(s) || value_list_has_string(perms, json_string_value(s)))
			continue;
		strbuf_addf(err, "permissions_with_grant_option has %s, which permissions does "
			    "not: the grant option passes on only what is granted (add %s to "
			    "permissions)", json_string_value(s), json_string_value(s));
		return -1;
	}
	return 0;
}

/* GrantPermissions DataLocationResource ResourceArn: "The Amazon Resource
 * Name (ARN) that uniquely identifies the data location resource" (an S3
 * location's ARN, arn:aws:s3:::BUCKET/PREFIX): not an s3:// URI. Judged on
 * the text known of it, a literal's or a template's before its first
 * ${...} ("s3://${bucket.name}/tables" is no ARN whatever the bucket). */
static int rule_lakeformation_location_arn(const json_t *v, const json_t *r, struct strbuf *err)
{
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	const char *s = value_known_string(v), *known;
	size_t n;
	int rc = 0;

	(void)r;
	if (!s)
		value_known_affixes(v, &prefix, &suffix);
	known = s ? s : prefix.buf;
	n = s ? strlen(s) : prefix.len;
	if (n && strncmp(known, "arn:", n < 4 ? n : 4)) {
		strbuf_addf(err, "\"%s%s\" is no ARN: a data location is named by its S3 ARN, "
			    "arn:aws:s3:::BUCKET/PREFIX (e.g. \"arn:aws:s3:::${bucket.name}/tables\"), "
			    "not an s3:// URI", known, s ? "" : "...");
		rc = -1;
	}
	strbuf_release(&prefix);
	strbuf_release(&suffix);
	return rc;
}

/*
 * The Lake Formation rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define LAKEFORMATION "Lake Formation API reference: GrantPermissions Resource, TableResource, " \
	"TableWithColumnsResource, PermissionsWithGrantOption"

const struct aws_check_row aws_rules_lakeformation[] = {
	RULE("aws.lakeformation.permissions", "data_location.arn", rule_lakeformation_location_arn,
	     "Lake Formation API reference: GrantPermissions DataLocationResource ResourceArn"),
	RULE("aws.lakeformation.permissions", "", rule_lakeformation_grant, LAKEFORMATION),
	/* AWS's words (checks/words/lakeformation.words), on the awscc types:
	 * what the registry's schemas describe but their keywords do not hold
	 * (an empty wildcard block, {}, is one given). */
	AWS_SAYS("lakeformation.cfn_filter_columns_or_wildcard",
		 "awscc.lakeformation.data_cells_filter", AWS_CALL_ANY, WHEN(UNSET("column_names")),
		 THEN(SET("column_wildcard")), "Either Column Names or a Wildcard is required",
		 "CloudFormation registry: AWS::LakeFormation::DataCellsFilter ColumnWildcard"),
	AWS_SAYS("lakeformation.cfn_filter_rows_or_wildcard",
		 "awscc.lakeformation.data_cells_filter", AWS_CALL_ANY,
		 WHEN(SET("row_filter"), UNSET("row_filter.filter_expression")),
		 THEN(SET("row_filter.all_rows_wildcard")),
		 "Either a Filter Expression or a Wildcard is required",
		 "CloudFormation registry: AWS::LakeFormation::DataCellsFilter RowFilter"),
	AWS_SAYS("lakeformation.cfn_table_name_or_wildcard",
		 "awscc.lakeformation.principal_permissions", AWS_CALL_ANY,
		 WHEN(SET("resource.table"), UNSET("resource.table.name")),
		 THEN(SET("resource.table.table_wildcard")),
		 "At least one of ``TableResource$Name`` or ``TableResource$TableWildcard`` is "
		 "required.", "CloudFormation registry: AWS::LakeFormation::PrincipalPermissions "
		 "TableResource.TableWildcard"),
	AWS_SAYS("lakeformation.cfn_columns_or_wildcard",
		 "awscc.lakeformation.principal_permissions", AWS_CALL_ANY,
		 WHEN(SET("resource.table_with_columns"),
		      UNSET("resource.table_with_columns.column_names")),
		 THEN(SET("resource.table_with_columns.column_wildcard")),
		 "At least one of ``ColumnNames`` or ``ColumnWildcard`` is required.",
		 "CloudFormation registry: AWS::LakeFormation::PrincipalPermissions "
		 "TableWithColumnsResource.ColumnWildcard"),
	/* The same sentences on the other types whose handlers call
	 * GrantPermissions or AddLFTagsToResource (sentences.py's HANDLERS_TOO). */
	AWS_SAYS("lakeformation.tag_association_table_name_or_wildcard",
		 "awscc.lakeformation.tag_association", AWS_CALL_ANY,
		 WHEN(SET("resource.table"), UNSET("resource.table.name")),
		 THEN(SET("resource.table.table_wildcard")),
		 "At least one of TableResource$Name or TableResource$TableWildcard is required.",
		 "lakeformation AddLFTagsToResource Resource.Table.TableWildcard"),
	AWS_SAYS("lakeformation.permissions_table_name_or_wildcard", "awscc.lakeformation.permissions",
		 AWS_CALL_ANY,
		 WHEN(SET("resource.table_resource"), UNSET("resource.table_resource.name")),
		 THEN(SET("resource.table_resource.table_wildcard")),
		 "At least one of TableResource$Name or TableResource$TableWildcard is required.",
		 "lakeformation GrantPermissions Resource.Table.TableWildcard"),
	AWS_SAYS("lakeformation.permissions_columns_or_wildcard", "awscc.lakeformation.permissions",
		 AWS_CALL_ANY,
		 WHEN(SET("resource.table_with_columns_resource"),
		      UNSET("resource.table_with_columns_resource.column_names")),
		 THEN(SET("resource.table_with_columns_resource.column_wildcard")),
		 "At least one of ColumnNames or ColumnWildcard is required.",
		 "lakeformation GrantPermissions Resource.TableWithColumns.ColumnWildcard"),
	{ NULL },
};
