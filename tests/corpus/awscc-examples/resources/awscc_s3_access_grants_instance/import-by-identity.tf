import {
  to = awscc_s3_access_grants_instance.example
  identity = {
    access_grants_instance_arn = "access_grants_instance_arn"
  }
}
