import {
  to = awscc_ec2_enclave_certificate_iam_role_association.example
  identity = {
    certificate_arn = "certificate_arn"
    role_arn        = "role_arn"
  }
}
