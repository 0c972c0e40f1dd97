"""Lake Formation ListPermissions asked for a table gives the grants on its
columns too, and a grant on every table of a database is not taken for one
on a named table; moto 5.2.1 matches a Table filter only against Table
entries (a TableWithColumns grant is never listed) and reads a wildcard
entry's Name (KeyError, a 500). It also keeps the grants in a set hashed by
their permissions and changes those in place (a grant added to, a revoke),
so a later RevokePermissions of that grant fails to find it in the set
(KeyError, a 500): here a grant that changes leaves the set and goes back
in with its new hash.

moto's server answers each request in a thread of its own, and
grant_permissions makes a catalog's PermissionCatalog when it finds none: two
first grants at once (an apply grants in parallel) each make one and the
second replaces the first, whose grant is lost (seen in CI: "was granted but
ListPermissions does not find it"). Here every call on the grants holds one
lock, as AWS's service is consistent for one account.

From the AWS Lake Formation API reference (ListPermissions, Resource: "A
resource where you will get a list of the principal permissions"; a grant
on a table's columns is one of the table's, as the console and the AWS
provider for Terraform ask for it: the table with columns is asked for as
the table). terrace reads a table_with_columns grant so.
"""
import functools
import threading

from moto.lakeformation.models import LakeFormationBackend, PermissionCatalog

_grants_lock = threading.RLock()


def _serialised(method):
    @functools.wraps(method)
    def held(*args, **kwargs):
        with _grants_lock:
            return method(*args, **kwargs)
    return held


_original_list_permissions = LakeFormationBackend.list_permissions


def _is_table(table, entry):
    res = entry["Resource"]
    found = res.get("Table") or res.get("TableWithColumns")
    if found is None or found.get("DatabaseName") != table.database_name:
        return False
    if table.catalog_id is not None and found.get("CatalogId", table.catalog_id) != table.catalog_id:
        return False
    if table.table_wildcard is not None:
        return "TableWildcard" in found
    return "TableWildcard" not in found and found.get("Name") == table.name


def _list_permissions(self, catalog_id, principal=None, resource=None, resource_type=None):
    table = resource.table if resource is not None else None
    if table is None or resource.catalog is not None or resource.database is not None:
        return _original_list_permissions(self, catalog_id, principal, resource, resource_type)
    every = _original_list_permissions(self, catalog_id, principal, None, resource_type)
    return [entry for entry in every if _is_table(table, entry)]


LakeFormationBackend.list_permissions = _serialised(_list_permissions)
for _name in ("grant_permissions", "revoke_permissions", "batch_grant_permissions",
              "batch_revoke_permissions"):
    if hasattr(LakeFormationBackend, _name):
        setattr(LakeFormationBackend, _name, _serialised(getattr(LakeFormationBackend, _name)))


def _changed(catalog, permission, change):
    """Apply change to the grant of permission's principal and resource
    (True), out of the set and back in with its new hash, unless empty."""
    for existing in list(catalog.permissions):
        if permission.equal_principal_and_resouce(existing):
            kept = {p for p in catalog.permissions if p is not existing}
            change(existing)
            if not existing.is_empty():
                kept.add(existing)
            catalog.permissions = kept
            return True
    return False


def _add_permission(self, permission):
    if not _changed(self, permission, lambda existing: existing.merge(permission)):
        self.permissions.add(permission)


def _remove_permission(self, permission):
    _changed(self, permission, lambda existing: existing.diff(permission))


PermissionCatalog.add_permission = _add_permission
PermissionCatalog.remove_permission = _remove_permission
