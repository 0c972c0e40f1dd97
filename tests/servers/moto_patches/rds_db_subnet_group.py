"""RDS DB subnet groups: ModifyDBSubnetGroup keeps the group; a group in use
is not deleted.

From the RDS API reference: ModifyDBSubnetGroup "modifies an existing DB
subnet group" (the group stays, with the new subnets and, when given, the
new description); DeleteDBSubnetGroup fails with
InvalidDBSubnetGroupStateFault ("the DB subnet group cannot be deleted
because it's in use") while a DB instance is in it. moto 5.2.1 drops the
group from its backend on Modify (later calls answer
DBSubnetGroupNotFoundFault) and deletes a group in use; this keeps the
group and refuses the delete, so a destroy in the wrong order fails here as
it would on AWS.
"""
from moto.rds.exceptions import DBSubnetGroupNotFoundError, RDSClientError
from moto.rds.models import RDSBackend

_delete_subnet_group = RDSBackend.delete_subnet_group


def modify_db_subnet_group(self, subnet_name, description, subnets):
    group = self.subnet_groups.get(subnet_name)
    if group is None:
        raise DBSubnetGroupNotFoundError(subnet_name)
    group.subnets = subnets
    if description is not None:
        group.description = description
    return group


def delete_subnet_group(self, subnet_name):
    for db in self.databases.values():
        # moto's db_subnet_group_name is a write-only property (reading it
        # raises NotImplementedError): its setter keeps the name here.
        if getattr(db, "_db_subnet_group_name", None) == subnet_name:
            raise RDSClientError(
                "InvalidDBSubnetGroupStateFault",
                f"Cannot delete the subnet group '{subnet_name}' because at least one "
                f"database instance: {db.db_instance_identifier} is still using it.")
    return _delete_subnet_group(self, subnet_name)


RDSBackend.modify_db_subnet_group = modify_db_subnet_group
RDSBackend.delete_subnet_group = delete_subnet_group
