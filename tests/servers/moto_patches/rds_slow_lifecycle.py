"""RDS instances that take time, as they do on AWS — for identifiers that
start with "slow-".

On AWS an instance is "creating" for minutes after CreateDBInstance,
"modifying" after ModifyDBInstance, and "deleting" (still listed by
DescribeDBInstances) after DeleteDBInstance before it is gone; meanwhile
ModifyDBInstance answers InvalidDBInstanceState. moto makes every instance
"available" at once and forgets it on delete, so terrace's waiters (see
provider/aws/rds/instance.c) could never be exercised.

For instances whose identifier starts with "slow-" this keeps the status
at "creating" for CREATING_SECONDS after create, "modifying" for
MODIFYING_SECONDS after a modify, and "deleting" for DELETING_SECONDS
after delete, then "available" (or gone). Every other instance keeps
moto's instant behaviour.
"""
import os
import threading
import time

from moto.rds.exceptions import RDSClientError
from moto.rds.models import RDSBackend

# MOTO_SLOW_PREFIX in moto's environment names another prefix (a test that
# runs an example whose identifiers it does not choose). A test that wants
# to see terrace's "Still creating..." lines (every 10 s) sets
# MOTO_RDS_CREATING_SECONDS in moto's environment. Both are read at each
# call, not at import: moto_zygote.py's forks take them from the file that
# asked for them.

MODIFYING_SECONDS = 2.0
DELETING_SECONDS = 3.0

_lock = threading.RLock()


def _slow(identifier):
    return (identifier or "").lower().startswith(os.environ.get("MOTO_SLOW_PREFIX", "slow-"))


def _begin(db, status, seconds):
    db.status = status
    db.terrace_settles_at = time.monotonic() + seconds


def _settle(backend):
    """End the transitions whose time is up."""
    now = time.monotonic()
    for identifier, db in list(backend.databases.items()):
        at = getattr(db, "terrace_settles_at", None)
        if at is None or now < at:
            continue
        db.terrace_settles_at = None
        if db.status == "deleting":
            backend.databases.pop(identifier, None)
        else:
            db.status = "available"


_create = RDSBackend.create_db_instance
_describe = RDSBackend.describe_db_instances
_modify = RDSBackend.modify_db_instance
_delete = RDSBackend.delete_db_instance


def create_db_instance(self, db_kwargs):
    with _lock:
        _settle(self)
        db = _create(self, db_kwargs)
        if _slow(db.db_instance_identifier):
            _begin(db, "creating", float(os.environ.get("MOTO_RDS_CREATING_SECONDS", "3")))
        return db


def describe_db_instances(self, *args, **kwargs):
    with _lock:
        _settle(self)
        return _describe(self, *args, **kwargs)


def modify_db_instance(self, db_instance_identifier, db_kwargs):
    with _lock:
        _settle(self)
        db = self.databases.get(db_instance_identifier)
        if db is not None and _slow(db_instance_identifier) and db.status != "available":
            raise RDSClientError("InvalidDBInstanceState",
                                 "Database instance is not in available state.")
        db = _modify(self, db_instance_identifier, db_kwargs)
        if _slow(db.db_instance_identifier):
            _begin(db, "modifying", MODIFYING_SECONDS)
        return db


def delete_db_instance(self, db_instance_identifier, *args, **kwargs):
    with _lock:
        _settle(self)
        db = self.databases.get(db_instance_identifier)
        if db is not None and db.status == "deleting":
            raise RDSClientError("InvalidDBInstanceState",
                                 f"Instance {db_instance_identifier} is already being deleted.")
        db = _delete(self, db_instance_identifier, *args, **kwargs)
        if _slow(db_instance_identifier):
            self.databases[db_instance_identifier] = db
            _begin(db, "deleting", DELETING_SECONDS)
        return db


RDSBackend.create_db_instance = create_db_instance
RDSBackend.describe_db_instances = describe_db_instances
RDSBackend.modify_db_instance = modify_db_instance
RDSBackend.delete_db_instance = delete_db_instance
