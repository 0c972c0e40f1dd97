import {
  to = awscc_iot_resource_specific_logging.example
  id = "target_id"
}