"""Redshift ModifyClusterIamRoles, which moto 5.2.1 lacks.

From the Redshift API reference (ModifyClusterIamRoles):
- request ClusterIdentifier, AddIamRoles.IamRoleArn.N, RemoveIamRoles.IamRoleArn.N
  (role ARNs to associate with and disassociate from the cluster), and
  DefaultIamRoleArn;
- response {Cluster}: the cluster with its IamRoles list;
- ClusterNotFound when there is no such cluster.
Roles already associated are not listed twice.
"""
from moto.core.responses import ActionResult
from moto.redshift.models import RedshiftBackend
from moto.redshift.responses import RedshiftResponse


def _modify_cluster_iam_roles(self, cluster_identifier, add_iam_roles, remove_iam_roles,
                              default_iam_role_arn=None):
    cluster = self.describe_clusters(cluster_identifier)[0]
    roles = [arn for arn in cluster.iam_roles_arn if arn not in remove_iam_roles]
    for arn in add_iam_roles:
        if arn not in roles:
            roles.append(arn)
    cluster.iam_roles_arn = roles
    if default_iam_role_arn:
        cluster.default_iam_role_arn = default_iam_role_arn
    return cluster


def _modify_cluster_iam_roles_response(self):
    cluster = self.redshift_backend.modify_cluster_iam_roles(
        cluster_identifier=self._get_param("ClusterIdentifier"),
        add_iam_roles=self._get_param("AddIamRoles", []),
        remove_iam_roles=self._get_param("RemoveIamRoles", []),
        default_iam_role_arn=self._get_param("DefaultIamRoleArn"),
    )
    return ActionResult({"Cluster": cluster})


RedshiftBackend.modify_cluster_iam_roles = _modify_cluster_iam_roles
RedshiftResponse.modify_cluster_iam_roles = _modify_cluster_iam_roles_response
