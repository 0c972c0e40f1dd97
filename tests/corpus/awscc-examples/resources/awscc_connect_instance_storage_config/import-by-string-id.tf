import {
  to = awscc_connect_instance_storage_config.example
  id = "instance_arn|association_id|resource_type"
}