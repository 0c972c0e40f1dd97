import {
  to = awscc_sso_instance.example
  id = "instance_arn"
}