import {
  to = awscc_s3_access_grants_instance.example
  id = "access_grants_instance_arn"
}