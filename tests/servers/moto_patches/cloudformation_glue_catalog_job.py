"""CloudFormation: AWS::Glue::Database, AWS::Glue::Table, AWS::Glue::Job and
AWS::Glue::SecurityConfiguration.

moto 5.2.1 has Glue's CreateDatabase, CreateTable, CreateJob and
CreateSecurityConfiguration but no CloudFormation model of any of them: its
CloudFormation logs "No Moto CloudFormation support" and leaves them out,
and the stack fails on the first Ref of one (3 of the CDK corpus's 104
templates, tests/corpus/cdk: kinesisstreams-gluejob's, which twins named
"moto's CloudFormation cannot make AWS::Glue::Database"). Written from the
CloudFormation template reference of each type and its registry schema
(cfn-lint's copy; ../shared/aws-schemas/handlers.json) and the Glue API
reference:

  AWS::Glue::Database  CatalogId, DatabaseInput (CreateDatabase's), and
      DatabaseName (createOnly; primaryIdentifier). The name is
      DatabaseName, else DatabaseInput's Name, else one CloudFormation
      generates. Ref: the name. Update: UpdateDatabase (a new name: a new
      database, the old deleted); delete: DeleteDatabase.
  AWS::Glue::Table     CatalogId, DatabaseName (createOnly), TableInput
      (CreateTable's), OpenTableFormatInput. The name is TableInput's Name,
      else one CloudFormation generates. Ref: the name. Update: UpdateTable
      (a new name or database: a new table, the old deleted); delete:
      DeleteTable.
  AWS::Glue::Job       CreateJob's members of the same names (Name
      createOnly; primaryIdentifier; left out, CloudFormation generates
      one). DefaultArguments and NonOverridableArguments are maps of
      strings in Glue's API; a template's other JSON values (the CDK writes
      "--enable-metrics": true) are sent as their JSON text, "true". Ref:
      the name. Update: UpdateJob (glue_update_job.py), which overwrites the
      whole definition; delete: DeleteJob.
  AWS::Glue::SecurityConfiguration  Name (required, createOnly),
      EncryptionConfiguration (CreateSecurityConfiguration's, whose list of
      S3 encryptions the template names S3Encryptions and Glue's API
      S3Encryption). Ref: the name. Glue has no
      UpdateSecurityConfiguration: an update makes it again (delete, then
      create); delete: DeleteSecurityConfiguration.

Glue folds a database's and a table's name to lower case when it stores
them (the Glue API reference, DatabaseInput and TableInput, Name: "For Hive
compatibility, this is folded to lowercase when it is stored"), so Ref
answers the folded name. A delete of what is gone already (a table of a
database deleted before it) is done. They join moto's map of models, which
Cloud Control (cloudcontrol_api.py) serves too.
"""
import json

from moto.glue.models import glue_backends
from moto_cfn_model import CfnModel, register


def _strings(args):
    """A Glue map of strings from the template's JSON object."""
    if not args:
        return args
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in args.items()}


class _GlueModel(CfnModel):
    """A Glue object, known by its name. A type says its name (name_of), how
    to make, update and delete it (make, update, remove) and what an update
    must replace it for (replaced_by)."""

    @staticmethod
    def backend_of(account_id, region_name):
        return glue_backends[account_id][region_name]

    def backend(self):
        return self.backend_of(self.account_id, self.region_name)

    def exists_in_service(self):
        """Whether Glue still holds it (cloudcontrol_api.py)."""
        try:
            self.read()
            return True
        except Exception:  # Glue's NotFound
            return False

    def replaced_by(self, props):
        """Whether props (an update's) name another object than self's."""
        return self.name_of(props, self.id) != self.id

    @classmethod
    def create(cls, name, props, account_id, region_name):
        model = cls(cls.name_of(props, name), account_id, region_name, props)
        model.make()
        return model

    def change(self, props):
        self.props = props
        self.update()

    def delete(self, account_id, region_name):
        try:
            self.remove()
        except Exception as e:  # gone already (Glue's *NotFoundException): done
            if "NotFound" not in type(e).__name__:
                raise


class DatabaseModel(_GlueModel):
    __module__ = "moto.glue.database_model"
    TYPE, NAME = "AWS::Glue::Database", "DatabaseName"


    @staticmethod
    def name_of(props, generated):
        return (props.get("DatabaseName") or (props.get("DatabaseInput") or {}).get("Name") or generated).lower()

    def database_input(self):
        return dict(self.props.get("DatabaseInput") or {}, Name=self.id)

    def read(self):
        return self.backend().get_database(self.id)

    def make(self):
        self.backend().create_database(self.id, self.database_input())

    def update(self):
        self.backend().update_database(self.id, self.database_input())

    def remove(self):
        self.backend().delete_database(self.id)


class TableModel(_GlueModel):
    __module__ = "moto.glue.table_model"
    TYPE, NAME = "AWS::Glue::Table", "Name"


    @staticmethod
    def name_of(props, generated):
        return ((props.get("TableInput") or {}).get("Name") or generated).lower()

    def database(self):
        return (self.props.get("DatabaseName") or "").lower()

    def replaced_by(self, props):
        return super().replaced_by(props) or (props.get("DatabaseName") or "").lower() != self.database()

    def table_input(self):
        return dict(self.props.get("TableInput") or {}, Name=self.id)

    def read(self):
        return self.backend().get_table(self.database(), self.id)

    def make(self):
        self.backend().create_table(self.database(), self.id, self.table_input(),
                                    open_table_format_input=self.props.get("OpenTableFormatInput"))

    def update(self):
        self.backend().update_table(self.database(), self.id, self.table_input())

    def remove(self):
        self.backend().delete_table(self.database(), self.id)


# CreateJob's members (JobUpdate's, less Name) and the template's names for them.
JOB_MEMBERS = ("Description", "LogUri", "Role", "ExecutionProperty", "Command", "DefaultArguments",
               "NonOverridableArguments", "Connections", "MaxRetries", "AllocatedCapacity", "Timeout",
               "MaxCapacity", "SecurityConfiguration", "NotificationProperty", "GlueVersion",
               "NumberOfWorkers", "WorkerType", "ExecutionClass")


class JobModel(_GlueModel):
    __module__ = "moto.glue.job_model"
    TYPE, NAME = "AWS::Glue::Job", "Name"


    @staticmethod
    def name_of(props, generated):
        return props.get("Name") or generated

    def definition(self):
        d = {k: self.props.get(k) for k in JOB_MEMBERS}
        d["DefaultArguments"] = _strings(d["DefaultArguments"])
        d["NonOverridableArguments"] = _strings(d["NonOverridableArguments"])
        return d

    def read(self):
        return self.backend().get_job(self.id)

    def make(self):
        d = self.definition()
        kwargs = {"".join("_" + c.lower() if c.isupper() else c for c in k).lstrip("_"): v
                  for k, v in d.items()}
        self.backend().create_job(name=self.id, tags=self.props.get("Tags") or {},
                                  code_gen_configuration_nodes=None, source_control_details=None, **kwargs)

    def update(self):
        self.backend().update_job(self.id, self.definition())

    def remove(self):
        if self.id not in self.backend().jobs:  # Glue's DeleteJob answers the name either way
            return
        self.backend().delete_job(self.id)


class SecurityConfigurationModel(_GlueModel):
    __module__ = "moto.glue.security_configuration_model"
    TYPE, NAME = "AWS::Glue::SecurityConfiguration", "Name"


    @staticmethod
    def name_of(props, generated):
        return props.get("Name") or generated

    def replaced_by(self, props):
        return True  # Glue cannot change one

    def read(self):
        return self.backend().get_security_configuration(self.id)

    def make(self):
        config = dict(self.props.get("EncryptionConfiguration") or {})
        if "S3Encryptions" in config:
            config["S3Encryption"] = config.pop("S3Encryptions")
        self.backend().create_security_configuration(self.id, config)

    def remove(self):
        self.backend().delete_security_configuration(self.id)


register(DatabaseModel, TableModel, JobModel, SecurityConfigurationModel)
