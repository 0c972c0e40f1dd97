"""Redshift endpoints named as AWS names them: the part between the cluster
identifier and the region is the same for every cluster of an account in a
region (CLUSTER.UNIQUE.REGION.redshift.amazonaws.com, UNIQUE fixed per
account and region), so a cluster made again keeps its address. moto draws
UNIQUE at random for each cluster.

Here UNIQUE is the first 12 hex digits of the SHA-256 of "ACCOUNT:REGION",
which a test can compute before the cluster exists (t0620 writes the
address into a network namespace's hosts file, so that a PostgreSQL server
stands in for the cluster).
"""
import hashlib

from moto.redshift.models import Cluster

_init = Cluster.__init__


def __init__(self, redshift_backend, *args, **kwargs):
    _init(self, redshift_backend, *args, **kwargs)
    key = f"{redshift_backend.account_id}:{self.region}".encode()
    self.unique_cluster_id = hashlib.sha256(key).hexdigest()[:12]


Cluster.__init__ = __init__
