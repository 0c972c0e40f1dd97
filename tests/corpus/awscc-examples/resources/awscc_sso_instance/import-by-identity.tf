import {
  to = awscc_sso_instance.example
  identity = {
    instance_arn = "instance_arn"
  }
}
