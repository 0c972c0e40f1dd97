"""RDS: each DB instance its own DbiResourceId.

moto 5.2.1 gives every DB instance the same DbiResourceId
("db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U"). AWS's is "the AWS Region-unique, immutable
identifier for the DB instance" (the RDS API reference, DBInstance), of the
form db- and 26 upper-case letters and digits, as moto already makes a
cluster's DbClusterResourceId. hashicorp/aws 5 keeps an aws_db_instance by
its resource id and reads it back with DescribeDBInstances' dbi-resource-id
filter: with two instances in the account (terraform-aws-rds's examples make
two or three) every read matched both, and Terraform polled ("Still
creating...") until it gave up, "couldn't find resource" (tests/twins,
issue 86: the RDS examples timed out at 120 s). A read replica, which moto
makes as a copy of its source, gets its own too (replica-postgres).
"""
import string

from moto.moto_api._internal import mock_random as random
from moto.rds.models import DBInstance, RDSBackend

_init = DBInstance.__init__
_replica = RDSBackend.create_db_instance_read_replica


def _resource_id():
    return "db-" + "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(26))


def _init_with_own_resource_id(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.dbi_resource_id = _resource_id()


def _replica_with_own_resource_id(self, db_kwargs):
    # moto makes a read replica as a copy of its source, resource id and all
    replica = _replica(self, db_kwargs)
    replica.dbi_resource_id = _resource_id()
    return replica


DBInstance.__init__ = _init_with_own_resource_id
RDSBackend.create_db_instance_read_replica = _replica_with_own_resource_id
