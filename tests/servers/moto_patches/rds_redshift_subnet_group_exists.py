"""RDS DB subnet groups and Redshift cluster subnet groups: creating one whose
name is taken is refused.

From the RDS API reference, CreateDBSubnetGroup: DBSubnetGroupAlreadyExists
("DBSubnetGroupName is already used by an existing DB subnet group"); from
the Redshift API reference, CreateClusterSubnetGroup:
ClusterSubnetGroupAlreadyExists ("A ClusterSubnetGroupName is already used
by an existing cluster subnet group"). moto 5.2.1 replaces the existing
group silently, tags and all, so a create whose answer was lost, resent,
would never see "already exists", and neither would a same-named group of
another stack.
"""
from moto.rds.exceptions import RDSClientError
from moto.rds.models import RDSBackend
from moto.redshift.exceptions import RedshiftClientError
from moto.redshift.models import RedshiftBackend

_create_db = RDSBackend.create_subnet_group
_create_cluster = RedshiftBackend.create_cluster_subnet_group


def create_subnet_group(self, subnet_name, *args, **kwargs):
    if subnet_name in self.subnet_groups:
        raise RDSClientError("DBSubnetGroupAlreadyExists",
                             f"The DB subnet group '{subnet_name}' already exists.")
    return _create_db(self, subnet_name, *args, **kwargs)


def create_cluster_subnet_group(self, cluster_subnet_group_name, *args, **kwargs):
    if cluster_subnet_group_name in self.subnet_groups:
        raise RedshiftClientError("ClusterSubnetGroupAlreadyExists",
                                  "The specified subnet group name "
                                  f"{cluster_subnet_group_name} already exists.")
    return _create_cluster(self, cluster_subnet_group_name, *args, **kwargs)


RDSBackend.create_subnet_group = create_subnet_group
RedshiftBackend.create_cluster_subnet_group = create_cluster_subnet_group
