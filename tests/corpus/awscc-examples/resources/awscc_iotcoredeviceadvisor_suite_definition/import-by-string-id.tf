import {
  to = awscc_iotcoredeviceadvisor_suite_definition.example
  id = "suite_definition_id"
}