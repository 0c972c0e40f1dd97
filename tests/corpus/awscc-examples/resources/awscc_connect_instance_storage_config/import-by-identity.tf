import {
  to = awscc_connect_instance_storage_config.example
  identity = {
    instance_arn   = "instance_arn"
    association_id = "association_id"
    resource_type  = "resource_type"
  }
}
