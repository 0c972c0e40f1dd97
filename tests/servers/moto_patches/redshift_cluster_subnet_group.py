"""Redshift cluster subnet groups: ModifyClusterSubnetGroup; a group in use
is not deleted.

From the Redshift API reference: ModifyClusterSubnetGroup "modifies a
cluster subnet group to include the specified list of VPC subnets. The
operation replaces the existing list of subnets with the new list of
subnets" (and the description, when given; answer: the ClusterSubnetGroup);
an unknown group is ClusterSubnetGroupNotFoundFault. DeleteClusterSubnetGroup
fails with InvalidClusterSubnetGroupStateFault while a cluster uses the
group. moto 5.2.1 lacks the Modify call and deletes a group in use; this adds
the one and refuses the other.
"""
from moto.core.responses import ActionResult
from moto.redshift.exceptions import ClusterSubnetGroupNotFoundError, RedshiftClientError
from moto.redshift.models import RedshiftBackend
from moto.redshift.responses import RedshiftResponse

_delete = RedshiftBackend.delete_cluster_subnet_group


def modify_cluster_subnet_group(self):
    name = self._get_param("ClusterSubnetGroupName")
    group = self.redshift_backend.subnet_groups.get(name)
    if group is None:
        raise ClusterSubnetGroupNotFoundError(name)
    group.subnet_ids = self._get_param("SubnetIds", [])
    description = self._get_param("Description")
    if description is not None:
        group.description = description
    return ActionResult({"ClusterSubnetGroup": group})


def delete_cluster_subnet_group(self, subnet_identifier):
    for cluster in self.clusters.values():
        if getattr(cluster, "cluster_subnet_group_name", None) == subnet_identifier:
            raise RedshiftClientError(
                "InvalidClusterSubnetGroupStateFault",
                f"Cluster subnet group {subnet_identifier} is in use by cluster "
                f"{cluster.cluster_identifier}.")
    return _delete(self, subnet_identifier)


RedshiftResponse.modify_cluster_subnet_group = modify_cluster_subnet_group
RedshiftBackend.delete_cluster_subnet_group = delete_cluster_subnet_group
