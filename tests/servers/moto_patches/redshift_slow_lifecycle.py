"""Redshift clusters that take time, as they do on AWS — for identifiers
that start with "slow-".

On AWS a cluster is "creating" for minutes after CreateCluster,
"modifying" after ModifyCluster or ModifyClusterIamRoles (the roles being
associated show ApplyStatus "adding", those being disassociated stay
listed as "removing"), and "deleting" (still listed by DescribeClusters)
after DeleteCluster before it is gone; meanwhile ModifyCluster answers
InvalidClusterState. moto makes every cluster "available" at once and
forgets it on delete, so terrace's waiters (see provider/aws/redshift/cluster.c)
could never be exercised.

For clusters whose identifier starts with "slow-" this keeps those
statuses for CREATING_SECONDS, MODIFYING_SECONDS and DELETING_SECONDS.
Every other cluster keeps moto's instant behaviour. Loaded after
redshift_modify_cluster_iam_roles.py (file name order), which it wraps.
"""
import threading
import time

from moto.redshift.exceptions import RedshiftClientError
from moto.redshift.models import Cluster, RedshiftBackend

PREFIX = "slow-"
CREATING_SECONDS = 3.0
MODIFYING_SECONDS = 2.0
DELETING_SECONDS = 3.0

_lock = threading.RLock()


def _slow(identifier):
    return (identifier or "").lower().startswith(PREFIX)


def _begin(cluster, status, seconds):
    cluster.status = status
    cluster.terrace_settles_at = time.monotonic() + seconds


def _settle(backend):
    """End the transitions whose time is up."""
    now = time.monotonic()
    for identifier, cluster in list(backend.clusters.items()):
        at = getattr(cluster, "terrace_settles_at", None)
        if at is None or now < at:
            continue
        cluster.terrace_settles_at = None
        cluster.terrace_adding = ()
        cluster.terrace_removing = ()
        if cluster.status == "deleting":
            backend.clusters.pop(identifier, None)
        else:
            cluster.status = "available"


def _check_available(backend, identifier):
    cluster = backend.clusters.get(identifier)
    if cluster is not None and _slow(identifier) and cluster.status != "available":
        raise RedshiftClientError(
            "InvalidClusterState",
            "There is an operation running on the Cluster. Please try to modify it later.")


_create = RedshiftBackend.create_cluster
_describe = RedshiftBackend.describe_clusters
_modify = RedshiftBackend.modify_cluster
_modify_roles = RedshiftBackend.modify_cluster_iam_roles
_delete = RedshiftBackend.delete_cluster
_iam_roles = Cluster.iam_roles


def create_cluster(self, **kwargs):
    with _lock:
        _settle(self)
        cluster = _create(self, **kwargs)
        if _slow(cluster.cluster_identifier):
            _begin(cluster, "creating", CREATING_SECONDS)
        return cluster


def describe_clusters(self, *args, **kwargs):
    with _lock:
        _settle(self)
        return _describe(self, *args, **kwargs)


def modify_cluster(self, **kwargs):
    with _lock:
        _settle(self)
        _check_available(self, kwargs.get("cluster_identifier"))
        cluster = _modify(self, **kwargs)
        if _slow(cluster.cluster_identifier):
            _begin(cluster, "modifying", MODIFYING_SECONDS)
        return cluster


def modify_cluster_iam_roles(self, cluster_identifier, add_iam_roles, remove_iam_roles,
                             default_iam_role_arn=None):
    with _lock:
        _settle(self)
        _check_available(self, cluster_identifier)
        before = list(self.describe_clusters(cluster_identifier)[0].iam_roles_arn)
        cluster = _modify_roles(self, cluster_identifier, add_iam_roles, remove_iam_roles,
                                default_iam_role_arn)
        if _slow(cluster_identifier):
            _begin(cluster, "modifying", MODIFYING_SECONDS)
            cluster.terrace_adding = [a for a in cluster.iam_roles_arn if a not in before]
            cluster.terrace_removing = [a for a in before if a not in cluster.iam_roles_arn]
        return cluster


def delete_cluster(self, **kwargs):
    with _lock:
        _settle(self)
        identifier = kwargs.get("cluster_identifier")
        cluster = self.clusters.get(identifier)
        if cluster is not None and cluster.status == "deleting":
            raise RedshiftClientError("InvalidClusterState",
                                      f"Cluster {identifier} is already being deleted.")
        cluster = _delete(self, **kwargs)
        if _slow(identifier):
            self.clusters[identifier] = cluster
            _begin(cluster, "deleting", DELETING_SECONDS)
        return cluster


def iam_roles(self):
    roles = _iam_roles.fget(self)
    if getattr(self, "terrace_settles_at", None) and self.status == "modifying":
        adding = getattr(self, "terrace_adding", ())
        for role in roles:
            if role["IamRoleArn"] in adding:
                role["ApplyStatus"] = "adding"
        roles += [{"ApplyStatus": "removing", "IamRoleArn": arn}
                  for arn in getattr(self, "terrace_removing", ())]
    return roles


RedshiftBackend.create_cluster = create_cluster
RedshiftBackend.describe_clusters = describe_clusters
RedshiftBackend.modify_cluster = modify_cluster
RedshiftBackend.modify_cluster_iam_roles = modify_cluster_iam_roles
RedshiftBackend.delete_cluster = delete_cluster
Cluster.iam_roles = property(iam_roles)
