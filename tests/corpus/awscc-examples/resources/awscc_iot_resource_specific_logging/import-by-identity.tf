import {
  to = awscc_iot_resource_specific_logging.example
  identity = {
    target_id = "target_id"
  }
}
