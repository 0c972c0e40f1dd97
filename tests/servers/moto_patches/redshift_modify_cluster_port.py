"""Redshift ModifyCluster Port: the cluster's new port.

From the Redshift API reference (ModifyCluster): Port is "the option to
change the port of an Amazon Redshift cluster"; the new port shows in the
cluster's Endpoint.Port. moto 5.2.1 ignores the parameter; this applies it.
"""
from moto.redshift.responses import RedshiftResponse

_modify_cluster = RedshiftResponse.modify_cluster


def modify_cluster(self):
    port = self._get_int_param("Port")
    result = _modify_cluster(self)
    if port is not None:
        name = self._get_param("NewClusterIdentifier") or self._get_param("ClusterIdentifier")
        self.redshift_backend.describe_clusters(name)[0].port = port
    return result


RedshiftResponse.modify_cluster = modify_cluster
