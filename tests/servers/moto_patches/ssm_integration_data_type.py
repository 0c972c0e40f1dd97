"""SSM PutParameter: DataType aws:ssm:integration, as AWS takes it.

AWS API reference, PutParameter: DataType "The data type for a String
parameter. Supported data types include plain text and Amazon Machine Image
(AMI) IDs. Valid Values: text | aws:ec2:image | aws:ssm:integration" (an
integration's webhook, a SecureString). moto 5 accepts text and
aws:ec2:image only and answers ValidationException "The following data type
is not supported"; terraform-aws-ssm-parameter's examples/complete
(tests/corpus/tfheldout, issue 86's held-out set) stopped there. This takes
the third as well; GetParameter answers it as sent.
"""
import moto.ssm.models as ssm_models

_valid = ssm_models._valid_parameter_data_type


def _valid_parameter_data_type(data_type):
    return data_type == "aws:ssm:integration" or _valid(data_type)


ssm_models._valid_parameter_data_type = _valid_parameter_data_type
