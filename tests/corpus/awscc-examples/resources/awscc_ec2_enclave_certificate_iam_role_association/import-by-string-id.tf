import {
  to = awscc_ec2_enclave_certificate_iam_role_association.example
  id = "certificate_arn|role_arn"
}